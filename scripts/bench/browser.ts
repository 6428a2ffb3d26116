/**
 * The feed of a built bundle in real headless Chromium (Debian's): how soon the first
 * card is on screen, and the longest main-thread task while scrolling through it.
 * The in-page probes are strings because this script is type-checked for Node.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

const VISITS = 5;

/**
 * Records when the first card is painted (the frame after it is in the DOM, whether
 * from the prerendered HTML or from the app), when the app has rendered it itself (the
 * prerendered markup gone), and long tasks.
 */
const probe = (firstContent: string): string => `
window.__bench = { firstCard: null, appCard: null, longTasks: [] };
const check = (observer) => {
  const card = document.querySelector('${firstContent}');
  if (!card) return;
  if (window.__bench.firstCard === null) {
    window.__bench.firstCard = 0;
    requestAnimationFrame(() => { window.__bench.firstCard = performance.now(); });
  }
  if (!document.querySelector('[data-prerendered]') && window.__bench.appCard === null) {
    window.__bench.appCard = 0;
    observer.disconnect();
    requestAnimationFrame(() => { window.__bench.appCard = performance.now(); });
  }
};
new MutationObserver((_, observer) => check(observer)).observe(document, { childList: true, subtree: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
`;

/** Watches every frame while the page scrolls; resolves to the longest gap between frames. */
const WATCH_FRAMES = `
window.__frames = { last: performance.now(), maxGap: 0, running: true };
const tick = (now) => {
  const frames = window.__frames;
  frames.maxGap = Math.max(frames.maxGap, now - frames.last);
  frames.last = now;
  if (frames.running) requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
`;

/** Medians of both moments, from navigation start. */
function figures(renders: readonly FirstRender[]): string {
  const firstCard = median(renders.map((render) => render.firstCard));
  const appCard = median(renders.map((render) => render.appCard));
  return `first card painted at ${firstCard.toFixed(0)} ms, rendered by the app at ${appCard.toFixed(0)} ms`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface FirstRender {
  /** From navigation start to the frame after the first card is in the page. */
  firstCard: number;
  /** From navigation start to the frame after the app itself has rendered it. */
  appCard: number;
}

async function firstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto(url);
  await page.waitForFunction('window.__bench.firstCard > 0 && window.__bench.appCard > 0');
  return {
    firstCard: Number(await page.evaluate('window.__bench.firstCard')),
    appCard: Number(await page.evaluate('window.__bench.appCard')),
  };
}

interface ScrollFigures {
  longestTask: number;
  maxFrameGap: number;
}

async function scrollFigures(page: Page): Promise<ScrollFigures> {
  await page.evaluate('window.__bench.longTasks = []');
  await page.evaluate(WATCH_FRAMES);
  await page.mouse.move(200, 300);
  for (let step = 0; step < 120; step++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(16);
  }
  // A jump far down the list, as dragging the scrollbar does, then back to the top.
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight / 2)');
  await page.waitForTimeout(300);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(300);
  await page.evaluate('window.__frames.running = false');
  return {
    longestTask: Number(await page.evaluate('Math.max(0, ...window.__bench.longTasks)')),
    maxFrameGap: Number(await page.evaluate('window.__frames.maxGap')),
  };
}

/** The bare-libraries app's first render (its one link), for scale beside the feed's. */
async function floorFirstRenders(browser: Browser, floorDir: string): Promise<FirstRender[]> {
  const server = await preview({
    root: floorDir,
    configFile: false,
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  const times: FirstRender[] = [];
  try {
    for (let visit = 0; visit < VISITS; visit++) {
      const context = await browser.newContext({ bypassCSP: true });
      await context.addInitScript(probe('#root a'));
      times.push(await firstRender(await context.newPage(), server.resolvedUrls?.local[0] ?? ''));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return times;
}

export async function benchFeedInBrowser(distDir: string, floorDir: string): Promise<string[]> {
  const server = await preview({
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const cold: FirstRender[] = [];
    const warm: FirstRender[] = [];
    let scrollWhileLoading: ScrollFigures | undefined;
    let scroll: ScrollFigures | undefined;
    for (let visit = 0; visit < VISITS; visit++) {
      // The probes are evaluated strings, which the app's CSP (no eval) would refuse.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        bypassCSP: true,
      });
      await context.addInitScript(probe('.card-title'));
      const page = await context.newPage();
      cold.push(await firstRender(page, url));
      // At once, while the feed's further pages are still arriving.
      if (visit === 0) scrollWhileLoading = await scrollFigures(page);
      await page.evaluate('navigator.serviceWorker.ready');
      warm.push(await firstRender(page, url));
      if (visit === 0) {
        await page.waitForLoadState('networkidle');
        scroll = await scrollFigures(page);
      }
      await context.close();
    }
    const cards = `${VISITS} visits, median`;
    const describe = (figures: ScrollFigures | undefined): string =>
      figures === undefined
        ? 'not measured'
        : `longest task ${figures.longestTask === 0 ? 'none over 50 ms (longtask API)' : `${figures.longestTask.toFixed(0)} ms`}, longest frame gap ${figures.maxFrameGap.toFixed(0)} ms`;
    return [
      `feed first render, first visit: ${figures(cold)} (${cards})`,
      `feed first render, repeat visit (service worker): ${figures(warm)} (${cards})`,
      `bare react + react-dom + react-router + react-query app, first render: ${figures(await floorFirstRenders(browser, floorDir))} (${cards})`,
      `scrolling the feed as soon as it shows (pages still loading): ${describe(scrollWhileLoading)}`,
      `scrolling the feed once loaded: ${describe(scroll)}`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
