/** Collecting a phrase's tokens outwards from a point: left to a verb's subject, right to an object. */
import {
  CUE_VERBS,
  DOCUMENT_NOUNS,
  FIRM_ENDING,
  LEGAL_SUFFIX,
  GOVERNMENT_NAMES,
  NAME_PREPOSITIONS,
  ORGANISATION_NOUNS,
  PAPER_NAME_ENDINGS,
  ROLE_NOUNS,
  WEEKDAY,
} from './lexicon.ts';
import {
  ACRONYM,
  hasInitials,
  CONNECTORS,
  DETERMINERS,
  isDescriptor,
  isNameToken,
  isNationality,
  isPhraseWord,
  isPossessive,
  isRoleNoun,
  lower,
  LOWER_CASE_WORD,
  ORGANISATION_LINKS,
  TITLE_DOMAINS,
} from './phraseWords.ts';
import { genderOfGivenName, isGivenName } from './givenNames.ts';
import { findNewsOrganisations } from './newsOrganisations.ts';
import { isCapitalised, singleSpaced, type Token } from './tokens.ts';

/** "The Sunday Times", "the Sunday Telegraph": a weekday that opens a paper's name. */
export function weekdayPaper(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    WEEKDAY.test(tokens[index]?.text ?? '') &&
    next !== undefined &&
    next.text !== next.lower &&
    PAPER_NAME_ENDINGS.has(next.lower)
  );
}

/** Tokens of the phrase ending at `last`, walking left no further than `floor`. */
/** Roles sent to someone: "the Syrian ambassador to the United States". */
export const ROLES_SENT_TO = new Set(['ambassador', 'envoy', 'delegate', 'consul']);

/** "to" (or "in": "the US ambassador in Lima") between such a role and where it is sent. */
function joinsRole(tokens: readonly Token[], to: number): boolean {
  return isSentTo(tokens[to]) && ROLES_SENT_TO.has(lower(tokens[to - 1]));
}

export function isSentTo(token: Token | undefined): boolean {
  const word = lower(token);
  return word === 'to' || word === 'in';
}

/**
 * Token `j` is a preposition written inside a body's name ("Reporters Without Borders"),
 * with a name's word on either side of it.
 */
function inNameBetween(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.text ?? '';
  // "Research In Motion": a capitalised "In" between one word on each side, where a
  // headline in title case would run on ("Defect Found In Boeing Plane").
  const inOneName = word === 'In' && !isNameToken(tokens[j - 2]) && !isNameToken(tokens[j + 2]);
  return (
    (NAME_PREPOSITIONS.has(word) || inOneName) &&
    isNameToken(tokens[j - 1]) &&
    isNameToken(tokens[j + 1])
  );
}

/**
 * "Secretary of Health and Human Services Tommy Thompson", "Minister for Women and Child
 * Development Renuka Choudhary": the "and" at `j` joins two domains of one title, the
 * first a title's domain right after "of" or "for"; not "the Ministry of
 * Health and Bob Smith", where a given name opens what follows.
 */
function joinsTitleDomains(tokens: readonly Token[], j: number, after: readonly Token[]): boolean {
  const domain = tokens[j - 1];
  // "The Foreign Affairs and Trade Minister": two domains, capitalised, before the role.
  const domainsBeforeRole =
    lower(tokens[j]) === 'and' &&
    domain !== undefined &&
    isCapitalised(domain.text) &&
    TITLE_DOMAINS.has(domain.lower) &&
    after[0] !== undefined &&
    isCapitalised(after[0].text) &&
    TITLE_DOMAINS.has(after[0].lower) &&
    after.some((part) => isRoleNoun(part));
  if (domainsBeforeRole) return true;
  // "Minister for the Environment and Water Resources": an article may stand before it.
  const opener = lower(tokens[j - 2]) === 'the' ? lower(tokens[j - 3]) : lower(tokens[j - 2]);
  return (
    lower(tokens[j]) === 'and' &&
    (opener === 'of' || opener === 'for') &&
    domain !== undefined &&
    isCapitalised(domain.text) &&
    TITLE_DOMAINS.has(domain.lower) &&
    genderOfGivenName(after.map((token) => token.text)) === undefined
  );
}

