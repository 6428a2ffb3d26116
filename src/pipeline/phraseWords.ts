/**
 * Word classes for reading a speaker phrase: which words can belong to a name, a role
 * or an organisation, and the small word lists the phrase rules stop or continue at.
 */
import {
  DOCUMENT_NOUNS,
  LEGAL_SUFFIX,
  NATIONALITIES,
  LOWER_CASE_ROLE_NOUNS,
  NOT_NAME_WORDS,
  ORGANISATION_NOUNS,
  ROLE_NOUNS,
} from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';

// "One witness said": "one" opens a description as "a" does.
export const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one']);
/** The most words a nickname between a given name and a surname has: 'John “Bud” Frazier'. */
export const MAX_NICKNAME_TOKENS = 3;
/** A word all in lower case. */
export const LOWER_CASE_WORD = /^\p{Ll}+$/u;
export const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'on',
]);
// Lower-case words that belong in a role or organisation phrase: "foreign minister", "news agency".
const MODIFIERS = new Set([
  'foreign',
  'interior',
  'deputy',
  'senior',
  'former',
  'acting',
  'top',
  'press',
  'news',
  'state',
  'government',
  'party',
  'opposition',
  'local',
  'regional',
  'federal',
  'national',
  'military',
  'security',
  'defense',
  'defence',
  'health',
  'finance',
  'economy',
  'justice',
  'prime',
  'vice',
  'chief',
  'foreign-affairs',
  'public',
  'junior',
  'assistant',
  'associate',
  'executive',
  'managing',
  'general',
  'district',
  'county',
  'city',
  'provincial',
  'municipal',
  'presidential',
  'white',
  'house',
  'embassy',
  'ministry',
  'department',
  'international',
  'independent',
  'official',
]);
// Words after "of" in a title that are still the title: "Secretary of State", "Minister of Foreign Affairs".
export const TITLE_DOMAINS = new Set([
  'state',
  'foreign',
  'affairs',
  'defense',
  'defence',
  'interior',
  'justice',
  'health',
  'education',
  'finance',
  'economy',
  'commerce',
  'energy',
  'agriculture',
  'transport',
  'labor',
  'labour',
  'homeland',
  'security',
  'treasury',
  'information',
  'trade',
  'industry',
  'culture',
  'environment',
  'the',
  'staff',
  'police',
  'army',
  'navy',
  'communications',
  'planning',
  'tourism',
  'housing',
  'women',
  'children',
  'youth',
  'sport',
  'sports',
  'science',
  'arts',
  'fisheries',
  'forests',
  'mines',
  'water',
  'rural',
]);
/** Auxiliaries of tense and voice: "has said", "was told", "would add". */
const TENSE_AUXILIARIES = ['has', 'have', 'had', 'was', 'were', 'is', 'will', 'would'];
// Words between a subject and its verb besides adverbs in -ly, which `isAdverbInLy` knows.
const ADVERBS_BEFORE_CUE = new Set([
  'also',
  'furthermore',
  'moreover',
  'subsequently',
  'previously',
  'still',
  'later',
  'then',
  'further',
  'again',
  'earlier',
  // "Following Sony's statement, Fujitsu too declared".
  'too',
  // "has since stated", "He often says": but never "never".
  'since',
  'often',
  'always',
  'first',
  ...TENSE_AUXILIARIES,
  // "He did, however, say that …", "could only confirm".
  'did',
  'does',
  'could',
  'can',
  'might',
  'must',
  'should',
  'once',
  'told',
  'just',
  'only',
  'himself',
  'herself',
  'itself',
]);
// Lower-case words in -ly that are not adverbs, so never skipped between a subject and its verb.
const NOUNS_IN_LY = new Set([
  'family',
  'assembly',
  'ally',
  'rally',
  'supply',
  'monopoly',
  'anomaly',
  'reply',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'elderly',
]);
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * A word between a subject and its reporting verb: "has", "also", and any adverb in -ly
 * ("the White House has formally stated", "Smith publicly said"), but not a noun in -ly
 * ("the family said") nor a word after an article ("the weekly reported").
 */
export function isAdverbBeforeCue(tokens: readonly Token[], index: number): boolean {
  return (
    ADVERBS_BEFORE_CUE.has(lower(tokens[index])) ||
    isAdverbInLy(tokens, index) ||
    // "Tony Blair so far has hailed": an adverb of two words.
    (lower(tokens[index]) === 'far' && lower(tokens[index - 1]) === 'so') ||
    (lower(tokens[index]) === 'so' && lower(tokens[index + 1]) === 'far')
  );
}

