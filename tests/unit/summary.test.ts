import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { shorten, summarise } from '../../src/pipeline/summary.ts';
import { readSeed } from './support.ts';

describe('shorten', () => {
  it('should leave short text alone', () => {
    expect(shorten('Ten words or so.', 200)).toBe('Ten words or so.');
  });

  it('should cut at a word boundary, drop trailing punctuation and add an ellipsis', () => {
    expect(shorten('One two three, four five', 17)).toBe('One two three…');
  });

  it('should cut inside a word only when there is no space in the second half', () => {
    expect(shorten('Supercalifragilistic expialidocious', 10)).toBe('Supercali…');
  });
});

describe('summarise', () => {
  it('should keep the seed’s feed card small: a cut dek and the three most-quoted speakers', () => {
    const result = parseArticle(readSeed());
    if (!result.ok) throw new Error('the seed must parse');
    const summary = summarise(result.article, 'data/articles/0123456789ab.json');
    expect(summary.dek.length).toBeLessThanOrEqual(200);
    expect(result.article.dek.startsWith(summary.dek.slice(0, -1))).toBe(true);
    expect(summary.speakers.map((speaker) => speaker.name)).toEqual([
      'Kassym-Jomart Tokayev',
      'Ned Price',
      'Antony Blinken',
    ]);
    expect(JSON.stringify(summary).length).toBeLessThan(700);
  });
});
