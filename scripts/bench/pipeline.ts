/**
 * The pipeline's throughput on one core (MB/s, articles/s) and peak memory, beside a
 * single plain regex pass over the same text as a floor for comparison.
 */
import { readSeedPaths } from '../../src/build/seedFiles.ts';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';

export async function benchPipeline(paths: readonly string[], repeat: number): Promise<string[]> {
  const seeds = await readSeedPaths(paths);
  const bytes = seeds.reduce((sum, seed) => sum + seed.bytes.length, 0);
  const megabytes = bytes / 1e6;
  const texts = seeds.map((seed) => new TextDecoder().decode(seed.bytes));

  let peakRss = process.memoryUsage().rss;
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
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
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
  return [
    `input: ${seeds.length} articles, ${megabytes.toFixed(2)} MB (best of ${repeat} runs)`,
    `pipeline: ${(megabytes / seconds).toFixed(1)} MB/s, ${Math.round(seeds.length / seconds)} articles/s, ${quotes} quotes`,
    `regex floor: ${(megabytes / (regexBest / 1000)).toFixed(1)} MB/s (${regexMatches} matches)`,
    `peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`,
  ];
}
