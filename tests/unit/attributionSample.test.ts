/**
 * The pipeline against a thousand one hundred and seventy hand-labelled Wikinews articles, and sixty
 * more held back. The floors are the figures reached when they were set; a change that
 * lowers them is a regression to look at, and one that raises them should raise the floors.
 */
import { describe, expect, it } from 'vitest';
import { detectionF1 } from '../support/accuracy.ts';
import { HOLDOUT, SAMPLE, scoreSample, scoreSourceSample } from '../support/attributionSample.ts';

describe('the labelled attribution sample', () => {
  const score = scoreSample();

  it('should be labelled', () => {
    expect(score.labelled).toBeGreaterThanOrEqual(2140);
    expect(score.named).toBeGreaterThanOrEqual(1705);
  });

  it('should find its quotes: detection F1 of at least 0.99', () => {
    expect(detectionF1(score)).toBeGreaterThanOrEqual(0.99);
  });

  it('should give at least 0.935 of the named quotes to their speaker, 0.94 allowing surnames', () => {
    expect(score.attributed / score.named).toBeGreaterThanOrEqual(0.935);
    expect(score.attributedLeniently / score.named).toBeGreaterThanOrEqual(0.94);
  });

  // Ceilings, not floors: a rule that reaches further must not buy recall with wrong answers.
  // "Names none" is an upper bound on guesses, since a few such labels are for quotes the
  // pipeline gives, fairly, to a body ("A spokesman for the Foreign Office" -> Foreign Office).
  it('should give at most 0.03 of the named quotes to someone else, and guess at most 0.22 of the rest', () => {
    expect(score.misattributed / score.named).toBeLessThanOrEqual(0.03);
    expect(score.guessed / score.unnamed).toBeLessThanOrEqual(0.22);
  });
});

interface QuoteFloors {
  labelled: number;
  named: number;
  strict: number;
  lenient: number;
  wrong: number;
  guesses: number;
}

/**
 * A later labels file, scored apart with floors of its own: later batches' unnamed quotes
 * draw more described speakers ("Syria's foreign minister"), which the guess count takes
 * for guesses, than the first five hundred and thirty articles' did, so one ceiling would
 * not fit them all.
 */
function describeQuotes(title: string, labels: string, floors: QuoteFloors, folder = SAMPLE): void {
  describe(title, () => {
    const score = scoreSample(labels, folder);

    it('should be labelled', () => {
      expect(score.labelled).toBeGreaterThanOrEqual(floors.labelled);
      expect(score.named).toBeGreaterThanOrEqual(floors.named);
    });

    it(`should find its quotes and give at least ${floors.strict} of the named ones to their speaker`, () => {
      expect(detectionF1(score)).toBeGreaterThanOrEqual(0.99);
      expect(score.attributed / score.named).toBeGreaterThanOrEqual(floors.strict);
      expect(score.attributedLeniently / score.named).toBeGreaterThanOrEqual(floors.lenient);
    });

    it(`should give at most ${floors.wrong} of the named quotes to someone else, and guess at most ${floors.guesses} of the rest`, () => {
      expect(score.misattributed / score.named).toBeLessThanOrEqual(floors.wrong);
      expect(score.guessed / score.unnamed).toBeLessThanOrEqual(floors.guesses);
    });
  });
}

// Labelled on 2026-12-02, each batch before any output for it was read, then worked on.
describeQuotes('the labelled attribution sample (batches 28 to 32)', 'labels-28-32.json', {
  labelled: 350,
  named: 273,
  strict: 0.91,
  lenient: 0.925,
  wrong: 0.045,
  guesses: 0.4,
});

// Labelled the same way on 2026-12-02, 33 and 34 in one session and 35 to 38 in the next.
describeQuotes('the labelled attribution sample (batches 33 to 38)', 'labels-33-38.json', {
  labelled: 474,
  named: 383,
  strict: 0.925,
  lenient: 0.94,
  wrong: 0.035,
  guesses: 0.28,
});

// Labelled the same way on 2026-12-02, in session 16, each batch before any rule was
// drawn from it.
describeQuotes('the labelled attribution sample (batches 39 to 45)', 'labels-39-45.json', {
  labelled: 596,
  named: 489,
  strict: 0.935,
  lenient: 0.945,
  wrong: 0.03,
  guesses: 0.35,
});

// Labelled the same way on 2026-12-02, in session 17, quotes only, each batch before any
// rule was drawn from it.
describeQuotes('the labelled attribution sample (batches 46 to 52)', 'labels-46-52.json', {
  labelled: 512,
  named: 362,
  strict: 0.865,
  lenient: 0.87,
  wrong: 0.03,
  guesses: 0.2,
});

// Labelled the same way on 2026-12-02, in session 18, quotes only, each batch before any
// rule was drawn from it.
describeQuotes('the labelled attribution sample (batches 53 to 59)', 'labels-53-59.json', {
  labelled: 415,
  named: 313,
  strict: 0.88,
  lenient: 0.89,
  wrong: 0.055,
  guesses: 0.15,
});

