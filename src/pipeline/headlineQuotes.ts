/**
 * Headline quotes that the article quotes again from someone: the headline gives no
 * speaker of its own, the body does.
 */
import type { Block, Quote } from './article.ts';

/** "Crews “at war” with Veterans' Affairs": lower case, no marks or end punctuation. */
function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'’-]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A headline quoting words that the article then quotes from someone ("Air Force crews “at
 * war” with Veterans' Affairs" and later "…was “at war” with …, he said") quotes that person.
 */
export function withHeadlineSpeakers(quotes: Quote[], blocks: readonly Block[]): Quote[] {
  const attributed = quotes.filter(
    (quote) => quote.speaker !== null && blocks[quote.block]?.kind !== 'title',
  );
  return quotes.map((quote) => {
    if (quote.speaker !== null || blocks[quote.block]?.kind !== 'title') return quote;
    const key = quoteKey(quote.text);
    const source = attributed.find((other) => key !== '' && quoteKey(other.text) === key);
    return source ? { ...quote, speaker: source.speaker, cue: source.cue } : quote;
  });
}
