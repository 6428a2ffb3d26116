/**
 * Headline quotes that the article quotes again from someone: the headline gives no
 * speaker of its own, or only describes them, and the body names them.
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
  // Most headlines quote no one: the body's quotes are keyed only when one does.
  if (!quotes.some((quote) => blocks[quote.block]?.kind === 'title')) return quotes;
  // The first attributed body quote of each wording, keyed once.
  const byKey = new Map<string, Quote>();
  for (const quote of quotes) {
    if (quote.speaker === null || blocks[quote.block]?.kind === 'title') continue;
    const key = quoteKey(quote.text);
    if (key !== '' && !byKey.has(key)) byKey.set(key, quote);
  }
  return quotes.map((quote) => {
    // "… Is A 'Dangerous Gamble,' Says Top Central Bank Official": a speaker the headline
    // only describes (named by its role) is the one the body names for the same words.
    const described = quote.speaker?.kind === 'person' && quote.speaker.name === quote.speaker.role;
    if ((quote.speaker !== null && !described) || blocks[quote.block]?.kind !== 'title')
      return quote;
    const source = byKey.get(quoteKey(quote.text));
    return source ? { ...quote, speaker: source.speaker, cue: source.cue } : quote;
  });
}
