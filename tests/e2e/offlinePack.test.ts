/**
 * A bundle bigger than the precache budget: the service worker precaches the shell and
 * the feed index only (the budget is set to 1 byte here), an article not yet read does
 * not open offline, and "Make all articles available offline" fetches the rest so that
 * every article, and search, then work with the network off.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForControl } from './support/browser.ts';
import { buildApp, SEED_PATH } from './support/seed.ts';
import { serveStatic, type StaticHost } from './support/staticServer.ts';

const OUT_DIR = path.resolve('.tmp/offline-pack-dist');
let browser: Browser;
let host: StaticHost;

beforeAll(async () => {
  await buildApp(path.resolve('tests/e2e/seeds'), OUT_DIR, { PRECACHE_BUDGET_BYTES: '1' });
  host = await serveStatic(OUT_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await host.close();
  rmSync(OUT_DIR, { recursive: true, force: true });
});

async function visitFeed(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${host.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
  await waitForControl(page);
  return page;
}

describe('articles beyond the precache budget', () => {
  it('should be fetched for offline reading by "Make all articles available offline"', async () => {
    const context = await browser.newContext();
    const feed = await visitFeed(context);
    await feed.getByText('0 of 3 articles are available offline.').waitFor();
    const articlePaths = await feed.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.card-title a')].map(
        (link) => link.pathname,
      ),
    );

    await context.setOffline(true);
    const unread = await context.newPage();
    await unread.goto(`${host.url}${SEED_PATH}`);
    await unread.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();
    expect(await unread.getByText('has not been saved for reading offline').count()).toBe(1);
    await unread.close();

    await context.setOffline(false);
    await feed.getByRole('button', { name: 'Make all articles available offline' }).click();
    await feed.getByText('All 3 articles are available offline.').waitFor();

    await context.setOffline(true);
    for (const pathname of articlePaths) {
      const page = await context.newPage();
      await page.goto(`${host.url}${pathname}`);
      await page.locator('article.reader h1').waitFor();
      await page.close();
    }
    const search = await context.newPage();
    await search.goto(`${host.url}/search?q=Tokayev`);
    await expect
      .poll(() => search.locator('.card-title').allTextContents())
      .toContain('President of Kazakhstan orders “shoot to kill” against protesters');
    await context.close();
  });
});
