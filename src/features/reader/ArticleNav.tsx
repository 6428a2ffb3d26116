import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { summariesQuery } from '../../data/articleQueries.ts';

/**
 * Previous and next article, in feed order. It needs every summary (in a big bundle,
 * the index's further pages), so it appears when they are in rather than holding up
 * the article.
 */
export function ArticleNav({ slug }: { slug: string }) {
  const { data: summaries = [] } = useQuery(summariesQuery());
  const at = summaries.findIndex((article) => article.slug === slug);
  const previous = at > 0 ? summaries[at - 1] : undefined;
  const next = at >= 0 ? summaries[at + 1] : undefined;
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
