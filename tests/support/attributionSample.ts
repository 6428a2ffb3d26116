/** The hand-labelled articles in tests/fixtures/attribution-sample, scored. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { scoreArticle, total, type Label, type Score } from './accuracy.ts';

export const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/attribution-sample');

function isLabel(value: unknown): value is Label {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    (typeof value[1] === 'string' || value[1] === null)
  );
}

/** labels.json: article file -> its labelled quotes, in reading order. */
function readLabels(): Record<string, Label[]> {
  const parsed: unknown = JSON.parse(readFileSync(path.join(SAMPLE, 'labels.json'), 'utf8'));
  const labels: Record<string, Label[]> = {};
  for (const [file, list] of Object.entries(parsed ?? {})) {
    if (!Array.isArray(list) || !list.every(isLabel)) throw new Error(`labels.json: ${file}`);
    labels[file] = list;
  }
  return labels;
}

export function scoreSample(): Score {
  const labels = readLabels();
  return total(
    Object.entries(labels).map(([file, articleLabels]) => {
      const bytes = new Uint8Array(readFileSync(path.join(SAMPLE, file)));
      const result = parseArticle({ file, bytes });
      if (!result.ok) throw new Error(`${file}: ${result.diagnostic.message}`);
      const score = scoreArticle(result.article.quotes, articleLabels);
      return { ...score, misses: score.misses.map((miss) => `${file}: ${miss}`) };
    }),
  );
}
