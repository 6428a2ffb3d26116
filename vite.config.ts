import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { sourcedData } from './src/build/vitePlugin.ts';

/**
 * The production page forbids inline scripts and any origin but its own. Dev is left
 * without it because Vite's React refresh needs an inline preamble.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sourced-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // SEEDS_DIR builds the app from another folder of articles (benchmarks, tests).
  plugins: [
    react(),
    sourcedData({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' }),
    contentSecurityPolicy(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
