/**
 * A corpus of N articles made from real ones, for benchmarks and scale tests. The
 * source files are used in name order and repeated as often as N needs; a repeat gets
 * " (2)", " (3)", … after its title so every article keeps a distinct title and slug,
 * and its body is left as it was, so the pipeline sees real text throughout.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSeedFolder } from './seedFiles.ts';

interface CorpusOptions {
  source: string;
  out: string;
  count: number;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/u;

/** Adds a suffix to the title line: the first non-empty line after any front matter. */
export function retitle(text: string, suffix: string): string {
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const body = text.slice(frontMatter.length);
  return (
    // eslint-disable-next-line redos/no-vulnerable -- it reads the bundled Wikinews corpus, not seeds, and only up to a title
    frontMatter + body.replace(/^[^\S\r\n]*\S[^\r\n]*/mu, (title) => `${title.trimEnd()}${suffix}`)
  );
}

export async function generateCorpus({ source, out, count }: CorpusOptions): Promise<string[]> {
  const names = (await readSeedFolder(source)).map((seed) => seed.file);
  if (names.length === 0)
    throw new Error(`${source}: no .txt or .md articles to make a corpus from`);
  const width = String(count - 1).length;
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length] ?? '';
    const round = Math.floor(i / names.length);
    const bytes = await readFile(path.join(source, name));
    const outName = `${String(i).padStart(width, '0')}_${name}`;
    const content = round === 0 ? bytes : retitle(bytes.toString('utf8'), ` (${round + 1})`);
    await writeFile(path.join(out, outName), content);
    written.push(outName);
  }
  return written;
}
