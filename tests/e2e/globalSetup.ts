/**
 * Builds the app from the browser tests' own seeds (the bundled seed, a second
 * article, and one full of HTML) with `SEEDS_DIR`, then serves that build on
 * 127.0.0.1 with `vite preview`, the way a static host with an SPA fallback would.
 */
import path from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp } from './support/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const OUT_DIR = path.resolve('.tmp/e2e-dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildApp(path.resolve('tests/e2e/seeds'), OUT_DIR);
  const server = await preview({
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
