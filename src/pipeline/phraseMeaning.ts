/**
 * What a speaker phrase's words say: a pronoun, a name (with its role), or a
 * description ("the note", "the president"); `people.ts` decides who they refer to.
 */
import type { SpeakerKind } from './article.ts';
import {
  DOCUMENT_NOUNS,
  FIRM_ENDING,
  GENERATION,
  GOVERNMENT_NAMES,
  isIssuerNoun,
  LOWER_CASE_ROLE_NOUNS,
  NAME_PREPOSITIONS,
  ORGANISATION_NOUNS,
  OUTLET_NOUNS,
  PAPER_NAME_ENDINGS,
  PARTY_MEMBERS,
  POSSESSIVE_BRANDS,
  PRONOUNS,
  withoutContraction,
  ROLE_NOUNS,
} from './lexicon.ts';
import {
  findNewsOrganisations,
  isBroadcasterName,
  newsOrganisationNamed,
} from './newsOrganisations.ts';
import { genderOfGivenName, isGivenName } from './givenNames.ts';
import {
  isSentTo,
  isSurnameParticle,
  join,
  REGNAL_NUMBER,
  ROLES_SENT_TO,
  weekdayPaper,
} from './phraseWalk.ts';
import {
  ACRONYM,
  CONNECTORS,
  DETERMINERS,
  isBrandName,
  isNameToken,
  isNationality,
  isPossessive,
  isRoleNoun,
  isDescriptor,
  lower,
  TITLE_DOMAINS,
  WEB_ADDRESS,
} from './phraseWords.ts';
import { isCapitalised, type Token } from './tokens.ts';

export type PhraseForm = 'pronoun' | 'name' | 'description';

export interface SpeakerPhrase {
  form: PhraseForm;
  /** The words as written, e.g. "State Department spokesman Ned Price", "he", "the note". */
  text: string;
  start: number;
  end: number;
  /** For names: the name alone, e.g. "Ned Price". */
  name: string | null;
  role: string | null;
  /** null for pronouns, whose kind comes from what they refer to, and for a lone word that
   * is a name only if the cast knows it ("Sanders", not "Campaigners"). */
  kind: SpeakerKind | null;
  /** For descriptions and pronouns: the head word, lower-cased ("president", "note", "he"). */
  head: string | null;
  /** "a spokesman" describes someone unnamed; "the spokesman" points back at someone named. */
  definite: boolean;
}

interface Mention {
  text: string;
  start: number;
  end: number;
}

// Every SpeakerPhrase is built here, with the same fields in the same order: object
// spreads gave V8 many shapes for one type, and reading them was the pipeline's hot spot.
function phraseOf(
  form: PhraseForm,
  mention: Mention,
  name: string | null,
  role: string | null,
  kind: SpeakerKind | null,
  head: string | null,
  definite: boolean,
): SpeakerPhrase {
  return {
    form,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    name,
    role,
    kind,
    head,
    definite,
  };
}

const POSSESSOR_HEADS = new Map([
  ['his', 'he'],
  ['her', 'she'],
]);

/** "In his opinion, …": the owner pronoun read as the person it points at. */
export function possessorPhrase(token: Token): SpeakerPhrase | undefined {
  const head = POSSESSOR_HEADS.get(lower(token));
  if (!head) return undefined;
  const mention = { text: token.text, start: token.start, end: token.end };
  return phraseOf('pronoun', mention, null, null, null, head, true);
}

/** An organisation known by name: "USA Today", though "Today" is no name word. */
export function organisationNamed(mention: Mention, name: string): SpeakerPhrase {
  return phraseOf('name', mention, name, null, 'organization', null, true);
}

/** The same speaker, mentioned by wider words (a role joined to a name) and with that role. */
export function widened(
  phrase: SpeakerPhrase,
  mention: Mention,
  role: string | null,
  kind: SpeakerKind | null = phrase.kind,
): SpeakerPhrase {
  return phraseOf(phrase.form, mention, phrase.name, role, kind, phrase.head, phrase.definite);
}

/** "Kimmitt's" -> "Kimmitt": the owner itself, named without its 's. */
export function withoutOwnersS(phrase: SpeakerPhrase): SpeakerPhrase {
  const name = phrase.name?.replace(/(?<=\p{L})['’]s?$/u, '') ?? null;
  return phraseOf(
    phrase.form,
    phrase,
    name,
    phrase.role,
    phrase.kind,
    phrase.head,
    phrase.definite,
  );
}

/** "China's", "Mr. Khatami's": a phrase that ends in an owner's 's, owning what follows. */
export function endsWithOwner(phrase: SpeakerPhrase): boolean {
  return /['’]s?$/u.test(phrase.text);
}

/**
 * A lone capitalised word that opens a sentence ("Response", "Sadr") is a name only if the
 * article's cast knows it: the same phrase with no kind of its own.
 */
export function nameIfKnown(phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.form !== 'name' || phrase.role !== null || /\s/u.test(phrase.name ?? ' '))
    return phrase;
  return phraseOf('name', phrase, phrase.name, null, null, null, phrase.definite);
}

/** A body's initials before a name: "NDP", "CWU DGS"; not an initial of the name ("A."). */
const BODY_INITIALS = /^\p{Lu}[\p{Lu}&]+$/u;

/**
 * "National Security Council Frederick Jones", "NDP Peter Stoffer": a body (its noun, or
 * an acronym) then a person's two or three names, the first a common given name, with no
 * role between; the body is the role ("USA George W. Bush"). "NBC News Brian Williams"
 * is not split at "NBC": "News" is no given name.
 */
function bodyThenPerson(parts: readonly Token[]): { role: Token[]; name: Token[] } | undefined {
  for (const nameLength of PERSON_NAME_LENGTHS) {
    const at = parts.length - nameLength - 1;
    const body = parts[at];
    const name = parts.slice(at + 1);
    // "Canada Stephen Harper": a country too, unless it may be a given name ("Chad").
    const country =
      body !== undefined &&
      GOVERNMENT_NAMES.has(body.text) &&
      !COUNTRIES_ALSO_GIVEN_NAMES.has(body.text);
    if (
      !body ||
      !(
        ORGANISATION_NOUNS.has(body.lower) ||
        BODY_INITIALS.test(body.text) ||
        country ||
        isDisguisedTitle(body.text) ||
        isAgentNoun(body.text)
      )
    )
      continue;
    // A common given name shows a person: not "IHS Global Insight", "RBC Capital Markets".
    const person =
      name.every((token) => isNameToken(token) && !isDescriptor(token)) &&
      genderOfGivenName(name.map((token) => token.text)) !== undefined;
    if (person) return { role: parts.slice(0, at + 1), name };
  }
  return undefined;
}

/**
 * "Senators Phil Gramm", "Sen Mark Hatfield": a role in the plural, or a title cut short
 * without its dot, which no lexicon of roles lists.
 */
function isDisguisedTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    SHORT_TITLES_WITHOUT_DOT.has(lower) || (lower.endsWith('s') && isRoleWord(lower.slice(0, -1)))
  );
}
const SHORT_TITLES_WITHOUT_DOT = new Set(['sen', 'rep', 'gov', 'sheik']);

