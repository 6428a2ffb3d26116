/**
 * The cast of an article: the people and organisations it names, with their roles,
 * and where each is mentioned. Resolves "Tokayev", "he", "the president" and
 * "the note" to the fullest name the article uses.
 */
import { firstIndexWhere } from './ordered.ts';
import type { Speaker, SpeakerKind } from './article.ts';
import { genderOfGivenName, isFamiliarFormOf, isGivenName } from './givenNames.ts';
import { withoutAccents } from './normalise.ts';
import type { SpeakerPhrase } from './phraseMeaning.ts';
import {
  DOCUMENT_NOUNS,
  endsInDocumentNoun,
  FIRM_ENDING,
  isIssuerNoun,
  GENERATION,
  FIRM_TRADES,
  GOVERNMENT_NAMES,
  STATES_AND_PROVINCES,
  LEGAL_SUFFIX,
  LOWER_CASE_ROLE_NOUNS,
  OFFICIAL_ROLE,
  ORGANISATION_NOUNS,
  POSSESSIVE_BRANDS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SPEAKS_FOR_BODY_ROLES,
} from './lexicon.ts';
import { isPaperName, newsOrganisationInName, newsOrganisationNamed } from './newsOrganisations.ts';
import { REGNAL_NUMBER } from './phraseWalk.ts';
import { hasInitials, initialsOf, isNationalityWord } from './phraseWords.ts';
import { slugify } from './slug.ts';
import { singleSpaced } from './tokens.ts';

export interface CastMember {
  name: string;
  kind: SpeakerKind;
  roles: string[];
  /** Seen as the subject of a reporting verb: evidence that this name is someone who speaks. */
  spoke: boolean;
  /** From a title ("Mrs", "spokeswoman") or from "he"/"she" already resolved to them. */
  gender: Gender | undefined;
}

export type Gender = 'male' | 'female';

// Not "chairman" or "spokesman", which papers write of women too ("CHR Chairman
// Purificacion Quisumbing … She was shocked").
const MALE_WORDS =
  /\b(?:mr|sir|lord|king|prince|congressman|businessman|father|son|brother|husband|monsieur|señor|mullah|ayatollah|imam|pope|cardinal)\b/iu;
const FEMALE_WORDS =
  /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|businesswoman|mother|daughter|sister|wife|madame|señora)\b/iu;

/** The gender a phrase's words give, if any: "Mrs Khan", "State Department spokeswoman". */
function genderIn(text: string): Gender | undefined {
  // A "whose" clause is about someone else: "Ariela Cotler, whose husband Irwin …".
  const whose = text.indexOf(' whose ');
  const about = whose === -1 ? text : text.slice(0, whose);
  // An owner says nothing of the person: "Queen's University climate researcher John Smol".
  const own = about.includes("'") || about.includes('’') ? about.replace(OWNER_WORD, '') : about;
  if (FEMALE_WORDS.test(own)) return 'female';
  if (MALE_WORDS.test(own)) return 'male';
  return undefined;
}

// Tried only where a word starts, or right after an owner's "'s" whose \b fell before a
// letter outside ASCII: from inside a long word each try cost the rest of the word.
const OWNER_WORD = /(?:(?<!\p{L})|(?<=['’]s))\p{L}+['’]s\b/gu;
/** An owner's word inside a name: "Circuit City's InterTAN Inc.". */
const OWNER_INSIDE = /\p{L}['’]s\s/u;

/** The gender a pronoun asks for. */
export function pronounGender(pronoun: string | null): Gender | undefined {
  if (pronoun === 'he' || pronoun === 'him') return 'male';
  if (pronoun === 'she' || pronoun === 'her') return 'female';
  return undefined;
}

/** A position in the article: block index and offset, as one comparable number. */
export type Position = number;

const BLOCK_STRIDE = 1 << 22; // larger than the longest block decode lets through

export function positionOf(block: number, offset: number): Position {
  return block * BLOCK_STRIDE + offset;
}

function blockOf(at: Position): number {
  return Math.floor(at / BLOCK_STRIDE);
}

/** A body's initials written as one word: "IAEA", "NATO". */
const ACRONYM_WORD = /^\p{Lu}{2,8}$/u;

/** A title kept in the name (phraseMeaning.ts) that goes with a given name: "Sheikh Ali". */
const GIVEN_NAME_TITLES = new Set(['sheikh']);

/** An initial standing for a given name: "M." in "M. Barnier". */
const INITIAL = /^\p{Lu}\.?$/u;

/** Small words inside names, written in either case: "Osama bin Laden", "Bin Laden". */
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'der',
  'la',
  'le',
  'du',
]);

/** A name's words without possessive endings or Arabic articles, remembered: every lookup compares them with every member's. */
class NameWords {
  private readonly known = new Map<string, string[]>();

  of(name: string): string[] {
    let found = this.known.get(name);
    if (found === undefined) {
      // "Hani al-Qawasmi" is "Qawasmi" later: an Arabic article does not change the name.
      // "Juan Carlos I" is "Juan Carlos" later, and "James Roosevelt Jr." "Roosevelt":
      // a regnal number or a generation neither.
      // "Bin Laden" and "bin Laden", "Van Gogh" and "van Gogh": a particle's case neither.
      // "Hugo Chavez" is "Hugo Chávez": nor do accents, which one writer keeps and
      // another drops.
      found = withoutAccents(name)
        .split(/\s+/u)
        .map((word) => word.replace(/['’]s$/u, '').replace(/^(?:al|el)-(?=\p{L})/iu, ''))
        .map((word, i, words) =>
          i < words.length - 1 && NAME_PARTICLES.has(word.toLowerCase())
            ? word.toLowerCase()
            : word,
        );
      const last = found[found.length - 1] ?? '';
      if (found.length > 1 && (REGNAL_NUMBER.test(last) || GENERATION.test(last))) found.pop();
      this.known.set(name, found);
    }
    return found;
  }
}

/**
 * "Toyota Motor Company", and a firm's name that goes on with where it is: "First City
 * Bancorp of Texas", "Public Service Co of New Mexico".
 */
function endsAsFirm(words: readonly string[]): boolean {
  const of = words.lastIndexOf('of');
  const ending = of > 0 ? words[of - 1] : words[words.length - 1];
  return FIRM_ENDING.test(ending ?? '');
}

const ACCENTED = /[\u0080-\uffff]/u;

/** Shorter surnames are too often other people's: "Osama" is not "Obama". */
const MIN_RESPELT_SURNAME = 6;

/** Two different words one insertion, deletion, substitution or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // "Mandleson" for "Mandelson": two letters swapped is one slip too.
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function endsWith(full: readonly string[], part: readonly string[]): boolean {
  return (
    part.length <= full.length &&
    part.every((word, i) => full[full.length - part.length + i] === word)
  );
}

/**
 * "George Bush" for "George W. Bush", "Ayatollah Jannati" for "Ayatollah Ahmad Jannati":
 * the full name with its middle initials, or all its middle names, left out.
 */
function withoutMiddleNames(full: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || full.length <= short.length) return false;
  if (short.length === 2 && short[0] === full[0] && short[1] === full[full.length - 1]) return true;
  const kept = full.filter((word, i) => i === 0 || i === full.length - 1 || !INITIAL.test(word));
  return kept.length === short.length && kept.every((word, i) => short[i] === word);
}

const MIN_RESPELT_PARTICLE = 4;

/**
 * "Abul Gheit" for "Ahmed Aboul Gheit": the end of the full name, its surname the same and
 * one word before it spelt one letter apart (no given name, as "Mark" is not "Mary").
 */
function endsRespelt(full: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || full.length <= short.length) return false;
  const offset = full.length - short.length;
  let respelt = 0;
  for (let i = 0; i < short.length; i++) {
    const mine = short[i] ?? '';
    const theirs = full[offset + i] ?? '';
    if (mine === theirs) continue;
    const alike =
      i < short.length - 1 &&
      mine.length >= MIN_RESPELT_PARTICLE &&
      !isGivenName(mine) &&
      !isGivenName(theirs) &&
      oneEditApart(mine, theirs);
    if (!alike) return false;
    respelt++;
  }
  return respelt === 1;
}

/**
 * "Mick Slater" for "Michael Slater", "Bill Frist" for "William H. Frist": the same
 * surname, and a familiar form of the full name's first given name.
 */
function familiarlyNamed(full: readonly string[], short: readonly string[]): boolean {
  if (short.length !== 2 || full.length < 2) return false;
  const [given, surname] = short;
  return (
    full[full.length - 1] === surname &&
    given !== undefined &&
    full[0] !== undefined &&
    isFamiliarFormOf(given, full[0])
  );
}

/** "Shui-bian Chen" for "Chen Shui-bian": a two-word name written family name last. */
function reversed(have: readonly string[], wanted: readonly string[]): boolean {
  return have.length === 2 && wanted.length === 2 && have[0] === wanted[1] && have[1] === wanted[0];
}

/** What a paper is called in a description: "what the newspaper termed". */
const PAPER_NOUNS = new Set(['newspaper', 'paper', 'daily']);

/** "The San Gabriel Valley Tribune", or a body the article calls a newspaper or a daily. */
function isPaper(member: CastMember): boolean {
  return (
    member.kind === 'organization' &&
    (isPaperName(member.name) ||
      member.roles.some((role) =>
        role
          .toLowerCase()
          .split(' ')
          .some((word) => PAPER_NOUNS.has(word)),
      ))
  );
}

const GENERIC_ORGANISATION_NOUNS = new Set([
  'organisation',
  'organization',
  'group',
  'company',
  'firm',
  'body',
  'agency',
  'corporation',
  'entity',
  'institution',
  ...FIRM_TRADES,
]);

/** Words for a business: "the company said" means no union, party or ministry. */
const FIRM_NOUNS = new Set(['company', 'firm', 'corporation', ...FIRM_TRADES]);

/** A body whose name says it is no business: "United Automobile Workers union". */
const NON_FIRM_NAME_END =
  /\b(?:union|party|ministry|department|council|committee|commission|court|association|federation|government|army|police|parliament|congress|senate|assembly|university|church|league|movement)$/iu;

function isNamedNonFirm(member: CastMember): boolean {
  return NON_FIRM_NAME_END.test(member.name);
}

/** "the group said": words for a body that, said again, mean the one that already spoke. */
const SPEAKING_GROUP_NOUNS = new Set(['group', 'organisation', 'organization', 'entity']);

/**
 * Words for a body's public statement, one of which the text may use for another: "a
 * document issued by the PMDB" … "The statement said".
 */
const STATEMENT_NOUNS = new Set([
  'statement',
  'document',
  'communique',
  'communiqué',
  'declaration',
  'release',
  'announcement',
]);

/** How far back "the note" may look for the statement it refers to. */
const DOCUMENT_REACH_BLOCKS = 4;

interface Mention {
  at: Position;
  member: CastMember;
  /** Named as a subject (opening its sentence, or speaking): the likelier referent of "he". */
  subject: boolean;
  /** The very first words of its sentence. */
  opening: boolean;
}

/** Who a pronoun means when it is someone described but never named: no one to give. */
const UNNAMED: CastMember = {
  name: '',
  kind: 'person',
  roles: ['unnamed'],
  spoke: true,
  gender: undefined,
};

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const ASCII_WORD_CHARACTER = /\w/;

/**
 * Every capitalised word right before the surname ("Kevin" in "Kevin Rudd"). Found from
 * the surname's occurrences, with no pattern built per name: this runs once per one-word
 * name, and a pattern that opens on any capital tries every capital in the text.
 */
function* givenNamesBefore(texts: readonly string[], surname: string): Generator<string> {
  const endsInWord = ASCII_WORD_CHARACTER.test(surname.at(-1) ?? '');
  for (const text of texts) {
    let from = 0;
    for (
      let at = text.indexOf(` ${surname}`);
      at !== -1;
      at = text.indexOf(` ${surname}`, at + 1)
    ) {
      const end = at + 1 + surname.length;
      // The surname ends on a word boundary, as `\b` reads one: "Rudd's", not "Ruddock".
      if (ASCII_WORD_CHARACTER.test(text[end] ?? '') === endsInWord) continue;
      let start = at;
      while (start > from && LOWER_LETTER.test(text[start - 1] ?? '')) start--;
      if (start === at || start === from || !UPPER_LETTER.test(text[start - 1] ?? '')) continue;
      yield text.slice(start - 1, at);
      from = end;
    }
  }
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LETTER = /\p{L}/u;

/** Where a common given name opens a person's name after two or more other words, or -1. */
function runInGivenName(words: readonly string[]): number {
  // "Grand Ayatollah Ali Khamenei": a title is part of how the article names him.
  const plain = (word: string): boolean =>
    CAPITALISED_WORD.test(word) &&
    !isGivenName(word) &&
    !ROLE_NOUNS.has(word.toLowerCase()) &&
    genderIn(word) === undefined;
  // Each word is weighed once, so that a paragraph of capitals runs in linear time.
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k] ?? '';
    if (k >= 2 && isGivenName(word)) return k;
    if (!plain(word)) return -1;
  }
  return -1;
}

/**
 * "Singer Melissa Etheridge", "Commuter Janki Patel": a trade that is a role only in lower
 * case ("Refugee Council" is a body), capitalised as a sentence opens, before a person's
 * name of two or more words.
 */
function opensWithCapitalisedTrade(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  return (
    first !== undefined &&
    rest.length >= 2 &&
    CAPITALISED_WORD.test(first) &&
    LOWER_CASE_ROLE_NOUNS.has(first.toLowerCase()) &&
    rest.every((word) => CAPITALISED_WORD.test(word) && !ORGANISATION_NOUNS.has(word.toLowerCase()))
  );
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

const APPOSITIVE_OPENING = ', the ';

/** "Tenzin Gyatso, the 14th Dalai Lama": `title`, perhaps after an ordinal, beside `name`. */
function titleBeside(text: string, name: string, title: string): boolean {
  for (const end of wordsAt(text, name)) {
    if (!text.startsWith(APPOSITIVE_OPENING, end)) continue;
    const from = end + APPOSITIVE_OPENING.length;
    // Room for an ordinal before the title ("14th ").
    let rest = text.slice(from, from + title.length + 8);
    const ordinal = rest.slice(0, rest.indexOf(' '));
    if (ORDINAL.test(ordinal)) rest = rest.slice(ordinal.length + 1);
    // The whole appositive: not "Louis Gallois, the Airbus chief executive".
    if (rest.startsWith(title) && /^[,.;:)]?$/u.test(rest[title.length] ?? '')) return true;
  }
  return false;
}

/** Words that end no person's name: letters after it, a firm's ending. */
const NOT_NAME_ENDINGS = /^(?:\p{Lu}{2,}|\p{L}+\.|Limited|Ltd|Inc|Corp|Co|Group|Pizza)$/u;

/** Where `words` stand in `text` as words of their own (no letter beside): each end. */
function* wordsAt(text: string, words: string): Generator<number> {
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[end] ?? '')) yield end;
  }
}

