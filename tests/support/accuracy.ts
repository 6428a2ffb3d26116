/**
 * Scores the pipeline against hand-labelled articles: how many of the quotes a reader
 * would mark it finds (detection), and how many of the quotes whose speaker the text
 * names it gives to that speaker (attribution), the two bars issue #3 sets.
 */
import type { Quote } from '../../src/pipeline/article.ts';

/** One labelled quote: the first words of its text, and its speaker as the article names them. */
export type Label = [textStart: string, speaker: string | null];

export interface Score {
  labelled: number;
  found: number;
  matched: number;
  named: number;
  attributed: number;
  /** Attributed allowing a surname for a full name ("Gates" for "Robert Gates"). */
  attributedLeniently: number;
  misses: string[];
}

function normal(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function sameSpeaker(found: string, wanted: string, lenient: boolean): boolean {
  const a = normal(found);
  const b = normal(wanted);
  if (a === b) return true;
  return lenient && (a.endsWith(` ${b}`) || b.endsWith(` ${a}`));
}

export function scoreArticle(quotes: readonly Quote[], labels: readonly Label[]): Score {
  const unused = [...quotes];
  const score: Score = {
    labelled: labels.length,
    found: quotes.length,
    matched: 0,
    named: 0,
    attributed: 0,
    attributedLeniently: 0,
    misses: [],
  };
  for (const [start, speaker] of labels) {
    const index = unused.findIndex((quote) => normal(quote.text).startsWith(normal(start)));
    const quote = index === -1 ? undefined : unused.splice(index, 1)[0];
    if (quote) score.matched++;
    if (speaker === null) continue;
    score.named++;
    const name = quote?.speaker?.name ?? '';
    const strict = quote !== undefined && sameSpeaker(name, speaker, false);
    const lenient = quote !== undefined && sameSpeaker(name, speaker, true);
    if (strict) score.attributed++;
    if (lenient) score.attributedLeniently++;
    // A surname for the full name counts leniently, and is still listed: it is a miss too.
    if (!strict) {
      const found = quote ? name || 'nobody' : 'not found';
      score.misses.push(`“${start}…”: ${found}, not ${speaker}${lenient ? ' (lenient only)' : ''}`);
    }
  }
  return score;
}

export function total(scores: readonly Score[]): Score {
  return scores.reduce(
    (sum, score) => ({
      labelled: sum.labelled + score.labelled,
      found: sum.found + score.found,
      matched: sum.matched + score.matched,
      named: sum.named + score.named,
      attributed: sum.attributed + score.attributed,
      attributedLeniently: sum.attributedLeniently + score.attributedLeniently,
      misses: [...sum.misses, ...score.misses],
    }),
    {
      labelled: 0,
      found: 0,
      matched: 0,
      named: 0,
      attributed: 0,
      attributedLeniently: 0,
      misses: [],
    },
  );
}

export function detectionF1(score: Score): number {
  const precision = score.matched / score.found;
  const recall = score.matched / score.labelled;
  return (2 * precision * recall) / (precision + recall);
}
