/**
 * The shared first look at an article's blocks that quotes and sources both build on:
 * each quotable block's quoted spans, its masked text, tokens and sentences, and the cast.
 */
import type { Block } from './article.ts';
import type { BlockContext, Sentence } from './blockContext.ts';
import { readCast } from './castReading.ts';
import type { Cast } from './people.ts';
import { inTitleCase } from './headlineCase.ts';
import { DATELINE } from './layoutPatterns.ts';
import { bridgeUnmarkedParagraphs } from './paragraphBridges.ts';
import { findQuotedSpans, type MarkedSpan } from './quoteMarks.ts';
import { maskQuotes, sentenceRanges } from './sentences.ts';
import { cuesIn } from './cues.ts';
import { tokenIndexAt, tokenize, type Token } from './tokens.ts';

/** Kinds of block a reader reads, whose quotes and citations count: not credits or footers. */
const READ_KINDS = new Set(['title', 'paragraph', 'caption']);

/** A wire story's dateline, "WASHINGTON (AP) —": where it ends, and the agency it names. */
export interface Dateline {
  block: number;
  length: number;
  agency: string;
}

export interface ArticleReading {
  blocks: readonly Block[];
  spans: Map<number, MarkedSpan[]>;
  contexts: Map<number, BlockContext>;
  cast: Cast;
  dateline: Dateline | undefined;
}

/**
 * The longest sentence read as one. Real ones stay far below it (266 tokens at most in
 * 3,000 Wikinews articles, 163 in the wire copy). Text that runs on with no stop, a table
 * or a hostile file, is read in pieces of this many tokens, because rules scan a sentence
 * back from each quote and cue, and over one endless sentence that work grows with the
 * square of its length.
 */
const MAX_SENTENCE_TOKENS = 400;

function readSentences(masked: string, tokens: readonly Token[], headline: boolean): Sentence[] {
  const sentences: Sentence[] = [];
  const read = (start: number, end: number, from: number, to: number): void => {
    const cues = cuesIn(tokens, from, to, headline);
    sentences.push({ start, end, from, to, cues, subjects: undefined });
  };
  for (const range of sentenceRanges(masked)) {
    let start = range.start;
    let from = tokenIndexAt(tokens, start);
    const to = tokenIndexAt(tokens, range.end);
    while (to - from > MAX_SENTENCE_TOKENS) {
      const next = from + MAX_SENTENCE_TOKENS;
      const end = tokens[next]?.start ?? range.end;
      read(start, end, from, next);
      start = end;
      from = next;
    }
    read(start, range.end, from, to);
  }
  return sentences;
}

function datelineOf(blocks: readonly Block[]): Dateline | undefined {
  const block = blocks.findIndex((candidate) => candidate.kind === 'paragraph');
  const found = DATELINE.exec(blocks[block]?.text ?? '');
  return found?.[1] === undefined
    ? undefined
    : { block, length: found[0].length, agency: found[1] };
}

const TICKER_IN_BRACKETS = /<[\p{Lu}\p{N}.]{1,12}>/gu;
const BRACKETED_NAME = /<(\p{Lu}[^<>]{0,80})>/gu;

/**
 * Wire copy puts a firm's stock ticker in angle brackets after its name ("Texaco Inc <TX>
 * said"), and an unlisted firm's name inside them ("<Willis Faber Plc> said"): the ticker
 * is read as no word at all, and the brackets as none around the name.
 */
function withoutAngleBrackets(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(TICKER_IN_BRACKETS, (ticker) => ' '.repeat(ticker.length))
    .replace(BRACKETED_NAME, (_, name: string) => ` ${name} `);
}

/** The dateline is no part of the first sentence, whose subject would read as "BEIJING (Reuters) - China". */
function withoutDateline(masked: string, length: number): string {
  return ' '.repeat(length) + masked.slice(length);
}

export function readArticle(blocks: readonly Block[]): ArticleReading {
  const spans = new Map<number, MarkedSpan[]>();
  const contexts = new Map<number, BlockContext>();
  blocks.forEach((block, index) => {
    if (READ_KINDS.has(block.kind)) spans.set(index, findQuotedSpans(block.text));
  });
  bridgeUnmarkedParagraphs(blocks, spans);
  const dateline = datelineOf(blocks);
  const bodyTexts = (): string[] =>
    blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  blocks.forEach((block, index) => {
    const blockSpans = spans.get(index);
    if (!blockSpans) return;
    const headline = block.kind === 'title';
    // Offsets hold: blanking tickers and reading a headline in title case keep the length.
    const plain = withoutAngleBrackets(block.text);
    const text = headline ? inTitleCase(plain, bodyTexts()) : plain;
    const quotesMasked = maskQuotes(text, blockSpans);
    const masked =
      dateline?.block === index ? withoutDateline(quotesMasked, dateline.length) : quotesMasked;
    const tokens = tokenize(masked);
    contexts.set(index, {
      block: index,
      masked,
      tokens,
      sentences: readSentences(masked, tokens, headline),
      headline,
      inTitleCase: text !== plain,
    });
  });
  const cast = readCast(contexts);
  const texts = blocks.map((block) => block.text);
  cast.completeSurnames(texts);
  cast.separateRunInNames(texts);
  cast.joinTitlesToNames(texts);
  cast.spellOutInitials(texts);
  cast.keepCapitalisedThe(texts);
  return { blocks, spans, contexts, cast, dateline };
}