/** Capitals run together ("PML-Q", "UAW"): initials that name one body. */
const INITIALS_IN_DESCRIPTION = /\b\p{Lu}[\p{Lu}\p{N}]+(?:-\p{Lu}+)?\b/gu;

/** `words` stand in `text` as words of their own, not followed by `next`. */
function writtenWithout(text: string, words: string, next: string): boolean {
  for (const end of wordsAt(text, words)) if (!text.startsWith(` ${next}`, end)) return true;
  return false;
}

/**
 * The most people and bodies a cast keeps. News stories name far fewer (63 at most in
 * 3,000 Wikinews articles, 37 in the wire copy), and every lookup weighs each member, so
 * a file that is a list of thousands of names would cost time growing with their square.
 */
export const MAX_CAST_MEMBERS = 200;

export class Cast {
  private readonly members: CastMember[] = [];
  /** Whether the text named someone after the cast was full (see `add`). */
  overflowed = false;
  private readonly mentions: Mention[] = [];
  private readonly documents: { at: Position; author: CastMember; noun: string }[] = [];
  /** Where a speaker the cast cannot name spoke: "A broadcast monitored in Nicosia said". */
  private readonly unknownSpeakers: Position[] = [];
  /** Where each paragraph first writes of a document, by block: see `noteWriting`. */
  private readonly firstWritings = new Map<number, Position>();
  private readonly nameWords = new NameWords();
  /**
   * Full names read as places after "of", "from", "in" ("the candidacy of Dumarsais
   * Siméus"), or split by a nickname ("Randy “Duke” Cunningham").
   */
  private readonly possibleFullNames = new Set<string>();

  /** Adds (or finds) the named member a phrase refers to; pronouns and descriptions are not added. */
  register(phrase: SpeakerPhrase): CastMember | undefined {
    if (phrase.form !== 'name' || phrase.name === null || phrase.kind === null) return undefined;
    // "Zimbabwe's Movement for Democratic Change" is the Movement for Democratic Change.
    // "New York-based Human Rights Watch" is Human Rights Watch.
    const owned =
      phrase.kind === 'organization'
        ? withoutOwnersEnding(withoutOwner(phrase.name)).replace(/^(?:\S+\s+)*\S+-based\s+/u, '')
        : withoutPersonsOwner(phrase.name);
    const name = canonicalOrganisation(owned) ?? owned;
    // "the American Civil Liberties Union's (ACLU) project": an owner whose name ends in
    // a body's noun is that body, though the phrase read the name as a person's.
    const kind =
      phrase.kind === 'person' &&
      owned !== phrase.name &&
      ORGANISATION_NOUNS.has(owned.slice(owned.lastIndexOf(' ') + 1).toLowerCase())
        ? 'organization'
        : phrase.kind;
    // "Mrs. Bush" after George W. Bush is someone else: a title's gender decides.
    const titled = kind === 'person' ? genderIn(phrase.text) : undefined;
    // "When asked whether the rebels belonged to an Islamic group Rakhimov said": a lone
    // word that a body's description ran into is the person the cast knows by it, one
    // shown as a person (initials such as "CDA" are a body's, whatever was read).
    const known =
      kind === 'organization' && phrase.role !== null && !/\s/u.test(name)
        ? this.byName(name, 'person')
        : undefined;
    const person = known?.gender !== undefined ? known : undefined;
    // "the Berliner Zeitung newspaper said …. “…,” Berliner Zeitung said": a name read as a
    // person's for want of a role is the paper the article already calls by it.
    const paper =
      kind === 'person' && phrase.role === null
        ? this.members.find((member) => member.name === name && isPaper(member))
        : undefined;
    const found =
      person ??
      paper ??
      (kind === 'person' && phrase.role === null ? this.bodyAfterAdjective(name) : undefined) ??
      this.byName(name, kind) ??
      // "Toyota, in a statement …, said" after "Toyota Motor Company", "Dow Chemical
      // declined" after "Dow Chemical Co.": words read as a person's name, when no person
      // is called so, are the firm whose name they open.
      (kind === 'person' && phrase.role === null
        ? this.firmOpenedBy(this.nameWords.of(name))
        : undefined) ??
      this.byGivenName(name, kind) ??
      this.fromHeadline(name, kind) ??
      this.bodyNamedInRoles(name);
    const otherGender =
      titled !== undefined && found?.gender !== undefined && found.gender !== titled;
    if (!found && phrase.role === null && this.isCommonWord(name)) return undefined;
    const read = found && !otherGender ? found : this.add(name, kind);
    const member = this.readingHeadline ? read : this.outOfHeadlineRun(read, name);
    if (!this.readingHeadline) this.headlineMembers.delete(read);
    if (phrase.role !== null && !member.roles.includes(phrase.role)) member.roles.push(phrase.role);
    if (kind === 'person')
      member.gender ??= genderIn(phrase.text) ?? genderOfGivenName(this.nameWords.of(name));
    // A fuller form of a known name ("Ned Price" after "Price") becomes the canonical one,
    // and so does the form with its accents ("Hugo Chávez" after a headline's "Hugo Chavez").
    const longer = this.nameWords.of(name).length - this.nameWords.of(member.name).length;
    if (longer > 0 || (longer === 0 && ACCENTED.test(name) && !ACCENTED.test(member.name)))
      member.name = name;
    return member;
  }

  /**
   * "MORGAN PLACES BRAZIL LOANS ON NONACCRUAL", read in title case, then "Morgan said": a
   * run of the headline's capitals is no sure name, and the body's shorter one opening it
   * is; or the member the body already calls by a fuller name ("Walbro Corp said …
   * Walbro added" under "WALBRO SEES STRONG 1ST QTR RESULTS").
   */
  private outOfHeadlineRun(member: CastMember, name: string): CastMember {
    if (!this.headlineMembers.has(member) || !this.namedFirstInTitleCase.has(member)) return member;
    const words = this.nameWords.of(name);
    const opens = (long: readonly string[]): boolean =>
      words.length < long.length && words.every((word, i) => long[i] === word);
    if (!opens(this.nameWords.of(member.name))) return member;
    const fuller = this.members.find(
      (other) =>
        other !== member &&
        !this.headlineMembers.has(other) &&
        opens(this.nameWords.of(other.name)),
    );
    if (fuller) return fuller;
    member.name = name;
    return member;
  }

