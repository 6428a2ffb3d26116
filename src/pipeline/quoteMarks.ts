/**
 * Finds the quoted spans in one paragraph from its quote marks alone.
 *
 * Double marks (“ ” „ " « ») and single marks (‘ ’ ' ‹ ›) are paired separately:
 * doubles never double as apostrophes, singles often do. Only the outermost spans
 * are kept, so ‘nested’ quotes stay part of the quote around them.
 */

import { firstIndexWhere } from './ordered.ts';

export interface MarkedSpan {
  /** Index of the opening mark, or -1 when it was missing and the start was inferred. */
  open: number;
  /** Index of the closing mark, or the text's length when the quote runs on past the paragraph. */
  close: number;
  /** The quoted words, trimmed: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** The opening mark was never closed in this paragraph (multi-paragraph quotes do this). */
  runsOn: boolean;
  /** The opening mark was missing and `start` was inferred from the rest of the paragraph. */
  inferredOpen: boolean;
}

interface Pair {
  open: number;
  close: number;
  runsOn: boolean;
  inferredOpen: boolean;
}

const OPENS_BEFORE = /[\s([{\-–—/:;,…]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const CLOSES_BEFORE = /[\s.,;:!?)\]}\-–—…]/u;
const PUNCTUATION_BEFORE_CLOSE = /[\p{L}\p{N}.,!?…;:)\]'’‘-]/u;

/** A full stop, question or exclamation mark and a space end the text before `index`. */
function sentenceEndsBefore(text: string, index: number): boolean {
  return text.charAt(index - 1) === ' ' && /^[.!?]$/u.test(text.charAt(index - 2));
}

/** A letter, the mark, and the ending of a possessive or a contraction: `t"s `, `n"t `. */
const APOSTROPHE_TYPED_AS_DOUBLE = /^\p{L}"(?:s|t|re|ll|ve|d|m)(?!\p{L})/u;

/** Indexes of the marks `pattern` (a global character class) finds in `text`. */
function positionsOf(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    positions.push(match.index);
  return positions;
}

