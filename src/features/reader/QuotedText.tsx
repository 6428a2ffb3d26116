import type { Quote } from '../../pipeline/article.ts';
import { QuoteHighlight } from './QuoteHighlight.tsx';
import { segment } from './segments.ts';

interface QuotedTextProps {
  text: string;
  parts: Parameters<typeof segment>[1];
  colourOf: (quote: Quote) => number;
  activeQuoteId: string | null;
}

/** A block's text with its quotes highlighted; everything is rendered as text. */
export function QuotedText({ text, parts, colourOf, activeQuoteId }: QuotedTextProps) {
  return (
    <>
      {segment(text, parts).map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <QuoteHighlight
            key={index}
            quote={piece.quote}
            text={piece.text}
            anchor={piece.anchor}
            colour={colourOf(piece.quote)}
            active={piece.quote.id === activeQuoteId}
          />
        ),
      )}
    </>
  );
}
