import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, retitle } from '../../src/build/corpusGenerator.ts';
import { readSeedFolder } from '../../src/build/seedFiles.ts';
import { buildArticles } from '../../src/pipeline/buildArticles.ts';
import { ROOT } from './support.ts';

const E2E_SEEDS = path.join(ROOT, 'tests', 'e2e', 'seeds');

describe('retitle', () => {
  it('should add the suffix to the first non-empty line and leave the body alone', () => {
    expect(retitle('\r\n  Port strike ends \r\n\r\nBody “text”.\r\n', ' (2)')).toBe(
      '\r\n  Port strike ends (2)\r\n\r\nBody “text”.\r\n',
    );
  });

  it('should skip front matter', () => {
    expect(retitle('---\ntitle: T\n---\nHeadline\n\nBody\n', ' (3)')).toBe(
      '---\ntitle: T\n---\nHeadline (3)\n\nBody\n',
    );
  });
});

describe('generateCorpus', () => {
  it('should repeat real articles up to the count, each with its own title and slug', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sourced-corpus-'));
    const written = await generateCorpus({ source: E2E_SEEDS, out, count: 7 });

    expect(written).toHaveLength(7);
    expect(readdirSync(out).sort()).toEqual([...written].sort());
    const [first] = readdirSync(E2E_SEEDS).sort();
    expect(readFileSync(path.join(out, `0_${first ?? ''}`))).toEqual(
      readFileSync(path.join(E2E_SEEDS, first ?? '')),
    );
    const { articles, diagnostics } = buildArticles(await readSeedFolder(out));
    expect(articles).toHaveLength(7);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(7);
    expect(diagnostics.filter((diagnostic) => diagnostic.message.includes('same title'))).toEqual(
      [],
    );
  });
});
