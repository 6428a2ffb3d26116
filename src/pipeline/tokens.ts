/** Words and punctuation with their offsets, for the rules that read around a quote. */

export interface Token {
  text: string;
  /** `text` lower-cased once, since every rule compares words case-insensitively. */
  lower: string;
  start: number;
  end: number;
}

// A word may hold inner dots (U.S), hyphens and apostrophes; a trailing dot joins it
// only in initials and abbreviations, which the caller checks with `isAbbreviated`.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|\.(?=\p{L}))*\.?|[^\s\p{L}\p{N}]/gu;

const DOTTED = new Set([
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
  'rev.',
  'st.',
  'jr.',
  'sr.',
  'pres.',
  'supt.',
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
]);

/** Splits `text` into tokens; a word's trailing full stop is its own token unless it abbreviates. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const word = match[0];
    const start = match.index;
    const keepsDot =
      word.length > 1 &&
      word.endsWith('.') &&
      (DOTTED.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word) || /\p{L}\.\p{L}/u.test(word));
    if (word.length > 1 && word.endsWith('.') && !keepsDot) {
      tokens.push({
        text: word.slice(0, -1),
        lower: word.slice(0, -1).toLowerCase(),
        start,
        end: start + word.length - 1,
      });
      tokens.push({
        text: '.',
        lower: '.',
        start: start + word.length - 1,
        end: start + word.length,
      });
    } else {
      tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
    }
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  return /^\p{Lu}/u.test(word);
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
