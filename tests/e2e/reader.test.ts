import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { PRICE_QUOTE, SEED_PATH } from './support/seed.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function withPage(
  test: (watched: WatchedPage) => Promise<void>,
  options = {},
): Promise<void> {
  const watched = await openPage(browser, options);
  try {
    await test(watched);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  } finally {
    await watched.context.close();
  }
}

function activeQuote(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      text: active?.textContent ?? '',
      isQuote: active?.matches('mark.quote') ?? false,
      highlighted: active?.classList.contains('is-active') ?? false,
    };
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

describe('reading in real Chromium', () => {
  it('should go feed -> article -> quote in the panel, setting the hash and focusing the highlighted quote', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(`${baseUrl()}/`);
        await page.getByRole('link', { name: /shoot to kill/ }).click();
        await page.waitForURL(`**${SEED_PATH}`);
        const panel = page.getByRole('complementary', { name: 'Quotes & sources' });
        await panel.getByRole('link', { name: `“${PRICE_QUOTE}”` }).click();
        await page.waitForURL(/#quote-/);
        await expect
          .poll(() => activeQuote(page))
          .toEqual({ text: PRICE_QUOTE, isQuote: true, highlighted: true });
      },
      { viewport: { width: 1400, height: 900 } },
    );
  });

  it('should open a reloaded deep link to a quote at that quote, highlighted and focused', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}${SEED_PATH}`);
      const id = await page.locator('mark.quote', { hasText: PRICE_QUOTE }).getAttribute('id');
      await page.goto(`${baseUrl()}${SEED_PATH}#${id ?? ''}`);
      await page.reload();
      await expect
        .poll(() => activeQuote(page))
        .toEqual({ text: PRICE_QUOTE, isQuote: true, highlighted: true });
      const inView = await page.locator(`#${id ?? ''}`).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
    });
  });

  it('should show the speaker on keyboard focus, not only on hover', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}${SEED_PATH}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('j');
      const label = page.locator('.speaker-tooltip');
      await expect.poll(() => label.isVisible()).toBe(true);
      expect(await label.textContent()).toBe(
        'Kassym-Jomart Tokayev, President of Kazakhstan (partial quote)',
      );
    });
  });

  it('should move between quotes with j and k and toggle the drawer with q on a narrow screen', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(`${baseUrl()}${SEED_PATH}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.keyboard.press('j');
        await page.keyboard.press('j');
        expect((await activeQuote(page)).text).toBe('shoot to kill without warning');
        await page.keyboard.press('k');
        expect((await activeQuote(page)).text).toBe('shoot to kill');
        const panel = page.getByRole('complementary', { name: 'Quotes & sources' });
        expect(await panel.isVisible()).toBe(false);
        await page.keyboard.press('q');
        await expect.poll(() => panel.isVisible()).toBe(true);
      },
      { viewport: { width: 420, height: 800 } },
    );
  });

  it('should show the not-found page for an unknown article', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}/articles/no-such-article`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Page not found');
    });
  });

  it('should show HTML in a seed as text and never run it', async () => {
    await withPage(async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.goto(`${baseUrl()}/articles/headline-with-b-tags-b-script-alert-1-script`);
      const body = page.locator('.article-body');
      await expect.poll(() => body.textContent()).toContain('<img src=x onerror=alert(1)>');
      expect(await page.locator('.article-body img, .reader b, .reader script').count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
        '<script>alert(1)</script>',
      );
      expect(dialogs).toBe(0);
    });
  });
});

describe('keyboard and focus in real Chromium', () => {
  it('should move through the feed with j, open with Enter and focus the new view’s heading', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
      await page.keyboard.press('j');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/articles\//);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        focused.slice(0, 20),
      );
    });
  });

  it('should open the shortcuts help with ?, and close it with Escape', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.textContent()).toContain('Save or unsave');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    });
  });

  it('should save with s and list the article on /saved after a reload', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl()}${SEED_PATH}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('s');
      await expect
        .poll(() => page.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed'))
        .toBe('true');
      await page.goto(`${baseUrl()}/saved`);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
      expect(await page.getByRole('link', { name: /shoot to kill/ }).count()).toBe(1);
      await expectNoAxeViolations(page);
    });
  });
});

describe('accessibility in real Chromium', () => {
  const views: [string, string][] = [
    ['the feed', '/'],
    ['the reader', SEED_PATH],
    ['the not-found page', '/no/such/page'],
    ['the saved list', '/saved'],
    ['a speaker page', '/speakers/ned-price'],
    ['a source page', '/sources/reuters'],
    ['the feed filtered by speaker', '/?speaker=ned-price'],
    ['search results', '/search?q=Tokayev'],
  ];
  for (const [name, path] of views) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`should find no axe violations on ${name} (${scheme})`, async () => {
        await withPage(
          async ({ page }) => {
            await page.goto(`${baseUrl()}${path}`);
            await page.getByRole('heading', { level: 1 }).waitFor();
            await expectNoAxeViolations(page);
          },
          { colorScheme: scheme, viewport: { width: 1400, height: 900 } },
        );
      });
    }
  }

  it('should find no axe violations with the drawer open on a narrow screen', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(`${baseUrl()}${SEED_PATH}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.getByRole('button', { name: 'Quotes & sources' }).click();
        await expectNoAxeViolations(page);
      },
      { viewport: { width: 420, height: 800 } },
    );
  });
});

describe('the README screenshot', () => {
  it('should show the reader with the panel open', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(`${baseUrl()}${SEED_PATH}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.keyboard.press('j');
        await page.screenshot({ path: 'docs/reader.png' });
      },
      { viewport: { width: 1280, height: 860 }, colorScheme: 'light' },
    );
  });
});
