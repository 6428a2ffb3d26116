import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ArticleList } from '../../components/ArticleList.tsx';
import { summariesQuery } from '../../data/articleQueries.ts';
import { useSavedSlugs } from '../../data/readerState.ts';

export function SavedPage() {
  const { data: summaries } = useSuspenseQuery(summariesQuery());
  const saved = useSavedSlugs();
  const bySlug = new Map(summaries.map((summary) => [summary.slug, summary]));
  const articles = saved.flatMap((slug) => bySlug.get(slug) ?? []);
  return (
    <section aria-labelledby="saved-heading" className="feed">
      <h1 id="saved-heading" tabIndex={-1}>
        Saved articles
      </h1>
      {articles.length === 0 ? (
        <p>
          Nothing saved yet. Open an article and choose Save (or press <kbd>s</kbd>); it will wait
          for you here. <Link to={paths.feed()}>Back to the latest articles</Link>
        </p>
      ) : (
        <ArticleList articles={articles} />
      )}
    </section>
  );
}
