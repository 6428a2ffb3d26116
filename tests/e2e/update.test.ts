/**
 * A new deployment: the open app notices the new service worker and offers
 * "A new version is available — Reload", which brings in the new data.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { buildApp } from './support/seed.ts';
import { serveStatic, type StaticHost } from './support/staticServer.ts';

const ROOT = path.resolve('.tmp/update');
const SEEDS = path.join(ROOT, 'seeds');
const OUT_DIR = path.join(ROOT, 'dist');
let browser: Browser;
let host: StaticHost;

async function deploy(): Promise<void> {
  await buildApp(SEEDS, OUT_DIR);
}

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  cpSync('seeds/000_f8e586dc1c25d4d8.txt', path.join(SEEDS, '000_f8e586dc1c25d4d8.txt'));
  await deploy();
  host = await serveStatic(OUT_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await host.close();
  rmSync(ROOT, { recursive: true, force: true });
});

describe('a new deployment', () => {
  it('should offer "A new version is available — Reload" and show the new data after it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await page.getByText('Available offline', { exact: true }).waitFor();

    writeFileSync(
      path.join(SEEDS, '001_new.txt'),
      'A story from the new deployment\n\n"It is new," the editor said.\n',
    );
    await deploy();
    // Coming back to the app checks for a new service worker; the old one still serves the page.
    await page.reload();

    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('A new version is available');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => page.locator('.card-title').allTextContents(), { timeout: 20_000 })
      .toContain('A story from the new deployment');
    await context.close();
  });
});