/**
 * "Ombudsman Raul Gonzalez", "U.S. Pharmacologist Norman Farnsworth": a capitalised word
 * for what someone does (in -man, -ist, -er, -or), no given name itself. Read as a title
 * only right before a given name: "Chrysler" and "Observer" end so too.
 */
function isAgentNoun(word: string): boolean {
  return (
    word.length >= MIN_AGENT_NOUN_LENGTH &&
    isCapitalised(word) &&
    AGENT_NOUN.test(word) &&
    !isGivenName(word)
  );
}
const AGENT_NOUN = /(?:man|woman|ist|er|or)$/u;
const MIN_AGENT_NOUN_LENGTH = 7;

const BODY_LINKS = new Set(['of', 'from', 'at']);

/**
 * "Patrick Ribeiro of the Synergie police union": a person's name, opened by a given
 * name, then the body they are from, which only a common noun ends. The person speaks.
 */
function personOfDescribedBody(
  text: string,
  mention: Mention,
  content: readonly Token[],
): SpeakerPhrase | undefined {
  const link = content.findIndex((token) => BODY_LINKS.has(token.lower));
  if (link < 2 || link > 3) return undefined;
  const person = content.slice(0, link);
  const named =
    person.every((token) => isNameToken(token) && !isPossessive(token)) &&
    genderOfGivenName(person.map((token) => token.text)) !== undefined;
  return named
    ? phraseOf(
        'name',
        mention,
        join(text, person),
        join(text, content.slice(link)),
        'person',
        null,
        true,
      )
    : undefined;
}

/** Countries that are also people's first names: "Chad Michael Murray", "Jordan Peele". */
const COUNTRIES_ALSO_GIVEN_NAMES = new Set([
  'Chad',
  'Jordan',
  'Georgia',
  'India',
  'Israel',
  'Kenya',
]);

/** "Peter Stoffer", "George W. Bush": a given name, perhaps an initial, a surname. */
const PERSON_NAME_LENGTHS = [2, 3];

