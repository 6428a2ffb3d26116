/**
 * The reader's grouping of an article's quotes: by block for highlighting, by speaker for
 * the panel and the palette. An article can hold up to MAX_QUOTES quotes, and a client of
 * the data may hand the reader more; both walks must grow in step with the quotes. The
 * limit is far from both sides: 100,000 quotes take well under a second here, and took
 * hours when each block's list was copied for every quote added.
 */
import { describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../../src/pipeline/article.ts';
import { partsByBlock } from '../../src/features/reader/segments.ts';
import { colourLookup, speakerGroups } from '../../src/features/reader/speakers.ts';

const COUNT = 100_000;
const LIMIT_MS = 30_000;

function speaker(index: number): Speaker {
  return { id: `s${index}`, name: `Speaker ${index}`, mention: 'he', role: null, kind: 'person' };
}

function quotesInOneBlock(count: number, speakers: number): Quote[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    text: 'we are here',
    block: 1,
    start: i * 20,
    end: i * 20 + 11,
    continuation: [],
    kind: 'full',
    speaker: i % 10 === 0 ? null : speaker(i % speakers),
    cue: 'said',
  }));
}

describe('the reader’s grouping of quotes', () => {
  it(
    'should put 100,000 quotes of one block in order, in linear time',
    () => {
      const quotes = quotesInOneBlock(COUNT, 200);
      const parts = partsByBlock([...quotes].reverse()).get(1) ?? [];
      expect(parts).toHaveLength(COUNT);
      expect(parts.map((part) => part.start)).toEqual(quotes.map((quote) => quote.start));
    },
    LIMIT_MS,
  );

  it(
    'should group 100,000 quotes by speaker and colour each by its group, in linear time',
    () => {
      const quotes = quotesInOneBlock(COUNT, 200);
      const groups = speakerGroups({ quotes });
      const colour = colourLookup(groups);
      expect(groups.reduce((total, group) => total + group.quotes.length, 0)).toBe(COUNT);
      const unattributed = groups.find((group) => group.id === null);
      expect(unattributed?.quotes).toHaveLength(COUNT / 10);
      for (const quote of quotes.slice(0, 50)) {
        const group = groups.find((candidate) => candidate.id === (quote.speaker?.id ?? null));
        expect(colour(quote)).toBe(group?.colour);
      }
      const first = quotes[0];
      expect(first && colour(first)).toBe(-1);
    },
    LIMIT_MS,
  );
});
