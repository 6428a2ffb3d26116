/**
 * A bundle of 1,200 articles (the corpus generator repeating the browser tests' seeds):
 * the feed renders only the cards near the viewport, loads the rest of the index in
 * pages, reaches the last article by scrolling and by keyboard, and stays accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/build/corpusGenerator.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { buildApp } from './support/seed.ts';
import { preview, type PreviewServer } from 'vite';

const ARTICLES = 1200;
const ROOT = path.resolve('.tmp/scale');
const SEEDS = path.join(ROOT, 'seeds');
const OUT_DIR = path.join(ROOT, 'dist');
let browser: Browser;
let server: PreviewServer;
let baseUrl = '';

function summariesOf(file: string): { slug: string; title: string }[] {
  const json: unknown = JSON.parse(readFileSync(path.join(OUT_DIR, file), 'utf8'));
  if (typeof json !== 'object' || json === null || !('articles' in json)) return [];
  const articles: unknown = json.articles;
  return Array.isArray(articles)
    ? articles.map((article: { slug: string; title: string }) => ({
        slug: article.slug,
        title: article.title,
      }))
    : [];
}

/** The last article in feed order, read from the build's last feed page. */
function lastArticle(): { slug: string; title: string } {
  const indexFile = readdirSync(path.join(OUT_DIR, 'data')).find((name) =>
    name.startsWith('index.'),
  );
  const index: unknown = JSON.parse(
    readFileSync(path.join(OUT_DIR, 'data', indexFile ?? ''), 'utf8'),
  );
  const pages =
    typeof index === 'object' &&
    index !== null &&
    'morePages' in index &&
    Array.isArray(index.morePages)
      ? index.morePages.map(String)
      : [];
  const last = summariesOf(pages.at(-1) ?? '').at(-1);
  if (!last) throw new Error('the build has no feed pages');
  return last;
}

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  await generateCorpus({ source: path.resolve('tests/e2e/seeds'), out: SEEDS, count: ARTICLES });
  await buildApp(SEEDS, OUT_DIR);
  // vite preview answers deep links with the app (status 200), as an SPA host does.
  server = await preview({
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/u, '') ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(ROOT, { recursive: true, force: true });
});

describe('the feed index of 1,200 articles', () => {
  it('should keep the file the first render needs small, and all of it small per article', () => {
    const dataDir = path.join(OUT_DIR, 'data');
    const indexFile = readdirSync(dataDir).find((name) => name.startsWith('index.')) ?? '';
    const pages = readdirSync(path.join(dataDir, 'feed')).map((name) => path.join('feed', name));
    const bytes = (file: string): number => statSync(path.join(dataDir, file)).size;
    expect(pages.length).toBeGreaterThan(0);
    expect(bytes(indexFile)).toBeLessThan(40_000);
    const total = [indexFile, ...pages].reduce((sum, file) => sum + bytes(file), 0);
    expect(total / ARTICLES).toBeLessThanOrEqual(600);
  });
});

describe('a feed of 1,200 articles', () => {
  it('should render only the cards near the viewport, saying where each is in the list', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.locator('.card-title').first().waitFor();
    const cards = await page.locator('.article-list > li').count();
    expect(cards).toBeGreaterThan(3);
    expect(cards).toBeLessThan(40);
    expect(await page.locator('.article-list > li').first().getAttribute('aria-setsize')).toBe(
      String(ARTICLES),
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('should reach the last article by scrolling, once the index pages are in', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.locator('.card-title').first().waitFor();
    const last = lastArticle();
    await expect
      .poll(async () => {
        await page.evaluate(() => {
          window.scrollTo(0, document.body.scrollHeight);
        });
        return page.locator('.card-title').allTextContents();
      })
      .toContain(last.title);
    expect(
      await page.locator(`li[aria-posinset="${String(ARTICLES)}"] .card-title`).textContent(),
    ).toBe(last.title);
    await context.close();
  });

  it('should move focus past the first screen of cards with j', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.locator('.card-title').first().waitFor();
    for (let press = 0; press < 30; press++) await page.keyboard.press('j');
    const focused = await page.evaluate(
      () => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null,
    );
    expect(focused).toBe('30');
    const inView = await page.evaluate(() => {
      const box = document.activeElement?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await context.close();
  });

  it('should lose no j pressed faster than the list renders', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    // The virtual list renders only once the app runs; the prerendered cards come first.
    await page.locator('.article-list.is-virtual').waitFor();
    // Thirty presses in one task: no render between them, as on a busy machine.
    await page.evaluate(() => {
      for (let press = 0; press < 30; press++)
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    });
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null,
        ),
      )
      .toBe('30');
    await context.close();
  });

  it('should open an article that is only in a later page of the index', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    const last = lastArticle();
    await page.goto(`${baseUrl}/articles/${last.slug}`);
    await page.getByRole('heading', { level: 1, name: last.title }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('should find no axe violations on the virtualized feed', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.locator('.card-title').first().waitFor();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