/** "formally", "specifically": an adverb in -ly, in lower case and not after an article. */
export function isAdverbInLy(tokens: readonly Token[], index: number): boolean {
  const word = lower(tokens[index]);
  if (word.length < 5 || !word.endsWith('ly') || NOUNS_IN_LY.has(word)) return false;
  if (tokens[index]?.text !== word) return false;
  const previous = lower(tokens[index - 1]);
  return !DETERMINERS.has(previous) && !POSSESSIVE_DETERMINERS.has(previous);
}

export const MAX_APPOSITIVE_TOKENS = 14;
/** Verbs that start a clause after its subject: "…, Lollipops was a popular restaurant". */
export const AUXILIARIES = new Set([...TENSE_AUXILIARIES, 'are']);
export const ORGANISATION_LINKS = new Set(['and', 'in', '&']);
/**
 * Words after which a name belongs to another noun, not to someone acting: "the crew of
 * the RAAF Hercules", "the MP for Arundel and South Downs", "the Center for …".
 */
export const NAME_COMPLEMENT_WORDS = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'from',
  'to',
  'with',
  'by',
  'and',
]);
// Words that end an appositive and start the rest of the clause: "X, the top leader of Iran | during …".
export const APPOSITIVE_ENDS = new Set([
  'during',
  'while',
  'when',
  'after',
  'before',
  'who',
  'which',
  'that',
  'and',
  'but',
  'as',
  'in',
  'on',
  'at',
  'told',
  'said',
  'says',
  'adding',
  'noting',
  'because',
  'since',
  'if',
  'to',
  'with',
  // "the deputy speaker of the Majlis of Iran has stated".
  ...AUXILIARIES,
]);

/** "OSCE", "U.S.", "G8": a name written as its initials, in capitals. */
export const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u;

export function lower(token: Token | undefined): string {
  return token?.lower ?? '';
}

// Each class is asked about the same tokens many times while phrases are read, so its
// answer is kept on the token: a KNOWN bit says it was worked out, a value bit holds it.
const NAME_KNOWN = 1;
const NAME = 2;
const ROLE_KNOWN = 4;
const ROLE = 8;
const DESCRIPTOR_KNOWN = 16;
const DESCRIPTOR = 32;
const POSSESSIVE_KNOWN = 64;
const POSSESSIVE = 128;

function remembered(
  token: Token,
  known: number,
  value: number,
  test: (token: Token) => boolean,
): boolean {
  const classes = token.classes;
  if ((classes & known) !== 0) return (classes & value) !== 0;
  const is = test(token);
  token.classes = classes | known | (is ? value : 0);
  return is;
}

/** "spokesman", and compounds such as "secretary-general" or "vice-president". */
export function isRoleNoun(token: Token | undefined): boolean {
  return token !== undefined && remembered(token, ROLE_KNOWN, ROLE, testRoleNoun);
}

function testRoleNoun(token: Token): boolean {
  const word = token.lower;
  return (
    ROLE_NOUNS.has(word) ||
    (LOWER_CASE_ROLE_NOUNS.has(word) && token.text === word) ||
    (word.includes('-') &&
      (word.split('-').some((part) => ROLE_NOUNS.has(part)) ||
        // "multi-billionaire", "co-conspirator": a lower-case trade as the last part.
        (token.text === word && LOWER_CASE_ROLE_NOUNS.has(word.slice(word.lastIndexOf('-') + 1)))))
  );
}