/**
 * "the Ways and Means committee", "Foreign and Commonwealth Office": the "and" at `j` is
 * inside one body's name, walking back, when the body's noun comes after it and the word
 * before it is no body of its own ("HSBC and Macquarie Bank", "US Navy and Japanese
 * government officials" are two).
 */
function joinsOneBody(tokens: readonly Token[], j: number, after: readonly Token[]): boolean {
  const before = tokens[j - 1];
  return (
    (lower(tokens[j]) === 'and' || tokens[j]?.text === '&') &&
    before !== undefined &&
    isNameToken(before) &&
    isNameToken(after[0]) &&
    !ACRONYM.test(before.text) &&
    !ORGANISATION_NOUNS.has(before.lower) &&
    !GOVERNMENT_NAMES.has(before.text) &&
    after.some((part) => ORGANISATION_NOUNS.has(lower(part)))
  );
}

/** Capitals of one or two letters: "S", "AT". */
const SHORT_INITIALS = /^\p{Lu}{1,2}$/u;

/**
 * "S and P said", "AT and T": the "and" at `j` joins initials on both sides, one of them a
 * single letter, into one firm's name (not "US and UK", two countries).
 */
function joinsInitials(tokens: readonly Token[], j: number, after: readonly Token[]): boolean {
  const before = tokens[j - 1]?.text ?? '';
  const next = after[0]?.text ?? '';
  return (
    (lower(tokens[j]) === 'and' || tokens[j]?.text === '&') &&
    after.length === 1 &&
    SHORT_INITIALS.test(before) &&
    SHORT_INITIALS.test(next) &&
    (before.length === 1 || next.length === 1)
  );
}

/**
 * "said Thom Brown of Butcher and Singer": walking forward, the "and" at `j` joins one
 * word after where someone is from and one before the name ends, as walking back would.
 */
function partnerAfterWhereFrom(
  tokens: readonly Token[],
  j: number,
  parts: readonly Token[],
): boolean {
  const from = parts.length - 2;
  return (
    lower(tokens[j]) === 'and' &&
    from > 0 &&
    saysWhereFrom(tokens, j - 2) &&
    isNameToken(parts[from + 1]) &&
    genderOfGivenName([parts[from + 1]?.text ?? '']) === undefined &&
    isNameToken(tokens[j + 1]) &&
    genderOfGivenName([tokens[j + 1]?.text ?? '']) === undefined &&
    !isNameToken(tokens[j + 2]) &&
    !CONNECTORS.has(lower(tokens[j + 2]))
  );
}

const MAX_NAME_WORDS_AFTER_PREPOSITION = 3;
const WHERE_FROM = new Set(['from', 'in', 'at', 'near']);

/**
 * The preposition at `k` says where someone is from: "from", "in", or "of" after a
 * person's name ("Thom Brown of Butcher and Singer"); not "the governments of Britain
 * and Ireland" or "Ministries of Public Order and Economy", which are two.
 */
function saysWhereFrom(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  if (WHERE_FROM.has(word)) return true;
  const owner = tokens[k - 1];
  if (word !== 'of' || !owner || !isNameToken(owner)) return false;
  const noun = owner.lower.replace(/s$/u, '');
  return !ROLE_NOUNS.has(noun) && !ORGANISATION_NOUNS.has(noun) && !/^\p{Ll}/u.test(owner.text);
}

/**
 * "John Nixon from Oxfordshire Fire and Rescue noted": the "and" at `j` joins two parts of
 * one place or body when capitalised words after where someone is from lead to it; what
 * the preposition governs is never the subject, and the walk back must reach it to see so.
 */
function joinsNamesAfterPreposition(
  tokens: readonly Token[],
  j: number,
  after: readonly Token[],
): boolean {
  if (lower(tokens[j]) !== 'and' || after.length !== 1 || !isNameToken(after[0])) return false;
  for (let k = j - 1; k >= Math.max(0, j - 1 - MAX_NAME_WORDS_AFTER_PREPOSITION); k--) {
    if (k < j - 1 && saysWhereFrom(tokens, k)) return true;
    const word = tokens[k];
    if (!word || !isNameToken(word) || genderOfGivenName([word.text]) !== undefined) return false;
  }
  return false;
}

const MAX_BODY_DOMAIN_WORDS = 3;

/**
 * "the Organisation for Economic Cooperation and Development Edward Streator", "the
 * Department of Health and Human Services": the "and" at `j` joins the domains of a
 * body named before it, whose noun stands capitalised before "for" or "of" a few words
 * back.
 */
