import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ArticleSummary } from '../../pipeline/article.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';

export function ArticleCard({ summary }: { summary: ArticleSummary }) {
  return (
    <article className="card">
      <h2 className="card-title">
        <Link to={paths.article(summary.slug)}>{summary.title}</Link>
      </h2>
      <p className="card-dek">{summary.dek}</p>
      <ArticleMeta
        publisher={summary.publisher}
        date={summary.date}
        readingMinutes={summary.readingMinutes}
      />
      <p className="card-counts">
        {summary.quoteCount} {summary.quoteCount === 1 ? 'quote' : 'quotes'} · {summary.sourceCount}{' '}
        {summary.sourceCount === 1 ? 'source' : 'sources'}
        {summary.speakers.length > 0 && (
          <> · {summary.speakers.map((speaker) => speaker.name).join(', ')}</>
        )}
      </p>
    </article>
  );
}
