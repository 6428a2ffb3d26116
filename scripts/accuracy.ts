/**
 * `npm run -s accuracy`: the pipeline's detection F1 and attribution rate on the
 * hand-labelled sample in tests/fixtures/attribution-sample, and every miss.
 *
 * `npm run -s accuracy -- --wire <folder>`: the same for the labelled Reuters wire stories
 * in docs/wire-copy, read from a folder `npm run wire-copy` wrote (their texts are not in
 * the project).
 */
import path from 'node:path';
import { detectionF1 } from '../tests/support/accuracy.ts';
import { HOLDOUT, scoreSample, scoreSourceSample } from '../tests/support/attributionSample.ts';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const quoteFigures = (title: string, score: ReturnType<typeof scoreSample>): string =>
  [
    `${title}: quotes labelled ${score.labelled}, found ${score.found}, matched ${score.matched}`,
    `detection F1 ${detectionF1(score).toFixed(3)}`,
    `named speakers ${score.named}: attributed ${percent(score.attributed / score.named)}, ` +
      `${percent(score.attributedLeniently / score.named)} allowing surnames`,
    `wrong speakers ${score.misattributed} of ${score.named} named; ` +
      `speakers given where the text names none ${score.guessed} of ${score.unnamed}`,
  ].join('\n');

const wireFolder = process.argv.includes('--wire')
  ? process.argv[process.argv.indexOf('--wire') + 1]
  : undefined;
if (wireFolder !== undefined) {
  const labels = path.resolve(import.meta.dirname, '../docs/wire-copy/labels.json');
  const score = scoreSample(labels, wireFolder);
  for (const miss of score.misses) console.log(`miss: ${miss}`);
  console.log(quoteFigures('Reuters wire stories', score));
  process.exit(0);
}

for (const [title, labels] of [
  ['the first 530 articles', 'labels.json'],
  ['batches 28 to 32', 'labels-28-32.json'],
  ['batches 33 to 38', 'labels-33-38.json'],
  ['batches 39 to 45', 'labels-39-45.json'],
  ['batches 46 to 52', 'labels-46-52.json'],
  ['batches 53 to 59', 'labels-53-59.json'],
  ['batch 60', 'labels-60.json'],
  ['batch 61', 'labels-61.json'],
  ['batch 62', 'labels-62.json'],
  ['batch 63', 'labels-63.json'],
  ['batch 64', 'labels-64.json'],
  ['batch 65', 'labels-65.json'],
] as const) {
  const score = scoreSample(labels);
  for (const miss of score.misses) console.log(`miss: ${miss}`);
  console.log(quoteFigures(title, score));
}
// The held-back articles' misses stay unread, so that they keep measuring unseen text.
console.log(quoteFigures('held-back articles (figures only)', scoreSample('labels.json', HOLDOUT)));

for (const [title, labels] of [
  ['tenth batch', 'sources.json'],
  ['twenty-fourth and twenty-sixth batches', 'sources-later.json'],
  ['batches 28 to 32', 'sources-28-32.json'],
  ['batches 34 to 38', 'sources-34-38.json'],
  ['batches 39 to 45', 'sources-39-45.json'],
] as const) {
  const sources = scoreSourceSample(labels);
  for (const miss of sources.misses) console.log(`source: ${miss}`);
  console.log(
    [
      `sources of the ${title}: labelled ${sources.labelled}, found ${sources.found}, matched ${sources.matched}`,
      `source recall ${percent(sources.matched / sources.labelled)}, precision ` +
        `${percent(sources.matched / sources.found)}, kind right for ${percent(sources.kindsRight / sources.matched)} of those matched`,
    ].join('\n'),
  );
}
