import { quoteAnchor } from '../../app/paths.ts';
import type { Quote } from '../../pipeline/article.ts';

interface QuoteHighlightProps {
  quote: Quote;
  text: string;
  /** The first part of a quote carries its anchor and takes focus; later parts only show it. */
  anchor: boolean;
  colour: number;
  active: boolean;
}

function speakerLabel(quote: Quote): string {
  const who = quote.speaker
    ? [quote.speaker.name, quote.speaker.role].filter(Boolean).join(', ')
    : 'Unattributed: the article does not say who said this';
  return quote.kind === 'fragment' ? `${who} (partial quote)` : who;
}

/** The id of the element that describes a quote's speaker (see `SpeakerLabels`). */
export function speakerLabelId(quote: Quote): string {
  return `${quoteAnchor(quote.id)}-speaker`;
}

/** One quote in the text, coloured for its speaker, and described by its speaker's name. */
export function QuoteHighlight({ quote, text, anchor, colour, active }: QuoteHighlightProps) {
  const classes = [
    'quote',
    `quote-${quote.kind}`,
    quote.speaker ? `speaker-${colour}` : 'quote-unattributed',
    active ? 'is-active' : '',
  ].filter(Boolean);
  return (
    <mark
      id={anchor ? quoteAnchor(quote.id) : undefined}
      className={classes.join(' ')}
      tabIndex={anchor ? 0 : -1}
      aria-describedby={speakerLabelId(quote)}
      data-quote-id={quote.id}
    >
      {text}
    </mark>
  );
}

/**
 * The speakers' names, once per quote, for `aria-describedby`. They live outside the
 * text so they never join a heading's accessible name or a copied selection.
 */
export function SpeakerLabels({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <div hidden>
      {quotes.map((quote) => (
        <span key={quote.id} id={speakerLabelId(quote)}>
          {speakerLabel(quote)}
        </span>
      ))}
    </div>
  );
}
