/**
 * Byte budgets on the production build the browser tests serve. Bytes are
 * deterministic, so unlike timings they belong in tests: the JavaScript a first visit
 * needs, beside the bare React + react-dom + react-router + react-query floor built
 * here by the same Vite, and what the feed index costs per article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJsGzipBytes } from '../../scripts/bench/build.ts';
import { floorInitialJsGzipBytes } from '../../scripts/bench/floor.ts';

const DIST = path.resolve('.tmp/e2e-dist');
const INITIAL_JS_OVER_FLOOR = 1.3;
const FEED_INDEX_BYTES_PER_ARTICLE = 600;

describe('byte budgets', () => {
  it('should keep the JavaScript of a first visit within 1.3× the bare libraries', async () => {
    const app = initialJsGzipBytes(DIST);
    const floor = await floorInitialJsGzipBytes(path.resolve('.tmp/budget'));
    // Production builds of the four libraries: ~107 kB (a development React is twice that).
    expect(floor).toBeGreaterThan(80_000);
    expect(floor).toBeLessThan(140_000);
    expect(app / floor).toBeLessThanOrEqual(INITIAL_JS_OVER_FLOOR);
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
