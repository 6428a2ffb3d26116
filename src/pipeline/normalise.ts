/**
 * Text-level clean-up before anything is split or searched, so that every later
 * stage (and every offset the UI receives) sees one canonical form.
 */

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters, soft hyphens and stray BOMs carry nothing a reader sees.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Control characters (decode has already refused binary files); newlines are kept.
const CONTROL = /(?!\n)\p{Cc}/gu;

// Any character one of the rules below would change; most texts have none. (The control
// characters but the newline are spelt out: with \p{Cc} and a lookahead the test took 3×.)
const ODD_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\0-\x09\x0b-\x1f\x7f-\xa0\xad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;

/** Line endings, odd spaces, invisible characters and Unicode composition. */
export function normaliseText(raw: string): string {
  const cleaned = ODD_CHARACTER.test(raw)
    ? raw
        .replace(/\r\n?/g, '\n')
        .replace(/\f/g, '\n')
        .replace(SPACE_LIKE, ' ')
        .replace(INVISIBLE, '')
        .replace(CONTROL, '')
    : raw;
  const composed = cleaned.normalize('NFC');
  // Spaces before a line end (`$` in multiline mode is also before U+2028 and U+2029).
  const trailingSpace = [' \n', ' \u2028', ' \u2029'].some((end) => composed.includes(end));
  // From the start of a run only: tried from each of its spaces, a long run of them not
  // at a line's end took time growing with the square of its length.
  return trailingSpace || composed.endsWith(' ') ? composed.replace(/(?<! ) +$/gm, '') : composed;
}

/**
 * One paragraph's spacing: runs of spaces collapse, stray spaces before punctuation
 * go ("republic. ." in the seed), and a closing curly quote that lost its space
 * ("eliminated, ”the note said") gets it back after the mark.
 */
/** "republic. ." -> "republic.": a full stop after the sentence's own, with space between. */
function withoutStrayFinalStop(text: string): string {
  if (!text.endsWith('.')) return text;
  let i = text.length - 2;
  while (i >= 0 && /\s/u.test(text.charAt(i))) i--;
  const spaced = i < text.length - 2;
  return spaced && i >= 0 && '.!?'.includes(text.charAt(i)) ? text.slice(0, i + 1) : text;
}

/** Any space but the plain one: a tab, a line break, a no-break space. */
const ODD_SPACING = /[^\S ]/;

export function normaliseParagraph(text: string): string {
  // Each rule runs only when the text holds the characters it needs: a regex scan per
  // rule over every paragraph was a tenth of the pipeline.
  // After this line the only space left is the plain one.
  let clean = (
    ODD_SPACING.test(text) || text.includes('  ') ? text.replace(/\s+/g, ' ') : text
  ).trim();
  clean = withoutStrayFinalStop(clean);
  if (/\s[.,]/.test(clean))
    clean = clean.replace(/(\p{L}|\p{N}|[”’)])\s+([.,](?!\.)(?=\s|$))/gu, '$1$2');
  if (clean.includes(' ”')) clean = clean.replace(/([,.!?;:…])\s+”(?=\p{L})/gu, '$1” ');
  if (clean.includes('“ ')) clean = clean.replace(/(^|\s)“\s+(?=\p{L})/gu, '$1“');
  return clean;
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/** "Déby" -> "Deby": a word as written without accents, to compare spellings. */
export function withoutAccents(word: string): string {
  return NOT_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}
