/** Words and punctuation with their offsets, for the rules that read around a quote. */

import { firstIndexWhere } from './ordered.ts';

export interface Token {
  text: string;
  /** `text` lower-cased once, since every rule compares words case-insensitively. */
  lower: string;
  start: number;
  end: number;
  /**
   * Word classes (name word, role noun, …) that `phraseWords.ts` has already worked out
   * for this token: the phrase readers ask about the same tokens many times.
   */
  classes: number;
}

// A word is a letter or digit, then letters, digits, marks, apostrophes, hyphens and
// dots between letters (U.S); any other character but a space is a token of its own.
// Scanned by hand: a regex match per token cost ~250 ns, a third of the reading time.
// A trailing dot joins a word only in initials and abbreviations (`keepsDot`).

const WORD_START = 1;
const WORD_INNER = 2;
const SPACE = 4;
const KNOWN = 8;
const LETTER = 16;
/** Character classes of the Basic Multilingual Plane, filled in as characters are first seen. */
const classes = new Uint8Array(0x10000);

function classify(character: string): number {
  if (/\s/u.test(character)) return SPACE | KNOWN;
  if (/\p{L}/u.test(character)) return LETTER | WORD_START | WORD_INNER | KNOWN;
  if (/\p{N}/u.test(character)) return WORD_START | WORD_INNER | KNOWN;
  if (/[\p{M}'’-]/u.test(character)) return WORD_INNER | KNOWN;
  return KNOWN;
}

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    // Astral characters are rare; their class comes from the whole code point.
    return classify(String.fromCodePoint(text.codePointAt(index) ?? code)) & ~KNOWN;
  }
  let known = classes[code] ?? 0;
  if (known === 0) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return known;
}

/** Whether one UTF-16 unit is a letter (\p{L}); for loops that read text unit by unit. */
export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122;
  let known = classes[code] ?? 0;
  if (known === 0) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return (known & LETTER) !== 0;
}

/** UTF-16 units of the character at `index`: 2 for an astral character. */
function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const DOT = 46;

/** End of the word starting at `start`, with its trailing dot if it has one. */
function wordEnd(text: string, start: number): number {
  let i = start + widthAt(text, start);
  while (i < text.length) {
    if ((classAt(text, i) & WORD_INNER) !== 0) i += widthAt(text, i);
    else if (
      text.charCodeAt(i) === DOT &&
      i + 1 < text.length &&
      (classAt(text, i + 1) & LETTER) !== 0
    )
      i++;
    else break;
  }
  return text.charCodeAt(i) === DOT ? i + 1 : i;
}

/** Abbreviations that keep their full stop as part of the word: "Mr.", "U.S.", "Co.". */
export const DOTTED = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'sen.',
  'rep.',
  'gov.',
  'lt.',
  'col.',
  'capt.',
  'sgt.',
  'adm.',
  'maj.',
  'brig.',
  'cmdr.',
  'cpl.',
  'pvt.',
  'rev.',
  'st.',
  'jr.',
  'sr.',
  'pres.',
  'supt.',
  'ald.',
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  // "Roe v. Wade" is one name, not two sentences.
  'v.',
  'vs.',
]);

/** Splits `text` into tokens; a word's trailing full stop is its own token unless it abbreviates. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = classAt(text, i);
    if ((kind & SPACE) !== 0) {
      i++;
      continue;
    }
    const start = i;
    i = (kind & WORD_START) !== 0 ? wordEnd(text, start) : start + widthAt(text, start);
    i = start + runInTitleLength(text, start, i);
    const word = text.slice(start, i);
    const endsWithDot = word.length > 1 && text.charCodeAt(i - 1) === DOT;
    if (endsWithDot && !keepsDot(word)) {
      const bare = word.slice(0, -1);
      tokens.push({ text: bare, lower: bare.toLowerCase(), start, end: i - 1, classes: 0 });
      tokens.push({ text: '.', lower: '.', start: i - 1, end: i, classes: 0 });
    } else {
      tokens.push({ text: word, lower: word.toLowerCase(), start, end: i, classes: 0 });
    }
  }
  return tokens;
}

/** Titles a typo can run into the name after them: "Mr.Bush" is "Mr." and "Bush". */
export const RUN_IN_TITLES = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'sen.',
  'rep.',
  'gov.',
]);

/** Length of the word from `start` to `end`, or of its title when a name runs on from it. */
function runInTitleLength(text: string, start: number, end: number): number {
  // Only the third to fifth characters can be a title's dot: no search past them.
  let dot = start + 2;
  while (dot <= start + 4 && dot < end && text.charCodeAt(dot) !== DOT) dot++;
  if (dot > start + 4 || dot + 1 >= end) return end - start;
  const title = text.slice(start, dot + 1).toLowerCase();
  return RUN_IN_TITLES.has(title) && isCapitalised(text.slice(dot + 1, dot + 3))
    ? dot + 1 - start
    : end - start;
}

function keepsDot(word: string): boolean {
  return DOTTED.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word) || /\p{L}\.\p{L}/u.test(word);
}

/** A double quote mark of any family, anywhere in a text, and a token that is one. */
export const QUOTE_MARK = /["“”„«»]/u;
export const QUOTE_MARK_TOKEN = /^["“”„«»]$/u;

const CLOSING_MARK = /^[”"’]$/u;

/** The token at `index` comes right after a closing quote mark, or after one and a comma. */
export function followsQuote(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.text ?? '';
  return (
    CLOSING_MARK.test(previous) ||
    (previous === ',' && CLOSING_MARK.test(tokens[index - 2]?.text ?? ''))
  );
}

/** A token that is a word (it opens with a letter or a digit), not punctuation or a mark. */
export function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && /^[\p{L}\p{N}]/u.test(token.text);
}

/** "furious", "for just one thing": words whose first letter is in lower case. */
export function opensInLowerCase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return first !== first.toUpperCase();
}

/**
 * Words with one space between each: a wire ticker the reading masks leaves a run of
 * spaces in a name ("The United Auto Workers <UAW> union").
 */
export function singleSpaced(words: string): string {
  return /\s\s/u.test(words) ? words.replace(/\s+/gu, ' ') : words;
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  return /^\p{Lu}/u.test(word);
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstIndexWhere(tokens.length, (index) => (tokens[index]?.start ?? 0) >= offset);
}