/** "Ombudsman's", "Prosecutor's": an office's holder, owning the body named after it. */
function isHoldersWord(token: Token | undefined): boolean {
  const word = lower(token).replace(/['’]s$/u, '');
  return isRoleWord(word) || word.endsWith('man');
}

/** Titles that stay in the name they open, as "Ayatollah" (no role word) does. */
const NAME_TITLES = new Set(['pope', 'sheikh']);
const PEERAGE_TITLES = new Set(['lord', 'lady', 'baroness', 'baron']);

const DOMAIN_LINKS = new Set(['and', 'the', '&']);
/** Titles whose portfolio follows "for the": "Minister for the Environment". */
const PORTFOLIO_ROLES = new Set(['minister', 'secretary']);

/**
 * Where a name opened by a given name starts after a title's capitalised domains from
 * `from` ("Environment and Water Resources Malcolm Turnbull"), or -1.
 */
function nameAfterDomains(parts: readonly Token[], from: number): number {
  for (let k = from + 1; k <= parts.length - 2; k++) {
    const part = parts[k - 1];
    if (!part || (!isCapitalised(part.text) && !DOMAIN_LINKS.has(part.lower))) return -1;
    const name = parts.slice(k);
    const linked = parts.slice(from, k).some((token) => DOMAIN_LINKS.has(token.lower));
    if (
      linked &&
      name.every((token) => isNameToken(token)) &&
      genderOfGivenName(name.map((token) => token.text)) !== undefined
    )
      return k;
  }
  return -1;
}

/** A person's name after the word at `i`: "Democrat Elijah Cummings", "Ohio Republican Sherrod Brown". */
function namesAfter(parts: readonly Token[], i: number): boolean {
  const name = parts.slice(i + 1);
  if (name.length < 2 || !name.every((part) => isNameToken(part) && !isDescriptor(part)))
    return false;
  const given = genderOfGivenName(name.map((part) => part.text)) !== undefined;
  return given || (name.length === 2 && i > 0 && isCapitalised(parts[i - 1]?.text ?? ''));
}

/** "Secretary of State Antony Blinken" -> role "Secretary of State", name "Antony Blinken". */
function splitRole(
  parts: readonly Token[],
  afterArticle = false,
): { role: Token[]; name: Token[] } {
  // "Attorney General's Office", "the Prime Minister's Office": an office's own body.
  const last = parts[parts.length - 1];
  const ownedBody =
    last !== undefined &&
    ORGANISATION_NOUNS.has(last.lower) &&
    isPossessive(parts[parts.length - 2]) &&
    isHoldersWord(parts[parts.length - 2]) &&
    parts.every((part) => isCapitalised(part.text));
  if (ownedBody) return { role: [], name: [...parts] };
  let roleEnd = -1;
  // "Martin Luther King Jr.": the surname is the last word before a generation.
  const lastName = GENERATION.test(last?.text ?? '') ? parts.length - 2 : parts.length - 1;
  parts.forEach((token, i) => {
    // "John Major", "Larry King": a role word that ends a name is a surname; not after an
    // article ("The Brazilian President").
    // Not a role in capitals: "Ryanair CEO", "Labour MP".
    // "Ms Bishop", "Mr King": after a personal title, a role word is the surname.
    const titled = PERSONAL_TITLES.has(lower(parts[i - 1]));
    const surname =
      !afterArticle &&
      i === lastName &&
      i > 0 &&
      isCapitalised(token.text) &&
      !ACRONYM.test(token.text) &&
      (titled ||
        (isNameToken(parts[i - 1]) &&
          !isDescriptor(parts[i - 1]) &&
          // "Australian PM": a nationality and a role.
          !isNationality(parts[i - 1]) &&
          // "Syria's Ambassador": an owner and a role.
          !isPossessive(parts[i - 1])));
    // "UN General Assembly", "General Motors": a role word inside a body's name.
    const next = parts[i + 1];
    // "Cargill Investor Services": nor in a firm's, whose ending is no common body noun.
    const inBody =
      (next !== undefined && isCapitalised(next.text) && ORGANISATION_NOUNS.has(next.lower)) ||
      (next !== undefined && FIRM_ENDING.test(next.text)) ||
      // "Department of Justice", "Ministry of Defence": the body's own name after "of".
      (lower(parts[i - 1]) === 'of' &&
        isCapitalised(parts[i - 2]?.text ?? '') &&
        ORGANISATION_NOUNS.has(lower(parts[i - 2])) &&
        isCapitalised(token.text));
    // "Radzi Sheikh Ahmad": a title after a name word is inside the name.
    const previous = parts[i - 1];
    const withinName =
      NAME_TITLES.has(token.lower) &&
      isNameToken(previous) &&
      !isRoleNoun(previous) &&
      !isDescriptor(previous);
    // "the Kansas Republican": after an article, a party's member ending the phrase; or
    // before a name, opened by a given name or of two words after a place ("Maryland
    // Democrat Elijah Cummings", "Ohio Republican Sherrod Brown").
    const partyMember =
      PARTY_MEMBERS.has(token.lower) &&
      (afterArticle ? i === parts.length - 1 : isCapitalised(token.text) && namesAfter(parts, i));
    if ((isRoleNoun(token) || partyMember) && !surname && !inBody && !withinName) roleEnd = i;
  });
  if (roleEnd === -1) return { role: [], name: [...parts] };
  // "Vladimir Voronin President of Moldova": a name opened by a given name, then the role.
  const roleStart = parts.findIndex((part) => isRoleNoun(part));
  const nameFirst = parts.slice(0, roleStart);
  // So "Mike Boswell chairman of Sunshine Mining Co", with no comma before a role in lower
  // case that ends the phrase or goes on to where it is held; not "A Douglas Aircraft spokesman" nor
  // "Morgan Stanley spokesman Joe Bloggs", a firm's; nor "Barack Obama's nominee".
  const roleWord = parts[roleStart];
  const commaless =
    !afterArticle &&
    (roleStart === parts.length - 1 || PLACE_OF_ROLE.has(lower(parts[roleStart + 1])));
  if (
    roleStart >= 2 &&
    (isCapitalised(roleWord?.text ?? '') || commaless) &&
    nameFirst.every((part) => isNameToken(part)) &&
    !isPossessive(nameFirst[nameFirst.length - 1]) &&
    genderOfGivenName(nameFirst.map((part) => part.text)) !== undefined
  )
    return { role: parts.slice(roleStart), name: nameFirst };
  let end = roleEnd;
  // "President of Savarino Construction": an organisation after "of" is all title, no name.
  if (lower(parts[end + 1]) === 'of' && ORGANISATION_NOUNS.has(lower(parts[parts.length - 1]))) {
    return { role: [...parts], name: [] };
  }
  // "The Syrian ambassador to the United States": the place is part of the role; a name
  // after it starts at a given name ("ambassador to Britain Imad Moustapha").
  if (isSentTo(parts[end + 1]) && ROLES_SENT_TO.has(lower(parts[end]))) {
    const words = parts.map((part) => part.text);
    const given = words.findIndex(
      (_, i) => i > end + 2 && genderOfGivenName(words.slice(i)) !== undefined,
    );
    if (given !== -1) return { role: parts.slice(0, given), name: parts.slice(given) };
    // "the U.S. ambassador to Iraq Zalmay Khalilzad": a place of one word, then a name.
    const afterPlace = parts.slice(end + 3);
    const bare = !DETERMINERS.has(lower(parts[end + 2]));
    return bare && afterPlace.length >= 2 && afterPlace.every((part) => isNameToken(part))
      ? { role: parts.slice(0, end + 3), name: afterPlace }
      : { role: [...parts], name: [] };
  }
  // "Assistant Deputy Coroner for Oxford Andrew Walker": a one-word place or body, then a
  // name opened by a given name (not "spokesman for President Mahmoud Abbas").
  // "Minister for the Olympics Tessa Jowell": the place or body may take an article.
  const placeAt = DETERMINERS.has(lower(parts[end + 2])) ? end + 3 : end + 2;
  const place = parts[placeAt];
  if (lower(parts[end + 1]) === 'for' && place && !isRoleNoun(place)) {
    const name = parts.slice(placeAt + 1);
    const given = genderOfGivenName(name.map((part) => part.text)) !== undefined;
    if (given && name.length >= 2) return { role: parts.slice(0, placeAt + 1), name };
    // "general manager for Canada Hajimu Watanabe": a country, then a name of two words
    // or more, whatever its given name.
    const country = placeAt === end + 2 && GOVERNMENT_NAMES.has(place.text);
    if (country && name.length >= 2 && name.every((part) => isNameToken(part)))
      return { role: parts.slice(0, placeAt + 1), name };
    // "Minister for Environment and Water Resources Malcolm Turnbull": domains joined by
    // "and", then a name opened by a given name.
    const opens = nameAfterDomains(parts, placeAt);
    if (opens !== -1) return { role: parts.slice(0, opens), name: parts.slice(opens) };
  }
  // "Member for Bathurst": a member of parliament by the seat they hold, not a name.
  if (lower(parts[end]) === 'member' && lower(parts[end + 1]) === 'for' && parts.length === end + 3)
    return { role: [...parts], name: [] };
  // "A resident of Sadr City": where someone lives, not their name.
  if (lower(parts[end + 1]) === 'of' && DWELLER_NOUNS.has(lower(parts[end])))
    return { role: [...parts], name: [] };
  // "Minister for Women and Child Development Renuka Choudhary": a title's domain after
  // "for" is read as after "of".
  // Not "spokesman for the IDF", a body's.
  // "Minister for the Environment and Heritage": a minister's may take an article.
  const article = lower(parts[end + 2]) === 'the' && PORTFOLIO_ROLES.has(lower(parts[end]));
  const domain = lower(parts[article ? end + 3 : end + 2]);
  const domainFor =
    lower(parts[end + 1]) === 'for' && domain !== 'the' && TITLE_DOMAINS.has(domain);
  if (lower(parts[end + 1]) === 'of' || domainFor) {
    end++;
    while (end + 1 < parts.length) {
      const next = parts[end + 1];
      const remaining = parts.length - (end + 1);
      // "President of Visa" (one word: the organisation), "Secretary of State Antony Blinken"
      // (a domain word, then a name), "Chairman of Gazprom Alexei Miller" (a name of two left).
      // "Speaker of the Knesset": an article may come between.
      const firstAfterOf =
        end === roleEnd + 1 || (end === roleEnd + 2 && DETERMINERS.has(lower(parts[roleEnd + 2])));
      // "Secretary of State Hillary Rodham Clinton": a name of three opened by a given name.
      // "Chief of Staff Toshio Tamogami of Japan Air Self-Defense Force": the name may be
      // followed by the body it serves.
      const rest = parts.slice(end + 1);
      const servedBody = rest.findIndex((part) => part.lower === 'of');
      const nameBeforeBody = servedBody > 0 ? rest.slice(0, servedBody) : rest;
      const givenNameOpens =
        !firstAfterOf &&
        nameBeforeBody.every((part) => isNameToken(part)) &&
        (genderOfGivenName(nameBeforeBody.map((part) => part.text)) !== undefined ||
          (servedBody > 0 && looksLikePersonsName(nameBeforeBody)));
      // "Minister for Tourism and Sports": a second domain after "and".
      // "… for the Environment and Heritage": one capitalised word that ends the phrase.
      const lastWord = parts[end + 2];
      const secondDomain =
        lower(next) === 'and' &&
        (TITLE_DOMAINS.has(lower(lastWord)) ||
          (remaining === 2 && lastWord !== undefined && isCapitalised(lastWord.text)));
      // "Secretary of State of the Vatican City": the word after a second "of the" opens a
      // body's or a place's name, and a last word after it ends that name, not a person's.
      const bodyAfterArticle =
        !firstAfterOf &&
        (lower(parts[end]) === 'the' || (lower(parts[end - 1]) === 'the' && remaining === 1));
      // "of the Andean Community Wagner": a body's name goes on to the noun that ends it.
      // "Community" ends names ("European Community") but is no body's noun in general:
      // "the international community said" names no one.
      const bodyNoun =
        next !== undefined &&
        isCapitalised(next.text) &&
        (ORGANISATION_NOUNS.has(next.lower) || next.lower === 'community') &&
        isCapitalised(parts[end]?.text ?? '');
      const inTitle =
        TITLE_DOMAINS.has(lower(next)) ||
        bodyNoun ||
        secondDomain ||
        (next !== undefined && GOVERNMENT_NAMES.has(next.text)) ||
        (remaining > 2 && !givenNameOpens) ||
        (firstAfterOf && remaining === 1) ||
        bodyAfterArticle;
      if (!inTitle) break;
      end += secondDomain ? 2 : 1;
    }
  }
  // "Pope Benedict XVI", "Sheikh Rashid": a title that is part of how the person is named.
  const title = parts[end];
  const named = end === roleEnd && end + 1 < parts.length && title !== undefined;
  // "Lord Goldsmith", "Baroness Ashton": a peer's title before a lone name is how they are known.
  const peer = PEERAGE_TITLES.has(title?.lower ?? '') && parts.length - end === 2;
  const keepsTitle = named && isCapitalised(title.text) && (NAME_TITLES.has(title.lower) || peer);
  if (!keepsTitle) return { role: parts.slice(0, end + 1), name: parts.slice(end + 1) };
  // The title is the role only when there is no other: "Information Minister Sheikh Rashid".
  const otherRole = parts.slice(0, end).some((part) => isRoleNoun(part));
  return { role: parts.slice(0, otherRole ? end : end + 1), name: parts.slice(end) };
}

/** A name starts and ends with a name word, never "of" or "the". */
function trimEnds(tokens: readonly Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && !isNameToken(tokens[from]) && !weekdayPaper(tokens, from)) from++;
  // "African-American Michael S. Steele": a nationality before a given name describes him.
  if (
    to - from >= 3 &&
    isNationality(tokens[from]) &&
    genderOfGivenName([tokens[from + 1]?.text ?? '', 'X']) !== undefined
  )
    from++;
  // "de Klerk": a particle that opens the name stays.
  const particle = tokens[from - 1];
  if (particle && isSurnameParticle(particle)) from--;
  // "King Juan Carlos I": the walk only takes a regnal number after a name.
  while (
    to > from &&
    !isNameToken(tokens[to - 1]) &&
    !REGNAL_NUMBER.test(tokens[to - 1]?.text ?? '')
  )
    to--;
  return tokens.slice(from, to);
}

/**
 * The name in a run of name words; a document in lower case inside the run divides it.
 * The name right after it is a new subject ("In a written statement Vitter said",
 * "Following Ms Macklin's statement ANSTO said"); otherwise the name before it is the
 * document's author ("the Security Council statement on Iran").
 */
function trimName(tokens: readonly Token[]): Token[] {
  const document = tokens.findIndex(
    (token) => !isCapitalised(token.text) && DOCUMENT_NOUNS.has(token.lower),
  );
  if (document === -1) return trimEnds(tokens);
  const before = tokens.slice(0, document);
  const after = tokens.slice(document + 1);
  // "an eyewitness report on Sydney Indymedia": the document is the head; where it appeared
  // names no one.
  // "a statement on LTE's website" still names its issuer.
  if (
    DOCUMENT_PLACES.has(lower(after[0])) &&
    !before.some(isNameToken) &&
    !after.some(isPossessive)
  )
    return [];
  return trimEnds(isNameToken(after[0]) || !before.some(isNameToken) ? after : before);
}

const DOCUMENT_PLACES = new Set(['on', 'in', 'at']);

// Names of things and events, which never speak: "Australia Day", "Nobel Peace Prize".
const THING_NOUNS = new Set([
  'day',
  'prize',
  'award',
  'awards',
  'act',
  'bill',
  'tower',
  'street',
  'square',
  'river',
  'island',
  'islands',
  'mountain',
  'park',
  'bridge',
  'airport',
  'station',
  'cup',
  'games',
  'festival',
  'war',
  'treaty',
  'accord',
  'avenue',
  'road',
  'building',
  'hall',
  'stadium',
  'olympics',
  'championship',
  'summit',
  'conference',
  'week',
  'year',
  'month',
]);

// Plural common nouns that open a sentence look like names: "Campaigners say …". So do
// surnames ("Sanders", "Davies", "Sellers"), which the cast knows from a fuller mention.
const PLURAL_COMMON_NOUN = /(?:ers|ors|ists|ysts|ians|ents|ants|ives|ies|ees|ics)$/u;
/** Other plural nouns for people that open sentences: "Friends expressed shock". */
const PLURAL_PEOPLE = new Set(['friends', 'colleagues', 'witnesses', 'locals']);

/** Nouns for the people of a place, which a name after "of" never completes as a person's. */
const DWELLER_NOUNS = new Set([
  'resident',
  'residents',
  'citizen',
  'citizens',
  'native',
  'villager',
  'villagers',
  'inhabitant',
  'inhabitants',
]);

/**
 * What a name names; null when only the article's cast can tell (a lone word that may be
 * a plural noun or a surname), undefined when it is a thing that never speaks. `before`
 * holds the phrase's words before the name, its article included.
 */
function kindOfName(
  name: string,
  parts: readonly Token[],
  before: readonly Token[],
): SpeakerKind | null | undefined {
  // "the Child Online Protection Act", "the Electoral Finance Bill": a law's or a treaty's name.
  if (
    parts.length > 1 &&
    DOCUMENT_NAME_ENDINGS.has(parts[parts.length - 1]?.text ?? '') &&
    genderOfGivenName(parts.map((token) => token.text)) === undefined
  )
    return 'document';
  // "Brian Day", "Thomas Bank", "Mr. Hall": after a common given name or a title, a
  // thing's word is a surname. Alone ("Hall told Reuters"), it is one only if the article
  // names someone so ("Chairman John Hall"): the cast decides; but "on the Street" is a place.
  const titled = PERSONAL_TITLES.has(lower(before[before.length - 1]));
  if (
    THING_NOUNS.has(lower(parts[parts.length - 1])) &&
    !titled &&
    genderOfGivenName(parts.map((token) => token.text)) === undefined
  )
    return parts.length === 1 && before.length === 0 ? null : undefined;
  // So is "May", the month unless the article names a Theresa or an Elizabeth May; but
  // "Ms Waters" and "Mrs May" are people.
  if (
    parts.length === 1 &&
    !titled &&
    (PLURAL_COMMON_NOUN.test(lower(parts[0])) ||
      PLURAL_PEOPLE.has(lower(parts[0])) ||
      // "Reports say": documents, not someone named Reports.
      (lower(parts[0]).endsWith('s') && DOCUMENT_NOUNS.has(lower(parts[0]).slice(0, -1))) ||
      lower(parts[0]) === 'may')
  )
    return null;
  // "Tehran Times", "Jakarta Post": a paper, unless a given name opens it ("Emily Post").
  if (
    parts.length > 1 &&
    PAPER_NAME_ENDINGS.has(lower(parts[parts.length - 1])) &&
    genderOfGivenName(parts.map((token) => token.text)) === undefined
  )
    return 'organization';
  // "S and P", "AT&T": initials joined by "and" are a firm's.
  if (
    parts.length === 3 &&
    (lower(parts[1]) === 'and' || parts[1]?.text === '&') &&
    /^\p{Lu}{1,2}$/u.test(parts[0]?.text ?? '') &&
    /^\p{Lu}{1,2}$/u.test(parts[2]?.text ?? '')
  )
    return 'organization';
  // "Tehran Radio", "Radio Havana", "Kabul Television": a broadcaster.
  const words = parts.map((token) => token.text);
  if (isBroadcasterName(words) && genderOfGivenName(words) === undefined) return 'organization';
  // "ADF", "OSCE": acronyms name organisations; so does a name right after "group" or "agency".
  // But "A380", "F-16", "737": a model's number, not a body.
  if (parts.length === 1 && MODEL_NUMBER.test(parts[0]?.text ?? '')) return undefined;
  // "The official Democratic response", "According to Russian …": an adjective, no name.
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && (isNationality(only) || PARTY_ADJECTIVES.has(only.lower))) return undefined;
  if (parts.every((token) => ACRONYM.test(token.text))) return 'organization';
  if (parts.length === 1 && WEB_ADDRESS.test(parts[0]?.text ?? '')) return 'organization';
  // "eBay", "eHarmony": only brands keep their first letter small.
  if (isBrandName(parts[0]?.text ?? '')) return 'organization';
  // Not after a role whose domain ends in one ("Minister for Foreign Affairs Carin Jämtin").
  const roleDomain = before.some(
    (token, i) => isRoleNoun(token) && ['of', 'for'].includes(lower(before[i + 1])),
  );
  if (ORGANISATION_NOUNS.has(lower(before[before.length - 1])) && !roleDomain)
    return 'organization';
  if (parts.some((token) => ORGANISATION_NOUNS.has(lower(token)))) return 'organization';
  // "Reporters Without Borders", "Médecins Sans Frontières".
  if (parts.some((token) => NAME_PREPOSITIONS.has(token.text))) return 'organization';
  // "Amnesty International", "Transparency International".
  if (parts.length > 1 && parts[parts.length - 1]?.text === 'International') return 'organization';
  if (
    GOVERNMENT_NAMES.has(name) ||
    (name.endsWith('s') && POSSESSIVE_BRANDS.has(name.replace('’', "'"))) ||
    newsOrganisationNamed(name) !== undefined ||
    findNewsOrganisations(name).length > 0
  )
    return 'organization';
  return 'person';
}

