/**
 * A full production build (`vite build`, as `npm run build` runs it) of a generated
 * corpus, timed from the outside, and what it writes: dist size, feed index size, and
 * the JavaScript a first visit downloads.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface BuildFigures {
  seconds: number;
  distBytes: number;
  files: number;
  indexBytes: number;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}\n${errors}`));
    });
  });
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

export async function timeBuild(seedsDir: string, outDir: string): Promise<BuildFigures> {
  const start = performance.now();
  await run(
    path.resolve('node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { ...process.env, SEEDS_DIR: seedsDir, NODE_ENV: 'production' },
  );
  const seconds = (performance.now() - start) / 1000;
  const files = walk(outDir);
  // The feed index and its further pages: everything the feed lists.
  const feedFiles = files.filter((file) => /[/\\]data[/\\](?:index\.|feed[/\\])/u.test(file));
  return {
    seconds,
    distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    files: files.length,
    indexBytes: feedFiles.reduce((sum, file) => sum + statSync(file).size, 0),
  };
}

/** The gzipped bytes of the scripts and module preloads `index.html` starts with. */
export function initialJsGzipBytes(distDir: string): number {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/gu),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+)"/gu),
  ].map((match) => match[1] ?? '');
  return files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file))).length,
    0,
  );
}
