/**
 * `npm run bench -- <corpus folder> [--repeat N] [--sizes 1000,10000] [--skip list]`
 *
 * Prints the figures docs/benchmarks.md records:
 * - pipeline throughput (MB/s, articles/s, peak memory) on the given folder;
 * - full build time, dist size and feed index size for corpora of each size, generated
 *   from the folder's real articles;
 * - the first visit's JavaScript (gzip) beside the bare React + react-dom +
 *   react-router + react-query floor, built in the same run;
 * - search latency p50/p95 on the largest build;
 * - feed first render and the longest task while scrolling, in real Chromium;
 * - Lighthouse mobile scores of the feed and an article.
 * `--skip pipeline,build,search,browser,lighthouse` leaves parts out.
 */
import os from 'node:os';
import path from 'node:path';
// The other parts are imported when they run, so Vite, Lighthouse and Playwright are
// not in memory while the pipeline's peak RSS is measured.
import { benchPipeline } from './bench/pipeline.ts';

const WORK_DIR = path.resolve('.tmp/bench');

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}

const argv = process.argv.slice(2);
const optionValues = new Set(
  ['--repeat', '--sizes', '--skip'].map((name) => option(argv, name)).filter(Boolean),
);
const folders = argv.filter((arg) => !arg.startsWith('--') && !optionValues.has(arg));
const repeat = Math.max(1, Number(option(argv, '--repeat') ?? 3) || 3);
const sizes = (option(argv, '--sizes') ?? '1000,10000').split(',').map(Number);
const skip = new Set((option(argv, '--skip') ?? '').split(','));
const [corpus] = folders;
if (corpus === undefined || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(
    'usage: npm run bench -- <corpus folder> [--repeat N] [--sizes 1000,10000] [--skip pipeline,build,search,browser,lighthouse]',
  );
  process.exit(2);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const print = (lines: readonly string[]): void => {
  for (const line of lines) console.log(line);
};

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
if (!skip.has('pipeline')) print(await benchPipeline(folders, repeat));

const largest = Math.max(...sizes);
const largestDist = path.join(WORK_DIR, `dist-${largest}`);
if (!skip.has('build')) {
  const { writeCorpus } = await import('./generateCorpus.ts');
  const { initialJsGzipBytes, timeBuild } = await import('./bench/build.ts');
  const { floorInitialJsGzipBytes } = await import('./bench/floor.ts');
  for (const size of sizes) {
    const seeds = path.join(WORK_DIR, `corpus-${size}`);
    await writeCorpus(seeds, size, corpus);
    const figures = await timeBuild(seeds, path.join(WORK_DIR, `dist-${size}`));
    console.log(
      `build, ${size} articles: ${figures.seconds.toFixed(1)} s; dist ${MB(figures.distBytes)} in ${figures.files} files; feed index ${MB(figures.indexBytes)} (${Math.round(figures.indexBytes / size)} B per article)`,
    );
  }
  const app = initialJsGzipBytes(largestDist);
  const floor = await floorInitialJsGzipBytes(WORK_DIR);
  console.log(
    `initial JS (gzip): ${kB(app)}; react + react-dom + react-router + react-query floor ${kB(floor)}; ratio ${(app / floor).toFixed(2)}×`,
  );
}
if (!skip.has('search')) {
  const { benchSearch } = await import('./bench/search.ts');
  print(benchSearch(largestDist));
}
if (!skip.has('browser')) {
  const { benchFeedInBrowser } = await import('./bench/browser.ts');
  const { floorRoot } = await import('./bench/floor.ts');
  print(await benchFeedInBrowser(largestDist, floorRoot(WORK_DIR)));
}
if (!skip.has('lighthouse')) {
  const { lighthouseScores } = await import('./lighthouse.ts');
  print(await lighthouseScores(largestDist));
}
