import { useState } from 'react';
import { paths } from '../../../app/paths.ts';
import type { Quote } from '../../../pipeline/article.ts';

/** “…” — Ned Price, State Department spokesman, via Voice of America */
export function quoteWithAttribution(quote: Quote, publisher: string | null): string {
  const who = quote.speaker
    ? [quote.speaker.name, quote.speaker.role].filter(Boolean).join(', ')
    : 'unattributed';
  return `“${quote.text}” — ${who}${publisher ? `, via ${publisher}` : ''}`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface ShareQuoteProps {
  quote: Quote;
  slug: string;
  publisher: string | null;
}

/** Copy a link to the quote, or the quote with its attribution. */
export function ShareQuote({ quote, slug, publisher }: ShareQuoteProps) {
  const [status, setStatus] = useState('');
  const share = (what: string, text: string): void => {
    void copy(text).then((copied) => {
      setStatus(copied ? `${what} copied` : `Could not copy: ${text}`);
    });
  };
  const link = new URL(paths.quote(slug, quote.id), window.location.origin).href;
  return (
    <span className="share">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          share('Link', link);
        }}
      >
        Copy link
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          share('Quote', quoteWithAttribution(quote, publisher));
        }}
      >
        Copy quote
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </span>
  );
}
