/**
 * Headline quotes that the article quotes again from someone: the headline gives no
 * speaker of its own, or only describes them, and the body names them.
 */
import type { Block, Quote } from './article.ts';
import { isInCapitals } from './headlineCase.ts';
import { opensInLowerCase } from './tokens.ts';

/** "Crews “at war” with Veterans' Affairs": lower case, no marks or end punctuation. */
function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'’-]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The first body quote holding the headline's words as whole words: a headline's
 * "'furious'" is cut from "We are furious," as often as it is quoted whole. Only a
 * headline quote with no speaker of its own looks inside longer quotes; one the headline
 * describes ("Carter's CIA chief labels …") is matched by its exact words alone.
 */
function quoteContaining(key: string, byKey: ReadonlyMap<string, Quote>): Quote | undefined {
  if (key === '') return undefined;
  for (const [bodyKey, quote] of byKey) if (` ${bodyKey} `.includes(` ${key} `)) return quote;
  return undefined;
}

/**
 * A headline quoting words that the article then quotes from someone ("Air Force crews “at
 * war” with Veterans' Affairs" and later "…was “at war” with …, he said") quotes that person.
 */
export function withHeadlineSpeakers(quotes: Quote[], blocks: readonly Block[]): Quote[] {
  // Most headlines quote no one: the body's quotes are keyed only when one does.
  if (!quotes.some((quote) => blocks[quote.block]?.kind === 'title')) return quotes;
  // The first attributed body quote of each wording, keyed once; and the wordings the
  // body quotes from no one, which it uses as terms ("an “anti-secession” law").
  const byKey = new Map<string, Quote>();
  const terms = new Set<string>();
  for (const quote of quotes) {
    if (blocks[quote.block]?.kind === 'title') continue;
    const key = quoteKey(quote.text);
    if (quote.speaker === null) terms.add(key);
    else if (key !== '' && !byKey.has(key)) byKey.set(key, quote);
  }
  const inCapitals = isInCapitals(blocks[0]?.text ?? '');
  return quotes.map((quote) => {
    // "… Is A 'Dangerous Gamble,' Says Top Central Bank Official": a speaker the headline
    // only describes (named by its role) is the one the body names for the same words.
    const described = quote.speaker?.kind === 'person' && quote.speaker.name === quote.speaker.role;
    if ((quote.speaker !== null && !described) || blocks[quote.block]?.kind !== 'title')
      return quote;
    const key = quoteKey(quote.text);
    // "furious", not "Sons of Iraq": a capitalised headline quote is a name or a title,
    // unless the whole headline is in capitals and its case says nothing.
    const wordsNotName = opensInLowerCase(quote.text) || inCapitals;
    const source =
      byKey.get(key) ??
      (quote.speaker === null && wordsNotName && !terms.has(key)
        ? quoteContaining(key, byKey)
        : undefined);
    return source ? { ...quote, speaker: source.speaker, cue: source.cue } : quote;
  });
}