/** "army statement", "company communique": a body's noun in lower case, then a document's. */
function isBodysDocument(body: Token | undefined, bodyWord: string, documentWord: string): boolean {
  return (
    DOCUMENT_NOUNS.has(documentWord) && isIssuerNoun(bodyWord) && !isCapitalised(body?.text ?? '')
  );
}

/** A nationality's adjective that names its people too: "the French", "the Japanese". */
const COLLECTIVE_PEOPLE = /(?:ch|sh|ese|ss)$/u;

/** The last word of a law's, a bill's or a treaty's name. */
const DOCUMENT_NAME_ENDINGS = new Set([
  'Act',
  'Bill',
  'Treaty',
  'Conventions',
  'Accord',
  'Accords',
  'Charter',
  'Directive',
  'Protocol',
]);

/** Parties' adjectives, capitalised like names: "the Democratic response". */
const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);

const MODEL_NUMBER = /^\p{Lu}{1,2}(?:-\d{2,}|\d{3,})['’]?s?$/u;

/** Titles that only a person bears. */
export const PERSONAL_TITLES = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dr',
  'dr.',
]);

/** Titles that say who someone is, not what they do: "Mr", "Lord". */
const HONORIFICS = new Set([
  ...PERSONAL_TITLES,
  'sir',
  'lord',
  'lady',
  'dame',
  'baroness',
  'baron',
]);

