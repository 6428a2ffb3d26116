/**
 * A headline set in capitals ("STOLTENBERG SAYS CRITICISM NOT “ONE-WAY STREET”", as wire
 * copy sends them) read as a headline in title case, which the readers already know:
 * each word capitalised, and initials ("UAW", "U.S.") and names like "McDonald" as the
 * body writes them.
 */

const LOWER_CASE_LETTER = /\p{Ll}/u;
const WORD = /\p{L}[\p{L}'’.]*/gu;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** Body words written with two capitals or more, keyed by the word in lower case. */
function wordsWithCapitals(bodyTexts: readonly string[]): Map<string, string> {
  const written = new Map<string, string>();
  for (const text of bodyTexts) {
    for (const [word] of text.matchAll(WORD)) {
      if (TWO_CAPITALS.test(word)) written.set(word.toLowerCase(), word);
    }
  }
  return written;
}

function capitalised(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** A headline with no lower-case letter at all, whose case says nothing of names. */
export function isInCapitals(headline: string): boolean {
  return !LOWER_CASE_LETTER.test(headline);
}

/**
 * `headline` in title case, unchanged unless it is in capitals. The length never changes,
 * so offsets into the result are offsets into the headline.
 */
export function inTitleCase(headline: string, bodyTexts: readonly string[]): string {
  if (!isInCapitals(headline)) return headline;
  let capitals: Map<string, string> | undefined;
  return headline.replace(WORD, (word) => {
    capitals ??= wordsWithCapitals(bodyTexts);
    const written = capitals.get(word.toLowerCase()) ?? capitalised(word);
    return written.length === word.length ? written : word;
  });
}
