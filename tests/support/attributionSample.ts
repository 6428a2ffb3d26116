/** The hand-labelled articles in tests/fixtures/attribution-sample, scored. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { scoreArticle, total, type Label, type Score } from './accuracy.ts';
import {
  scoreSources,
  totalSources,
  type SourceLabel,
  type SourceScore,
} from './sourceAccuracy.ts';

export const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/attribution-sample');

/**
 * Articles labelled the same way and kept back from rule-writing: only their figures are
 * ever printed, never their misses (tests/fixtures/holdout/README.md).
 */
export const HOLDOUT = path.resolve(import.meta.dirname, '../fixtures/holdout');

function isLabel(value: unknown): value is Label {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    (typeof value[1] === 'string' || value[1] === null)
  );
}

/** A labels file (in `folder`, or anywhere by an absolute path): article file -> its labelled quotes, in reading order. */
function readLabels(labelsFile: string, folder: string): Record<string, Label[]> {
  const parsed: unknown = JSON.parse(readFileSync(path.resolve(folder, labelsFile), 'utf8'));
  const labels: Record<string, Label[]> = {};
  for (const [file, list] of Object.entries(parsed ?? {})) {
    if (!Array.isArray(list) || !list.every(isLabel)) throw new Error(`${labelsFile}: ${file}`);
    labels[file] = list;
  }
  return labels;
}

export function scoreSample(labelsFile = 'labels.json', folder = SAMPLE): Score {
  const labels = readLabels(labelsFile, folder);
  return total(
    Object.entries(labels).map(([file, articleLabels]) => {
      const bytes = new Uint8Array(readFileSync(path.join(folder, file)));
      const result = parseArticle({ file, bytes });
      if (!result.ok) throw new Error(`${file}: ${result.diagnostic.message}`);
      const score = scoreArticle(result.article, articleLabels);
      return { ...score, misses: score.misses.map((miss) => `${file}: ${miss}`) };
    }),
  );
}

function parse(file: string): ReturnType<typeof parseArticle> {
  return parseArticle({ file, bytes: new Uint8Array(readFileSync(path.join(SAMPLE, file))) });
}

const SOURCE_KINDS = new Set([
  'news agency',
  'outlet',
  'government body',
  'official',
  'organization',
  'document',
  'anonymous',
  'person',
]);

function isSourceLabel(value: unknown): value is SourceLabel {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    SOURCE_KINDS.has(String(value[1]))
  );
}

/**
 * An article file -> the sources it cites, labelled by hand (fewer articles than
 * labels.json): sources.json for the tenth batch, sources-later.json for batches labelled
 * after its rules were written.
 */
export function scoreSourceSample(labels = 'sources.json'): SourceScore {
  const parsed: unknown = JSON.parse(readFileSync(path.join(SAMPLE, labels), 'utf8'));
  return totalSources(
    Object.entries(parsed ?? {}).map(([file, list]) => {
      if (!Array.isArray(list) || !list.every(isSourceLabel)) throw new Error(`${labels}: ${file}`);
      const result = parse(file);
      if (!result.ok) throw new Error(`${file}: ${result.diagnostic.message}`);
      const score = scoreSources(result.article.sources, list);
      return { ...score, misses: score.misses.map((miss) => `${file}: ${miss}`) };
    }),
  );
}
