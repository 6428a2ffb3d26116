import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the feed in real Chromium', () => {
  it('should load with the bundled article, no console error and no request leaving 127.0.0.1', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Latest articles');
    const titles = await page
      .getByRole('article')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(titles).toContain('President of Kazakhstan orders “shoot to kill” against protesters');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('should keep the search index and the directory off the feed’s critical path', async () => {
    const { page, context } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
    expect(requested.filter((path) => /\/data\/(?:search|directory)[./]/u.test(path))).toEqual([]);
    await context.close();
  });

  it('should open an article from its card', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: /shoot to kill/ }).click();
    await page.waitForURL(/\/articles\/president-of-kazakhstan/);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'President of Kazakhstan orders “shoot to kill” against protesters',
      })
      .waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('should show the not-found page for an unknown address', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/no/such/page`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Page not found');
    await context.close();
  });

  it('should forbid inline scripts with a Content Security Policy', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return 'inlineRan' in window;
    });
    expect(ran).toBe(false);
    await context.close();
  });
});
