/**
 * What the attribution rules read a block by: its masked text, tokens and sentences with
 * their cues, and the small shared word lists the rule families all use.
 */
import { firstIndexWhere } from './ordered.ts';
import type { Cue } from './cues.ts';
import type { SpeakerPhrase } from './phraseMeaning.ts';
import type { Range } from './sentences.ts';
import { tokenIndexAt, type Token } from './tokens.ts';

/** A sentence of a block: its text range, its tokens [from, to), and its reporting cues. */
export interface Sentence extends Range {
  from: number;
  to: number;
  cues: Cue[];
  /** The subject of each cue, worked out on first asking (cueSubjects.ts). */
  subjects?: readonly (SpeakerPhrase | undefined)[] | undefined;
}

export interface BlockContext {
  block: number;
  /** The block's text with every quote's words masked, so rules only read the frame. */
  masked: string;
  tokens: Token[];
  sentences: Sentence[];
  headline: boolean;
  /** A headline in capitals, read in title case: its runs of capitals are no sure names. */
  inTitleCase: boolean;
}

export interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
}

/** The sentence holding `offset`, or the block's last (or a whole-block one) past the end. */
export function sentenceAt(context: BlockContext, offset: number): Sentence {
  const { sentences } = context;
  // Sentences are in order and apart: the last one starting at or before the offset.
  const after = firstIndexWhere(
    sentences.length,
    (index) => (sentences[index]?.start ?? 0) > offset,
  );
  const holding = sentences[after - 1];
  return (
    (holding !== undefined && offset < holding.end ? holding : undefined) ??
    sentences[sentences.length - 1] ?? {
      start: 0,
      end: context.masked.length,
      from: 0,
      to: context.tokens.length,
      cues: [],
      subjects: undefined,
    }
  );
}

/** Hyphen, en and em dash, as the tokenizer gives them. */
export const DASHES = new Set(['-', '–', '—']);

/** Punctuation between a quote and what attributes it: "“…,” said", "“…” — Price". */
export const JOINERS = new Set([',', '—', '–', '-', ':']);

export function skipJoiners(tokens: readonly Token[], index: number, end: number): number {
  let i = index;
  while (i < end && JOINERS.has(tokens[i]?.text ?? '')) i++;
  return i;
}

/** A regular verb in the past: "announced", "stressed". */
export const PAST_VERB = /^\p{Ll}{3,}ed$/u;

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);
/** Words that join a second verb to the first one's subject: "… and today expressed". */
export const JOINING_WORDS = new Set(['and', 'but']);

/** Words between a subject and its verb that say when: "Yesterday Koizumi laid …". */
export const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'also',
  'later',
  'then',
  'again',
  'earlier',
  'recently',
]);

/**
 * Where a speaker is looked up: where it is written, except a pronoun that closes a
 * reported sentence ("China is the main supplier …, it said"), which means someone who
 * spoke before the sentence, not a name the sentence itself reports. Not when the
 * sentence opens with someone's words already ("Uribe insisted that …, he said").
 */
export function lookupOffset(context: BlockContext, phrase: SpeakerPhrase): number {
  if (phrase.form !== 'pronoun') return phrase.start;
  const { tokens } = context;
  const index = tokenIndexAt(tokens, phrase.start);
  if (tokens[index - 1]?.text !== ',') return phrase.start;
  const sentence = sentenceAt(context, phrase.start);
  const closes = index + 2 >= sentence.to || /^[.;]$/u.test(tokens[index + 2]?.text ?? '');
  const reportedBefore = sentence.cues.some((cue) => cue.index < index);
  return closes && !reportedBefore ? sentence.start : phrase.start;
}
