/**
 * Deploying the static build: on a host with no rewrites, only the 404.html fallback
 * (see vite.config.ts), a deep link to a quote still opens the article at that quote.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticHost } from './support/staticServer.ts';

let browser: Browser;
let host: StaticHost;

beforeAll(async () => {
  host = await serveStatic(path.resolve('.tmp/e2e-dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await host.close();
});

describe('the static build on a plain static host', () => {
  it('should open a deep link to a quote through the 404.html fallback', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seedPath = '/articles/president-of-kazakhstan-orders-shoot-to-kill-against-protesters';
    await page.goto(`${host.url}${seedPath}`);
    const id = await page.locator('mark.quote', { hasText: /^We hope/ }).getAttribute('id');
    const fresh = await browser.newContext();
    const deepLink = await fresh.newPage();
    const response = await deepLink.goto(`${host.url}${seedPath}#${id ?? ''}`);
    expect(response?.status()).toBe(404);
    await expect
      .poll(() =>
        deepLink.evaluate(() => document.activeElement?.matches('mark.quote.is-active') === true),
      )
      .toBe(true);
    await fresh.close();
    await context.close();
  });
});
