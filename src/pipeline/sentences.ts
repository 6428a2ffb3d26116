/**
 * Sentence boundaries in a paragraph. Run it on text whose quotes are masked
 * (see `maskQuotes`), so a full stop inside a quote never ends the sentence around it.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'cpl',
  'pvt',
  'maj',
  'brig',
  'adm',
  'cmdr',
  'supt',
  'ald',
  'insp',
  'det',
  'rev',
  'fr',
  'capt',
  'gov',
  'sen',
  'rep',
  'cr',
  'cllr',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  // "Roe v. Wade".
  'v',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'pres',
  'rev',
  'hon',
  'adm',
  'maj',
  'cmdr',
  'brig',
  'supt',
  'dept',
  'univ',
  'approx',
  'est',
  'fig',
  'al',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
  'op',
  'ed',
  'atty',
  'messrs',
  'mme',
  'sra',
]);

// A sentence ends before a capital, a digit, or an opening quote mark (whose masked
// words no longer show their capital).
// It starts only where a run of stops starts: from inside one it would match nothing more,
// and trying each start costs time growing with the square of the run ("!!!!…").
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»)\]]*(?=\s+(?:["“‘«„]|[([]?[\p{Lu}\p{N}]))/gu;

/** A full stop, question or exclamation mark with more words after it. */
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;

/** Whether the text holds the end of one sentence and the start of another. */
export function endsASentenceInside(text: string): boolean {
  return INNER_SENTENCE_END.test(text);
}

export interface Range {
  start: number;
  end: number;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (word === '') return false;
  // Single capitals are initials ("J. Smith"), and so are dotted runs of them ("T.J. Bonner").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(text, match.index))
      continue;
    const end = match.index + match[0].length;
    ranges.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text.charAt(start))) start++;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * Replaces each quote's words with "x" (same length), keeping the marks, so offsets hold.
 * A quote's final full stop stays, so `“… custody.” He said …` is still two sentences.
 */
export function maskQuotes(text: string, spans: readonly Range[]): string {
  let masked = '';
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const keep = /[.!?…]$/u.test(text.slice(start, end)) ? 1 : 0;
    masked +=
      text.slice(at, start) +
      'x'.repeat(Math.max(0, end - start - keep)) +
      text.slice(end - keep, end);
    at = Math.max(at, end);
  }
  return masked + text.slice(at);
}
