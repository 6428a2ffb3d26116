/**
 * Text-level clean-up before anything is split or searched, so that every later
 * stage (and every offset the UI receives) sees one canonical form.
 */

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters, soft hyphens and stray BOMs carry nothing a reader sees.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Control characters (decode has already refused binary files); newlines are kept.
const CONTROL = /(?!\n)\p{Cc}/gu;

/** Line endings, odd spaces, invisible characters and Unicode composition. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(/ +$/gm, '');
}

/**
 * One paragraph's spacing: runs of spaces collapse, stray spaces before punctuation
 * go ("republic. ." in the seed), and a closing curly quote that lost its space
 * ("eliminated, ”the note said") gets it back after the mark.
 */
export function normaliseParagraph(text: string): string {
  // Replacing every single space is slow; most paragraphs have no run to collapse.
  const spaced = /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  return spaced
    .trim()
    .replace(/([.!?])\s+\.$/, '$1')
    .replace(/(\p{L}|\p{N}|[”’)])\s+([.,](?!\.)(?=\s|$))/gu, '$1$2')
    .replace(/([,.!?;:…])\s+”(?=\p{L})/gu, '$1” ')
    .replace(/(^|\s)“\s+(?=\p{L})/gu, '$1“');
}
