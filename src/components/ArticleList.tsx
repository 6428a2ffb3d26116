import type { ArticleSummary } from '../pipeline/article.ts';
import { useReadSlugs, useSavedSlugs } from '../data/readerState.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { moveFocus } from './moveFocus.ts';
import { useShortcuts } from './useShortcuts.ts';

const CARD_LINKS = '.article-list .card-title a';

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  const saved = useSavedSlugs();
  const read = useReadSlugs();
  useShortcuts({
    j: () => {
      moveFocus(CARD_LINKS, 1, false);
    },
    k: () => {
      moveFocus(CARD_LINKS, -1, false);
    },
  });
  return (
    <ol className="article-list">
      {articles.map((summary) => (
        <li key={summary.slug}>
          <ArticleCard
            summary={summary}
            saved={saved.includes(summary.slug)}
            read={read.includes(summary.slug)}
          />
        </li>
      ))}
    </ol>
  );
}
