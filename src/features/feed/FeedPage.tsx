import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ArticleList } from '../../components/ArticleList.tsx';
import { directoryQuery, feedIndexQuery, summariesQuery } from '../../data/articleQueries.ts';

interface Filter {
  heading: string;
  slugs: Set<string>;
}

/** `?speaker=<id>` or `?source=<id>`: the feed narrowed to the articles that quote or cite them. */
function FilteredFeed({ speaker, source }: { speaker: string | null; source: string | null }) {
  const { data: directory } = useSuspenseQuery(directoryQuery(speaker ?? source ?? ''));
  const { data: articles } = useSuspenseQuery(summariesQuery());
  const bySpeaker =
    speaker === null ? undefined : directory.speakers.find((entry) => entry.id === speaker);
  const bySource =
    source === null ? undefined : directory.sources.find((entry) => entry.id === source);
  const filter: Filter = bySpeaker
    ? {
        heading: `Articles quoting ${bySpeaker.name}`,
        slugs: new Set(bySpeaker.quotes.map((quote) => quote.slug)),
      }
    : bySource
      ? {
          heading: `Articles citing ${bySource.name}`,
          slugs: new Set(bySource.articles.map((article) => article.slug)),
        }
      : { heading: 'No articles match this filter', slugs: new Set() };
  const matching = articles.filter((article) => filter.slugs.has(article.slug));
  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h1 id="feed-heading" tabIndex={-1}>
        {filter.heading}
      </h1>
      <p>
        <Link to={paths.feed()}>Show all articles</Link>
      </p>
      {matching.length > 0 && <ArticleList articles={matching} />}
    </section>
  );
}

export function FeedPage() {
  const { data: index } = useSuspenseQuery(feedIndexQuery());
  // The index holds the newest articles; the rest arrive in pages after the first render.
  const { data: summaries = index.articles } = useQuery(summariesQuery());
  const [params] = useSearchParams();
  const speaker = params.get('speaker');
  const source = params.get('source');
  if (speaker !== null || source !== null) {
    return <FilteredFeed speaker={speaker} source={source} />;
  }
  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h1 id="feed-heading" tabIndex={-1}>
        Latest articles
      </h1>
      {index.articleCount === 0 ? (
        <p>No articles yet. Add plain-text files to the seeds folder and rebuild.</p>
      ) : (
        <ArticleList articles={summaries} total={index.articleCount} />
      )}
    </section>
  );
}
