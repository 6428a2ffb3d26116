import { useSuspenseQuery } from '@tanstack/react-query';
import { ArticleList } from '../../components/ArticleList.tsx';
import { feedIndexQuery } from '../../data/articleQueries.ts';

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
        <ArticleList articles={index.articles} />
      )}
    </section>
  );
}
