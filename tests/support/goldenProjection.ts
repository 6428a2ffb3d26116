/**
 * What a golden fixture pins of an Article: the parts a reader sees and that the
 * accuracy bars are about, not incidental fields such as ids and offsets.
 */
import type { Article } from '../../src/pipeline/article.ts';

export interface GoldenArticle {
  title: string;
  publisher: string | null;
  blockKinds: Record<string, number>;
  quotes: { text: string; kind: string; speaker: string | null; cue: string | null }[];
  sources: { name: string; kind: string }[];
}

export function toGolden(article: Article): GoldenArticle {
  const blockKinds: Record<string, number> = {};
  for (const block of article.blocks) blockKinds[block.kind] = (blockKinds[block.kind] ?? 0) + 1;
  return {
    title: article.title,
    publisher: article.publisher,
    blockKinds,
    quotes: article.quotes.map((quote) => ({
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker?.name ?? null,
      cue: quote.cue,
    })),
    sources: article.sources.map((source) => ({ name: source.name, kind: source.kind })),
  };
}
