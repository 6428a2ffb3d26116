import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedFile } from '../../src/pipeline/parseArticle.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_FILE = '000_f8e586dc1c25d4d8.txt';

export function readSeed(file = SEED_FILE): SeedFile {
  return { file, bytes: new Uint8Array(readFileSync(path.join(ROOT, 'seeds', file))) };
}

export function seedOf(file: string, text: string): SeedFile {
  return { file, bytes: new TextEncoder().encode(text) };
}
