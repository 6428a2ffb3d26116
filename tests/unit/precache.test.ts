import { describe, expect, it } from 'vitest';
import { precacheBudgetFrom, precacheWithinBudget } from '../../src/build/precache.ts';

const entries = [
  { url: 'index.html', size: 900 },
  { url: 'assets/index.abcdef12.js', size: 120_000 },
  { url: 'data/index.1.json', size: 5_000 },
  { url: 'data/articles/a.json', size: 400 },
  { url: 'data/articles/b.json', size: 400 },
  { url: 'data/articles/c.json', size: 400 },
  { url: 'data/search.1.json', size: 300 },
];
const order = [
  'data/articles/a.json',
  'data/articles/b.json',
  'data/articles/c.json',
  'data/search.1.json',
];
const urls = (kept: readonly { url: string }[]): string[] => kept.map((entry) => entry.url);

describe('precacheWithinBudget', () => {
  it('should keep everything when it all fits', () => {
    expect(precacheWithinBudget(entries, order, 10_000)).toEqual(entries);
  });

  it('should keep the shell and the index whatever the budget, then data in order while it fits', () => {
    expect(urls(precacheWithinBudget(entries, order, 900))).toEqual([
      'index.html',
      'assets/index.abcdef12.js',
      'data/index.1.json',
      'data/articles/a.json',
      'data/articles/b.json',
    ]);
  });

  it('should still take a smaller file that fits after a larger one that does not', () => {
    const withBigArticle = entries.map((entry) =>
      entry.url === 'data/articles/c.json' ? { ...entry, size: 9_000 } : entry,
    );
    expect(urls(precacheWithinBudget(withBigArticle, order, 1_200))).toContain(
      'data/search.1.json',
    );
    expect(urls(precacheWithinBudget(withBigArticle, order, 1_200))).not.toContain(
      'data/articles/c.json',
    );
  });

  it('should keep only the shell and the index with a budget of zero', () => {
    expect(urls(precacheWithinBudget(entries, order, 0))).toEqual([
      'index.html',
      'assets/index.abcdef12.js',
      'data/index.1.json',
    ]);
  });
});

describe('precacheBudgetFrom', () => {
  it('should read PRECACHE_BUDGET_BYTES and fall back to 10 MiB', () => {
    expect(precacheBudgetFrom({ PRECACHE_BUDGET_BYTES: '20000' })).toBe(20_000);
    expect(precacheBudgetFrom({})).toBe(10 * 1024 * 1024);
    expect(precacheBudgetFrom({ PRECACHE_BUDGET_BYTES: 'lots' })).toBe(10 * 1024 * 1024);
  });
});
