import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { feedIndexQuery } from '../../data/articleQueries.ts';

/** Previous and next article, in feed order. */
export function ArticleNav({ slug }: { slug: string }) {
  const { data: index } = useSuspenseQuery(feedIndexQuery());
  const at = index.articles.findIndex((article) => article.slug === slug);
  const previous = at > 0 ? index.articles[at - 1] : undefined;
  const next = at >= 0 ? index.articles[at + 1] : undefined;
  if (!previous && !next) return null;
  return (
    <nav className="article-nav" aria-label="More articles">
      {previous && (
        <Link to={paths.article(previous.slug)} rel="prev">
          <span className="article-nav-label">Previous</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link to={paths.article(next.slug)} rel="next">
          <span className="article-nav-label">Next</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
