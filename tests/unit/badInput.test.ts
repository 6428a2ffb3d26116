import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/buildArticles.ts';
import { readSeed, seedOf } from './support.ts';

function buildWithSeed(bad: ReturnType<typeof seedOf>) {
  return buildArticles([readSeed(), bad]);
}

describe('bad input', () => {
  it.each([
    ['empty.txt', '', 'the file is empty'],
    ['blank.txt', '  \n\t\n  ', 'the file is empty'],
  ])('should report %s and still build the other articles', (file, text, message) => {
    const result = buildWithSeed(seedOf(file, text));
    expect(result.articles.map((article) => article.file)).toEqual(['000_f8e586dc1c25d4d8.txt']);
    expect(result.diagnostics).toEqual([{ file, severity: 'error', message }]);
  });

  it('should report a binary file', () => {
    const result = buildWithSeed({
      file: 'image.txt',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
    });
    expect(result.articles).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      {
        file: 'image.txt',
        severity: 'error',
        message: 'the file is binary (it contains NUL bytes), not text',
      },
    ]);
  });

  it('should report a Markdown file whose front matter is all there is', () => {
    const result = buildWithSeed(seedOf('only-meta.md', '---\ndate: 2022-01-01\n---\n\n'));
    expect(result.diagnostics).toEqual([
      { file: 'only-meta.md', severity: 'error', message: 'the file has no title' },
    ]);
  });

  it('should keep HTML as text and warn about it', () => {
    const result = buildWithSeed(
      seedOf(
        'html.txt',
        'Title <b>bold</b>\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>',
      ),
    );
    const article = result.articles.find((a) => a.file === 'html.txt');
    expect(article?.title).toBe('Title <b>bold</b>');
    expect(article?.blocks[1]?.text).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(result.diagnostics).toContainEqual({
      file: 'html.txt',
      severity: 'warning',
      message: 'the text contains HTML tags; they are shown as text, not markup',
    });
  });

  it('should not take the tickers and firm names wire copy puts in angle brackets for HTML', () => {
    const result = buildWithSeed(
      seedOf(
        'wire.txt',
        'K MART <KM> SAYS RECORD NET\n\n<Willis Faber Plc> said its stake in Morgan Grenfell Group Plc <MGFL.L> was not for sale.',
      ),
    );
    expect(result.diagnostics.filter((d) => d.file === 'wire.txt')).toEqual([]);
  });

  it('should give two files with the same title distinct slugs and say so', () => {
    const result = buildArticles([
      seedOf('a.txt', 'Same\n\nOne.'),
      seedOf('b.txt', 'Same\n\nTwo.'),
    ]);
    expect(result.articles.map((article) => article.slug)).toEqual([
      'same',
      expect.stringMatching(/^same-[0-9a-z]{5}$/),
    ]);
    expect(result.diagnostics.map((d) => [d.file, d.severity])).toEqual([
      ['a.txt', 'warning'],
      ['b.txt', 'warning'],
    ]);
  });

  it('should name only a few of the files that share a title', () => {
    const seeds = Array.from({ length: 2_000 }, (_, i) => seedOf(`${i}.txt`, 'Untitled\n\nText.'));
    const { diagnostics } = buildArticles(seeds);
    expect(diagnostics).toHaveLength(2_000);
    expect(diagnostics[0]?.message).toMatch(
      /^another file has the same title \(1\.txt, 2\.txt, 3\.txt and 1,996 more\); this one is at \/articles\/untitled$/u,
    );
  });

  it('should build a 100,000-paragraph article', () => {
    const text = `Title\n\n${'A short paragraph.\n\n'.repeat(100_000)}`;
    const result = buildArticles([seedOf('long.txt', text)]);
    expect(result.articles[0]?.blocks).toHaveLength(100_001);
  });

  it('should report a 10 MB file as too large', () => {
    const result = buildArticles([seedOf('huge.txt', `Title\n\n${'x'.repeat(10 * 1024 * 1024)}`)]);
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(/^the file is 10\.0 MB, over the 2\.0 MB limit/);
  });
});
