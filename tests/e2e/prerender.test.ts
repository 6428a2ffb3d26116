/**
 * index.html carries the feed's first screen, rendered at build time: readable before
 * (or without) the app's script, hidden when an SPA host serves index.html for another
 * address, and replaced by the app without a console error.
 */
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './support/browser.ts';
import { SEED_PATH } from './support/seed.ts';

const SEED_TITLE = 'President of Kazakhstan orders “shoot to kill” against protesters';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Stops the app's own module from loading, leaving the HTML, CSS and guard script. */
async function withoutTheApp(route: Route): Promise<void> {
  if (/\/assets\/index-[\w-]+\.js$/u.test(route.request().url())) await route.abort();
  else await route.continue();
}

describe('the prerendered feed', () => {
  it('should show the feed’s heading and first cards before the app runs', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
    await page.route('**/*', withoutTheApp);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
    expect(await page.locator('.card-title').allTextContents()).toContain(SEED_TITLE);
    await context.close();
  });

  it('should stay hidden when index.html is served for an article’s address', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
    await page.route('**/*', withoutTheApp);
    await page.goto(`${baseUrl()}${SEED_PATH}`);
    expect(await page.locator('[data-prerendered]').count()).toBe(1);
    expect(await page.locator('[data-prerendered]').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Latest articles' }).count()).toBe(0);
    await context.close();
  });

  it('should give way to the app, with the same feed and no console error', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.locator('[data-prerendered]').count()).toBe(0);
    expect(await page.locator('.card-title').allTextContents()).toContain(SEED_TITLE);
    expect(await page.locator('h1').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
