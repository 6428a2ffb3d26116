/**
 * The speakers of one article, in share-of-voice order, each with a palette slot so
 * the text and the panel colour a speaker the same way.
 */
import type { Article, Quote, Speaker } from '../../pipeline/article.ts';
import { speakerShares } from '../../pipeline/summary.ts';

const PALETTE_SIZE = 8;

export interface SpeakerGroup {
  /** The speaker's id, or null for the quotes nobody is named for. */
  id: string | null;
  speaker: Speaker | null;
  roles: string[];
  quotes: Quote[];
  words: number;
  /** 0..PALETTE_SIZE-1, or -1 for unattributed quotes. */
  colour: number;
}

function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    if (value !== '' && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()];
}

export function speakerGroups(article: Pick<Article, 'quotes'>): SpeakerGroup[] {
  const shares = speakerShares(article);
  // One pass, not one per speaker: a hostile file can hold thousands of each.
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of article.quotes) {
    const id = quote.speaker?.id;
    if (id === undefined) continue;
    const quotes = quotesBySpeaker.get(id);
    if (quotes) quotes.push(quote);
    else quotesBySpeaker.set(id, [quote]);
  }
  const groups = shares.map(({ id, words }, index): SpeakerGroup => {
    const quotes = quotesBySpeaker.get(id) ?? [];
    const roles = uniqueIgnoringCase(quotes.map((quote) => quote.speaker?.role ?? ''));
    return {
      id,
      speaker: quotes[0]?.speaker ?? null,
      roles,
      quotes,
      words,
      colour: index % PALETTE_SIZE,
    };
  });
  const unattributed = article.quotes.filter((quote) => quote.speaker === null);
  if (unattributed.length > 0) {
    groups.push({ id: null, speaker: null, roles: [], quotes: unattributed, words: 0, colour: -1 });
  }
  return groups;
}

/** Each quote's palette slot, looked up by its speaker rather than searched for. */
export function colourLookup(groups: readonly SpeakerGroup[]): (quote: Quote) => number {
  const colours = new Map(groups.map((group) => [group.id, group.colour]));
  return (quote) => colours.get(quote.speaker?.id ?? null) ?? -1;
}