// Labelled the same way on 2026-12-02, in session 21, quotes only, before any output for
// it was read; no rule was drawn from it.
describeQuotes('the labelled attribution sample (batch 60)', 'labels-60.json', {
  labelled: 59,
  named: 46,
  strict: 0.845,
  lenient: 0.845,
  wrong: 0.07,
  guesses: 0.42,
});

// Labelled the same way on 2026-12-03, in session 29, quotes only, before any output for
// it was read. Its first figure (84.9%) is in docs/benchmarks.md; rules were then drawn
// from its misses.
describeQuotes('the labelled attribution sample (batch 61)', 'labels-61.json', {
  labelled: 81,
  named: 53,
  strict: 0.845,
  lenient: 0.865,
  wrong: 0.06,
  guesses: 0.22,
});

// Labelled the same way on 2026-12-03, in session 29, after the rules drawn from batch 61,
// quotes only, before any output for it was read. Its first figure (72.7%, twelve of its
// eighteen misses one speaker's name written with and without an accent) is in
// docs/benchmarks.md; rules were then drawn from its misses.
describeQuotes('the labelled attribution sample (batch 62)', 'labels-62.json', {
  labelled: 89,
  named: 66,
  strict: 0.725,
  lenient: 0.725,
  wrong: 0.22,
  guesses: 0.27,
});

// Labelled the same way on 2026-12-03, in session 29, after all of that session's rules,
// quotes only, before any output for it was read; no rule was drawn from it. Its figure
// (82.8%) is the session's measure of unseen text, in docs/benchmarks.md.
describeQuotes('the labelled attribution sample (batch 63)', 'labels-63.json', {
  labelled: 70,
  named: 58,
  strict: 0.825,
  lenient: 0.84,
  wrong: 0.07,
  guesses: 0.25,
});

// Labelled the same way on 2026-12-03, in session 29, after batch 63, quotes only, before
// any output for it was read. Its first figure (83.3%) is in docs/benchmarks.md; rules
// were then drawn from its misses, so that batch 63 stays unmined.
describeQuotes('the labelled attribution sample (batch 64)', 'labels-64.json', {
  labelled: 79,
  named: 66,
  strict: 0.83,
  lenient: 0.875,
  wrong: 0.08,
  guesses: 0.16,
});

// Labelled the same way on 2026-12-03, in session 29, after all of that session's rules,
// quotes only, before any output for it was read; no rule was drawn from it. Its figure
// (84.6%) is the session's last measure of unseen text, in docs/benchmarks.md.
describeQuotes('the labelled attribution sample (batch 65)', 'labels-65.json', {
  labelled: 60,
  named: 52,
  strict: 0.845,
  lenient: 0.865,
  wrong: 0.06,
  guesses: 0.125,
});

// Labelled the same way on 2026-12-02 and kept back from rule-writing: the stand-in for
// issue #3's held-back articles. Only these figures are read, never the misses.
describeQuotes(
  'the held-back articles',
  'labels.json',
  {
    labelled: 226,
    named: 181,
    strict: 0.875,
    lenient: 0.89,
    wrong: 0.05,
    guesses: 0.15,
  },
  HOLDOUT,
);

interface SourceFloors {
  labelled: number;
  recall: number;
  precision: number;
  kind: number;
}

function describeSources(title: string, labels: string, floors: SourceFloors): void {
  describe(title, () => {
    const score = scoreSourceSample(labels);

    it('should be labelled', () => {
      expect(score.labelled).toBeGreaterThanOrEqual(floors.labelled);
    });

    it(`should list at least ${floors.recall} of the sources an article cites, and ${floors.precision} of what it lists be such`, () => {
      expect(score.matched / score.labelled).toBeGreaterThanOrEqual(floors.recall);
      expect(score.matched / score.found).toBeGreaterThanOrEqual(floors.precision);
    });

    it(`should give at least ${floors.kind} of the sources it finds their labelled kind`, () => {
      expect(score.kindsRight / score.matched).toBeGreaterThanOrEqual(floors.kind);
    });
  });
}

describeSources('the labelled source sample (tenth batch)', 'sources.json', {
  labelled: 70,
  recall: 0.85,
  precision: 0.88,
  kind: 0.9,
});

describeSources(
  'the sources labelled before the rules drawn from them (twenty-fourth and twenty-sixth batches)',
  'sources-later.json',
  { labelled: 115, recall: 0.9, precision: 0.84, kind: 0.85 },
);

describeSources(
  'the sources of batches 28 to 32, labelled before any source output was read',
  'sources-28-32.json',
  { labelled: 308, recall: 0.79, precision: 0.8, kind: 0.89 },
);

describeSources(
  'the sources of batches 34 to 38, labelled before any source output was read',
  'sources-34-38.json',
  { labelled: 314, recall: 0.82, precision: 0.73, kind: 0.84 },
);

describeSources(
  'the sources of batches 39 to 45, labelled before any source output was read',
  'sources-39-45.json',
  { labelled: 495, recall: 0.79, precision: 0.76, kind: 0.77 },
);
