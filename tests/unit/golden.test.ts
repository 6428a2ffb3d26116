/**
 * Golden fixtures, in the manner of Mozilla Readability's test pages: every folder in
 * tests/fixtures holds article.txt and the reviewed expected.json. New ones are found
 * automatically; `npx tsx scripts/addFixture.ts` drafts one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { toGolden } from '../support/goldenProjection.ts';
import { ROOT } from './support.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const names = readdirSync(FIXTURES).filter((name) =>
  existsSync(path.join(FIXTURES, name, 'expected.json')),
);

describe('golden fixtures', () => {
  it('should have fixtures to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(names)('should turn %s into its expected article', (name) => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name, 'article.txt')));
    const result = parseArticle({ file: 'article.txt', bytes });
    expect(result.ok).toBe(true);
    const expected: unknown = JSON.parse(
      readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'),
    );
    expect(result.ok && toGolden(result.article)).toEqual(expected);
  });
});
