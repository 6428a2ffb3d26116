import { useSuspenseQuery } from '@tanstack/react-query';
import { feedIndexQuery } from '../../data/articleQueries.ts';
import { ArticleCard } from './ArticleCard.tsx';

export function FeedPage() {
  const { data: index } = useSuspenseQuery(feedIndexQuery());
  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h1 id="feed-heading" tabIndex={-1}>
        Latest articles
      </h1>
      {index.articles.length === 0 ? (
        <p>No articles yet. Add plain-text files to the seeds folder and rebuild.</p>
      ) : (
        <ol className="feed-list">
          {index.articles.map((summary) => (
            <li key={summary.slug}>
              <ArticleCard summary={summary} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
