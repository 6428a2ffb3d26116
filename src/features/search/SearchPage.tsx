import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { Highlighted } from '../../components/Highlighted.tsx';
import { searchIndexQuery, summariesQuery } from '../../data/articleQueries.ts';

const MAX_RESULTS = 50;

function Results({ query }: { query: string }) {
  const { data: allSummaries } = useSuspenseQuery(summariesQuery());
  const { data: search } = useSuspenseQuery(searchIndexQuery());
  const results = useMemo(() => search.search(query).slice(0, MAX_RESULTS), [search, query]);
  const summaries = new Map(allSummaries.map((article) => [article.slug, article]));
  if (results.length === 0) return <p>No articles match “{query}”.</p>;
  return (
    <>
      <p role="status">
        {results.length} {results.length === 1 ? 'article matches' : 'articles match'} “{query}”,
        best first.
      </p>
      <ol className="article-list">
        {results.map((result) => {
          const summary = summaries.get(String(result.id));
          if (!summary) return null;
          return (
            <li key={summary.slug}>
              <article className="card">
                <h2 className="card-title">
                  <Link to={paths.article(summary.slug)}>
                    <Highlighted text={summary.title} terms={result.terms} />
                  </Link>
                </h2>
                <p className="card-dek">
                  <Highlighted text={summary.dek} terms={result.terms} />
                </p>
                <p className="card-counts">
                  Matches in {[...new Set(Object.values(result.match).flat())].join(', ')}
                </p>
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** `/search?q=`: ranked full-text results over titles, text, quotes and speakers. */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  return (
    <section aria-labelledby="search-heading" className="feed">
      <h1 id="search-heading" tabIndex={-1}>
        {query === '' ? 'Search' : `Search: ${query}`}
      </h1>
      {query === '' ? (
        <p>Type words from a title, a quote or a speaker’s name in the search box above.</p>
      ) : (
        <Results query={query} />
      )}
    </section>
  );
}
