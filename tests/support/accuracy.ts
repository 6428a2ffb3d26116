/**
 * Scores the pipeline against hand-labelled articles: how many of the quotes a reader
 * would mark it finds (detection), and how many of the quotes whose speaker the text
 * names it gives to that speaker (attribution), the two bars issue #3 sets.
 */
import type { Article } from '../../src/pipeline/article.ts';

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
  /** Named speakers given to someone else, not even a surname of theirs: wrong, not missing. */
  misattributed: number;
  /** Quotes found whose speaker the text does not name. */
  unnamed: number;
  /** Of those, the ones the pipeline gives a named speaker: a guess. */
  guessed: number;
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

/** "A spokesman", "Police": a speaker the article describes without naming, as its sources list them. */
function isUnnamed(article: Article, speaker: string): boolean {
  return article.sources.some((source) => source.kind === 'anonymous' && source.name === speaker);
}

export function scoreArticle(article: Article, labels: readonly Label[]): Score {
  const { quotes } = article;
  const unused = [...quotes];
  const score: Score = {
    labelled: labels.length,
    found: quotes.length,
    matched: 0,
    named: 0,
    attributed: 0,
    attributedLeniently: 0,
    misattributed: 0,
    unnamed: 0,
    guessed: 0,
    misses: [],
  };
  for (const [start, speaker] of labels) {
    const index = unused.findIndex((quote) => normal(quote.text).startsWith(normal(start)));
    const quote = index === -1 ? undefined : unused.splice(index, 1)[0];
    if (quote) score.matched++;
    if (speaker === null) {
      if (quote) score.unnamed++;
      if (quote?.speaker && !isUnnamed(article, quote.speaker.name)) {
        score.guessed++;
        score.misses.push(`“${start}…”: ${quote.speaker.name}, not nobody`);
      }
      continue;
    }
    score.named++;
    const name = quote?.speaker?.name ?? '';
    const strict = quote !== undefined && sameSpeaker(name, speaker, false);
    const lenient = quote !== undefined && sameSpeaker(name, speaker, true);
    if (strict) score.attributed++;
    if (lenient) score.attributedLeniently++;
    if (!lenient && quote?.speaker) score.misattributed++;
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
      misattributed: sum.misattributed + score.misattributed,
      unnamed: sum.unnamed + score.unnamed,
      guessed: sum.guessed + score.guessed,
      misses: [...sum.misses, ...score.misses],
    }),
    {
      labelled: 0,
      found: 0,
      matched: 0,
      named: 0,
      attributed: 0,
      attributedLeniently: 0,
      misattributed: 0,
      unnamed: 0,
      guessed: 0,
      misses: [],
    },
  );
}

export function detectionF1(score: Score): number {
  const precision = score.matched / score.found;
  const recall = score.matched / score.labelled;
  return (2 * precision * recall) / (precision + recall);
}
