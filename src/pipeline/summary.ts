/** Article -> the feed's small summary of it. */
import type { Article, ArticleSummary } from './article.ts';
import { countWords } from './metrics.ts';

const MAX_FEED_SPEAKERS = 3;
/** A card shows about three lines of the dek; the whole of it would double the index. */
const MAX_DEK_CHARACTERS = 200;

/** Cuts text at a word boundary to at most `max` characters, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1);
  return `${words.replace(/(?<![\s,;:.–—-])[\s,;:.–—-]+$/u, '')}…`;
}

/** Speakers by quoted words, most first: the share of voice a reader sees. */
export function speakerShares(
  article: Pick<Article, 'quotes'>,
): { id: string; name: string; words: number }[] {
  const shares = new Map<string, { id: string; name: string; words: number }>();
  for (const quote of article.quotes) {
    if (!quote.speaker) continue;
    const share = shares.get(quote.speaker.id) ?? {
      id: quote.speaker.id,
      name: quote.speaker.name,
      words: 0,
    };
    share.words += countWords(quote.text);
    shares.set(share.id, share);
  }
  return [...shares.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

export function summarise(article: Article, dataUrl: string): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    dek: shorten(article.dek, MAX_DEK_CHARACTERS),
    publisher: article.publisher,
    date: article.date,
    readingMinutes: article.readingMinutes,
    quoteCount: article.quotes.length,
    sourceCount: article.sources.length,
    speakers: speakerShares(article)
      .slice(0, MAX_FEED_SPEAKERS)
      .map(({ id, name }) => ({ id, name })),
    dataUrl,
  };
}

/** Newest first where dates are known, undated last, then by title. */
export function compareForFeed(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date.localeCompare(a.date);
  }
  return a.title.localeCompare(b.title);
}