/** Words for a kind of company or body, written before its name in lower case. */
const BODY_DESCRIPTORS = new Set([
  'bank',
  'regulator',
  'watchdog',
  'operator',
  'manufacturer',
  'maker',
  'carmaker',
  'automaker',
  'giant',
  'retailer',
  'airline',
  'carrier',
  'insurer',
  'broadcaster',
  'firm',
  'company',
  'group',
  // "The NGO Foro Penal".
  'NGO',
]);

function isBodyDescriptor(token: Token): boolean {
  return BODY_DESCRIPTORS.has(token.text) || OUTLET_NOUNS.has(token.text);
}

const PLACE_HEADS =
  /^(?:gulf|bay|sea|lake|river|mount|isle|islands?|pyramids|cape|strait|straits|north|south|east|west|(?:north|south)-(?:east|west))$/u;

/** People named with "the" before them. */
const PEOPLE_AFTER_THE = new Set(['lama', 'prophet', 'mahdi', 'pope']);

/**
 * After "the", a name that is no person's: "the Sunday Telegraph", "the Russian Pravda";
 * not a nationality ("the Turkish"), a place ("the North-East of India"), an owner ("the
 * FBI's"), "the Dalai Lama", or a name opened by a given name.
 */
function isNamedThing(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (!last || isPossessive(last) || PEOPLE_AFTER_THE.has(last.lower)) return false;
  if (genderOfGivenName(words.map((token) => token.text)) !== undefined) return false;
  const ownWord = (token: Token): boolean =>
    !GOVERNMENT_NAMES.has(token.text) && !isNationality(token);
  // "the Islamic State of Iraq": "of" may join its words, though not a place's ("the Gulf
  // of Finland", "the North-East of India").
  const joins = (token: Token, i: number): boolean =>
    token.lower === 'of' &&
    i > 0 &&
    i < words.length - 1 &&
    !PLACE_HEADS.test(words[0]?.lower ?? '');
  return (
    words.every(
      (token, i) => joins(token, i) || (isNameToken(token) && !/-based$/u.test(token.lower)),
    ) && words.some(ownWord)
  );
}

/** How many of the last words say what kind of outlet it is: "newspaper", "news agency". */
function outletWordsAtEnd(words: readonly Token[]): number {
  const last = lower(words[words.length - 1]);
  if (last === 'agency' && lower(words[words.length - 2]) === 'news') return 2;
  return OUTLET_NOUNS.has(last) && words[words.length - 1]?.text === last ? 1 : 0;
}

