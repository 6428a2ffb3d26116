/**
 * In `vite dev`, adding, editing or removing a seed shows up in the open page
 * without restarting the server.
 */
import { cpSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { withSeedsDir } from './support/seed.ts';

const SEEDS = path.resolve('.tmp/dev-seeds');
let browser: Browser;
let server: ViteDevServer;
let url = '';

beforeAll(async () => {
  rmSync(SEEDS, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  cpSync('seeds/000_f8e586dc1c25d4d8.txt', path.join(SEEDS, '000_f8e586dc1c25d4d8.txt'));
  // The project's own config (React, the service worker's virtual modules) on other seeds.
  server = await withSeedsDir(SEEDS, () =>
    createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } }),
  );
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(SEEDS, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('should show an added, edited and removed seed in the open page without a restart', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const titles = () => page.locator('.card-title').allTextContents();
    await expect.poll(titles, { timeout: 15_000 }).toHaveLength(1);

    const added = path.join(SEEDS, '001_added.txt');
    writeFileSync(added, 'A freshly added article\n\n"It works," the tester said.\n');
    await expect.poll(titles, { timeout: 15_000 }).toContain('A freshly added article');

    writeFileSync(added, 'An edited article\n\n"It still works," the tester said.\n');
    await expect.poll(titles, { timeout: 15_000 }).toContain('An edited article');

    unlinkSync(added);
    await expect.poll(titles, { timeout: 15_000 }).toHaveLength(1);
    await page.close();
  });
});
