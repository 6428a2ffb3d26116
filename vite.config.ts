import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheBudgetFrom, precacheWithinBudget } from './src/build/precache.ts';
import { prerenderFeed } from './src/build/prerender.ts';
import { sourcedData } from './src/build/vitePlugin.ts';
import { DATA_CACHE_NAME } from './src/data/cacheNames.ts';

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

/**
 * dist/404.html is the app's shell again: static hosts that answer unknown paths with
 * 404.html (GitHub Pages, Netlify, Cloudflare Pages) then open deep links too.
 */
function notFoundFallback(): Plugin {
  return {
    name: 'sourced-404-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset')
        this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

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

// SEEDS_DIR builds the app from another folder of articles (benchmarks, tests).
const data = sourcedData({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' });

/**
 * The service worker (Workbox, through vite-plugin-pwa) precaches the shell, the feed
 * index and article data up to a budget (src/build/precache.ts; `PRECACHE_BUDGET_BYTES`
 * overrides it), so bookmarked URLs open offline after one visit. Data beyond the budget
 * is cached when first read, or all at once from the footer's "Make all articles
 * available offline". The worker is registered from the app bundle (`injectRegister:
 * false`), which the CSP allows, and waits for the reader to accept an update
 * ('prompt'); so `clientsClaim` is set here for the first install to control the page
 * it was installed from.
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'robots.txt', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Sourced: who said what',
    short_name: 'Sourced',
    description: 'News articles with every quote, its speaker, and every source the article cites.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d3557',
    background_color: '#fdfcf9',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      {
        name: 'Saved articles',
        short_name: 'Saved',
        url: '/saved',
        icons: [{ src: 'icons/icon-192.png', sizes: '192x192' }],
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,txt,webmanifest}'],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/data\//u],
    // Assets and data carry a content hash in their names: no revision query needed.
    dontCacheBustURLsMatching: /[./][\w-]{8,}\.(?:js|css|json)$/u,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The budget below decides what data is precached, not a per-file limit.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [
      async (entries) => ({
        manifest: precacheWithinBudget(
          entries,
          (await data.api.dataFiles()).offlineOrder,
          precacheBudgetFrom(process.env),
        ),
        warnings: [],
      }),
    ],
    runtimeCaching: [
      {
        // Data files are content-hashed, so a cached copy is never stale.
        urlPattern: /\/data\/.+\.json$/u,
        handler: 'CacheFirst',
        options: { cacheName: DATA_CACHE_NAME },
      },
    ],
  },
});

export default defineConfig({
  plugins: [
    react(),
    data,
    contentSecurityPolicy(),
    notFoundFallback(),
    // After the 404.html copy, so only index.html carries the prerendered feed.
    prerenderFeed(data),
    serviceWorker,
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
