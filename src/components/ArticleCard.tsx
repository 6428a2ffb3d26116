import { Link } from 'react-router';
import { paths } from '../app/paths.ts';
import type { ArticleSummary } from '../pipeline/article.ts';
import { ArticleMeta } from './ArticleMeta.tsx';

interface ArticleCardProps {
  summary: ArticleSummary;
  saved: boolean;
  read: boolean;
}

/** One article in a list: the feed, the saved list. */
export function ArticleCard({ summary, saved, read }: ArticleCardProps) {
  return (
    <article className={`card${read ? ' is-read' : ''}`}>
      <h2 className="card-title">
        <Link to={paths.article(summary.slug)}>{summary.title}</Link>
      </h2>
      <p className="card-badges">
        {!read && <span className="badge">Unread</span>}
        {saved && <span className="badge badge-saved">Saved</span>}
      </p>
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
