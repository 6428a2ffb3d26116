/**
 * A block's text cut into plain runs and quoted runs, so the reader can wrap each
 * quote in a highlight without ever building markup from article text.
 */
import type { Quote } from '../../pipeline/article.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'quote';
      text: string;
      quote: Quote;
      /** The first part carries the quote's anchor. */ anchor: boolean;
    };

interface Part {
  start: number;
  end: number;
  quote: Quote;
  anchor: boolean;
}

/** Every quote part that lies in each block, by block index. */
export function partsByBlock(quotes: readonly Quote[]): Map<number, Part[]> {
  const byBlock = new Map<number, Part[]>();
  const add = (block: number, part: Part): void => {
    const parts = byBlock.get(block);
    if (parts) parts.push(part);
    else byBlock.set(block, [part]);
  };
  for (const quote of quotes) {
    add(quote.block, { start: quote.start, end: quote.end, quote, anchor: true });
    for (const span of quote.continuation)
      add(span.block, { start: span.start, end: span.end, quote, anchor: false });
  }
  for (const parts of byBlock.values()) parts.sort((a, b) => a.start - b.start);
  return byBlock;
}

export function segment(text: string, parts: readonly Part[] = []): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.start < at || part.end > text.length) continue;
    if (part.start > at) segments.push({ kind: 'text', text: text.slice(at, part.start) });
    segments.push({
      kind: 'quote',
      text: text.slice(part.start, part.end),
      quote: part.quote,
      anchor: part.anchor,
    });
    at = part.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