function joinsBodyDomains(tokens: readonly Token[], j: number, after: readonly Token[]): boolean {
  if (lower(tokens[j]) !== 'and' || !isCapitalised(after[0]?.text ?? '')) return false;
  for (let k = j - 2; k >= Math.max(0, j - 1 - MAX_BODY_DOMAIN_WORDS); k--) {
    const word = tokens[k + 1];
    if (!word || !isCapitalised(word.text)) return false;
    const body = tokens[k - 1];
    const link = lower(tokens[k]);
    if ((link === 'for' || link === 'of') && body && isCapitalised(body.text))
      return ORGANISATION_NOUNS.has(body.lower);
  }
  return false;
}

/**
 * "the professors" after "for": the plural of a role word, those a role serves. Not after
 * "of" ("Family of the victims said"), which reads as where someone is from.
 */
function isRoleComplementGroup(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.text ?? '';
  return (
    /^\p{Ll}+s$/u.test(word) &&
    ROLE_NOUNS.has(word.slice(0, -1)) &&
    DETERMINERS.has(lower(tokens[j - 1])) &&
    lower(tokens[j - 2]) === 'for'
  );
}

export function walkBack(tokens: readonly Token[], last: number, floor: number): Token[] {
  const parts: Token[] = [];
  let j = last;
  while (j >= floor) {
    const token = tokens[j];
    if ((isPhraseWord(token) || weekdayPaper(tokens, j)) && token) {
      parts.unshift(token);
    } else if (token && j === last && isRegnalNumber(tokens, j) && isNameToken(tokens[j - 1])) {
      // "King Juan Carlos I, interrupting …, said".
      parts.unshift(token);
    } else if (token && j === last && isRoleComplementGroup(tokens, j)) {
      // "An attorney for the professors said": those a role is for, people in the plural.
      parts.unshift(token);
    } else if (
      token &&
      parts.length > 0 &&
      j - 1 >= floor &&
      (CONNECTORS.has(lower(token)) ? isPhraseWord(tokens[j - 1]) : joinsRole(tokens, j))
    ) {
      parts.unshift(token);
    } else if (token && parts.length > 0 && inNameBetween(tokens, j)) {
      parts.unshift(token);
    } else if (token && parts.length > 0 && joinsTitleDomains(tokens, j, parts)) {
      parts.unshift(token);
    } else if (token && parts.length > 0 && j - 1 >= floor && joinsOneBody(tokens, j, parts)) {
      parts.unshift(token);
    } else if (token && parts.length > 0 && j - 3 >= floor && joinsBodyDomains(tokens, j, parts)) {
      parts.unshift(token);
    } else if (token && j - 2 >= floor && joinsNamesAfterPreposition(tokens, j, parts)) {
      parts.unshift(token);
    } else if (token && j - 1 >= floor && joinsInitials(tokens, j, parts)) {
      parts.unshift(token);
    } else if (token && parts.length > 0 && j - 1 >= floor && isCommaBeforeLegalForm(tokens, j)) {
      // "Ashland Oil, Inc. said": the firm's legal form after a comma.
      parts.unshift(token);
    } else if (token && isSurnameParticle(token) && isNameToken(parts[0])) {
      // "de Klerk said": a particle opens the name; "Bingu wa Mutharika said", "Cor van der
      // Klugt told" go on to the given name before it.
      parts.unshift(token);
      let before = tokens[j - 1];
      while (j - 1 >= floor && before && isSurnameParticle(before)) {
        parts.unshift(before);
        j--;
        before = tokens[j - 1];
      }
      if (j - 1 < floor || !isNameToken(before) || isRoleNoun(before)) break;
    } else {
      if (token && parts.length > 0 && DETERMINERS.has(lower(token))) {
        parts.unshift(token);
        // "head of the Outdoor Circle", "spokesman for the ministry": the phrase goes on.
        const joined = CONNECTORS.has(lower(tokens[j - 1]))
          ? isDescriptor(tokens[j - 2])
          : joinsRole(tokens, j - 1);
        if (joined && j - 2 >= floor) {
          j--;
          continue;
        }
      } else if (
        parts.some(
          (part) =>
            isRoleNoun(part) ||
            ORGANISATION_NOUNS.has(lower(part)) ||
            DOCUMENT_NOUNS.has(lower(part)),
        )
      ) {
        // "an unnamed Israeli government official", "the port operator": a few words between article and head.
        const article = adjectivesThenDeterminer(tokens, j, floor);
        if (article !== undefined)
          parts.unshift(...tokens.slice(ownerStart(tokens, article, floor), j + 1));
      }
      break;
    }
    j--;
  }
  return parts;
}