// Lower-case particles that open Arabic and French names: "al-Sunnah", "el-Sisi", "d'Estaing".
const NAME_PARTICLE = /^(?:(?:al|el|ad|ash|as|at|ibn|abu|bin)-|[dl]['’])\p{Lu}/u;
const DIGIT_ZERO = 48;
const DIGIT_NINE = 57;

const NAME_AFTER_DIGITS = /^\p{N}+\p{Lu}/u;

/**
 * "eBay said": a firm that keeps its first letter small. Not Apple's "iPod" or "iTunes
 * store", things that speak for no one (the store between a writer and his next quote
 * would take it from him).
 */
export function isBrandName(text: string): boolean {
  return text.length > 3 && text.charAt(0) !== 'i' && /^\p{Ll}\p{Lu}\p{Ll}/u.test(text);
}

export function isNameToken(token: Token | undefined): boolean {
  return token !== undefined && remembered(token, NAME_KNOWN, NAME, testNameToken);
}

function testNameToken(token: Token): boolean {
  const text = token.text;
  const first = text.charCodeAt(0);
  if (!isCapitalised(text)) {
    // "www.abarundi.org reports": a website goes by its address, in lower case.
    if (text.includes('.') && WEB_ADDRESS.test(text)) return true;
    // Particles are lower case ("al-", "d'"); "30A spokesman Bruce Knobloch", "3M": a name
    // may open with digits. Most tokens are neither, which a character or two tells before
    // any regex runs.
    const apostrophe = text.charAt(1) === "'" || text.charAt(1) === '’';
    if (apostrophe || text.includes('-')) return NAME_PARTICLE.test(text);
    if (first >= DIGIT_ZERO && first <= DIGIT_NINE) return NAME_AFTER_DIGITS.test(text);
    return isBrandName(text);
  }
  // "WHO Director-General Margaret Chan", "IT firm": an acronym is a name, whatever word it spells.
  if (text.length > 1 && text === text.toUpperCase() && text !== token.lower) return true;
  // "Famously, …", "Concurrently, the Foreign Secretary": an adverb opening a sentence.
  if (isSentenceAdverb(token)) return false;
  return !NOT_NAME_WORDS.has(token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower);
}

/** A website's address used as its name: "abarundi.org", "www.example.com". */
export const WEB_ADDRESS = /^(?:www\.)?[\p{L}\p{N}-]+\.(?:com|org|net|info|co\.uk|org\.uk)$/iu;

/** "Reportedly", "Concurrently": an adverb written capitalised, as a sentence opens with it. */
export function isSentenceAdverb(token: Token | undefined): boolean {
  return token !== undefined && token.text.endsWith('ly') && SENTENCE_ADVERB.test(token.text);
}

/**
 * Adverbs by their endings, none of which ends a name in one case ("Kelly", "Connolly",
 * "Mulally", "McNally").
 */
const SENTENCE_ADVERB =
  /^\p{Lu}\p{Ll}{2,}(?:ically|nally|tally|ually|ially|ently|antly|ously|ively|ately|edly|ingly|fully|lessly|arly|ibly|ably)$/u;

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && remembered(token, POSSESSIVE_KNOWN, POSSESSIVE, testPossessive);
}

function testPossessive(token: Token): boolean {
  return /^\p{Lu}.*['’]s?$/u.test(token.text);
}

export function isDescriptor(token: Token | undefined): boolean {
  return token !== undefined && remembered(token, DESCRIPTOR_KNOWN, DESCRIPTOR, testDescriptor);
}

function testDescriptor(token: Token): boolean {
  const word = token.lower;
  return (
    isRoleNoun(token) ||
    ORGANISATION_NOUNS.has(word) ||
    DOCUMENT_NOUNS.has(word) ||
    MODIFIERS.has(word) ||
    AGE.test(word)
  );
}

/** "the 67-year-old senator", "a 42-year-old Kurd": an age, written in figures or words. */
const AGE = /^[\p{L}\p{N}-]+-years?-old$/u;

export function isPhraseWord(token: Token | undefined): boolean {
  return isNameToken(token) || isDescriptor(token) || isPossessive(token);
}

/** A nationality ("Ukrainian", "Israeli"), which qualifies and never names. */
export function isNationality(token: Token | undefined): boolean {
  return token !== undefined && isNationalityWord(token.text);
}

/**
 * "International Atomic Energy Agency" is the IAEA; "Ministry of Defence" the MOD, whose
 * initials take the small word too.
 */
export function hasInitials(name: string, initials: string): boolean {
  // Most names fail on the first letter, which costs no regex.
  if (name.charAt(0) !== initials.charAt(0)) return false;
  if (initialsOf(name) === initials) return true;
  const withSmallWords = (name.match(/\p{L}+/gu) ?? []).map((word) => word.charAt(0).toUpperCase());
  if (withSmallWords.join('') === initials) return true;
  // "General Motors Corp" is GM: a firm's initials leave out its legal form.
  const last = name.lastIndexOf(' ');
  return (
    last > 0 &&
    LEGAL_SUFFIX.test(name.slice(last + 1)) &&
    hasInitials(name.slice(0, last), initials)
  );
}

/** "Premier of New South Wales" -> "NSW": the initials of a role's capitalised words. */
export function initialsOf(role: string): string {
  return (role.match(/\p{Lu}\p{L}*/gu) ?? []).map((word) => word.charAt(0)).join('');
}

/** "Kenyan", and compounds of them: "African-American", "Irish-American". */
export function isNationalityWord(word: string): boolean {
  return (
    NATIONALITIES.has(word) ||
    (word.includes('-') && word.split('-').every((part) => NATIONALITIES.has(part)))
  );
}
