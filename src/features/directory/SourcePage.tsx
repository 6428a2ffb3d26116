import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { directoryQuery } from '../../data/articleQueries.ts';
import { NotFoundError } from '../../data/errors.ts';

/** One source across every article: the articles that cite it. */
export function SourcePage() {
  const { id = '' } = useParams();
  const { data: directory } = useSuspenseQuery(directoryQuery(id));
  const source = directory.sources.find((entry) => entry.id === id);
  if (!source) throw new NotFoundError(`The source “${id}”`);
  return (
    <section aria-labelledby="source-heading" className="directory-page">
      <h1 id="source-heading" tabIndex={-1}>
        {source.name}
      </h1>
      <p className="meta">
        <span>{source.kind}</span>
        <span>
          cited in {source.articles.length} {source.articles.length === 1 ? 'article' : 'articles'}
        </span>
      </p>
      <p>
        <Link to={paths.feedBySource(source.id)}>Show these articles in the feed</Link>
      </p>
      <h2>Articles</h2>
      <ul className="directory-articles">
        {source.articles.map((article) => (
          <li key={article.slug}>
            <Link to={paths.article(article.slug)}>{article.title}</Link>{' '}
            <span className="directory-article">
              ({article.citations} {article.citations === 1 ? 'citation' : 'citations'})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