const MAX_ADJECTIVES = 2;
/** Never part of a description before a role: "Sir Paul Stephenson to head London's police". */
const FUNCTION_WORDS = new Set([
  'to',
  'as',
  'and',
  'or',
  'of',
  'for',
  'with',
  'by',
  'at',
  'in',
  'on',
  'is',
  'was',
  'will',
]);

/**
 * "The European Union's foreign policy chief": an owner named in more than one word, and
 * the article before it, belong to the phrase as much as the owner's last word.
 */
function ownerStart(tokens: readonly Token[], owner: number, floor: number): number {
  const token = tokens[owner];
  if (!token || !isPossessive(token) || !isNameToken(token)) return owner;
  let start = owner;
  while (start - 1 >= floor && isNameToken(tokens[start - 1]) && !isPossessive(tokens[start - 1]))
    start--;
  return start - 1 >= floor && DETERMINERS.has(lower(tokens[start - 1])) ? start - 1 : start;
}

/** Words that end a clause before a phrase: "a day after Russian Foreign Minister Sergey Lavrov told". */
const CLAUSE_LINKS = new Set(['after', 'before', 'since', 'until', 'when', 'while', 'than', 'as']);
/**
 * "The banker said officials have stressed": a verb of saying ends the subject before it;
 * but "a written statement" is an adjective.
 */
const SAYING_WORDS = new Set<string>(
  CUE_VERBS.filter((verb) => !verb.includes(' ') && verb !== 'written'),
);

/** Index of the article before up to two lower-case words ending at `last`, if there is one. */
function adjectivesThenDeterminer(
  tokens: readonly Token[],
  last: number,
  floor: number,
): number | undefined {
  for (let j = last; j >= Math.max(floor, last - MAX_ADJECTIVES); j--) {
    const word = tokens[j]?.text ?? '';
    // An article, or a possessive that acts as one: "Bolivia’s new president-elect".
    if (DETERMINERS.has(word.toLowerCase()) || isPossessive(tokens[j]))
      return j < last ? j : undefined;
    if (
      !/^\p{Ll}[\p{L}-]*$/u.test(word) ||
      CONNECTORS.has(word) ||
      CLAUSE_LINKS.has(word) ||
      SAYING_WORDS.has(word)
    )
      return undefined;
  }
  return undefined;
}

/** Tokens of the phrase starting at `first`, walking right no further than `ceiling`. */
const YEAR = /^(?:18|19|20)\d\d$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

export const REGNAL_NUMBER = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/u;

/** A regnal number; "I" only where it cannot be the pronoun, before a comma or a full stop. */
function isRegnalNumber(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !REGNAL_NUMBER.test(token.text)) return false;
  const next = tokens[index + 1]?.text;
  return token.text !== 'I' || next === undefined || next === ',' || next === '.';
}

const MAX_PLAIN_WORDS_BEFORE_ROLE = 3;

/** How many plain words from `j` stand before a role in lower case and a name, or 0. */
function plainWordsBeforeRoleAndName(
  tokens: readonly Token[],
  j: number,
  described: boolean,
): number {
  for (let k = j; k < j + MAX_PLAIN_WORDS_BEFORE_ROLE; k++) {
    const word = tokens[k];
    if (
      !word ||
      !LOWER_CASE_WORD.test(word.text) ||
      word.text.endsWith('ed') ||
      FUNCTION_WORDS.has(word.text)
    )
      return 0;
    const role = tokens[k + 1];
    // After "the" and a nationality the role needs no name: "the Ukrainian energy
    // minister, Herman Galushchenko," or "the Ukrainian energy minister said".
    const named = isNameToken(tokens[k + 2]) || described;
    if (isRoleNoun(role) && LOWER_CASE_WORD.test(role?.text ?? '') && named) return k - j + 1;
  }
  return 0;
}

/** Lower-case particles that may open a surname: "de Klerk", "van Gogh", "von Trier". */
const SURNAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'da',
  'du',
  'del',
  'della',
  'di',
  'le',
  'ter',
  'den',
  'der',
  'do',
  'dos',
  'das',
  'wa',
  'bin',
  'ibn',
]);

