/** Finds reporting cues ("said", "according to", "described as") in a token list. */
import {
  CUE_VERBS,
  HEADLINE_CUE_VERBS,
  PLURAL_PRESENT_VERBS,
  PREPOSITIONS,
  WORDS_NOUNS,
} from './lexicon.ts';
import { isAdverbInLy, isNameToken, LOWER_CASE_WORD } from './phraseWords.ts';
import { followsQuote, QUOTE_MARK_TOKEN, type Token } from './tokens.ts';

export interface Cue {
  /** Index of the cue's first token. */
  index: number;
  /** How many tokens it spans ("according to" is two). */
  length: number;
  /** The words as written. */
  text: string;
  /** A present participle ("adding", "noting") takes its subject from the clause before it. */
  participle: boolean;
}

export const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'been',
  'being',
  'is',
  'are',
  'be',
  'get',
  'got',
]);

const NOUN_LIKE_CUES = new Set([
  'states',
  'reports',
  'reporting',
  'claims',
  'notes',
  'calls',
  'posts',
  'advocates',
]);
const NOUN_DETERMINER = /^(?:the|a|an|these|those|such|its|his|her|their|our|my|your|.+['’]s?)$/iu;

/** Words that may be a noun-like cue's subject after a preposition: "in which he claims". */
const SUBJECT_WORDS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
]);

function nounAfterPreposition(tokens: readonly Token[], index: number): boolean {
  const modifier = tokens[index - 1];
  return (
    modifier !== undefined &&
    LOWER_CASE_WORD.test(modifier.text) &&
    !SUBJECT_WORDS.has(modifier.lower) &&
    PREPOSITIONS.has(tokens[index - 2]?.lower ?? '')
  );
}

/**
 * "read" reports a document's words only right beside them: "The statement reads: …",
 * "“…,” read a statement", "“…,” the editorial read." Not "after Lange had read it".
 */
