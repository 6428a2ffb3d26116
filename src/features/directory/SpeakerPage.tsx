import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { directoryQuery } from '../../data/articleQueries.ts';
import { NotFoundError } from '../../data/errors.ts';

/** One speaker across every article: roles, and each quote linking to its place. */
export function SpeakerPage() {
  const { id = '' } = useParams();
  const { data: directory } = useSuspenseQuery(directoryQuery(id));
  const speaker = directory.speakers.find((entry) => entry.id === id);
  if (!speaker) throw new NotFoundError(`The speaker “${id}”`);
  const articles = [...new Set(speaker.quotes.map((quote) => quote.slug))];
  return (
    <section aria-labelledby="speaker-heading" className="directory-page">
      <h1 id="speaker-heading" tabIndex={-1}>
        {speaker.name}
      </h1>
      <p className="meta">
        <span>{speaker.kind}</span>
        <span>
          {speaker.quotes.length} {speaker.quotes.length === 1 ? 'quote' : 'quotes'} in{' '}
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}
        </span>
      </p>
      {speaker.roles.length > 0 && <p>{speaker.roles.join('; ')}</p>}
      <p>
        <Link to={paths.feedBySpeaker(speaker.id)}>Articles quoting {speaker.name}</Link>
      </p>
      <h2>Quotes</h2>
      <ul className="directory-quotes">
        {speaker.quotes.map((quote) => (
          <li key={`${quote.slug}-${quote.quoteId}`}>
            <Link
              to={paths.quote(quote.slug, quote.quoteId)}
              className={`panel-quote quote-${quote.kind}`}
            >
              “{quote.text}”
            </Link>
            <span className="directory-article">in {quote.title}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