export function isSurnameParticle(token: Token): boolean {
  return token.text === token.lower && SURNAME_PARTICLES.has(token.lower);
}

const MAX_BRACKETED_NAME_WORDS = 3;

/** The comma of "Ashland Oil, Inc.": a name's word before it, a legal form after it. */
function isCommaBeforeLegalForm(tokens: readonly Token[], comma: number): boolean {
  return (
    tokens[comma]?.text === ',' &&
    LEGAL_SUFFIX.test(tokens[comma + 1]?.text ?? '') &&
    isNameToken(tokens[comma - 1])
  );
}

/**
 * "(Far East)" after "James Capel" and before "Ltd": capitalised words only, then a legal
 * form. The index of the closing bracket, or -1.
 */
function bracketInFirmName(
  tokens: readonly Token[],
  open: number,
  parts: readonly Token[],
): number {
  if (tokens[open]?.text !== '(' || !isNameToken(parts[parts.length - 1])) return -1;
  for (let k = open + 1; k <= open + 1 + MAX_BRACKETED_NAME_WORDS; k++) {
    const token = tokens[k];
    if (token?.text === ')')
      return k > open + 1 && LEGAL_SUFFIX.test(tokens[k + 1]?.text ?? '') ? k : -1;
    if (!token || !isCapitalised(token.text)) return -1;
  }
  return -1;
}

