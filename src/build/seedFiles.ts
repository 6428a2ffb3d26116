/** The only module that reads seed files from disk. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SeedFile } from '../pipeline/parseArticle.ts';

const SEED_EXTENSIONS = ['.txt', '.md'];

export function isSeedPath(file: string): boolean {
  return SEED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Seeds in a folder (not recursive), sorted by name so builds are reproducible. */
export async function readSeedFolder(folder: string): Promise<SeedFile[]> {
  const names = (await readdir(folder)).filter(isSeedPath).sort();
  return Promise.all(names.map((name) => readSeedFile(path.join(folder, name))));
}

export async function readSeedFile(file: string): Promise<SeedFile> {
  return { file: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

/** Files and folders given on a command line -> seeds; folders are read one level deep. */
export async function readSeedPaths(paths: readonly string[]): Promise<SeedFile[]> {
  const seeds: SeedFile[] = [];
  for (const entry of paths) {
    if ((await stat(entry)).isDirectory()) seeds.push(...(await readSeedFolder(entry)));
    else seeds.push(await readSeedFile(entry));
  }
  return seeds;
}
