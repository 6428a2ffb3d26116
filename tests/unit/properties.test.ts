/**
 * Property-based tests: on any text, the pipeline never throws, every quote's offsets
 * slice out exactly its text, and no two quotes overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/pipeline/article.ts';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';

// Text built from the pieces that make quoting hard: every kind of mark, apostrophes,
// names, reporting verbs, sentence ends and paragraph breaks.
const PIECES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‹',
  '›',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  '—',
  'said',
  'told',
  'according to',
  'he',
  'she',
  'the minister',
  'Ned Price',
  'Tokayev',
  'Reuters',
  'the note',
  'AP',
  'we will',
  'Russia’s',
  "don't",
  '5"',
  'x',
  'A',
  '<script>',
  '&amp;',
  '\u00a0',
  '\r\n',
];

const articleText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

function parse(text: string): Article | undefined {
  const result = parseArticle({ file: 'random.txt', bytes: new TextEncoder().encode(text) });
  return result.ok ? result.article : undefined;
}

function spansOf(article: Article) {
  return article.quotes.flatMap((quote) => [
    { block: quote.block, start: quote.start, end: quote.end },
    ...quote.continuation,
  ]);
}

describe('the pipeline on random text', () => {
  it('should never throw', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        parse(text);
      }),
      { numRuns: 400 },
    );
  });

  it('should give every quote offsets that slice out exactly its text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const article = parse(text);
        for (const quote of article?.quotes ?? []) {
          const parts = [quote, ...quote.continuation].map((span) =>
            article?.blocks[span.block]?.text.slice(span.start, span.end),
          );
          expect(parts.join(' ')).toBe(quote.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('should never produce overlapping quotes', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const article = parse(text);
        const spans = article ? spansOf(article) : [];
        for (const a of spans) {
          for (const b of spans) {
            if (a !== b && a.block === b.block)
              expect(a.end <= b.start || b.end <= a.start).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('should never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        parseArticle({ file: 'bytes.txt', bytes });
      }),
      { numRuns: 300 },
    );
  });
});