/** Words that qualify an outlet without naming it: "the State news agency". */
const OUTLET_QUALIFIERS = new Set([
  'state',
  'official',
  'national',
  'local',
  'government',
  'public',
  'private',
  'independent',
  'semi-official',
  'opposition',
  'news',
]);

/** A word of an outlet's own name: not "Iranian" in "the Iranian news agency", nor "State". */
function isOutletsOwnWord(token: Token): boolean {
  return (
    isNameToken(token) &&
    !isPossessive(token) &&
    !OUTLET_QUALIFIERS.has(lower(token)) &&
    !isNationality(token)
  );
}

/** Two or three name words and nothing that makes them an organisation or a place. */
function looksLikePersonsName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const name = words.map((word) => word.text).join(' ');
  // "Bill Guerard": a given name that is also a common noun still opens a name.
  const opensWithGivenName = genderOfGivenName(words.map((word) => word.text)) !== undefined;
  return (
    words.every(
      (word, i) => isNameToken(word) && (!isDescriptor(word) || (i === 0 && opensWithGivenName)),
    ) && kindOfName(name, words, []) === 'person'
  );
}

/** A role word, or a compound with one: "president-elect", "secretary-general". */
export function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(word) || word.split('-').some((part) => ROLE_NOUNS.has(part));
}

/**
 * "mother of", "a lawyer for", "spokesman for Palestinian President": a role whose last
 * words point at someone else, named after them; its head word, or undefined.
 */
function roleOfAnother(role: readonly Token[], relationalOnly: boolean): Token | undefined {
  const joint = role.findLastIndex((token) => ROLE_JOINTS.has(lower(token)));
  const holder = role[joint - 1];
  if (joint < 1 || !isRoleNoun(holder)) return undefined;
  // "The president of Labatt USA, Glen Walter,": any role, when a name stands beside it.
  if (joint === role.length - 1 && !relationalOnly) return holder;
  // "the mother of Sorin Miscoci", and "spokesman for Palestinian President", "Son of slain
  // Chechen rebel": someone's kin or spokesman, perhaps before the other's title. Not
  // "Governor of Jakarta Sutiyoso", "Secretary of State", "Chief of Staff General".
  if (!RELATIONAL_ROLES.has(lower(holder))) return undefined;
  return joint === role.length - 1 || isRoleNoun(role[role.length - 1]) ? holder : undefined;
}

/**
 * Words that join a role to whom or what it is held for: "spokesman for", and "an aide to
 * Agriculture Secretary Richard Lyng" (only kin, aides and counsel are held towards a
 * person; "the ambassador to Japan" is no one's).
 */
const ROLE_JOINTS = new Set(['of', 'for', 'to']);

/** Prepositions that end a role before the name of where it is held. */
const PLACE_OF_ROLE = new Set(['of', 'in', 'at']);

/** Roles that a person holds towards another person: kin, spokesmen, counsel. */
export const RELATIONAL_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'lawyer',
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'brother',
  'sister',
  'widow',
  'nephew',
  'niece',
  'cousin',
  'grandson',
  'granddaughter',
  'friend',
  'ex-wife',
  'ex-husband',
  'widower',
  'grandmother',
  'grandfather',
  'uncle',
  'aunt',
]);