export function walkForward(tokens: readonly Token[], first: number, ceiling: number): Token[] {
  const parts: Token[] = [];
  let j = first;
  // "said de Klerk": a particle opens the name.
  const particle = tokens[j];
  if (particle && j < ceiling && isSurnameParticle(particle) && isNameToken(tokens[j + 1])) {
    parts.push(particle);
    j++;
  }
  // "said treasury chief Alastair Darling": a word in lower case before a role is part of it.
  const modifier = tokens[j];
  if (modifier && j < ceiling && isRoleNoun(tokens[j + 1]) && isNameToken(tokens[j + 2])) {
    if (
      LOWER_CASE_WORD.test(modifier.text) &&
      !isPhraseWord(modifier) &&
      !FUNCTION_WORDS.has(modifier.text)
    ) {
      parts.push(modifier);
      j++;
    }
  }
  if (DETERMINERS.has(lower(tokens[j])) && j <= ceiling) {
    const determiner = tokens[j];
    if (determiner) parts.push(determiner);
    j++;
    // "the 18th Airborne", "the 101st Airborne Division": an ordinal opens the name.
    const ordinal = tokens[j];
    if (ordinal && ORDINAL.test(ordinal.text) && j < ceiling && isNameToken(tokens[j + 1])) {
      parts.push(ordinal);
      j++;
    } else if (ordinal && YEAR.test(ordinal.text) && j < ceiling && isPhraseWord(tokens[j + 1])) {
      // "a 1984 cable by …", "the 2006 report".
      parts.push(ordinal);
      j++;
    }
    // "an unnamed Israeli government official": adjectives count only if a role follows.
    for (let k = j; k <= Math.min(ceiling, j + MAX_ADJECTIVES); k++) {
      const word = tokens[k];
      if (isPhraseWord(word)) {
        if (tokens.slice(k, k + 4).some((next) => isRoleNoun(next))) {
          parts.push(...tokens.slice(j, k));
          j = k;
        }
        break;
      }
      if (!word || !/^\p{Ll}[\p{L}-]*$/u.test(word.text)) break;
    }
  }
  while (j <= ceiling) {
    const token = tokens[j];
    // "the Ukrainian": a determiner and a word that only qualifies what follows.
    const described =
      parts.length === 2 && DETERMINERS.has(lower(parts[0])) && isNationality(parts[1]);
    const plainWords =
      parts.length > 0 && !isPhraseWord(token)
        ? plainWordsBeforeRoleAndName(tokens, j, described)
        : 0;
    const bracketClose = bracketInFirmName(tokens, j, parts);
    if ((isPhraseWord(token) || weekdayPaper(tokens, j)) && token) {
      parts.push(token);
    } else if (token && j + 1 <= ceiling && parts.length > 0 && isCommaBeforeLegalForm(tokens, j)) {
      // "said Ashland Oil, Inc.": the firm's legal form after a comma ends the name.
      parts.push(token);
      const form = tokens[j + 1];
      if (form) parts.push(form);
      break;
    } else if (token && isRegnalNumber(tokens, j) && isNameToken(parts[parts.length - 1])) {
      // "King Juan Carlos I", "Pope Benedict XVI".
      parts.push(token);
    } else if (token && bracketClose !== -1) {
      // "Jardine Fleming (Securities) Ltd", "James Capel (Far East) Ltd": a bracketed
      // part of a firm's name, before its legal form.
      parts.push(...tokens.slice(j, bracketClose + 1));
      j = bracketClose;
    } else if (token && plainWords > 0) {
      // "Trutex marketing director Clare Rix", "Greenpeace International's political
      // climate coordinator Martin Kaiser": plain words before a role in lower case and a
      // name (not a verb before a title: "Chávez accused President Bush").
      parts.push(...tokens.slice(j, j + plainWords));
      j += plainWords - 1;
    } else if (
      token &&
      lower(token) === 'and' &&
      isRoleNoun(parts[parts.length - 1]) &&
      isRoleNoun(tokens[j + 1])
    ) {
      // "Vonage Chairman and CEO Jeffrey Citron": two roles of one person.
      parts.push(token);
    } else if (
      token &&
      (connectsAt(tokens, j, parts) || joinsRole(tokens, j)) &&
      isPhraseWord(tokens[j + 1]) &&
      parts.length > 0
    ) {
      parts.push(token);
    } else if (token && parts.length > 0 && inNameBetween(tokens, j)) {
      parts.push(token);
    } else if (
      token &&
      parts.length > 0 &&
      isNameToken(tokens[j + 1]) &&
      joinsTitleDomains(tokens, j, tokens.slice(j + 1, j + 3))
    ) {
      parts.push(token);
    } else if (token && joinsRole(tokens, j) && DETERMINERS.has(lower(tokens[j + 1]))) {
      // "the Syrian ambassador to the United States".
      const determiner = tokens[j + 1];
      parts.push(token);
      if (determiner) parts.push(determiner);
      j++;
    } else if (
      token &&
      ORGANISATION_LINKS.has(lower(token)) &&
      isNameToken(tokens[j + 1]) &&
      // A firm's name ends at its suffix: "General Electric Co. and Citigroup Inc." are two;
      // a body's at its noun: "the International Monetary Fund and World Bank" are two (not
      // at a portfolio: "Ministry of Foreign Affairs and European Integration").
      !FIRM_ENDING.test(parts[parts.length - 1]?.text ?? '') &&
      !(lower(token) === 'and' && endsOnBodyNoun(parts)) &&
      !(lower(token) === 'and' && roleAfterBody(parts)) &&
      (parts.some((part) => ORGANISATION_NOUNS.has(lower(part))) ||
        (parts.length >= 2 && bodyNounAhead(tokens, j + 1)) ||
        firmEndingAhead(tokens, j + 1, parts) ||
        spelledByInitialsAhead(tokens, j, parts))
    ) {
      // "Organization for Security and Co-operation in Europe" is one name, and so is
      // "United Nations Relief and Works Agency".
      parts.push(token);
    } else if (token && partnerAfterWhereFrom(tokens, j, parts)) {
      parts.push(token);
    } else if (
      token &&
      connectsAt(tokens, j, parts) &&
      DETERMINERS.has(lower(tokens[j + 1])) &&
      isNameToken(tokens[j + 2]) &&
      parts.some((part) => isNameToken(part))
    ) {
      // "Movement for the Emancipation of the Niger Delta": a name runs on through "for the".
      const determiner = tokens[j + 1];
      parts.push(token);
      if (determiner) parts.push(determiner);
      j++;
    } else {
      break;
    }
    j++;
  }
  return parts.some((token) => !DETERMINERS.has(lower(token))) ? parts : [];
}

/**
 * A connector at `j` that runs the name in `parts` on ("Committee on Foreign Affairs"),
 * but not "on" after a person's name or before a broadcaster: "said Tony Hayward on the
 * TV show …", "Shamil Basayev on ABC".
 */
