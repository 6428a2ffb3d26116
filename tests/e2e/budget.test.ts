/**
 * Byte budgets on the production build the browser tests serve. Bytes are
 * deterministic, so unlike timings they belong in tests: the JavaScript a first visit
 * needs, and what the feed index costs per article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve('.tmp/e2e-dist');
// React, react-dom, react-router and react-query alone are ~100 kB gzipped.
const INITIAL_JS_GZIP_BUDGET = 130_000;
const FEED_INDEX_BYTES_PER_ARTICLE = 600;

describe('byte budgets', () => {
  it('should keep the JavaScript of a first visit within budget', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/gu)].map(
      (match) => match[1] ?? '',
    );
    const modulePreloads = [
      ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+)"/gu),
    ].map((match) => match[1] ?? '');
    const gzipped = [...scripts, ...modulePreloads].reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length,
      0,
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it('should keep the feed index small per article', () => {
    const indexFile = readdirSync(path.join(DIST, 'data')).find((name) =>
      name.startsWith('index.'),
    );
    const index = readFileSync(path.join(DIST, 'data', indexFile ?? ''), 'utf8');
    const articles = (index.match(/"slug":/gu) ?? []).length;
    expect(articles).toBeGreaterThan(0);
    expect(index.length / articles).toBeLessThanOrEqual(FEED_INDEX_BYTES_PER_ARTICLE);
  });
});