  /**
   * An institution the article only describes ("The port operator … in a statement")
   * still issues statements and speaks again later as "the operator".
   */
  registerDescribed(phrase: SpeakerPhrase): CastMember | undefined {
    if (phrase.form !== 'description' || !phrase.definite || phrase.kind !== 'organization')
      return undefined;
    // A statement's body is new only when its words name it ("The Pakistani army
    // statement"); "a company statement" is a firm the article has named, or none.
    if (endsInDocumentNoun(phrase.text) && !namesItsBody(issuerOfDocument(phrase.text)))
      return undefined;
    const name = describedName(phrase);
    return this.members.find((member) => member.name === name) ?? this.add(name, 'organization');
  }

  private add(name: string, kind: SpeakerKind): CastMember {
    const member: CastMember = { name, kind, roles: [], spoke: false, gender: undefined };
    // Past the limit a name still stands for its own mention, but is found by no later one.
    if (this.members.length >= MAX_CAST_MEMBERS) {
      this.overflowed = true;
      return member;
    }
    this.members.push(member);
    if (this.readingHeadline) this.headlineMembers.add(member);
    if (this.readingTitleCase) this.namedFirstInTitleCase.add(member);
    return member;
  }

  /**
   * "Médecins Sans Frontières warns …" over "The aid organisation Médecins Sans Frontières
   * …": a name the headline alone read as a person's, with nothing to show a person, is
   * the body the text reads it as; title case hides what a name is. Not the other way:
   * the text reads lone names of bodies ("Orange said") as people's too.
   */
  private fromHeadline(name: string, kind: SpeakerKind): CastMember | undefined {
    if (this.readingHeadline || kind !== 'organization') return undefined;
    for (const member of this.headlineMembers) {
      // "Justice Sachar committee says …", then "the Justice Rajinder Sachar Committee";
      // "ANZ says", then "the ANZ Banking Group Ltd".
      const short = writtenShort(member.name, name) || this.opensFirmName(member.name, name);
      if (member.kind === 'organization' && short) return member;
      const shownAsPerson = member.roles.length > 0 || member.gender !== undefined;
      if (member.kind !== 'person' || shownAsPerson) continue;
      // "K Mart Says …" over "K Mart Corp said": the firm whose name it opens.
      if (member.name !== name && !this.opensFirmName(member.name, name)) continue;
      member.kind = kind;
      return member;
    }
    return undefined;
  }

  /** Words the article writes in lower case. */
  commonWords: ReadonlySet<string> = new Set();

  /**
   * "Tests have confirmed …" after "tests" is no one called Tests: a lone capitalised word
   * the article also writes in lower case is a common word opening a sentence (but a
   * body's noun, "Police said", is a body the article describes).
   */
  private isCommonWord(name: string): boolean {
    const lower = name.toLowerCase();
    return (
      this.commonWords.has(lower) &&
      name === lower.charAt(0).toUpperCase() + lower.slice(1) &&
      !ORGANISATION_NOUNS.has(lower)
    );
  }

  /** Set while the headline is read, whose title case runs words into names. */
  readingHeadline = false;
  /** Members the headline brought in and the body has not named since. */
  private readonly headlineMembers = new Set<CastMember>();
  /** Set while a headline in capitals is read in title case, whose runs are no sure names. */
  readingTitleCase = false;
  /** Members such a headline brought in, named in the body since or not. */
  private readonly namedFirstInTitleCase = new Set<CastMember>();

  private readonly aliases = new Map<string, CastMember>();

  /** "Organization for Security and Co-operation in Europe (OSCE)": later "the OSCE" is the same. */
  alias(short: string, member: CastMember): void {
    this.aliases.set(short, member);
  }

  /** The member a speaker's canonical name is, exactly. */
  memberNamed(name: string): CastMember | undefined {
    return this.members.find((member) => member.name === name);
  }

  /** The body the text gave these initials: "(OSCE)". */
  aliasOf(initials: string): CastMember | undefined {
    return this.aliases.get(initials);
  }

  /** Initials fit a body that is given them, or whose name has or spells them ("U.S.", "NSW"). */
  private goesBy(member: CastMember, initials: string): boolean {
    const capitals = member.name.match(/\p{Lu}/gu)?.join('') ?? '';
    return this.aliases.get(initials) === member || capitals.includes(initials.replace('-', ''));
  }

