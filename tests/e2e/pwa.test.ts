/**
 * The installable, offline-first app in real Chromium: the service worker takes
 * control, every bundled article and quote link opens with the network off, and
 * Chromium finds nothing that stops installation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { baseUrl, launchBrowser, waitForControl } from './support/browser.ts';
import { PRICE_QUOTE, SEED_PATH } from './support/seed.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function visitOnline(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
  await waitForControl(page);
  await page.getByText('Available offline', { exact: true }).waitFor();
  return page;
}

describe('the service worker', () => {
  it('should control the page after one visit', async () => {
    const context = await browser.newContext();
    const page = await visitOnline(context);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${baseUrl()}/sw.js`,
    );
    await context.close();
  });

  it('should open every bundled article, a quote deep link and /saved with the network off', async () => {
    const context = await browser.newContext();
    const online = await visitOnline(context);
    const slugs = await online.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.card-title a')];
      return links.map((link) => link.pathname);
    });
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    await online.goto(`${baseUrl()}${SEED_PATH}`);
    const anchor = await online.locator('mark.quote', { hasText: PRICE_QUOTE }).getAttribute('id');

    await context.setOffline(true);
    for (const pathname of slugs) {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${pathname}`);
      await page.locator('article.reader h1').waitFor();
      await page.close();
    }

    const deepLink = await context.newPage();
    await deepLink.goto(`${baseUrl()}${SEED_PATH}#${anchor ?? ''}`);
    await deepLink.reload();
    await expect
      .poll(() =>
        deepLink.evaluate(() => document.activeElement?.matches('mark.quote.is-active') === true),
      )
      .toBe(true);
    expect(await deepLink.evaluate(() => document.activeElement?.textContent)).toBe(PRICE_QUOTE);

    const saved = await context.newPage();
    await saved.goto(`${baseUrl()}/saved`);
    await saved.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    expect(await saved.getByText('You are offline.').count()).toBe(1);
    await context.close();
  });
});

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose?: string;
}

function isIcon(value: unknown): value is ManifestIcon {
  return typeof value === 'object' && value !== null && 'src' in value && 'sizes' in value;
}

function iconsOf(manifest: unknown): ManifestIcon[] {
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !('icons' in manifest) ||
    !Array.isArray(manifest.icons)
  )
    return [];
  return manifest.icons.filter(isIcon);
}

describe('the web app manifest', () => {
  it('should be served, complete, and point at icons that exist', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest: unknown = await (await page.request.get(`${baseUrl()}${href ?? ''}`)).json();
    const fields = typeof manifest === 'object' && manifest !== null ? manifest : {};
    const text = (key: string): unknown =>
      key in fields ? Object.entries(fields).find(([name]) => name === key)?.[1] : undefined;
    for (const key of ['name', 'description', 'theme_color', 'background_color'])
      expect(typeof text(key)).toBe('string');
    expect([text('short_name'), text('start_url'), text('scope'), text('display')]).toEqual([
      'Sourced',
      '/',
      '/',
      'standalone',
    ]);
    expect(JSON.stringify(text('shortcuts'))).toContain('"url":"/saved"');
    const icons = iconsOf(manifest);
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const response = await page.request.get(`${baseUrl()}/${icon.src}`);
      const bytes = await response.body();
      expect(response.headers()['content-type']).toBe('image/png');
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    await context.close();
  });

  it('should leave Chromium no installability errors', async () => {
    const userDataDir = mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'sourced-profile-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await visitOnline(context);
      const session = await context.newCDPSession(page);
      const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
