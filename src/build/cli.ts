/**
 * `npm run --silent articles -- <file or folder>... [--strict]`
 * Prints `{ "articles": [...], "diagnostics": [...] }` as JSON on stdout.
 * Exits 0 unless a path cannot be read, or `--strict` is given and an error was reported.
 */
import { buildArticles } from '../pipeline/buildArticles.ts';
import { formatDiagnostic } from './formatDiagnostics.ts';
import { readSeedPaths } from './seedFiles.ts';

async function main(argv: readonly string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const paths = argv.filter((arg) => arg !== '--strict');
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent articles -- <file or folder>... [--strict]\n');
    return 2;
  }
  let seeds;
  try {
    seeds = await readSeedPaths(paths);
  } catch (error) {
    process.stderr.write(`articles: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const result = buildArticles(seeds);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  for (const diagnostic of result.diagnostics)
    process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  return strict && result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
