/**
 * `npx tsx scripts/generateCorpus.ts <out folder> <count> [source folder]`
 * Writes <count> seed files of real text into <out folder> for benchmarks and
 * scale tests. The source is the given folder, else `../shared/corpus/wikinews` when
 * it is present, else the bundled `seeds/`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../src/build/corpusGenerator.ts';

const projectRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function defaultCorpusSource(): string {
  const wikinews = path.resolve(projectRoot, '../shared/corpus/wikinews');
  return existsSync(wikinews) ? wikinews : path.join(projectRoot, 'seeds');
}

/** Replaces <out> with a corpus of <count> articles; returns the source folder used. */
export async function writeCorpus(
  out: string,
  count: number,
  source = defaultCorpusSource(),
): Promise<string> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await generateCorpus({ source, out, count });
  return source;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, countText, source] = process.argv.slice(2);
  const count = Number(countText);
  if (out === undefined || !Number.isInteger(count) || count < 1) {
    console.error('usage: npx tsx scripts/generateCorpus.ts <out folder> <count> [source folder]');
    process.exit(2);
  }
  const used = await writeCorpus(out, count, source);
  console.log(`${(await readdir(out)).length} articles from ${used} in ${out}`);
}