  /**
   * "Bilawal Bhutto" in the headline, "Bilawal Bhutto Zardari" in the text; "Raja
   * Zulkepley Dahalan", a director, then "Raja Zulkepley": a person's name of two words or
   * more that opens another is the same person, when the longer one is shown as someone's
   * (a role, words reported) or the shorter is the headline's. Not a headline's run of
   * title case ("Colin Powell Resigns"), letters after a name ("David Jackson QC"), a
   * firm's ending ("Dow Chemical Co.") nor "Matthew Hill Wikipedia articles".
   */
  private byOpening(wanted: readonly string[]): CastMember | undefined {
    const opens = (short: readonly string[], long: readonly string[]): boolean =>
      short.length < long.length &&
      short.every((word, i) => long[i] === word) &&
      long.slice(short.length).every((word) => !NOT_NAME_ENDINGS.test(word));
    const fitting = this.members.filter((member) => {
      if (member.kind !== 'person') return false;
      const have = this.nameWords.of(member.name);
      if (have.length < 2) return false;
      // The longer name shown as someone's: "Matthew Hill Wikipedia articles" is not.
      if (opens(wanted, have))
        return !this.headlineMembers.has(member) && (member.roles.length > 0 || member.spoke);
      // A fuller form in the body of a name the headline wrote short.
      return opens(have, wanted) && !this.readingHeadline && this.headlineMembers.has(member);
    });
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  /**
   * "Ex-Thai PM Thaksin" in the headline, "Thaksin Shinawatra" in the text: a person known
   * first by a lone given name, then named in full, is one person.
   */
  private byGivenName(name: string, kind: SpeakerKind): CastMember | undefined {
    const words = this.nameWords.of(name);
    if (kind !== 'person' || words.length < 2) return undefined;
    return this.members.find((member) => {
      const have = this.nameWords.of(member.name);
      // Only someone the article shows as a person (a role, "he" or "she"): a company
      // read as a name ("Microsoft", then "Microsoft Windows") is not.
      const shownAsPerson = member.roles.length > 0 || member.gender !== undefined;
      return member.kind === 'person' && shownAsPerson && have.length === 1 && have[0] === words[0];
    });
  }

  /** The member whose fullest name ends with these words: "Tokayev" -> "Kassym-Jomart Tokayev". */
  byName(name: string, kind?: SpeakerKind, at?: Position): CastMember | undefined {
    const aliased = this.aliases.get(name);
    if (aliased && (kind === undefined || aliased.kind === kind)) return aliased;
    const wanted = this.nameWords.of(name);
    const fits = (member: CastMember): boolean => {
      if (kind !== undefined && member.kind !== kind) return false;
      const have = this.nameWords.of(member.name);
      // "Afghanistan" is not the "Interior Ministry of Afghanistan": one word that a body's
      // name ends on after "of" is a place.
      const ofPlace =
        member.kind === 'organization' &&
        wanted.length === 1 &&
        have.length > 2 &&
        have[have.length - 2] === 'of';
      return (
        (endsWith(have, wanted) && !ofPlace) ||
        endsWith(wanted, have) ||
        (member.kind === 'person' &&
          (withoutMiddleNames(have, wanted) ||
            withoutMiddleNames(wanted, have) ||
            reversed(have, wanted) ||
            endsRespelt(have, wanted) ||
            endsRespelt(wanted, have) ||
            familiarlyNamed(have, wanted) ||
            familiarlyNamed(wanted, have)))
      );
    };
    let best: CastMember | undefined;
    let bestLength = 0;
    let tied = false;
    for (const member of this.members) {
      if (!fits(member)) continue;
      const length = this.nameWords.of(member.name).length;
      if (length > bestLength) {
        best = member;
        bestLength = length;
        tied = false;
      } else if (length === bestLength) tied = true;
    }
    // Ties are rare: the namesakes are gathered only then, not on every lookup.
    if (tied && at !== undefined) {
      const namesakes = this.members.filter(
        (member) => fits(member) && this.nameWords.of(member.name).length === bestLength,
      );
      best = this.namesake(namesakes, at);
    }
    if (!best && wanted.length === 1 && wanted[0] !== undefined)
      best = this.byPartOfName(wanted[0], kind);
    if (!best && wanted.length === 2) best = this.byTitleAndGivenName(wanted, kind);
    if (!best && wanted.length >= 2 && kind !== 'organization') best = this.byOpening(wanted);
    return (
      best ??
      this.byAcronym(wanted, kind) ??
      this.byInitials(wanted, kind) ??
      this.bySpelling(wanted, kind) ??
      (kind === 'person' ? undefined : this.firmOpenedBy(wanted))
    );
  }

  /**
   * "President Franklin Roosevelt …. James Roosevelt Jr. said …. Roosevelt, who served …":
   * of two people whose names fit as well, the one who has spoken, or else the subject the
   * reader met last. The same name twice (a body and a person) keeps the first.
   */
  private namesake(fitting: readonly CastMember[], at: Position): CastMember | undefined {
    const [first] = fitting;
    const people = fitting.every((member) => member.kind === 'person');
    if (!people || new Set(fitting.map((member) => member.name)).size < fitting.length)
      return first;
    const spoken = fitting.filter((member) => member.spoke);
    const [speaker] = spoken;
    if (spoken.length === 1) return speaker;
    const among = spoken.length > 0 ? spoken : fitting;
    return this.lastMentionBefore(at, (member) => among.includes(member), true) ?? first;
  }

  /**
   * "The IAEA" after "the International Atomic Energy Agency": a body's initials, when they
   * are the initials of the capitalised words of one body named before.
   */
  private byAcronym(wanted: readonly string[], kind?: SpeakerKind): CastMember | undefined {
    const [acronym, ...rest] = wanted;
    if (kind === 'person' || !acronym || !ACRONYM_WORD.test(acronym)) return undefined;
    // "The EC Commission" after "The European Community Commission": initials for the
    // words before the ones both names end with.
    const fits = this.members.filter((member) => {
      if (member.kind !== 'organization') return false;
      const have = this.nameWords.of(member.name);
      const spelt = have.slice(0, have.length - rest.length);
      return (
        spelt.length > 1 &&
        rest.every((word, i) => have[spelt.length + i] === word) &&
        hasInitials(spelt.join(' '), acronym)
      );
    });
    const [body] = fits;
    if (fits.length !== 1 || !body) return undefined;
    // Later lookups of the initials find the body first, before any looser fit such as a
    // headline's "GM Laying Off".
    this.alias(wanted.join(' '), body);
    return body;
  }

  /** "M. Barnier" after "Michel Barnier": initials before a surname, if only one person fits. */
  private byInitials(wanted: readonly string[], kind?: SpeakerKind): CastMember | undefined {
    const last = wanted.length - 1;
    if (kind === 'organization' || last < 1) return undefined;
    if (!wanted.every((word, i) => i === last || INITIAL.test(word))) return undefined;
    const fits = this.members.filter((member) => {
      if (member.kind !== 'person') return false;
      const have = this.nameWords.of(member.name);
      return (
        have.length > last &&
        have[have.length - 1] === wanted[last] &&
        wanted.every((word, i) => i === last || have[i]?.startsWith(word.charAt(0)))
      );
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * "Ken Livinstone" after "Ken Livingstone", "Mekdad" after "Fayssal Mekhdad": a surname
   * spelt with one letter more, less or changed is the same person's, if only one fits.
   * Accents alone never make another name, however short: "Deby" is "Idriss Déby".
   */
  private bySpelling(wanted: readonly string[], kind?: SpeakerKind): CastMember | undefined {
    const last = wanted.length - 1;
    const surname = wanted[last] ?? '';
    if (kind === 'organization') return undefined;
    const respelt = surname.length >= MIN_RESPELT_SURNAME;
    const plain = withoutAccents(surname);
    const fits = this.members.filter((member) => {
      if (member.kind !== 'person') return false;
      const have = this.nameWords.of(member.name);
      const sameGiven =
        wanted.length === 1 ||
        (have.length === wanted.length &&
          wanted.every((word, i) => i === last || word === have[i]));
      const theirs = have[have.length - 1] ?? '';
      return (
        sameGiven &&
        ((respelt && oneEditApart(theirs, surname)) ||
          (theirs !== surname && withoutAccents(theirs) === plain))
      );
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * Names that put the family name first ("Jang Dae-hyun" … "Jang said"), names known by a
   * middle one ("Luiz Inácio Lula da Silva" … "Lula said") or by half of a double-barrelled
   * surname ("Tăriceanu") if only one fits; not an
   * owner's name inside a group's ("Shawn Graham's Liberals" is not Graham).
   */
  private byPartOfName(word: string, kind?: SpeakerKind): CastMember | undefined {
    let middle: CastMember | undefined;
    let middles = 0;
    // "Walbro added" after "Walbro Corp said" is the firm, not the run of a headline in
    // capitals that starts with the same word ("Walbro Sees Strong 1St Qtr Results").
    let openedInHeadline: CastMember | undefined;
    for (const member of this.members) {
      if (kind !== undefined && member.kind !== kind) continue;
      if (member.name.includes("'s ") || member.name.includes('’s ')) continue;
      const words = this.nameWords.of(member.name);
      if (words[0] === word && !this.namedFirstInTitleCase.has(member)) return member;
      if (words[0] === word) {
        openedInHeadline ??= member;
        continue;
      }
      // "Tăriceanu" after "Călin Popescu-Tăriceanu": one half of a double-barrelled surname.
      const surname = words[words.length - 1] ?? '';
      const half = words.length > 1 && surname.includes('-') && surname.split('-').includes(word);
      // An acronym inside a longer name is part of a title or a body's name ("Key Points On
      // The FOMC Announcement"), not how a person is called.
      // Nor is "Afghanistan" the "Interior Ministry of Afghanistan", the place after "of".
      const at = words.indexOf(word);
      const inside =
        words.length > 2 && at > 0 && !ACRONYM_WORD.test(word) && words[at - 1] !== 'of';
      if (inside || half) {
        middle = member;
        middles++;
      }
    }
    return openedInHeadline ?? (middles === 1 ? middle : undefined);
  }

  /**
   * "Internal Toyota documents showed" after "Toyota Motor Company": a capitalised word
   * before the start of a firm's name qualifies the firm, unless it is a given name.
   */
  private bodyAfterAdjective(name: string): CastMember | undefined {
    const [first, ...rest] = this.nameWords.of(name);
    if (first === undefined || rest.length === 0 || isGivenName(first)) return undefined;
    return this.firmOpenedBy(rest);
  }

  /** "ANZ" for "ANZ Banking Group Ltd": the words that open a firm's name with its suffix. */
  private opensFirmName(short: string, full: string): boolean {
    const shortWords = this.nameWords.of(short);
    const fullWords = this.nameWords.of(full);
    return (
      fullWords.length > shortWords.length &&
      endsAsFirm(fullWords) &&
      shortWords.every((word, i) => fullWords[i] === word)
    );
  }

  /**
   * The one firm whose longer name opens with these words: "Toyota Motor Company", or
   * "Tangent Computer, a computer services and hardware company" (a name the article
   * describes as a body's).
   */
  private firmOpenedBy(words: readonly string[]): CastMember | undefined {
    const fits = this.members.filter((member) => {
      const have = this.nameWords.of(member.name);
      return (
        member.kind === 'organization' &&
        have.length > words.length &&
        (endsAsFirm(have) || member.roles.some(describesBody)) &&
        // Not a firm another owns: "Circuit City's InterTAN Inc." is not Circuit City.
        !OWNER_INSIDE.test(member.name) &&
        words.every((word, i) => have[i] === word)
      );
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * "said Ed Feulner, president of the Heritage Foundation. … The Foundation stated": a
   * body's noun alone, capitalised, is the one body of that noun a role named, which
   * joins the cast then.
   */
  private bodyNamedInRoles(noun: string): CastMember | undefined {
    if (/\s/u.test(noun) || !ORGANISATION_NOUNS.has(noun.toLowerCase())) return undefined;
    const named = bodyBeforeNoun(noun);
    const bodies = new Set<string>();
    for (const member of this.members)
      for (const role of member.roles) {
        const body = named.exec(role)?.[0];
        if (body) bodies.add(body);
      }
    const [body] = bodies;
    return bodies.size === 1 && body ? this.add(body, 'organization') : undefined;
  }

  /**
   * "Sheikh Ali" after "Sheikh Ali al-Khalifa al-Sabah": a title and a given name call
   * someone by the start of their name, if only one name starts so.
   */
  private byTitleAndGivenName(
    wanted: readonly string[],
    kind?: SpeakerKind,
  ): CastMember | undefined {
    const [title, given] = wanted;
    if (!title || !given || !GIVEN_NAME_TITLES.has(title.toLowerCase())) return undefined;
    const fits = this.members.filter((member) => {
      if (kind !== undefined && member.kind !== kind) return false;
      const words = this.nameWords.of(member.name);
      return words.length > 2 && words[0] === title && words[1] === given;
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * "The Head of HREOC says …": someone the article describes and never names opens a
   * sentence, so a "he" after it is them, not the last person named before.
   */
  noteUnnamedSubject(at: Position): void {
    this.noteMention(at, UNNAMED, true);
  }

  noteUnknownSpeaker(at: Position): void {
    this.unknownSpeakers.push(at);
  }

  /** A document written of at `at` ("approved a declaration"), which a later "it" may mean. */
  noteWriting(at: Position): void {
    const block = blockOf(at);
    if (!this.firstWritings.has(block)) this.firstWritings.set(block, at);
  }

  private documentWrittenBefore(at: Position): boolean {
    const first = this.firstWritings.get(blockOf(at));
    return first !== undefined && first < at;
  }

  /**
   * "Mr Howard told reporters …" where "John Howard" appears only inside someone's quote:
   * a person known by a surname alone takes the one full name, opened by a common given
   * name of no other gender, that the article's words (quotes included) give that surname.
   */
  completeSurnames(texts: readonly string[]): void {
    for (const member of this.members) {
      if (member.kind !== 'person' || !/^\p{Lu}[\p{L}'’-]+$/u.test(member.name)) continue;
      const surname = member.name;
      const found = new Set<string>();
      for (const given of givenNamesBefore(texts, surname)) {
        const gender = genderOfGivenName([given, surname]);
        if (gender !== undefined && (member.gender ?? gender) === gender)
          found.add(`${given} ${surname}`);
      }
      const [full] = found;
      if (found.size === 1 && full !== undefined) member.name = full;
      // "the candidacy of Dumarsais Siméus … Siméus commented": a person's name that only
      // a place preposition went before, with a given name no list knows; or one that a
      // nickname split ("Randy “Duke” Cunningham … Cunningham admitted").
      else if (found.size === 0) {
        const ending = ` ${surname}`;
        const fuller = [...this.possibleFullNames].filter((name) => name.endsWith(ending));
        if (fuller.length === 1 && fuller[0] !== undefined) member.name = fuller[0];
      }
    }
  }

  /**
   * "heir to World Wrestling Entertainment Shane McMahon", "Equatorial Guinea Simon Mann": a
   * body's or a place's name run into a person's. The words before a common given name
   * (two or more, none a given name) are no part of the person's name when the article
   * writes them elsewhere without it ("World Wrestling Entertainment released …"). Nor is
   * a trade capitalised as it opens a sentence ("Singer Melissa Etheridge").
   */
  separateRunInNames(texts: readonly string[]): void {
    for (const member of this.members) {
      if (member.kind !== 'person') continue;
      const words = member.name.split(' ');
      if (opensWithCapitalisedTrade(words)) {
        member.name = words.slice(1).join(' ');
        continue;
      }
      const given = runInGivenName(words);
      const first = words[given];
      if (given === -1 || first === undefined) continue;
      const before = words.slice(0, given).join(' ');
      if (texts.some((text) => writtenWithout(text, before, first)))
        member.name = words.slice(given).join(' ');
    }
  }

  /**
   * "Tenzin Gyatso, the 14th Dalai Lama, has vowed …" and then "the Dalai Lama said": a
   * title the reading took for a name is the person it was given to beside their name, or
   * the one person whose role ends with it.
   */
  joinTitlesToNames(texts: readonly string[]): void {
    const people = this.members.filter((member) => member.kind === 'person');
    for (const title of people) {
      if (isGivenName(title.name.split(' ')[0] ?? '')) continue;
      // "Former First Lady Nancy Reagan … The 86-year-old former First Lady issued": a
      // title that ends the one person's role.
      const ending = ` ${title.name.toLowerCase()}`;
      const titleWord = ending.slice(ending.lastIndexOf(' ') + 1);
      // Not a place or a person the role points at: "son of Sheikh Hasina", "Senator from
      // Connecticut".
      const endsRole = (role: string): boolean => {
        const written = ` ${role.toLowerCase()}`;
        return (
          written.endsWith(ending) &&
          !/\s(?:of|for|from|to|in)$/u.test(written.slice(0, -ending.length))
        );
      };
      const holding = ROLE_NOUNS.has(titleWord)
        ? people.filter((person) => person !== title && person.roles.some(endsRole))
        : [];
      // Only the paragraphs that hold the title are searched for a name beside it.
      const textsWithTitle = texts.filter((text) => text.includes(title.name));
      const holder =
        people.find(
          (person) =>
            person !== title &&
            textsWithTitle.some((text) => titleBeside(text, person.name, title.name)),
        ) ?? (holding.length === 1 ? holding[0] : undefined);
      if (!holder) continue;
      this.alias(title.name, holder);
      title.name = holder.name;
      holder.gender ??= title.gender;
      // What the article says of the holder is said of the title's quotes too.
      for (const role of holder.roles) if (!title.roles.includes(role)) title.roles.push(role);
    }
  }

  /**
   * "IMF and EU approve aid" in the headline, "The International Monetary Fund and the
   * European Union approved" in the text: a body known first by its initials takes the
   * one name the article spells them out with. Failing a body of the cast, the one
   * capitalised run of words in `texts` with those initials: "The U.N. has condemned the
   * attack" where the text also writes "United Nations peacekeepers".
   */
  spellOutInitials(texts: readonly string[]): void {
    const bodies = this.members.filter(
      (member) => member.kind === 'organization' && /\s/u.test(member.name),
    );
    // The text's runs are read once, and only for an article with initials to spell out.
    let runs: string[] | undefined;
    for (const member of this.members) {
      const initials = member.name.replaceAll('.', '');
      if (member.kind !== 'organization' || !ACRONYM_WORD.test(initials)) continue;
      const spelled = new Set(
        bodies.filter((body) => hasInitials(body.name, initials)).map((body) => body.name),
      );
      if (spelled.size === 0) {
        runs ??= texts.flatMap((text) =>
          [...text.matchAll(BODY_NAME_RUN)].map(([, run]) => run ?? ''),
        );
        for (const run of runs)
          if (hasInitials(run, initials)) {
            const name = run.replace(/['’]s$/u, '');
            // "U.S. Department of Homeland Security": the body whose name holds the run.
            spelled.add(bodies.find((body) => body.name.includes(name))?.name ?? name);
          }
      }
      const [full] = spelled;
      if (spelled.size !== 1 || !full) continue;
      const named = this.memberNamed(full);
      // A name with initials is a body's, though the reading took it for a person's.
      if (named?.kind === 'person' && named.roles.length === 0 && named.gender === undefined)
        named.kind = 'organization';
      this.alias(member.name, named ?? member);
      member.name = full;
    }
  }

  /**
   * "reported by The Japan Times": a body whose name the article writes with a capital
   * "The" inside a sentence has it in its name. A news organisation keeps its listed name.
   */
  keepCapitalisedThe(texts: readonly string[]): void {
    for (const member of this.members) {
      if (member.kind !== 'organization' || member.name.startsWith('The ')) continue;
      const written = `The ${member.name}`;
      if (!texts.some((text) => writesInsideSentence(text, written))) continue;
      if (newsOrganisationNamed(member.name) !== undefined) continue;
      this.alias(member.name, member);
      member.name = written;
    }
  }

  /**
   * A person's full name the reading took for a place by the preposition before it, or
   * joined across the nickname that split it.
   */
  notePossibleFullName(name: string): void {
    this.possibleFullNames.add(name);
  }

  /**
   * Once the whole article is read: "Pemex said", "Ryanair has reported": one word that no
   * given name, title, role or pronoun made a person's is a body's name, since people are
   * introduced in full. Not a group ("Witnesses"), a nationality or a given name ("Tom").
   */
  settleKinds(): void {
    for (const member of this.members) {
      const oneWord = /^\p{Lu}[\p{L}\p{N}.&-]*[^s\s]$/u.test(member.name);
      const bodyLike = oneWord && !isNationalityWord(member.name) && !isGivenName(member.name);
      const shownAsPerson = member.roles.length > 0 || member.gender !== undefined;
      if (member.kind === 'person' && bodyLike && !shownAsPerson) member.kind = 'organization';
    }
  }

  /** How many mentions come before `at`: they are kept in order, so the first that many. */
  private mentionsBefore(at: Position): number {
    return firstIndexWhere(this.mentions.length, (index) => (this.mentions[index]?.at ?? at) >= at);
  }

  /** Mentions are kept in reading order, whatever order they are noted in. */
  noteMention(at: Position, member: CastMember, subject: boolean, opening = false): void {
    let i = this.mentions.length;
    while (i > 0 && (this.mentions[i - 1]?.at ?? 0) > at) i--;
    this.mentions.splice(i, 0, { at, member, subject, opening });
  }

  /**
   * `author` issued a document mentioned at `at`: a "report" or a "statement" when the text
   * says which (`noun`), or any ('') for "said in a statement".
   */
  noteDocument(at: Position, author: CastMember, noun: string): void {
    this.documents.push({ at, author, noun });
  }

  /**
   * "… the U.S. Embassy said in its annual report. … “…,” it said": an author speaking
   * on while the article quotes its document keeps that document in reach of a later
   * "the report said".
   */
  noteDocumentGoingOn(at: Position, author: CastMember): void {
    const last = this.documents.findLast(
      (doc) =>
        doc.author === author && doc.at < at && at - doc.at < DOCUMENT_REACH_BLOCKS * BLOCK_STRIDE,
    );
    if (last) this.documents.push({ at, author, noun: last.noun });
  }

  /**
   * "… the Kuwait daily al-Qabas said. … It gave no details. “…,” it said": "it" goes on
   * meaning the last body heard from as a subject, however far back; unless a document
   * was put out since or is written of in the paragraph, which "it" may mean instead
   * ("issued a statement. “…,” it read"), or someone the cast does not know has spoken
   * since ("A Chinese newspaper said …. It said: “…”").
   */
  private bodyStillSpeaking(at: Position): CastMember | undefined {
    if (this.documentWrittenBefore(at)) return undefined;
    for (let i = this.mentionsBefore(at) - 1; i >= 0; i--) {
      const mention = this.mentions[i];
      if (!mention || !mention.subject) continue;
      if (mention.member.kind !== 'organization') continue;
      const since = mention.at;
      const between = (other: Position): boolean => other > since && other < at;
      const spokenOver =
        this.documents.some((doc) => between(doc.at)) || this.unknownSpeakers.some(between);
      return mention.member.spoke && !spokenOver ? mention.member : undefined;
    }
    return undefined;
  }

  /**
   * "Peter Friend" bears "Friend": a person named in two words or more, ending in it, and
   * opened by a word as a given name is written (not "U.S. Officials").
   */
  private bearsSurname(member: CastMember, surname: string): boolean {
    const words = this.nameWords.of(member.name);
    return (
      member.kind === 'person' &&
      words.length >= 2 &&
      words.at(-1) === surname &&
      /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '')
    );
  }

  private lastMentionBefore(
    at: Position,
    accept: (member: CastMember) => boolean,
    subjectsOnly = false,
    since = 0,
  ): CastMember | undefined {
    for (let i = this.mentionsBefore(at) - 1; i >= 0; i--) {
      const mention = this.mentions[i];
      if (!mention) continue;
      if (mention.at < since) return undefined;
      if ((!subjectsOnly || mention.subject) && accept(mention.member)) return mention.member;
    }
    return undefined;
  }

  /**
   * "Mike Huckabee made a speech …. Mitt Romney also discussed civil rights. In his speech
   * he stated …": a person named in full who opens a sentence of this paragraph is whom
   * "he" means, when no one the article already shows as a person was a subject since
   * (not "Adam Whittaker, a blogger from Brooklyn, New York,", where the place is no
   * sentence's opening).
   */
  private subjectNamedInFullHere(
    at: Position,
    accept: (member: CastMember) => boolean,
    gender: Gender | undefined,
  ): CastMember | undefined {
    const paragraphStart = Math.floor(at / BLOCK_STRIDE) * BLOCK_STRIDE;
    for (let i = this.mentionsBefore(at) - 1; i >= 0; i--) {
      const mention = this.mentions[i];
      if (!mention || !mention.subject) continue;
      if (mention.at < paragraphStart || accept(mention.member)) return undefined;
      // Not a description read as a name: "Minnesota Democrat", "Resource Minister".
      const last = mention.member.name.slice(mention.member.name.lastIndexOf(' ') + 1);
      const described = ROLE_NOUNS.has(last.toLowerCase()) || isPartyWord(last);
      if (mention.opening && namedInFull(mention.member, gender) && !described)
        return mention.member;
    }
    return undefined;
  }

  /**
   * "A professor … said … “…”. Professor Bob Gregory … said": someone described without
   * an article's "the" whom the next words name: the one person whose role fits first
   * mentioned after `at` in the same paragraph ("another Martin spokesperson, Melanie
   * Gruer" in the next is someone else), or in the next paragraph when it opens the story.
   */
  namedNext(phrase: SpeakerPhrase, at: Position, inLede = false): CastMember | undefined {
    if (phrase.form !== 'description' || phrase.kind !== 'person' || phrase.definite)
      return undefined;
    const head = phrase.head;
    if (head === null) return undefined;
    const paragraphEnd = (Math.floor(at / BLOCK_STRIDE) + 1) * BLOCK_STRIDE;
    const first = new Map<CastMember, Mention>();
    for (const mention of this.mentions)
      if (!first.has(mention.member)) first.set(mention.member, mention);
    const fitsRole = (member: CastMember): boolean =>
      member.roles.some((role) => role.toLowerCase().split(/\s+/u).includes(head));
    // "A top regional Federal Reserve official sharply criticized … as a “…”." opening a
    // story is named as the subject of the paragraph after it: "Kansas City Fed President
    // Thomas Hoenig, …, said"; "official" fits any role there.
    const namedInNextParagraph = (mention: Mention): boolean =>
      inLede &&
      mention.subject &&
      mention.at < paragraphEnd + BLOCK_STRIDE &&
      (head === 'official' || fitsRole(mention.member));
    const fits = this.members.filter((member) => {
      const seen = first.get(member);
      if (member.kind !== 'person' || seen === undefined || seen.at <= at) return false;
      return (seen.at < paragraphEnd && fitsRole(member)) || namedInNextParagraph(seen);
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Who a phrase at `at` refers to, or undefined when the article does not say. */
  resolve(phrase: SpeakerPhrase, at: Position): CastMember | undefined {
    if (phrase.form === 'name' && phrase.name !== null) {
      const name = canonicalOrganisation(phrase.name) ?? phrase.name;
      // "Hutton's Phillippi said": a person named after the firm they work for.
      const owned = phrase.kind === 'person' ? withoutPersonsOwner(name) : name;
      // "Mrs. Bush said" after George W. Bush: the gender of a title right before the name
      // picks the namesake (not a role's: "A spokeswoman for Giuliani").
      const found = this.byName(name, undefined, at);
      const titled =
        found?.gender !== undefined && phrase.kind === 'person'
          ? genderIn(titleBefore(phrase.text, name))
          : undefined;
      if (titled !== undefined && found?.gender !== titled) {
        const words = this.nameWords.of(name);
        return this.members.findLast(
          (member) => member.gender === titled && endsWith(this.nameWords.of(member.name), words),
        );
      }
      return (
        found ??
        this.bodyNamedInRoles(name) ??
        (owned === name ? undefined : this.byName(owned, 'person', at))
      );
    }
    if (phrase.form === 'pronoun') {
      const wantsPerson =
        phrase.head === 'he' ||
        phrase.head === 'she' ||
        phrase.head === 'him' ||
        phrase.head === 'her';
      // "he" points at someone the article shows as a person (a role, or words reported),
      // not at any capitalised pair of words such as "Nobel Prize".
      // Subjects first: in "Annan urged Kibaki and Odinga … ‘…,’ he added", "he" is Annan.
      // "she" never points at a man the article has called "Mr" or "he", nor "he" at a woman.
      const gender = pronounGender(phrase.head);
      // Nor at a name only the headline gave, whose title case runs words together
      // ("Heinz Interested In Buying Guinness Brewing").
      const accept = (member: CastMember): boolean =>
        wantsPerson
          ? member.kind === 'person' &&
            !this.headlineMembers.has(member) &&
            // "Witnesses have reported …. A spokesman … He added": "he" is no group.
            !ANONYMOUS_HEADS.has(member.name.toLowerCase()) &&
            !isPluralGroup(member.name) &&
            !namesNoPerson(member.name) &&
            (member.gender === undefined
              ? member.spoke || member.roles.length > 0
              : member.gender === gender)
          : member.kind === 'organization';
      // Nearby (this paragraph and the one before) outranks salient but far away.
      const nearby = Math.max(0, (Math.floor(at / BLOCK_STRIDE) - 1) * BLOCK_STRIDE);
      // "it" and "they" are too loose to reach further than an institution that just spoke.
      if (!wantsPerson)
        return (
          this.lastMentionBefore(at, accept, true, nearby) ??
          (phrase.head === 'it' ? this.bodyStillSpeaking(at) : undefined)
        );
      const found =
        this.subjectNamedInFullHere(at, accept, gender) ??
        this.lastMentionBefore(at, accept, true, nearby) ??
        this.lastMentionBefore(at, accept, false, nearby) ??
        this.lastMentionBefore(at, accept, true) ??
        this.lastMentionBefore(at, accept) ??
        // "Salam Abdullah, 45, was one of the people in the restaurant. “…,” he stated": a
        // full name that opened a sentence nearby, when no one shown as a person fits.
        this.lastMentionBefore(
          at,
          (member) => namedInFull(member, gender) && !this.headlineMembers.has(member),
          true,
          nearby,
        );
      return found === UNNAMED ? undefined : found;
    }
    if (!phrase.definite || phrase.head === null) return undefined;
    const head = phrase.head;
    // "Peter Friend of Walwyn Ltd said …. “…,” Friend said": a role word alone, in
    // capitals and with no article, is the surname of someone the article names.
    if (phrase.kind === 'person' && phrase.text !== head && phrase.text.toLowerCase() === head) {
      const bearer = this.lastMentionBefore(at, (member) => this.bearsSurname(member, phrase.text));
      if (bearer) return bearer;
    }
    if (phrase.kind === 'document') {
      // "the report" is the report someone was said to write, not their statement.
      const document = this.documents.findLast(
        (doc) =>
          doc.at < at &&
          at - doc.at < DOCUMENT_REACH_BLOCKS * BLOCK_STRIDE &&
          (doc.noun === '' ||
            doc.noun === head ||
            (STATEMENT_NOUNS.has(doc.noun) && STATEMENT_NOUNS.has(head))),
      );
      if (document?.author) return document.author;
      // "The law says" after "the Child Online Protection Act": the act named before. Not
      // "the bill", which the subject reader still takes out of "Critics of the bill,
      // including …, say".
      return head === 'law'
        ? this.lastMentionBefore(
            at,
            (member) => member.kind === 'document' && member.name.endsWith(' Act'),
          )
        : undefined;
    }
    // "the organisation" fits any organisation; "the ministry" only one named a ministry.
    const generic = GENERIC_ORGANISATION_NOUNS.has(head);
    // "the PML-Q party" is not the Pakistan People's Party, though both are parties.
    const initials = phrase.text.match(INITIALS_IN_DESCRIPTION) ?? [];
    const fits = (member: CastMember): boolean =>
      phrase.kind === 'organization'
        ? member.kind === 'organization' &&
          initials.every((word) => this.goesBy(member, word)) &&
          (generic
            ? !GOVERNMENT_NAMES.has(member.name) &&
              (!FIRM_NOUNS.has(head) || !isNamedNonFirm(member))
            : (member.name.toLowerCase().includes(head) && ownedBy(phrase, member)) ||
              // "the bank" after "US bank Goldman Sachs".
              member.roles.some((role) => role.toLowerCase().includes(head)) ||
              // "the newspaper" after "The San Gabriel Valley Tribune" or "the daily Izvestia".
              (PAPER_NOUNS.has(head) && isPaper(member)))
        : member.kind === 'person' &&
          member.roles.some((role) => roleFits(role, head, phrase.text));
    // "the group said" after "Shell closed the plant after the group said": any group
    // fits, and the one that has spoken is likelier to speak again; so for a firm called
    // by its trade ("the mobile phone manufacturer" is Nokia, not its "BL-5C" batteries).
    const spoken =
      SPEAKING_GROUP_NOUNS.has(head) || FIRM_TRADES.includes(head)
        ? this.lastMentionBefore(at, (member) => member.spoke && fits(member))
        : undefined;
    // "General Motors Corp said …, Paul Volcker as chairman of the Federal Reserve Board.
    // “…,” the company said": the firm is a subject whose name ends in its legal form, if
    // any is ("American Express Co said it and its Shearson Lehman Brothers Inc subsidiary").
    const incorporated = FIRM_NOUNS.has(head)
      ? this.lastMentionBefore(
          at,
          (member) =>
            fits(member) && LEGAL_SUFFIX.test(this.nameWords.of(member.name).at(-1) ?? ''),
          true,
        )
      : undefined;
    // A headline comes before the names it refers to, so fall back to anyone who fits.
    // "the Finnish firm" after "Nokia, the Finnish telecommunications firm": a firm the
    // article described by that noun before any other that fits.
    const described = generic
      ? this.lastMentionBefore(
          at,
          (member) =>
            fits(member) &&
            member.roles.some((role) => role.toLowerCase().split(/\s+/u).includes(head)),
        )
      : undefined;
    const found =
      described ??
      spoken ??
      incorporated ??
      this.lastMentionBefore(at, fits) ??
      this.members.find(fits);
    const office =
      phrase.kind === 'person' &&
      OFFICIAL_ROLE.test(phrase.text) &&
      // A spokesperson or official speaks for a body, not as the person heard from before.
      !phrase.text
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .some((word) => SPEAKS_FOR_BODY_ROLES.has(word)) &&
      !/\b(?:then|former|vice|deputy|acting|shadow)\b/iu.test(phrase.text);
    if (found) return found;
    const nearby = Math.max(0, (Math.floor(at / BLOCK_STRIDE) - 1) * BLOCK_STRIDE);
    // "Senate Finance Committee Chairman Lloyd Bentsen said …. “…,” the Texas Democrat
    // told": a party's member whom no role fits is the person just heard from, named in
    // full, unless the text gave them another party.
    if (phrase.kind === 'person' && isPartyWord(head))
      return this.lastMentionBefore(
        at,
        (member) =>
          member.kind === 'person' &&
          /\s/u.test(member.name) &&
          !member.roles.some((role) => role.split(/\s+/u).some(isPartyWord)),
        true,
        nearby,
      );
    if (!office) return undefined;
    // "“…,” said Harper. “…,” the prime minister added": an office no one named holds is
    // the person just heard from, named in full, whose office the text never gave.
    return this.lastMentionBefore(
      at,
      (member) =>
        member.kind === 'person' &&
        member.spoke &&
        member.roles.length === 0 &&
        /\s/u.test(member.name),
      true,
      nearby,
    );
  }
}

function namedInFull(member: CastMember, gender: Gender | undefined): boolean {
  return (
    member.kind === 'person' &&
    /\s/u.test(member.name) &&
    (member.gender === undefined || member.gender === gender)
  );
}

/**
 * Words that make a role a different office: "the Treasurer" is not "the Shadow
 * Treasurer", "the minister" not "the deputy minister" (nor "the then minister", who
 * held it before), unless the description says so.
 */
const OTHER_OFFICE = /\b(?:shadow|deputy|vice|former|then|assistant|ex)\b/u;

/**
 * Offices written another way: "the PM" is the prime minister, and "the Republican
 * congressman" a "Representative".
 */
const SHORT_OFFICES = new Map([
  ['pm', 'prime minister'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
]);

/** Ranks and titles written short before a name: "Lt. Cmdr. Alfredo Reinado" is "the Commander". */
const ABBREVIATED_OFFICES = new Map([
  ['commander', 'cmdr'],
  ['lieutenant', 'lt'],
  ['colonel', 'col'],
  ['general', 'gen'],
  ['sergeant', 'sgt'],
  ['captain', 'capt'],
  ['admiral', 'adm'],
  ['major', 'maj'],
  ['brigadier', 'brig'],
  ['governor', 'gov'],
  ['senator', 'sen'],
  ['professor', 'prof'],
]);

/** The office `head` written short in a role, as a word of its own: "cmdr." in "lt. cmdr.". */
function abbreviatedIn(role: string, head: string): boolean {
  const short = ABBREVIATED_OFFICES.get(head);
  return (
    short !== undefined && role.split(/\s+/u).some((word) => word.replace(/\.$/u, '') === short)
  );
}

/** "the mother of Sorin Miscoci": the one a role points at, named at the description's end. */
// eslint-disable-next-line redos/no-vulnerable -- a costly try starts at "of" and a space, and a phrase lies in one sentence of at most MAX_SENTENCE_TOKENS words
const ROLE_OBJECT = /\b(?:of|for)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*$/u;

function roleFits(written: string, head: string, description: string): boolean {
  const role = written.toLowerCase();
  // "the mother of Sorin Miscoci" is not "the mother of Marie-Jeanne Ion".
  const object = ROLE_OBJECT.exec(description)?.[1];
  // Initials ("the CEO of TCS") are checked against the role's own initials below.
  if (object !== undefined && /\p{Ll}/u.test(object) && !written.includes(object)) return false;
  // "The Moldovan Foreign minister" is not "the Romanian Foreign Affairs minister".
  const nationality = NATIONALITY.exec(written)?.[1];
  const wanted = DEMONYM.exec(description)?.[1];
  if (nationality && wanted && nationality !== wanted) return false;
  // "The Moldovan Foreign minister" is not the "Moldovan Prime Minister" either.
  const words = description.toLowerCase().split(/\s+/u);
  const portfolio = words[words.lastIndexOf(head) - 1] ?? '';
  if (PORTFOLIOS.has(portfolio) && !role.includes(portfolio)) return false;
  // "The PASOK president" is not "Greek President" Karolos Papoulias: a body's initials
  // before the office must be in the role.
  const body = description
    .split(/\s+/u)
    .find((word) => BODY_INITIALS.test(word) && word.toLowerCase() !== head);
  if (body && !written.includes(body) && !initialsOf(written).includes(body)) return false;
  // "said the Romanian official" after "Lazar Comanescu, the Romanian Foreign Affairs
  // minister": any office fits "official" when the nationality is the same.
  // "the Ukrainian leader" after "Ukrainian President Volodymyr Zelenskyy": a leader of the
  // same nation who heads it; "the UN chief" after "the Secretary General of the United
  // Nations": whoever heads the body the initials name.
  if (head === 'leader' && wanted) return headsNation(role, wanted);
  // "the head of state said": whoever holds such an office ("the Venezuelan president").
  if (HEAD_OF_STATE.test(description.toLowerCase()))
    return HEADS_OF_STATE.test(role) && !OTHER_OFFICE.test(role);
  if (head === 'chief') {
    const initials = description.split(/\s+/u).find((word) => /^\p{Lu}{2,}$/u.test(word));
    // "the UAW chief" after "UAW president Owen Bieber": the role may hold the initials.
    if (initials)
      return (
        HEADS_OF_BODIES.test(role) &&
        (initialsOf(written).includes(initials) || written.split(/[\s()]+/u).includes(initials))
      );
  }
  if (head === 'official') {
    const demonym = DEMONYM.exec(description)?.[1]?.toLowerCase();
    if (demonym !== undefined) return role.includes(demonym) && OFFICIAL_ROLE.test(role);
    // "the Sunshine Mining official" after "Mike Boswell chairman of Sunshine Mining Co":
    // anyone holding a role in the body it names.
    // Not a country's ("the U.S. official"), which says no more than a nationality.
    const body = OFFICIAL_OF_BODY.exec(description)?.[1];
    const country =
      body !== undefined && (GOVERNMENT_NAMES.has(body) || COUNTRY_SHORT_NAMES.has(body));
    return body !== undefined && !country && role.includes(body.toLowerCase());
  }
  return (
    (role.includes(head) ||
      role.includes(SHORT_OFFICES.get(head) ?? head) ||
      abbreviatedIn(role, head)) &&
    // Both ways: "the vice president" is not President Zardari either.
    OTHER_OFFICE.test(role) === OTHER_OFFICE.test(description.toLowerCase()) &&
    samePlace(role, description)
  );
}

const HEAD_OF_STATE = /\bhead of (?:state|government)\b/u;
/** "the Sunshine Mining official": the body's name, in capitals, before "official". */
const OFFICIAL_OF_BODY = /^[Tt]he\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)\s+official$/u;
const HEADS_OF_STATE =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader)\b/u;
const HEADS_OF_BODIES =
  /\b(?:secretary[- ]general|director[- ]general|director|head|chief|chair(?:man|woman)?|president)\b/u;

function headsNation(role: string, demonym: string): boolean {
  if (!HEADS_OF_STATE.test(role) || OTHER_OFFICE.test(role)) return false;
  const place = PLACE_OF_OFFICE.exec(role)?.[1];
  return role.includes(demonym.toLowerCase()) || (place !== undefined && placeFits(place, demonym));
}

/** A body's initials in capitals: "PASOK", "NCAA" (not a state's two letters, "WA"). */
const BODY_INITIALS = /^\p{Lu}{3,}$/u;

/**
 * A body's name in running text: capitalised words with the small words such a name holds
 * ("Organization for Security and Co-operation in Europe"). Unlike the role reader's run
 * in sources.ts, no dotted initials: "U.S." starts another name ("U.S. Department of
 * Homeland Security" holds "Department of Homeland Security", the DHS). The run (group 1)
 * is tried only where a word starts, from its first capital on: from a later capital of the
 * word it would end where that one's does, and trying each capital of a long word took
 * time growing with the square of its length.
 */
const BODY_NAME_RUN =
  /(?<![\p{L}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}'’-]*(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des|la|el)\s+)*\p{Lu}[\p{L}'’-]*)+)/gu;

// A nationality before the office the description ends with: "the Israeli Prime Minister".
const DEMONYM = /\b(\p{Lu}\p{Ll}{2,}(?:ian|ese|ish|an|i))(?:\s+\p{L}+){1,2}$/u;
/** Words that say which minister or secretary: "the Foreign minister", "the Prime Minister". */
const PORTFOLIOS = new Set([
  'prime',
  'foreign',
  'finance',
  'interior',
  'defence',
  'defense',
  'health',
  'justice',
  'education',
  'trade',
  'environment',
  'energy',
  'home',
  'agriculture',
  'transport',
]);
const NATIONALITY = /\b(\p{Lu}\p{Ll}{2,}(?:ian|ese|ish|an|i))\b/u;
const PLACE_OF_OFFICE = /\bof (?:the )?(\p{L}+)/u;

/** "The Brazilian President" is not the "President of Venezuela": a nationality must fit. */
function samePlace(role: string, description: string): boolean {
  const demonym = DEMONYM.exec(description)?.[1];
  const place = PLACE_OF_OFFICE.exec(role)?.[1];
  if (!demonym || !place) return true;
  return placeFits(place, demonym);
}

const BODIES_BEFORE_NOUNS = new Map<string, RegExp>();

/** "the Heritage Foundation": capitalised words ending in `noun`, and no more after it. */
function bodyBeforeNoun(noun: string): RegExp {
  let pattern = BODIES_BEFORE_NOUNS.get(noun);
  if (!pattern) {
    pattern = new RegExp(`(?:\\p{Lu}[\\p{L}'’.&-]*\\s+)+${noun}\\b(?!\\s+\\p{Lu})`, 'u');
    BODIES_BEFORE_NOUNS.set(noun, pattern);
  }
  return pattern;
}

/**
 * A body's name written with words left out: its words, in any case, are a shorter run
 * of the full name's in order, with the same first and last.
 */
function writtenShort(short: string, full: string): boolean {
  const shortWords = short.toLowerCase().split(/\s+/u);
  const fullWords = full.toLowerCase().split(/\s+/u);
  if (shortWords.length < 2 || shortWords.length >= fullWords.length) return false;
  if (shortWords[0] !== fullWords[0] || shortWords.at(-1) !== fullWords.at(-1)) return false;
  let at = 0;
  for (const word of shortWords) {
    at = fullWords.indexOf(word, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "Venezuela" and "Venezuelan": a place and its nationality share their first letters. */
function placeFits(place: string, demonym: string): boolean {
  return demonym.slice(0, 4).toLowerCase() === place.slice(0, 4).toLowerCase();
}

/**
 * "Zimbabwe's Movement for Democratic Change" is the Movement for Democratic Change; but
 * "The Ombudsman's Office" and "People's Daily" are not an "Office" or a "Daily".
 */
function withoutOwner(name: string): string {
  const owned = name.replace(/^\S+['’]s\s+(?=\p{Lu})/u, '');
  const bareNoun = !/\s/u.test(owned) && ORGANISATION_NOUNS.has(owned.toLowerCase());
  return bareNoun ? name : owned;
}

/**
 * "Sinn Fein's Martin McGuinness" is Martin McGuinness; and "his rival Jean-Pierre Bemba's
 * 42 percent" is Bemba, since only a brand's name ends in 's.
 */
function withoutPersonsOwner(name: string): string {
  return withoutOwnersEnding(name.replace(/^.*(?:['’]s|s['’])\s+(?=\p{Lu})/u, ''));
}

function withoutOwnersEnding(name: string): string {
  if (!name.endsWith('s') || POSSESSIVE_BRANDS.has(name.replace('’', "'"))) return name;
  return name.replace(/(?<=\p{L})['’]s$/u, '');
}

/** Countries written short: "US says …" in a headline is "the United States" of the text. */
/** Words after which a capitalised "The" belongs to the name: "said The Herald". */
const REPORTING_WORDS = new Set(['said', 'says', 'told', 'tells', 'and']);

/**
 * "reported by The Japan Times", "the monthly, The Peru Report,": the name, its "The"
 * capitalised after a comma, a preposition or a reporting verb. Not after any word in lower
 * case: Wikinews runs a heading into the text ("… personnel The European Union has").
 */
function writesInsideSentence(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + name.length))) continue;
    const before = /(?<!\S)(\S+) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
    if (before.endsWith(',') || PREPOSITIONS.has(before) || REPORTING_WORDS.has(before))
      return true;
  }
  return false;
}

const COUNTRY_SHORT_NAMES = new Map([
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['USA', 'United States'],
  ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
]);

/**
 * "Russia’s Tass news agency" -> "Tass": known news organisations by their canonical name,
 * and countries by their full one.
 */
function canonicalOrganisation(name: string): string | undefined {
  return newsOrganisationInName(name)?.name ?? COUNTRY_SHORT_NAMES.get(name);
}

/** The word right before a name that ends a phrase: "Mrs." in "Mrs. Bush". */
function titleBefore(text: string, name: string): string {
  if (!text.endsWith(` ${name}`)) return '';
  const before = text.slice(0, -name.length - 1);
  return before.slice(before.lastIndexOf(' ') + 1);
}

/**
 * "according to Lebanon's government" is not the Israeli government named before: a
 * body's description whose owner is named points only at a body of that name.
 */
function ownedBy(phrase: SpeakerPhrase, member: CastMember): boolean {
  const owner = /^(\p{Lu}[\p{L}.-]*)['’]s\s/u.exec(phrase.text)?.[1];
  return owner === undefined || member.name.includes(owner);
}

/**
 * "the Belgian Development Aid minister" or "the source" identify a speaker the article
 * never names; "the minister" alone points back at someone it should have named.
 */
function isSpecific(phrase: SpeakerPhrase): boolean {
  return (
    /\s\p{Lu}/u.test(phrase.text) ||
    // "Syria's foreign minister": whose minister, by a name that owns the role.
    /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase.text) ||
    ANONYMOUS_HEADS.has(phrase.head ?? '')
  );
}

const ANONYMOUS_HEADS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'witness',
  'witnesses',
  'eyewitness',
  'eye-witness',
  'resident',
  'residents',
  'diplomat',
  'diplomats',
  'insider',
]);

/** Party members by their party's word, written capitalised: never one "he" or "she". */
const PARTY_MEMBERS = new Set([
  'republicans',
  'democrats',
  'conservatives',
  'liberals',
  'socialists',
  'communists',
  'tories',
  'nationalists',
  'unionists',
  'loyalists',
  'greens',
]);

/** A party's word, which ends a description ("Minnesota Democrat"), never a name. */
function isPartyWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    PARTY_MEMBERS.has(lower) ||
    PARTY_MEMBERS.has(`${lower}s`) ||
    PARTY_MEMBERS.has(lower.replace(/y$/u, 'ies'))
  );
}

/** "a computer services and hardware company": a role that is a body's description. */
function describesBody(role: string): boolean {
  return ORGANISATION_NOUNS.has(role.slice(role.lastIndexOf(' ') + 1));
}

/**
 * "China", "U.S. Officials", "Sachs GmbH": names the reading took for a person's that say
 * they are a state, a group or a firm, which "he" or "she" never means.
 */
function namesNoPerson(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  const noun = last.toLowerCase().replace(/s$/u, '');
  return (
    GOVERNMENT_NAMES.has(name) ||
    // "Connecticut", not "Virginia", who may be a woman.
    (STATES_AND_PROVINCES.has(name) && genderOfGivenName([name]) === undefined) ||
    LEGAL_SUFFIX.test(last) ||
    (/\s/u.test(name) &&
      (ORGANISATION_NOUNS.has(noun) || ROLE_NOUNS.has(noun)) &&
      last.endsWith('s'))
  );
}

/** "Democrats", "Iraqis": a party's members or a people, named in the plural. */
export function isPluralGroup(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    PARTY_MEMBERS.has(lower) ||
    (name.endsWith('s') &&
      (PARTY_MEMBERS.has(lower.slice(0, -1)) || isNationalityWord(name.slice(0, -1))))
  );
}

/** "One resident", "A witness": someone the article describes and will not name. */
export function isAnonymousWitness(phrase: SpeakerPhrase): boolean {
  return (
    phrase.form === 'description' &&
    phrase.kind === 'person' &&
    !phrase.definite &&
    // "One member, described as a person with no party affiliation, said": one of many.
    (ANONYMOUS_HEADS.has(phrase.head ?? '') || /^one\s/iu.test(phrase.text)) &&
    !/[^s]s$/u.test(phrase.head ?? '')
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The name of a body the article only describes: "Syrian government" for "the Syrian
 * government", as for a named one; "The government", a person or a document described
 * keeps its article ("A spokesman", "The report").
 */
function describedName(phrase: SpeakerPhrase): string {
  const text = singleSpaced(phrase.text);
  if (phrase.kind !== 'organization') return capitalise(text);
  const named = bodyNamedInDescription(text);
  if (named) return named;
  const issuer = issuerOfDocument(text);
  const article =
    issuer === undefined ? /^[Tt]he\s+(?=\p{Lu})/u : /^(?:[Tt]he|[Aa]n?)\s+(?=\p{Lu})/u;
  return capitalise((issuer ?? text).replace(article, ''));
}

/**
 * "The Home Office department of the UK government": a body's own name in capitals,
 * ending in a body's noun, that the lower-case words after it only describe.
 */
function bodyNamedInDescription(text: string): string | undefined {
  const run = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}/u.exec(
    text,
  )?.[1];
  const last = run?.slice(run.lastIndexOf(' ') + 1).toLowerCase() ?? '';
  // Not an owner's part: "the UAW's American Motors department".
  const owned = run !== undefined && /['’]s\s/u.test(run);
  return run !== undefined && run.includes(' ') && !owned && ORGANISATION_NOUNS.has(last)
    ? run
    : undefined;
}

/** "The Pakistani army", "U.S. military": a capital past the article names which body. */
function namesItsBody(body: string | undefined): boolean {
  return body !== undefined && /\s\p{Lu}/u.test(body.replace(/^(?:the|a|an)\s+/iu, ' '));
}

/**
 * "The Pakistani army statement", "A U.S. military statement", "the ministry statement":
 * the body whose document it is. Not "A military communique", whose body only its document
 * names.
 */
function issuerOfDocument(text: string): string | undefined {
  const words = text.split(/\s+/u);
  const [body, document] = words.slice(-2);
  if (document === undefined || body === undefined || !DOCUMENT_NOUNS.has(document))
    return undefined;
  if (!isIssuerNoun(body)) return undefined;
  const indefinite = /^an?$/iu.test(words[0] ?? '');
  if (indefinite && !words.some((word) => /^\p{Lu}/u.test(word) && !/^an?$/iu.test(word)))
    return undefined;
  return words.slice(0, -1).join(' ');
}

const HONORIFIC =
  /^(?:(?:mr|mrs|ms|dr|hon|rev|mme|prof)\.?|miss|sir|dame|lord|lady|doctor|honourable|honorable|reverend|señor|señora|monsieur|madame)$/iu;

/** A form of address read onto a role's end: "Prime Minister Dr." (capitalised: "a Minnesota reverend" is a role). */
const TRAILING_ADDRESS = /^(?:(?:Mr|Mrs|Ms|Dr|Rev|Prof)\.?|Sir|Doctor|Reverend)$/u;

/** Words of a clause read past a role's end: "the president … yesterday marked the anniversary". */
const CLAUSE_WORD = /\b(?:who|who's|whose|which|yesterday|today|recently|gave|visited)\b/u;
/** "marked the": a verb's ending and its object's article. */
const PAST_ENDING_BEFORE_OBJECT = /ed (?:the|a|an|his|her|its|their)\b/gu;

/**
 * Whether a verb in the past stands before an article or owner: what the pattern
 * /\b\p{Ll}+ed (?:the|…)\b/u finds, read back from each "ed the" instead of tried at each
 * letter, which over one endless word cost time growing with the square of its length.
 */
function hasPastVerbBeforeObject(text: string): boolean {
  for (const { index } of text.matchAll(PAST_ENDING_BEFORE_OBJECT)) {
    // A run of lower-case letters before "ed" that starts at a word boundary (\b, in
    // ASCII terms as the pattern's is).
    let at = index;
    while (at > 0) {
      const low = text.charCodeAt(at - 1);
      const start = at >= 2 && low >= 0xdc00 && low <= 0xdfff ? at - 2 : at - 1;
      if (!LOWER_LETTER.test(String.fromCodePoint(text.codePointAt(start) ?? 0))) break;
      at = start;
      const before = ASCII_WORD_CHARACTER.test(text.charAt(at - 1));
      if (before !== ASCII_WORD_CHARACTER.test(text.charAt(at))) return true;
    }
  }
  return false;
}

/**
 * A role as readers see it: "Mr" or "Dr." is a form of address, not a role, alone or at
 * the end ("… Hospital and Clinics Dr." before "Matthew Wolff"), and a role with a clause
 * in it was read past its end.
 */
function shownRole(role: string | null): string | null {
  if (role === null || CLAUSE_WORD.test(role) || hasPastVerbBeforeObject(role)) return null;
  const words = role.split(/\s+/u);
  // "The spokeswoman for …" opening a sentence is "the spokeswoman for …", as an
  // appositive's role is written ("John Smith, a spokesman for the ministry").
  if (/^(?:The|A|An)$/u.test(words[0] ?? '') && words.length > 1)
    words[0] = words[0]?.toLowerCase() ?? '';
  if (words.every((word) => HONORIFIC.test(word))) return null;
  // "First Lady" and "Lord" end roles of their own.
  while (TRAILING_ADDRESS.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** The Speaker a quote gets: a cast member when resolved, else what the phrase itself says. */
export function toSpeaker(phrase: SpeakerPhrase, member: CastMember | undefined): Speaker | null {
  if (member) {
    return {
      id: slugify(member.name),
      name: member.name,
      mention: phrase.text,
      // A document's role is its author's: "the note" speaks for the president.
      role:
        (phrase.kind === 'document' ? null : shownRole(phrase.role)) ??
        member.roles.map(shownRole).find((role) => role !== null) ??
        null,
      kind: phrase.kind === 'document' ? 'document' : member.kind,
    };
  }
  // An unnamed speaker the text describes ("a State Department spokesman") is still the speaker;
  // a pronoun or "the minister" with nobody to point at is not attributed.
  if (phrase.form === 'pronoun' || phrase.kind === null) return null;
  if (
    phrase.form === 'description' &&
    phrase.definite &&
    phrase.kind === 'person' &&
    !isSpecific(phrase)
  )
    return null;
  const name = phrase.name ?? describedName(phrase);
  return {
    id: slugify(name),
    name,
    mention: phrase.text,
    role: shownRole(phrase.role),
    kind: phrase.kind,
  };
}
