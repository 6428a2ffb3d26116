import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/buildArticles.ts';
import {
  SEARCH_OPTIONS,
  searchDocument,
  searchTerm,
  searchWords,
  type SearchDocument,
} from '../../src/pipeline/searchDocuments.ts';
import { readSeed, seedOf } from './support.ts';

const { articles } = buildArticles([
  readSeed(),
  seedOf(
    'port.txt',
    'Port strike ends in Rotterdam\n\n“We are back at work,” union leader Anna de Vries said on Friday.',
  ),
]);
const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
index.addAll(articles.map(searchDocument));
const slugsFor = (query: string): string[] =>
  index.search(query).map((result) => String(result.id));
const SEED = 'president-of-kazakhstan-orders-shoot-to-kill-against-protesters';
const PORT = 'port-strike-ends-in-rotterdam';

describe('search', () => {
  it('should leave stop words out of the index and the query', () => {
    expect(searchTerm('The')).toBeNull();
    expect(searchTerm('Tokayev')).toBe('tokayev');
    expect(slugsFor('said on Friday')).toEqual(expect.arrayContaining([SEED, PORT]));
  });

  it('should need every word of a query', () => {
    expect(slugsFor('strike Rotterdam')).toEqual([PORT]);
    expect(slugsFor('strike Kazakhstan')).toEqual([]);
  });

  it('should treat the last word as a prefix being typed', () => {
    expect(slugsFor('Tokay')).toEqual([SEED]);
    expect(slugsFor('protesters Tokay')).toEqual([SEED]);
    expect(slugsFor('Tokay protesters')).toEqual([]);
  });

  it('should forgive a typo in a longer word', () => {
    expect(slugsFor('Kazakstan')).toEqual([SEED]);
  });

  it('should find speakers by name and rank a title match first', () => {
    expect(slugsFor('Vries')).toEqual([PORT]);
    expect(slugsFor('port')[0]).toBe(PORT);
  });
});

describe('search words', () => {
  it('should keep dotted abbreviations as one word and drop single letters', () => {
    expect(searchWords('The U.S. said Bush’s aide, H.R.M. Smith.')).toEqual([
      'The',
      'US',
      'said',
      'Bush',
      's',
      'aide',
      'HRM',
      'Smith',
      '',
    ]);
    expect(searchTerm('s')).toBeNull();
  });
});