const READING_CUES = new Set(['read', 'reads']);
const READ_BESIDE = /^(?:[:,.]|["“”„«»]|the|a|an)$/u;
// was/were/is/be/been are already refused before any cue (PASSIVE_AUXILIARIES).
export const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have']);
const BEFORE_READ_VERB = new Set([...PERFECT_AUXILIARIES, 'to']);
const REPORTED_NEXT = /^(?:that|for|:|["“„«‘']|the|a|an|he|she|it|they|we|i)$/iu;
const QUOTE_OPENING = /^["“„«‘']$/u;
const PUTTING = new Set(['put', 'puts']);
const WORDS_FOLLOW = /^(?:,|:|["“„«‘'])$/u;

/** Words after "calls" that make it a noun: "ignores calls for …", "calls to the police". */
const AFTER_NOUN_CALLS = new Set(['for', 'to', 'on', 'from', 'by', 'and', 'of']);

/**
 * "Maebus then calls Saudi Arabia a “mess”", and a headline's "Putin calls arrest
 * “ridiculous”", which drops the article: the verb names its object, then quotes what it
 * is called, a word or three later.
 */
function callsObjectQuoted(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'calls' || AFTER_NOUN_CALLS.has(tokens[index + 1]?.lower ?? ''))
    return false;
  for (let k = index + 2; k <= index + 4; k++)
    if (QUOTE_OPENING.test(tokens[k]?.text ?? '')) return true;
  return false;
}

/**
 * "…, the Associated Press reports, citing police sources.", "…, Reuters reports.": after a
 * name and before a comma or the end of the sentence, "reports" is the verb.
 */
function reportsAfterName(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]?.lower === 'reports' &&
    isNameToken(tokens[index - 1]) &&
    /^[,.;]$/u.test(tokens[index + 1]?.text ?? '')
  );
}

const MAX_SUBJECT_AFTER_QUOTE = 4;

/**
 * "“…,” the report states.": a verb that ends the sentence, after its subject and the quote
 * (not 'Of “old EU” member states, only …').
 */
function reportsQuoteBefore(tokens: readonly Token[], index: number): boolean {
  if (!/^[.;]$/u.test(tokens[index + 1]?.text ?? '')) return false;
  for (let j = index - 1; j >= Math.max(0, index - MAX_SUBJECT_AFTER_QUOTE); j--) {
    if (!/^\p{L}/u.test(tokens[j]?.text ?? '')) return false;
    if (followsQuote(tokens, j)) return true;
  }
  return false;
}

type CueTable = Map<string, string[][]>;

function buildTable(phrases: readonly string[]): CueTable {
  const table: CueTable = new Map();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    const first = parts[0] ?? '';
    table.set(
      first,
      [...(table.get(first) ?? []), parts].sort((a, b) => b.length - a.length),
    );
  }
  return table;
}

/**
 * Verbs in the present after a plural subject ("the doctors' association claim that …"),
 * which are nouns too ("Cheney's claim", "the stress") and bare after a modal or "to"
 * ("cannot confirm", "refused to deny"): a verb here only right after its subject's last
 * word and before what is reported.
 */
const PLURAL_PRESENT_CUES = new Set<string>(PLURAL_PRESENT_VERBS);
const NOT_A_SUBJECT_END =
  /^(?:to|not|never|cannot|can|could|should|would|will|shall|may|might|must|do|does|did|a|an|the|this|that|its|his|her|their|our|my|your|and|or|,|.*n['’]t|.*['’]s?)$/iu;

function pluralPresent(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    before !== undefined &&
    !NOT_A_SUBJECT_END.test(before.text) &&
    after !== undefined &&
    (REPORTED_NEXT.test(after.text) || after.text === ',' || after.lower === 'there')
  );
}

/** Verbs that report only as an infinitive after "to": "led analyst Peter Linder to call …". */
const INFINITIVE_CUES = ['call', 'describe', 'declare'];

/** "gave his reaction, “…”", "offered her response": giving one's words. */
const GIVEN_WORDS = ['gave', 'offered'].flatMap((verb) =>
  ['his', 'her', 'their', 'its'].flatMap((owner) =>
    [...WORDS_NOUNS].map((noun) => `${verb} ${owner} ${noun}`),
  ),
);

const BODY_CUES = buildTable([
  ...CUE_VERBS,
  ...INFINITIVE_CUES,
  ...GIVEN_WORDS,
  'described as',
  'quoted as saying',
]);
const HEADLINE_CUES = buildTable([...CUE_VERBS, ...HEADLINE_CUE_VERBS, 'described as']);

/**
 * Every token is asked whether it opens a cue, and almost none does. Looking a word up
 * hashes it; its first letter and length, checked first, turn most words away for less.
 */
const MAX_SHAPE_LENGTH = 31;
const CUE_SHAPES = new Uint8Array(128 * (MAX_SHAPE_LENGTH + 1));

function shapeOf(word: string): number {
  const first = word.charCodeAt(0);
  // Words opening with other characters, or longer, are looked up (shape 0 means "ask").
  return first < 128 && word.length <= MAX_SHAPE_LENGTH
    ? first * (MAX_SHAPE_LENGTH + 1) + word.length
    : 0;
}

for (const table of [BODY_CUES, HEADLINE_CUES]) {
  for (const word of table.keys()) CUE_SHAPES[shapeOf(word)] = 1;
}
CUE_SHAPES[0] = 1;

/**
 * Verbs that may open a sentence inverted: "Added Wang, “…”", "Says Rumsfeld: …". Not
 * "Said", which opens as many names ("Said Jalili said") as inversions.
 */
const OPENING_INVERTED = new Set(['says', 'added', 'adds', 'wrote', 'asked', 'continued']);

/** A capitalised "Said" that is the verb: "“…,” Said Christine …", "Said Mr. Ayalon, “…”". */
export function isSaidVerbAt(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'said' && invertedAtSentenceStart(tokens, index);
}

function invertedAtSentenceStart(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.text;
  const opens = previous === undefined || /^[.!?”"’]$/u.test(previous);
  const word = tokens[index]?.lower ?? '';
  // "“…,” Said Christine van Nieuwenhuyse": right after a quote and its comma, a
  // capitalised "Said" is the verb all the same.
  // "Said Mr. Ayalon, “…”": before a title or an article too; "Said Jalili" is a name.
  const saidBeforeTitle =
    opens && word === 'said' && TITLE_AFTER_SAID.test(tokens[index + 1]?.lower ?? '');
  return (
    (opens && OPENING_INVERTED.has(word)) ||
    (word === 'said' && followsQuote(tokens, index)) ||
    saidBeforeTitle
  );
}

/**
 * Verbs of judging, most in their "-ing" form, which report words only when the words
 * follow: "released a letter criticising the concert as a “British invasion”", but not "a
 * letter to Chief Minister Bhattacharjee criticising the latter's remarks" (the letter judges).
 */
const JUDGING_BEFORE_WORDS = new Set([
  'criticising',
  'criticizing',
  'labelling',
  'labeling',
  'characterising',
  'characterizing',
  'slamming',
  'lamenting',
  // "He blames the United States for a “trap”", not "Oxfam blamed the government".
  'blamed',
  'blames',
  'blaming',
]);
const MAX_JUDGED_WORDS = 12;

/** A quote opens within a few words after token `index`, before the sentence ends. */
function quoteFollows(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i <= index + MAX_JUDGED_WORDS; i++) {
    const text = tokens[i]?.text;
    if (text === undefined || text === '.' || text === ';') return false;
    if (QUOTE_MARK_TOKEN.test(text)) return true;
  }
  return false;
}

/**
 * Verbs of saying that, before one word, are no speech: "continued to make the headlines",
 * "charged with violent disorder".
 */
const NOT_SPEECH_BEFORE = new Map([
  ['continued', 'to'],
  ['continues', 'to'],
  ['charged', 'with'],
]);

const AGREEING = new Set(['agree', 'agrees', 'agreed', 'agreeing']);
const MAX_WORDS_AGREED_BEFORE_TO = 3;

/**
 * "agreed to pay", "agreed in Paris to “see if …”": consent to do something, not words
 * said; the quote is the deal's, reported by whoever speaks in the sentence.
 */
function agreesToDo(tokens: readonly Token[], index: number): boolean {
  if (!AGREEING.has(tokens[index]?.lower ?? '')) return false;
  for (let i = index + 1; i <= index + 1 + MAX_WORDS_AGREED_BEFORE_TO; i++) {
    const token = tokens[i];
    if (token?.lower === 'to') return true;
    if (!token || token.lower === 'that' || !/^\p{L}/u.test(token.text)) return false;
  }
  return false;
}

const TITLE_AFTER_SAID = /^(?:mr|mrs|ms|dr|prof|the|a|an|one)\.?$/u;

const MAX_WORDS_TOLD_BEFORE_THAT = 4;

/** "informed his senior officials on Monday that": words for whom, then "that". */
function thatAfterWhomTold(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 2; i <= index + 1 + MAX_WORDS_TOLD_BEFORE_THAT; i++) {
    const token = tokens[i];
    if (!token || !/^[\p{L}.'’-]+$/u.test(tokens[i - 1]?.text ?? '')) return false;
    if (token.lower === 'that') return true;
  }
  return false;
}

/** The cue starting at token `index`, if any. */
export function cueAt(tokens: readonly Token[], index: number, headline = false): Cue | undefined {
  const first = tokens[index];
  if (!first || CUE_SHAPES[shapeOf(first.lower)] === 0) return undefined;
  // In running text a capitalised "States" or "Says" is part of a name, never a verb;
  // "According to" opens sentences.
  if (
    !headline &&
    first.text !== first.lower &&
    first.lower !== 'according' &&
    !invertedAtSentenceStart(tokens, index)
  )
    return undefined;
  const candidates = (headline ? HEADLINE_CUES : BODY_CUES).get(first.lower);
  if (!candidates) return undefined;
  // "was charged", "were told": a passive verb's subject is not the one speaking.
  // "were specifically warned" too.
  let auxiliary = index - 1;
  while (auxiliary > 0 && isAdverbInLy(tokens, auxiliary)) auxiliary--;
  if (PASSIVE_AUXILIARIES.has(tokens[auxiliary]?.lower ?? '') && first.lower !== 'quoted')
    return passiveWithAgent(tokens, index);
  // "Abu Qatada, described by the United Kingdom government as “…”": no auxiliary, but
  // a verb of describing before "by" is a passive all the same (not "said by phone").
  if (DESCRIBING_PASSIVES.has(first.lower) && tokens[index + 1]?.lower === 'by')
    return passiveWithAgent(tokens, index);
  // "Mofaz was quoted: “…”", "Bob Beckel was quoted “…”": the one quoted speaks
  // (cueSubjects.ts finds them before "was").
  const after = tokens[index + 1]?.text ?? '';
  if (first.lower === 'quoted' && (after === ':' || QUOTE_MARK_TOKEN.test(after)))
    return { index, length: 1, text: first.text, participle: false };
  if (INFINITIVE_CUES.includes(first.lower) && tokens[index - 1]?.lower !== 'to') return undefined;
  // A thought is reported as speech only right after its words: "“…,” thought Lopez".
  if (first.lower === 'thought' && !followsQuote(tokens, index)) return undefined;
  // "informed reporters that …", not "informed sources" nor "informed the FBI of it".
  if (first.lower === 'informed' && !thatAfterWhomTold(tokens, index)) return undefined;
  if (JUDGING_BEFORE_WORDS.has(first.lower) && !quoteFollows(tokens, index)) return undefined;
  if (NOT_SPEECH_BEFORE.get(first.lower) === tokens[index + 1]?.lower) return undefined;
  if (agreesToDo(tokens, index)) return undefined;
  // "As one banker put it, “…”", not "put it out": the words follow.
  if (PUTTING.has(first.lower) && !WORDS_FOLLOW.test(tokens[index + 2]?.text ?? ''))
    return undefined;
  // "had written, “…”", not "a book written by Noam Chomsky".
  if (first.lower === 'written' && !PERFECT_AUXILIARIES.has(tokens[index - 1]?.lower ?? ''))
    return undefined;
  if (PLURAL_PRESENT_CUES.has(first.lower) && !pluralPresent(tokens, index)) return undefined;
  // A headline drops "was": "Australian Treasurer told to 'try harder on welfare'".
  if (headline && first.lower === 'told' && tokens[index + 1]?.lower === 'to') return undefined;
  // "Rumsfeld compared Chávez to Hitler", not "14% compared to 26%": an object comes first.
  const comparing = first.lower === 'compared' || first.lower === 'comparing';
  if (comparing && /^(?:to|with)$/u.test(tokens[index + 1]?.lower ?? '')) return undefined;
  // "member states", "media reports on …": these are verbs only before what is reported.
  // "as CNN reports, “…”": a comma and the quote are what is reported too.
  const commaThenQuote =
    tokens[index + 1]?.text === ',' && QUOTE_OPENING.test(tokens[index + 2]?.text ?? '');
  // "supported the claims that …", "Cheney's claims that …": a noun after its determiner.
  if (
    NOUN_LIKE_CUES.has(first.lower) &&
    ((!REPORTED_NEXT.test(tokens[index + 1]?.text ?? '') &&
      !commaThenQuote &&
      !callsObjectQuoted(tokens, index) &&
      !reportsAfterName(tokens, index) &&
      !reportsQuoteBefore(tokens, index)) ||
      NOUN_DETERMINER.test(tokens[index - 1]?.text ?? '') ||
      nounAfterPreposition(tokens, index))
  )
    return undefined;
  if (
    READING_CUES.has(first.lower) &&
    (!READ_BESIDE.test(tokens[index + 1]?.lower ?? '') ||
      BEFORE_READ_VERB.has(tokens[index - 1]?.lower ?? ''))
  )
    return undefined;
  for (const parts of candidates) {
    const matches = parts.every((part, k) => tokens[index + k]?.lower === part);
    if (matches) {
      const text = tokens
        .slice(index, index + parts.length)
        .map((token) => token.text)
        .join(' ');
      const participle = /ing$/u.test(parts[0] ?? '') && parts[0] !== 'according';
      return { index, length: parts.length, text, participle };
    }
  }
  return undefined;
}

/**
 * Passives whose agent is the one speaking. Not "ruled by", "called by" (a strike),
 * "agreed by" (a deal), "charged by" (police), nor "quoted by"/"cited by", whose agent
 * only repeats the words.
 */
export const AGENT_PASSIVES = new Set([
  'said',
  'told',
  'described',
  'characterized',
  'labelled',
  'labeled',
  'branded',
  'dubbed',
  'criticized',
  'criticised',
  'confirmed',
  'denied',
  'announced',
  'reported',
  'stated',
  'declared',
  'claimed',
  'alleged',
  'suggested',
  'revealed',
  'predicted',
  'explained',
  'argued',
  'asked',
  'urged',
  'warned',
  'noted',
  'repeated',
  'countered',
  'assured',
  'advised',
  'acknowledged',
]);

const DESCRIBING_PASSIVES = new Set([
  'described',
  'characterized',
  'characterised',
  'labelled',
  'labeled',
  'branded',
  'dubbed',
]);

/**
 * "was described by Teletext as “chilling”", "were told by police that …": the one after
 * "by" speaks. The cue spans the verb and "by".
 */
function passiveWithAgent(tokens: readonly Token[], index: number): Cue | undefined {
  const verb = tokens[index];
  if (!verb || tokens[index + 1]?.lower !== 'by' || !AGENT_PASSIVES.has(verb.lower))
    return undefined;
  return {
    index,
    length: 2,
    text: `${verb.text} ${tokens[index + 1]?.text ?? 'by'}`,
    participle: false,
  };
}

/** "was described by Teletext as …": the agent after "by" speaks. */
export function isPassiveWithAgent(cue: Cue): boolean {
  return cue.length === 2 && / by$/iu.test(cue.text);
}

/** Every cue in tokens [from, to). */
export function cuesIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  headline = false,
): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const cue = cueAt(tokens, i, headline);
    if (cue && i + cue.length <= to) {
      cues.push(cue);
      i += cue.length - 1;
    }
  }
  return cues;
}
