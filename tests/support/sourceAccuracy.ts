/**
 * Scores the sources the pipeline finds against hand-labelled ones: how many of the
 * sources a reader would list it finds (recall), how many of those it lists are such
 * sources (precision), and how many of the matched ones have the labelled kind.
 */
import type { Source, SourceKind } from '../../src/pipeline/article.ts';

/** One labelled source: its name as the article gives it, and its kind. */
export type SourceLabel = [name: string, kind: SourceKind];

export interface SourceScore {
  labelled: number;
  found: number;
  matched: number;
  kindsRight: number;
  misses: string[];
}

function normal(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The same source: the same name, or one ending with the other ("Times" for "The Times"),
 * or a description cut short ("A spokesman" for "A spokesman for the Syrian military force").
 */
function sameSource(found: string, wanted: string): boolean {
  const a = normal(found);
  const b = normal(wanted);
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || b.startsWith(`${a} `);
}

export function scoreSources(
  sources: readonly Source[],
  labels: readonly SourceLabel[],
): SourceScore {
  const unused = [...sources];
  const score: SourceScore = {
    labelled: labels.length,
    found: sources.length,
    matched: 0,
    kindsRight: 0,
    misses: [],
  };
  for (const [name, kind] of labels) {
    const index = unused.findIndex((source) => sameSource(source.name, name));
    const source = index === -1 ? undefined : unused.splice(index, 1)[0];
    if (!source) {
      score.misses.push(`missing ${name} (${kind})`);
      continue;
    }
    score.matched++;
    if (source.kind === kind) score.kindsRight++;
    else score.misses.push(`${name}: ${source.kind}, not ${kind}`);
  }
  for (const source of unused) score.misses.push(`extra ${source.name} (${source.kind})`);
  return score;
}

export function totalSources(scores: readonly SourceScore[]): SourceScore {
  return scores.reduce(
    (sum, score) => ({
      labelled: sum.labelled + score.labelled,
      found: sum.found + score.found,
      matched: sum.matched + score.matched,
      kindsRight: sum.kindsRight + score.kindsRight,
      misses: [...sum.misses, ...score.misses],
    }),
    { labelled: 0, found: 0, matched: 0, kindsRight: 0, misses: [] },
  );
}