const DOUBLE_MARKS = /[“”„‟"]/g;
const SINGLE_MARKS = /[‘’'‚‹›]/g;
const GUILLEMETS = /[«»]/g;
const SINGLE_GUILLEMETS = /[‹›]/g;

function charAt(text: string, index: number): string {
  return index >= 0 && index < text.length ? text.charAt(index) : '';
}

/** Punctuation that may follow a closing mark, and never an opening one. */
const PUNCTUATION_AFTER_CLOSE = /[,.;:!?)]/u;

/** True where a mark could open: after a space or start, before a non-space. */
function opensHere(text: string, i: number): boolean {
  const before = charAt(text, i - 1);
  const after = charAt(text, i + 1);
  return (
    (before === '' || OPENS_BEFORE.test(before)) &&
    after !== '' &&
    !/\s/u.test(after) &&
    // "nicknamed 'Troopergate ', concluded": no quote opens onto a comma or a full stop.
    !PUNCTUATION_AFTER_CLOSE.test(after)
  );
}

/** True where a mark could close: after a non-space, before a space, punctuation or the end. */
function closesHere(text: string, i: number): boolean {
  const before = charAt(text, i - 1);
  const after = charAt(text, i + 1);
  return (
    before !== '' &&
    !/\s/u.test(before) &&
    (after === '' || CLOSES_BEFORE.test(after) || /["”’»]/u.test(after))
  );
}

type Role = 'open' | 'close' | 'either' | 'skip';

function doubleRole(text: string, i: number, openMark: string | undefined): Role {
  const mark = text.charAt(i);
  switch (mark) {
    case '“':
      // German „…“ closes with the mark English opens with.
      if (openMark === '„') return 'close';
      return openMark !== undefined && closesHere(text, i) && !opensHere(text, i)
        ? 'close'
        : 'open';
    case '„':
    case '‟':
      return 'open';
    case '”':
      // Swedish and careless typing open with ” too: read it by where it stands.
      return openMark === undefined && opensHere(text, i) && !closesHere(text, i)
        ? 'open'
        : 'close';
    default: {
      // A straight mark right after a number is an inch mark, unless a quote is open.
      if (openMark === undefined && /\p{N}/u.test(charAt(text, i - 1))) return 'skip';
      // "Kuwait"s Oil Minister", "That"s": an apostrophe typed as a double mark. Inside
      // a quote only if a later mark can close it: 'labeled "terrorist organization"s by'.
      if (
        APOSTROPHE_TYPED_AS_DOUBLE.test(text.slice(i - 1, i + 4)) &&
        (openMark === undefined || text.includes('"', i + 1))
      )
        return 'skip';
      // 'in a statement. ""There have been …': a mark typed twice opens once.
      const doubled = text.charAt(i + 1) === '"' && LETTER_OR_DIGIT.test(charAt(text, i + 2));
      if (openMark === undefined && doubled && opensHere(text, i)) return 'skip';
      const canOpen = opensHere(text, i);
      const canClose = closesHere(text, i);
      if (canOpen && !canClose) return 'open';
      if (canClose && !canOpen) return 'close';
      return 'either';
    }
  }
}

/** Pairs one family of double marks; unclosed opens run on, unopened closes are orphans. */
function pairDoubles(text: string, orphans: number[]): Pair[] {
  const pairs: Pair[] = [];
  let openAt = -1;
  for (const i of positionsOf(text, DOUBLE_MARKS)) {
    const role = doubleRole(text, i, openAt === -1 ? undefined : text.charAt(openAt));
    if (role === 'skip') continue;
    if (openAt === -1) {
      if (role === 'close') orphans.push(i);
      else openAt = i;
      continue;
    }
    // A straight mark that can only open, after the end of a sentence, while a quote is
    // open: 'release: "Instead of … transport. "Several studies …"' lost a closing mark.
    if (role === 'open' && text.charAt(i) === '"' && sentenceEndsBefore(text, i)) {
      pairs.push({ open: openAt, close: i - 1, runsOn: false, inferredOpen: false });
      openAt = i;
      continue;
    }
    pairs.push({ open: openAt, close: i, runsOn: false, inferredOpen: false });
    // A curly opening mark while a quote is open: that quote lost its closing mark
    // and a new one starts here. Straight marks cannot nest, so they always close.
    openAt = role === 'open' && text.charAt(i) !== '"' ? i : -1;
  }
  if (openAt !== -1) pairs.push(unclosed(text, openAt));
  return pairs;
}

/**
 * A quote still open at the paragraph's end runs on into the next paragraph; but a few
 * words quoted inside the reporter's sentence never do ('described it as "arbitrarily
 * restricted to perceived front-runners. She said …'): that one lost its closing mark,
 * and ends with its sentence.
 */
function unclosed(text: string, openAt: number): Pair {
  const inSentence = /\p{L}\s$/u.test(text.slice(Math.max(0, openAt - 2), openAt));
  const fragment = /^\p{Ll}/u.test(text.slice(openAt + 1, openAt + 2));
  const end = inSentence && fragment ? SENTENCE_END_AFTER.exec(text.slice(openAt + 1)) : null;
  return end
    ? { open: openAt, close: openAt + 1 + end.index, runsOn: false, inferredOpen: false }
    : { open: openAt, close: text.length, runsOn: true, inferredOpen: false };
}

const SENTENCE_END_AFTER = /[.!?](?=\s+\p{Lu})/u;

function pairGuillemets(text: string, marks: RegExp, open: string, close: string): Pair[] {
  const pairs: Pair[] = [];
  let depth = 0;
  let openAt = -1;
  for (const i of positionsOf(text, marks)) {
    const mark = text.charAt(i);
    if (mark === open) {
      if (depth === 0) openAt = i;
      depth++;
    } else if (mark === close && depth > 0) {
      depth--;
      if (depth === 0) pairs.push({ open: openAt, close: i, runsOn: false, inferredOpen: false });
    }
  }
  if (depth > 0)
    pairs.push({ open: openAt, close: text.length, runsOn: true, inferredOpen: false });
  return pairs;
}

type SingleRole = 'open' | 'close' | 'close-or-apostrophe' | 'close-if-open' | 'skip';

function singleRole(text: string, i: number): SingleRole {
  const mark = text.charAt(i);
  const before = charAt(text, i - 1);
  const after = charAt(text, i + 1);
  const letterBefore = LETTER_OR_DIGIT.test(before);
  const letterAfter = LETTER_OR_DIGIT.test(after);
  if (letterBefore && letterAfter) return 'skip'; // don't, Russia’s, Hawai‘i
  if (/\p{N}/u.test(before)) return 'skip'; // 5'10", 1990's
  if (mark === '‘' || mark === '‚' || mark === '‹') return opensHere(text, i) ? 'open' : 'skip';
  if (mark === '›') return 'close';
  if (opensHere(text, i)) return /\p{N}/u.test(after) ? 'skip' : 'open'; // ’90s
  if (closesHere(text, i))
    return before === 's' || before === 'S' ? 'close-or-apostrophe' : 'close';
  // "seen as 'sponsoring terrorism ' in the world": a straight mark with a space before
  // it closes a quote left open, and is nothing otherwise.
  if (mark === "'" && before === ' ' && !letterAfter) return 'close-if-open';
  return 'skip';
}

/**
 * Singles pair only where both marks are plausible; a lone mark is an apostrophe.
 * "the workers’ union" is a plural possessive unless nothing later could close the quote.
 */
function pairSingles(text: string): Pair[] {
  const candidates: { index: number; role: SingleRole }[] = [];
  for (const i of positionsOf(text, SINGLE_MARKS)) {
    const role = singleRole(text, i);
    if (role !== 'skip') candidates.push({ index: i, role });
  }
  // The next mark after each that can close, and the next that opens: found once, from the
  // end, rather than by a search from each mark.
  const laterClose: (number | undefined)[] = [];
  const nextOpen: (number | undefined)[] = [];
  for (let k = candidates.length - 1; k >= 0; k--) {
    const next = candidates[k + 1];
    laterClose[k] = next && next.role !== 'open' ? next.index : laterClose[k + 1];
    nextOpen[k] = next?.role === 'open' ? next.index : nextOpen[k + 1];
  }
  const pairs: Pair[] = [];
  let openAt = -1;
  candidates.forEach(({ index, role }, k) => {
    if (role === 'open') {
      if (openAt === -1) openAt = index;
      return;
    }
    if (openAt === -1) return;
    if (role === 'close-or-apostrophe' && LETTER.test(charAt(text, index + 2))) {
      const close = laterClose[k];
      const open = nextOpen[k];
      if (close !== undefined && (open === undefined || close < open)) return;
    }
    pairs.push({ open: openAt, close: index, runsOn: false, inferredOpen: false });
    openAt = -1;
  });
  return pairs;
}

/**
 * A closing mark with no opening one: where the rest of the paragraph shows where the
 * quote began (the paragraph's start, or just after a colon), take the quote from there.
 */
function inferOpenings(text: string, orphans: readonly number[], pairs: readonly Pair[]): Pair[] {
  const inferred: Pair[] = [];
  if (orphans.length === 0) return inferred;
  // Orphans come in order, so the pairs' ends and the colons before each are walked once.
  const ends = pairs.map((pair) => pair.close).sort((a, b) => a - b);
  let endsBefore = 0;
  let colon = -1;
  let nextColon = text.indexOf(': ');
  for (const close of orphans) {
    while (endsBefore < ends.length && (ends[endsBefore] ?? close) < close) endsBefore++;
    while (nextColon !== -1 && nextColon <= close) {
      colon = nextColon;
      nextColon = text.indexOf(': ', nextColon + 1);
    }
    if (!PUNCTUATION_BEFORE_CLOSE.test(charAt(text, close - 1))) continue;
    const previousEnd = ends[endsBefore - 1] ?? -1;
    const open = colon > previousEnd ? colon + 1 : previousEnd;
    // A whole paragraph up to the mark, or a clause after a colon, and more than a word or two.
    if ((open === -1 || colon > previousEnd) && hasWords(text, open + 1, close, 3)) {
      inferred.push({ open, close, runsOn: false, inferredOpen: true });
    }
  }
  return inferred;
}

/** Whether `text` from `start` to `end` holds at least `count` words between spaces. */
function hasWords(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < count; i++) {
    const space = /\s/u.test(text.charAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= count;
}

/**
 * Whether a pair crosses the edge of one of `doubles`: overlaps it, and neither holds the
 * other. A double that crosses a pair has an end strictly inside it, so only those are
 * weighed, found by halving sorted lists rather than by trying every double.
 */
function doublesCrossing(doubles: readonly Pair[]): (pair: Pair) => boolean {
  const byOpen = [...doubles].sort((a, b) => a.open - b.open);
  const byClose = [...doubles].sort((a, b) => a.close - b.close);
  const crosses = (pair: Pair, double: Pair): boolean =>
    overlaps(pair, double) && !contains(double, pair) && !contains(pair, double);
  return (pair) => {
    for (let i = firstAfter(byOpen, 'open', pair.open); i < byOpen.length; i++) {
      const double = byOpen[i];
      if (!double || double.open >= pair.close) break;
      if (crosses(pair, double)) return true;
    }
    for (let i = firstAfter(byClose, 'close', pair.open); i < byClose.length; i++) {
      const double = byClose[i];
      if (!double || double.close >= pair.close) break;
      if (crosses(pair, double)) return true;
    }
    return false;
  };
}

/** The index of the first of `sorted` whose `end` is past `value`. */
function firstAfter(sorted: readonly Pair[], end: 'open' | 'close', value: number): number {
  return firstIndexWhere(sorted.length, (index) => (sorted[index]?.[end] ?? value) > value);
}

function contains(outer: Pair, inner: Pair): boolean {
  return outer !== inner && outer.open <= inner.open && inner.close <= outer.close;
}

function overlaps(a: Pair, b: Pair): boolean {
  return a.open < b.close && b.open < a.close;
}

function trimmedSpan(text: string, pair: Pair): MarkedSpan | undefined {
  let start = pair.open + 1;
  let end = pair.close;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (!LETTER_OR_DIGIT.test(text.slice(start, end))) return undefined;
  return {
    open: pair.open,
    close: pair.close,
    start,
    end,
    runsOn: pair.runsOn,
    inferredOpen: pair.inferredOpen,
  };
}

export function findQuotedSpans(text: string): MarkedSpan[] {
  const orphans: number[] = [];
  const doubles = [...pairDoubles(text, orphans), ...pairGuillemets(text, GUILLEMETS, '«', '»')];
  // Not pushed as arguments: a hostile paragraph has more orphans than a call takes.
  for (const inferred of inferOpenings(text, orphans, doubles)) doubles.push(inferred);
  // Singles that cross a double quote's edge are apostrophes that happened to line up.
  const paired = [...pairSingles(text), ...pairGuillemets(text, SINGLE_GUILLEMETS, '‹', '›')];
  const crossing = paired.length > 0 && doubles.length > 0 ? doublesCrossing(doubles) : undefined;
  const singles = crossing ? paired.filter((single) => !crossing(single)) : paired;
  const all = [...doubles, ...singles].sort((a, b) => a.open - b.open || b.close - a.close);
  // In that order, a pair inside or across one kept already starts before the furthest
  // end kept so far (no pair is empty).
  const outermost: Pair[] = [];
  let furthestEnd = -Infinity;
  for (const pair of all) {
    if (pair.open < furthestEnd) continue;
    outermost.push(pair);
    furthestEnd = Math.max(furthestEnd, pair.close);
  }
  return outermost
    .map((pair) => trimmedSpan(text, closedBeforeInvertedCue(text, pair)))
    .filter((span) => span !== undefined);
}

/** ", said Wood Gundie analyst Edward Comeau." inside the marks: the quote ended at the comma. */
const INVERTED_CUE = /, (?:said|says) (?:\p{Ll}+ ){0,3}\p{Lu}/uy;
/** What the words after such a cue never hold: another quote, or a question or exclamation. */
const NOT_AFTER_CUE = /["“”«»!?]/u;
const MAX_WORDS_AFTER_CUE = 12;

/**
 * Where ", said <name>" starts in `inside` with nothing after it up to the end but the
 * name's own words. Read from the last quote mark, "!" or "?" on, so that a long quote
 * costs one pass.
 */
function invertedCueAtEnd(inside: string): number {
  let from = 0;
  for (let i = inside.length - 1; i >= 0; i--) {
    if (NOT_AFTER_CUE.test(inside.charAt(i))) {
      from = i + 1;
      break;
    }
  }
  for (let at = inside.indexOf(', sa', from); at !== -1; at = inside.indexOf(', sa', at + 1)) {
    INVERTED_CUE.lastIndex = at;
    if (INVERTED_CUE.test(inside)) return at;
  }
  return -1;
}

/**
 * "“There's been rumors …, said Wood Gundie analyst Edward Comeau.”": a closing mark
 * left out before an inverted cue, and put after the speaker's name or not at all. The
 * quote ends at the comma, the cue and the speaker standing outside it; not when words
 * follow the name in a sentence of their own.
 */
function closedBeforeInvertedCue(text: string, pair: Pair): Pair {
  if (pair.inferredOpen) return pair;
  const inside = text.slice(pair.open + 1, pair.close);
  const at = invertedCueAtEnd(inside);
  if (at === -1) return pair;
  const after = inside.slice(at + 2).trim();
  const sentences = after.replace(/\.$/u, '').split(/[.!?]\s+(?=\p{Lu}\p{Ll})/u);
  const before = inside.slice(0, at).trim().split(/\s+/u);
  if (sentences.length > 1 || after.split(/\s+/u).length > MAX_WORDS_AFTER_CUE || before.length < 3)
    return pair;
  return { ...pair, close: pair.open + 1 + at, runsOn: false };
}
