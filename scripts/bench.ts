/**
 * `npm run bench -- <folder or file>... [--repeat N]`
 * The pipeline's throughput on one core (MB/s, articles/s) and peak memory, beside
 * a single plain regex pass over the same text as a floor for comparison.
 */
import os from 'node:os';
import { parseArticle } from '../src/pipeline/parseArticle.ts';
import { readSeedPaths } from '../src/build/seedFiles.ts';

function parseArgs(argv: readonly string[]): { paths: string[]; repeat: number } {
  const repeatAt = argv.indexOf('--repeat');
  const repeat = repeatAt === -1 ? 3 : Number(argv[repeatAt + 1]);
  const paths =
    repeatAt === -1 ? [...argv] : argv.filter((_, i) => i !== repeatAt && i !== repeatAt + 1);
  return { paths, repeat: Number.isFinite(repeat) && repeat > 0 ? repeat : 3 };
}

const { paths, repeat } = parseArgs(process.argv.slice(2));
if (paths.length === 0) {
  console.error('usage: npm run bench -- <corpus folder or file>... [--repeat N]');
  process.exit(2);
}

const seeds = await readSeedPaths(paths);
const bytes = seeds.reduce((sum, seed) => sum + seed.bytes.length, 0);
const megabytes = bytes / 1e6;
const texts = seeds.map((seed) => new TextDecoder().decode(seed.bytes));

let peakRss = process.memoryUsage().rss;
const samplePeak = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

// Warm-up pass so the JIT has compiled the hot paths before anything is timed.
for (const seed of seeds) parseArticle(seed);

let best = Infinity;
let quotes = 0;
for (let run = 0; run < repeat; run++) {
  const start = performance.now();
  quotes = 0;
  for (const seed of seeds) {
    const result = parseArticle(seed);
    if (result.ok) quotes += result.article.quotes.length;
  }
  best = Math.min(best, performance.now() - start);
  samplePeak();
}

let regexBest = Infinity;
let regexMatches = 0;
for (let run = 0; run < repeat; run++) {
  const start = performance.now();
  regexMatches = 0;
  for (const text of texts) regexMatches += text.match(/[“"][^”"]*[”"]/g)?.length ?? 0;
  regexBest = Math.min(regexBest, performance.now() - start);
}

const seconds = best / 1000;
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
);
console.log(`input: ${seeds.length} articles, ${megabytes.toFixed(2)} MB (best of ${repeat} runs)`);
console.log(
  `pipeline: ${(megabytes / seconds).toFixed(1)} MB/s, ${Math.round(seeds.length / seconds)} articles/s, ${quotes} quotes`,
);
console.log(
  `regex floor: ${(megabytes / (regexBest / 1000)).toFixed(1)} MB/s (${regexMatches} matches)`,
);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
