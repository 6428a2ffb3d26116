import { Link } from 'react-router';
import { paths, quoteAnchor } from '../../../app/paths.ts';
import type { SpeakerGroup } from '../speakers.ts';
import { ShareQuote } from './ShareQuote.tsx';

interface QuotesTabProps {
  groups: readonly SpeakerGroup[];
  slug: string;
  publisher: string | null;
}

/** Quotes grouped by speaker; each quote links to its place in the text. */
export function QuotesTab({ groups, slug, publisher }: QuotesTabProps) {
  if (groups.length === 0) return <p>This article quotes no one directly.</p>;
  return (
    <ul className="speaker-groups">
      {groups.map((group) => (
        <li key={group.id ?? 'unattributed'} className="speaker-group">
          <h3 className="speaker-heading">
            <span
              className={`speaker-swatch ${group.id === null ? 'quote-unattributed' : `speaker-${group.colour}`}`}
              aria-hidden="true"
            />
            {group.id === null ? (
              'Unattributed'
            ) : (
              <Link to={paths.speaker(group.id)}>{group.speaker?.name}</Link>
            )}
            <span className="speaker-count">
              {group.quotes.length} {group.quotes.length === 1 ? 'quote' : 'quotes'}
            </span>
          </h3>
          {group.roles.length > 0 && <p className="speaker-role">{group.roles.join('; ')}</p>}
          <ol className="panel-quotes">
            {group.quotes.map((quote) => (
              <li key={quote.id}>
                <Link
                  to={{ hash: quoteAnchor(quote.id) }}
                  className={`panel-quote quote-${quote.kind}`}
                >
                  “{quote.text}”
                </Link>
                <ShareQuote quote={quote} slug={slug} publisher={publisher} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
