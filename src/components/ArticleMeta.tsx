const DATE_FORMAT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

interface ArticleMetaProps {
  publisher: string | null;
  date: string | null;
  readingMinutes: number;
}

/** Publisher, date and reading time, as the feed and the reader both show them. */
export function ArticleMeta({ publisher, date, readingMinutes }: ArticleMetaProps) {
  return (
    <p className="meta">
      {publisher && <span>{publisher}</span>}
      {date && <time dateTime={date}>{DATE_FORMAT.format(new Date(`${date}T00:00:00Z`))}</time>}
      <span>{readingMinutes} min read</span>
    </p>
  );
}