/** What a phrase's words say about its speaker; an appositive may carry the role or the name. */
export function interpretPhrase(
  text: string,
  words: readonly Token[],
  appositive: readonly Token[] = [],
): SpeakerPhrase | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  const end = Math.max(last.end, appositive[appositive.length - 1]?.end ?? 0);
  const mention = { text: text.slice(first.start, end), start: first.start, end };
  const pronounKind = words.length === 1 ? PRONOUNS.get(lower(first)) : undefined;
  if (pronounKind) {
    return phraseOf('pronoun', mention, null, null, null, withoutContraction(lower(first)), true);
  }
  // "the spokesman" points back at someone; "a spokesman" and bare "officials" do not.
  // Headlines drop the article: "President of Kazakhstan orders …" is definite too.
  const definite =
    lower(first) === 'the' || (isCapitalised(first.text) && !DETERMINERS.has(lower(first)));
  const content = words.filter((token, i) => !(i === 0 && DETERMINERS.has(lower(token))));
  // "the French said", "the Japanese have told us": a people named by its adjective is its
  // government, a body the article may name ("The French government said").
  const people = content.length === 1 ? content[0] : undefined;
  if (
    lower(first) === 'the' &&
    people &&
    isNationality(people) &&
    COLLECTIVE_PEOPLE.test(people.text)
  )
    return phraseOf('description', mention, null, people.text, 'organization', lower(people), true);
  // "Supporters of Mr Ortega", "Relatives of the victims": a group, not the one named.
  const group = content[0];
  if (
    group !== undefined &&
    lower(content[1]) === 'of' &&
    PLURAL_COMMON_NOUN.test(lower(group)) &&
    !isRoleNoun(group)
  )
    return phraseOf('description', mention, null, null, 'person', lower(group), false);
  const appositiveSplit = splitRole(
    appositive.filter((token, i) => !(i === 0 && DETERMINERS.has(lower(token)))),
  );
  // "The Shadow Treasurer, Wayne Swan,": with a bare name beside it, a phrase ending in a
  // role word is the role, even where "Treasurer" alone could be a surname; so is "the
  // Leader of the Opposition". ("Thaksin's former party, Thai Rak Thai," names a party.)
  const headSplit = splitRole(content, content.length < words.length);
  // "…the Environment and Heritage, Senator Ian Campbell,": a title and a name beside a
  // phrase with no role of its own: the titled name is the person, and the mention.
  const titledNameBeside =
    headSplit.role.length === 0 &&
    appositive[0] !== undefined &&
    isCapitalised(appositive[0].text) &&
    isRoleNoun(appositive[0]) &&
    !appositive.some((token) => CONNECTORS.has(lower(token))) &&
    appositiveSplit.name.some(isNameToken);
  if (titledNameBeside) return interpretPhrase(text, appositive);
  const nameBeside = appositiveSplit.role.length === 0 && appositiveSplit.name.some(isNameToken);
  // "The new chair, attorney Gerald A. Reynolds,": a role, then another role and a name.
  if (
    headSplit.name.length === 0 &&
    headSplit.role.length > 0 &&
    appositiveSplit.role.length > 0 &&
    appositiveSplit.name.some(isNameToken) &&
    // Not "…, who's now known for … handing of power to Dr. Badawi,": titles and a name only.
    appositive.every(
      (token) => isNameToken(token) || isRoleNoun(token) || CONNECTORS.has(lower(token)),
    )
  ) {
    const person = interpretPhrase(text, appositive);
    if (person?.form === 'name' && person.kind === 'person')
      return widened(person, mention, `${join(text, headSplit.role)}, ${person.role ?? ''}`);
  }
  // "The mother of Marie-Jeanne Ion, Magdalena Ion,", "The president and publisher of
  // Forbes Asia, William Adamopoulos,": the name beside holds the role.
  if (nameBeside && roleOfAnother(headSplit.role, false)) {
    const person = interpretPhrase(text, appositive);
    if (person?.form === 'name' && person.kind === 'person')
      return widened(person, mention, join(text, content));
  }
  const { role, name } =
    nameBeside &&
    ((isRoleNoun(content[content.length - 1]) &&
      !ORGANISATION_NOUNS.has(lower(content[content.length - 1]))) ||
      // "the undersecretary for the Western Hemisphere, Brian Nichols": so is "for".
      (isRoleNoun(content[0]) &&
        (lower(content[1]) === 'of' ||
          (lower(content[1]) === 'for' && lower(content[2]) === 'the'))))
      ? { role: content, name: [] }
      : headSplit;
  // "Barack Obama, the US President,": after an article, a phrase ending in a role word is
  // a description, however capitalised.
  const describedBeside =
    DETERMINERS.has(lower(appositive[0])) && isRoleNoun(appositive[appositive.length - 1]);
  const appositiveRole = appositiveSplit.role.length > 0 || describedBeside;
  // "Col. Nazar Voloshyn, a spokesman for the Khortytsia group": the appositive says more
  // than a rank written short, or an honorific ("Lord Goldsmith, the Attorney General").
  const shortTitle =
    role.length === 1 && (role[0]?.text.endsWith('.') === true || HONORIFICS.has(lower(role[0])));
  const roleText =
    role.length > 0 && !(shortTitle && appositiveRole)
      ? join(text, role)
      : appositiveRole
        ? join(text, appositive)
        : null;
  // "Ivorian rebels", "Chinese officials": a name used as an adjective before a group noun.
  const lastWord = content[content.length - 1];
  // "Justice Sachar committee": a title before the name does not make the body a person.
  const groupNoun =
    lastWord !== undefined &&
    !isCapitalised(lastWord.text) &&
    (role.length === 0
      ? ORGANISATION_NOUNS.has(lower(lastWord)) ||
        isRoleNoun(lastWord) ||
        // "The Pakistani army statement": a body's document.
        isBodysDocument(
          content[content.length - 2],
          lower(content[content.length - 2]),
          lower(lastWord),
        )
      : ORGANISATION_NOUNS.has(lower(lastWord)) &&
        !isRoleNoun(lastWord) &&
        role.every((token) => isCapitalised(token.text)) &&
        name.length > 1 &&
        name.slice(0, -1).every((token) => isNameToken(token) && !isPossessive(token)));
  const nameTokens = groupNoun
    ? []
    : trimName(
        name.length > 0 ? name : appositiveSplit.role.length === 0 ? appositiveSplit.name : [],
      );
  // "the official Chinese news agency": after a role, a nationality alone names no one.
  if (nameTokens.length === 1 && isNationality(nameTokens[0]) && role.length > 0)
    nameTokens.length = 0;
  // Read before the block below, whose own `role` is a string.
  const roleTokens = role;
  const holderOfRole = roleOfAnother(role, true);
  if (nameTokens.length > 0 && nameTokens.some(isNameToken)) {
    // "said one YouTube user", "one of Clinton's senior advisers": one of a group the name
    // only qualifies; "one journalist Arlene Rodriguez" has a role and is a name.
    if (lower(first) === 'one' && roleText === null) return undefined;
    // "Alexander Winstone's statement reads": the name is Alexander Winstone; but a name
    // that ends the phrase keeps its ending ("McDonald's said").
    const owner = nameTokens[nameTokens.length - 1] !== content[content.length - 1];
    const written = join(text, nameTokens);
    const nameText = owner ? written.replace(/(?<=\p{L})['’]s$/u, '') : written;
    const wordsBefore = content.slice(0, content.indexOf(nameTokens[0] ?? first));
    const readKind = kindOfName(
      nameText,
      nameTokens,
      words.slice(0, words.indexOf(nameTokens[0] ?? first)),
    );
    if (readKind === undefined) return undefined;
    // "the Russian Pravda reports", "the Sunday Telegraph": a name after "the", with no role
    // and no given name, is no person's.
    const thing =
      readKind === 'person' &&
      lower(first) === 'the' &&
      roleText === null &&
      wordsBefore.length === 0 &&
      // "The Hanger bill", "the Wee W store": a name before a noun is what "the" is for.
      !owner &&
      isNamedThing(nameTokens);
    const kind = thing ? 'organization' : readKind;
    // "the mother of Sorin Miscoci", "a lawyer for Saddam Hussein": the person named after
    // "of" or "for" is someone other than the one the role describes, who goes unnamed.
    // Not "Chief Executive of Shop Direct, Mark Newton Jones": a name beside says who.
    // Nor is "North Rhine-Westphalia" in "the premier of the German state of North
    // Rhine-Westphalia": a name right after the preposition that ends a described role in
    // lower case is where its unnamed holder serves. Not "Governor of Jakarta Sutiyoso", a
    // title before a name, nor a broadcaster or a paper, which are bodies ("The state
    // broadcaster of New Zealand, Television New Zealand,").
    const servesIn =
      roleTokens.length > 1 && PLACE_OF_ROLE.has(lower(roleTokens[roleTokens.length - 1]));
    const holderIn = servesIn ? roleTokens.findLast((token) => isRoleNoun(token)) : undefined;
    const heldIn =
      DETERMINERS.has(lower(first)) &&
      holderIn?.text === holderIn?.lower &&
      !OUTLET_NOUNS.has(lower(holderIn))
        ? holderIn
        : undefined;
    const unnamedHolder = heldIn ?? (kind === 'person' ? holderOfRole : undefined);
    if (unnamedHolder && !appositiveSplit.name.some(isNameToken))
      return phraseOf(
        'description',
        mention,
        null,
        join(text, [...roleTokens, ...nameTokens]).replace(/^(?:the|a|an)\s+/iu, ''),
        'person',
        lower(unnamedHolder),
        lower(first) === 'the',
      );
    // "the newspaper Reforma", "the news agency Notimex": what kind of outlet it is stays
    // as its role.
    if (kind === 'organization' && roleText === null && outletWordsAtEnd(wordsBefore) > 0)
      return phraseOf('name', mention, nameText, join(text, wordsBefore), kind, null, true);
    // "US bank Goldman Sachs", "American regulator Securities and Exchange Commission": what
    // kind of body it is, in lower case, then its name.
    const descriptor = nameTokens.findLastIndex(
      (token, i) => i < nameTokens.length - 1 && isBodyDescriptor(token),
    );
    if (descriptor !== -1 && isNameToken(nameTokens[descriptor + 1])) {
      const body = nameTokens.slice(descriptor + 1);
      const describedAs = join(text, nameTokens.slice(0, descriptor + 1));
      const role = roleText ? `${roleText} ${describedAs}` : describedAs;
      return phraseOf('name', mention, join(text, body), role, 'organization', null, true);
    }
    // "Democrat Charles Schumer": a party's member, named after the party; "CNN's Dan
    // Rivers", after his employer.
    const party = nameTokens[0];
    const member =
      nameTokens.length >= 3 &&
      ((kind === 'person' && PARTY_MEMBERS.has(lower(party))) ||
        (isPossessive(party) && looksLikePersonsName(nameTokens.slice(1))));
    const named = member ? nameTokens.slice(1) : nameTokens;
    const roles = [roleText, member ? (party?.text ?? null) : null].filter((part) => part !== null);
    const role = roles.length > 0 ? roles.join(' ') : null;
    // "Premier Wen Jiabao of China": the person is "Wen Jiabao"; "of China" belongs to the
    // role. So in "Phil Chen of Grand Cathay Securities Investment Trust Co.", where the
    // words before "of" are a person's name.
    // "Howard Archer for Global Insight", "David Shambaugh from George Washington
    // University": "for" and "from" too, after a given name and a surname (not "Syrian
    // Observatory for Human Rights", nor a headline's "Reagan Sees Room For …").
    const ofAt = named.findIndex((token) => lower(token) === 'of');
    const forAt = named.findIndex((token) => lower(token) === 'for' || lower(token) === 'from');
    const givenAndSurname =
      forAt === 2 && genderOfGivenName(named.slice(0, 2).map((token) => token.text)) !== undefined;
    const of = ofAt === -1 && givenAndSurname ? forAt : ofAt;
    const personal = named.slice(0, Math.max(of, 0));
    // "the South of Afghanistan", "the North-East of India": a region.
    if (personal.length === 1 && PLACE_HEADS.test(lower(personal[0]))) return undefined;
    // "the African Cup of Nations", "the Summit of the Americas": an event or a thing.
    if (of > 0 && THING_NOUNS.has(lower(personal[personal.length - 1]))) return undefined;
    if (of > 0 && (kind === 'person' || looksLikePersonsName(personal))) {
      const affiliation = join(text, named.slice(of));
      const withAffiliation = role ? `${role} ${affiliation}` : affiliation;
      const body = bodyThenPerson(personal);
      const person = body ? body.name : personal;
      const fullRole = body ? `${join(text, body.role)} ${withAffiliation}` : withAffiliation;
      return phraseOf('name', mention, join(text, person), fullRole, 'person', null, true);
    }
    if (member) return phraseOf('name', mention, join(text, named), role, 'person', null, true);
    // "Chief spokesman for the National Security Council Frederick Jones".
    const body = owner ? undefined : bodyThenPerson(nameTokens);
    if (body) {
      const bodyRole = roleText ? `${join(text, body.role)} ${roleText}` : join(text, body.role);
      return phraseOf('name', mention, join(text, body.name), bodyRole, 'person', null, true);
    }
    // "The Justice Rajinder Sachar Committee report": a title opening a body's name is
    // part of the name.
    const [title] = roleTokens;
    const titledBody =
      kind === 'organization' &&
      roleTokens.length === 1 &&
      title !== undefined &&
      isCapitalised(title.text) &&
      content.indexOf(title) === content.indexOf(nameTokens[0] ?? first) - 1 &&
      ORGANISATION_NOUNS.has(lower(nameTokens[nameTokens.length - 1]));
    if (titledBody)
      return phraseOf('name', mention, join(text, [title, ...nameTokens]), null, kind, null, true);
    return phraseOf('name', mention, nameText, roleText, kind, null, true);
  }
  // "Notimex news agency", "the Reforma newspaper": a name, then what kind of outlet it is.
  const outletWords = outletWordsAtEnd(content);
  // "Russia's Tass news agency": a country that owns it is not part of the name; but
  // "People's Daily" is all name.
  const countryOwner = content[0]?.text.replace(/['’]s?$/u, '') ?? '';
  const owned = isPossessive(content[0]) && GOVERNMENT_NAMES.has(countryOwner) ? 1 : 0;
  const outletName = content.slice(owned, content.length - outletWords);
  // Not "a California newspaper": a place, or any outlet with "a", is not named.
  const named =
    outletName.length > 0 &&
    outletName.every(isOutletsOwnWord) &&
    !GOVERNMENT_NAMES.has(join(text, outletName)) &&
    !/^an?$/u.test(lower(first));
  if (outletWords > 0 && named)
    return phraseOf(
      'name',
      mention,
      join(text, outletName),
      join(text, content.slice(owned + outletName.length)),
      'organization',
      null,
      true,
    );
  const affiliated = personOfDescribedBody(text, mention, content);
  if (affiliated) return affiliated;
  // The head is the noun that says what the phrase is: "president" in "President of Kazakhstan".
  // A role before "of": "the NSW president of the Australian Medical Association" is a
  // president ("the Department of State undersecretary" an undersecretary).
  const nouns = content.map((token) => lower(token).replace(/['’]s$/u, ''));
  // "The billionaire claims" after "American billionaire Donald Trump": a trade that is a
  // role in lower case heads a phrase that points back at its holder (not "one dealer").
  const pointsBack = lower(first) === 'the' && appositive.length === 0;
  const isHead = (word: string, i: number): boolean =>
    DOCUMENT_NOUNS.has(word) ||
    ORGANISATION_NOUNS.has(word) ||
    isRoleWord(word) ||
    (pointsBack && LOWER_CASE_ROLE_NOUNS.has(content[i]?.text ?? ''));
  const of = nouns.indexOf('of');
  const roleOf = of > 0 && isRoleWord(nouns[of - 1] ?? '') ? nouns[of - 1] : undefined;
  // "the Kansas Republican": a party's member, when nothing else is the head.
  const partyMember = nouns.findLast((word) => PARTY_MEMBERS.has(word));
  const head = roleOf ?? nouns.findLast(isHead) ?? partyMember ?? '';
  if (head === '') return undefined;
  // "A company statement said", "the ministry statement added": the words of a body's
  // statement are the body's, whichever the article has named ("a" is no new company here).
  const issuer = nouns[nouns.length - 2];
  if (
    appositive.length === 0 &&
    nouns[nouns.length - 1] === head &&
    issuer !== undefined &&
    isBodysDocument(content[content.length - 2], issuer, head)
  )
    return phraseOf(
      'description',
      mention,
      null,
      join(text, content.slice(0, -1)),
      'organization',
      issuer,
      true,
    );
  const kind: SpeakerKind | null = DOCUMENT_NOUNS.has(head)
    ? 'document'
    : ORGANISATION_NOUNS.has(head)
      ? 'organization'
      : isRoleWord(head) || LOWER_CASE_ROLE_NOUNS.has(head) || head === partyMember
        ? 'person'
        : null;
  if (!kind) return undefined;
  return phraseOf(
    'description',
    mention,
    null,
    groupNoun ? join(text, content) : (roleText ?? join(text, content)),
    kind,
    head,
    definite,
  );
}
