/**
 * `npm run lighthouse` (after `npm run build`) serves dist/ on 127.0.0.1, runs
 * Lighthouse's mobile audit in Debian's Chromium on the feed and on an article, and
 * prints the category scores for docs/benchmarks.md. It is a script, not a test:
 * scores move with the machine. `npm run bench` runs it on a 10,000-article build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

export async function lighthouseScores(distDir: string): Promise<string[]> {
  const server = await preview({
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const lines: string[] = [];
  try {
    const dataDir = path.join(distDir, 'data');
    const indexFile = readdirSync(dataDir).find((name) => name.startsWith('index.'));
    const index = readFileSync(path.join(dataDir, indexFile ?? ''), 'utf8');
    const slug = /"slug":"([^"]+)"/u.exec(index)?.[1] ?? '';
    const pages: [string, string][] = [
      ['feed', '/'],
      ['article', `/articles/${slug}`],
    ];
    for (const [name, pagePath] of pages) {
      const result = await lighthouse(`${base}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        screenEmulation: { mobile: true },
      });
      const categories = result?.lhr.categories ?? {};
      const scores = Object.values(categories).map(
        (category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`,
      );
      lines.push(`Lighthouse ${name} (${pagePath}): ${scores.join(', ')}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await lighthouseScores(process.argv[2] ?? 'dist')) console.log(line);
}
