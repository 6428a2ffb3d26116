import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { seedOf } from './support.ts';

function articleOf(body: string) {
  const result = parseArticle(seedOf('case.txt', `A headline\n\n${body}`));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.article;
}

describe('a quote whose middle paragraphs lost both marks', () => {
  it('should be one quote over all its paragraphs, with its speaker', () => {
    const article = articleOf(
      [
        'Disney President and CEO Bob Iger stated: "Since our maiden voyage in 1998, the line has been a success.',
        'It has brought our family vacation experience to the high seas.',
        'We are excited to announce the expansion of our fleet."',
        'Names have not yet been announced for the ships.',
      ].join('\n\n'),
    );
    const [quote, ...others] = article.quotes;
    expect(others).toEqual([]);
    expect(quote?.speaker?.name).toBe('Bob Iger');
    expect(quote?.continuation.map((part) => part.block)).toEqual([2, 3]);
    for (const part of [quote, ...(quote?.continuation ?? [])])
      expect(article.blocks[part?.block ?? -1]?.text.slice(part?.start, part?.end)).not.toMatch(
        /^["“]|["”]$/u,
      );
    expect(article.diagnostics).toEqual([]);
  });

  it('should not join across more than two unmarked paragraphs', () => {
    const article = articleOf(
      [
        'Bob Iger stated: "Since our maiden voyage in 1998, the line has been a success.',
        'The ships are large.',
        'They are planned to be two decks taller.',
        'They will be christened in 2011.',
        'We are excited to announce the expansion of our fleet."',
      ].join('\n\n'),
    );
    expect(article.quotes.map((quote) => quote.continuation.length)).toEqual([0, 0]);
  });
});
