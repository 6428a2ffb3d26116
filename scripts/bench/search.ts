/**
 * Search latency over a built bundle: the app's own index file and options, queried
 * with words, names and typed prefixes taken from the articles themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { ArticleSummary } from '../../src/pipeline/article.ts';
import { toFeedIndex, toFeedPage } from '../../src/data/guards.ts';
import { SEARCH_OPTIONS } from '../../src/pipeline/searchDocuments.ts';

const QUERIES_PER_KIND = 100;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function queriesFrom(summaries: readonly ArticleSummary[]): string[] {
  const step = Math.max(1, Math.floor(summaries.length / QUERIES_PER_KIND));
  const sample = summaries.filter((_, i) => i % step === 0).slice(0, QUERIES_PER_KIND);
  const longestWord = (text: string): string =>
    text
      .split(/[^\p{L}\p{N}]+/u)
      .reduce((best, word) => (word.length > best.length ? word : best), '');
  const words = sample.map((summary) => longestWord(summary.title));
  const prefixes = words.map((word) => word.slice(0, 4));
  const names = summaries
    .flatMap((summary) => summary.speakers.map((speaker) => speaker.name))
    .filter((name, i, all) => all.indexOf(name) === i)
    .slice(0, QUERIES_PER_KIND);
  const phrases = sample.map((summary) => summary.dek.split(' ').slice(2, 5).join(' '));
  return [...words, ...prefixes, ...names, ...phrases].filter((query) => query.trim() !== '');
}

export function benchSearch(distDir: string): string[] {
  const dataDir = path.join(distDir, 'data');
  const indexFile = readdirSync(dataDir).find((name) => name.startsWith('index.')) ?? '';
  const indexPath = path.join(dataDir, indexFile);
  const index = toFeedIndex(JSON.parse(readFileSync(indexPath, 'utf8')), indexPath);
  const json = readFileSync(path.join(distDir, index.searchUrl), 'utf8');
  const loadStart = performance.now();
  const search = MiniSearch.loadJSON(json, SEARCH_OPTIONS);
  const loadMs = performance.now() - loadStart;
  const summaries = [
    ...index.articles,
    ...index.morePages.flatMap((page) => {
      const pagePath = path.join(distDir, page);
      return toFeedPage(JSON.parse(readFileSync(pagePath, 'utf8')), pagePath).articles;
    }),
  ];
  const queries = queriesFrom(summaries);
  for (const query of queries) search.search(query); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const start = performance.now();
      search.search(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return [
    `search index: ${(json.length / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms`,
    `search latency over ${index.articleCount} articles, ${queries.length} queries × 3: p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, max ${percentile(times, 1).toFixed(2)} ms`,
  ];
}
