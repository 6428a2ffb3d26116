import type { ArticleSummary } from '../pipeline/article.ts';
import { useReadSlugs, useSavedSlugs } from '../data/readerState.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { useShortcuts } from './useShortcuts.ts';

/** Moves focus to the next (or previous) article link in the list; Enter then opens it. */
function focusCard(step: 1 | -1): void {
  const links = [...document.querySelectorAll<HTMLElement>('.article-list .card-title a')];
  if (links.length === 0) return;
  const current = links.findIndex((link) => link === document.activeElement);
  const next =
    current === -1
      ? step === 1
        ? 0
        : links.length - 1
      : Math.min(links.length - 1, Math.max(0, current + step));
  links[next]?.focus();
  links[next]?.scrollIntoView({ block: 'nearest' });
}

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  const saved = useSavedSlugs();
  const read = useReadSlugs();
  useShortcuts({
    j: () => {
      focusCard(1);
    },
    k: () => {
      focusCard(-1);
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
