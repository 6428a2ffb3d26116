/**
 * Files shaped to make the pipeline's work grow faster than their length: thousands of
 * stray marks in one paragraph, a paragraph that never ends a sentence, a list of
 * thousands of names. Each is about 256 KB (the size limit is 2 MB) and must build in
 * linear time. The limit below is far from both sides: each takes about a second or
 * less here, and each took minutes (some hours) while its work grew with the square of
 * its length.
 */
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/buildArticles.ts';
import { MAX_CAST_MEMBERS } from '../../src/pipeline/people.ts';
import { MAX_QUOTES } from '../../src/pipeline/quotes.ts';
import { seedOf } from './support.ts';

const SIZE = 256 * 1024;
const LIMIT_MS = 30_000;

function filled(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length));
}

function distinctNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `John Q${i.toString(36)}x Smith${i.toString(36)}`);
}

const SHAPES: [string, string][] = [
  ['opening marks and no closing ones', filled('"a ')],
  ['closing marks and no opening ones', filled('a" ')],
  ['curly marks, each pair one word', filled('“a ”b ')],
  ['single marks that may be apostrophes', filled("'a 'b ")],
  ['quotes inside quotes', filled("\"He said 'x y' and ")],
  ['stops with nothing after them', `A${filled('!')}x`],
  ['full stops run together', `He ${filled('.')}x said.`],
  ['capitalised words and no full stop', `${filled('Aa ')}x.`],
  ['names joined by "and"', `${filled('Smith and ')}Jones said "hi there you".`],
  ['names followed by a colon', `${filled('Smith: ')}"hi there you".`],
  ['brackets never closed', filled('[a ')],
  [
    'bodies, each with its initials',
    `${Array.from({ length: SIZE / 24 }, (_, i) => `Group Of X${i} (GX${i})`).join(' and ')}.`,
  ],
  [
    'a paragraph for each of thousands of people',
    distinctNames(SIZE / 50)
      .map((name) => `${name} said "we met people here".`)
      .join('\n\n'),
  ],
  ['a role written as one endless word', `The ${filled('sitedµ')} minister John Smith said "hi".`],
  [
    'a body named by initials, and words in capitals that run on',
    `The UNHCR said hi.\n\n${filled('A')}A#A A`,
  ],
  ['spaces that end no line', `${filled(' ')}# `],
  [
    'one speaker, then thousands of quotes by "he"',
    `John Smith said "hi there you all". ${filled('"We are here now," he said. ')}`,
  ],
];

describe('files shaped to make the work grow faster than their length', () => {
  it.each(SHAPES)(
    'should build one of %s in linear time',
    (shape, body) => {
      const result = buildArticles([seedOf('hostile.txt', `Title\n\n${body}\n`)]);
      expect(
        result.articles.map((article) => article.file),
        shape,
      ).toEqual(['hostile.txt']);
    },
    LIMIT_MS,
  );

  it('should keep a cast of at most its limit, and say when a file names more', () => {
    const names = distinctNames(MAX_CAST_MEMBERS + 50);
    const result = buildArticles([
      seedOf('names.txt', `Names\n\n${names.map((name) => `${name} spoke.`).join('\n\n')}\n`),
    ]);
    expect(result.diagnostics).toEqual([
      {
        file: 'names.txt',
        severity: 'warning',
        message: `the article names over ${MAX_CAST_MEMBERS} people and bodies; those named after them are not matched to their later mentions`,
      },
    ]);
  });

  it('should mark at most its limit of quotes, and say how many the file holds', () => {
    const result = buildArticles([
      seedOf('quotes.txt', `Quotes\n\n${'He said "we are here now". '.repeat(MAX_QUOTES + 5)}\n`),
    ]);
    expect(result.articles[0]?.quotes).toHaveLength(MAX_QUOTES);
    expect(result.diagnostics).toEqual([
      {
        file: 'quotes.txt',
        severity: 'warning',
        message: 'the article holds 1,005 quotes; only the first 1,000 are marked',
      },
    ]);
  });
});