function connectsAt(tokens: readonly Token[], j: number, parts: readonly Token[]): boolean {
  const word = lower(tokens[j]);
  if (!CONNECTORS.has(word)) return false;
  if (word !== 'on') return true;
  const next = DETERMINERS.has(lower(tokens[j + 1])) ? tokens[j + 2] : tokens[j + 1];
  return (
    !isGivenName(parts[0]?.text ?? '') &&
    !BROADCAST_WORDS.has(lower(next)) &&
    findNewsOrganisations(next?.text ?? '').length === 0
  );
}

const BROADCAST_WORDS = new Set(['tv', 'television', 'radio']);

/**
 * "United Nations Interim Force in Lebanon (UNIFIL)": a link word, then name words and
 * initials in brackets that spell the whole name, the link word's letter counted or not.
 * The initials show it is one body's name, not a body and where it is.
 */
function spelledByInitialsAhead(
  tokens: readonly Token[],
  link: number,
  parts: readonly Token[],
): boolean {
  let bracket = link + 1;
  while (isNameToken(tokens[bracket])) bracket++;
  const initials = tokens[bracket + 1]?.text ?? '';
  if (
    bracket === link + 1 ||
    tokens[bracket]?.text !== '(' ||
    tokens[bracket + 2]?.text !== ')' ||
    !ACRONYM.test(initials)
  )
    return false;
  const named = parts.filter((part) => !DETERMINERS.has(lower(part)));
  const name = [...named, ...tokens.slice(link, bracket)].map((token) => token.text).join(' ');
  return hasInitials(name, initials);
}

/** Nouns that end a public body's name; not a firm's ("Microsoft and Google Inc."). */
const PUBLIC_BODY_NOUNS = new Set([
  'agency',
  'commission',
  'committee',
  'department',
  'ministry',
  'association',
  'institute',
  'council',
  'organization',
  'organisation',
  'union',
  'foundation',
  'office',
  'administration',
  'authority',
]);
const MAX_NAME_WORDS_BEFORE_BODY_NOUN = 3;

/** "… and Works Agency": capitalised words from `from` that end in a public body's noun. */
function bodyNounAhead(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + MAX_NAME_WORDS_BEFORE_BODY_NOUN; i++) {
    const token = tokens[i];
    if (!isNameToken(token)) return false;
    if (PUBLIC_BODY_NOUNS.has(lower(token))) return true;
  }
  return false;
}

/** Body nouns that are a ministry's portfolio, which "and" may extend. */
const PORTFOLIO_NOUNS = new Set(['affairs', 'relations', 'communications']);

/**
 * "Enron Corp. CEOs Kenneth Lay and Jeffrey Skilling": a role after the body's noun, and
 * a name after the role, have turned the words into someone's title and name, which
 * "and" joins to another's.
 */
function roleAfterBody(parts: readonly Token[]): boolean {
  const body = parts.findLastIndex((part) => ORGANISATION_NOUNS.has(lower(part)));
  // A plural role ("CEOs") as well: the title two people share.
  const role = parts.findLastIndex(
    (part) => isRoleNoun(part) || ROLE_NOUNS.has(lower(part).replace(/s$/u, '')),
  );
  // "committee member and Port Stephens MP John Bartlett": two roles, joined before the name.
  return body !== -1 && role > body && role < parts.length - 1;
}

function endsOnBodyNoun(parts: readonly Token[]): boolean {
  const last = lower(parts[parts.length - 1]);
  return ORGANISATION_NOUNS.has(last) && !PORTFOLIO_NOUNS.has(last);
}

/**
 * "J.P. Morgan and Co Inc", "Harper and Row Inc": a firm's name that runs on past "and" to
 * its suffix. After a name of one word, one more word may come before a legal suffix; not
 * after a longer one, which is a person's ("Bill Gates and Microsoft Corp").
 */
function firmEndingAhead(tokens: readonly Token[], from: number, parts: readonly Token[]): boolean {
  const next = tokens[from];
  if (!next || !isNameToken(next)) return false;
  // "Samuel Montagu and Sons Ltd", "Kohlberg Kravis Roberts and Co": a firm, though a
  // given name opens it.
  if (/^(?:Co(?:\.|mpany)?|Sons?|Partners|Associates)$/u.test(next.text)) return true;
  return parts.length === 1 && LEGAL_SUFFIX.test(tokens[from + 1]?.text ?? '');
}

export function join(text: string, parts: readonly Token[]): string {
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? singleSpaced(text.slice(first.start, last.end)) : '';
}
