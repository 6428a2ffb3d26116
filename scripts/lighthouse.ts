/**
 * `npm run lighthouse` (after `npm run build`) serves dist/ on 127.0.0.1, runs
 * Lighthouse's mobile audit in Debian's Chromium on the feed and on an article, and
 * prints the category scores for docs/benchmarks.md. It is a script, not a test:
 * scores move with the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  const indexFile = readdirSync('dist/data').find((name) => name.startsWith('index.'));
  const index: unknown = JSON.parse(readFileSync(`dist/data/${indexFile ?? ''}`, 'utf8'));
  const slug = /"slug":"([^"]+)"/u.exec(JSON.stringify(index))?.[1] ?? '';
  const pages: [string, string][] = [
    ['feed', '/'],
    ['article', `/articles/${slug}`],
  ];
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, {
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
    console.log(`${name} (${path}): ${scores.join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
