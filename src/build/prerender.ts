/**
 * Puts the feed's first screen into dist/index.html at build time, so a visitor sees
 * articles at the first paint instead of after the app's script has downloaded and run.
 * The markup comes from the app's own routes and components (src/app/prerenderFeed.tsx),
 * bundled for Node by a small Vite SSR build and run; the app then renders over it.
 *
 * index.html is also what SPA hosts send for every address: a small blocking script,
 * prerender-guard.js, hides the prerendered feed when the address is not the feed's.
 * dist/404.html stays the plain shell (it is copied before this runs).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import type { FeedIndex } from '../pipeline/article.ts';
import type { SourcedDataApi } from './vitePlugin.ts';

const ENTRY = 'src/app/prerenderFeed.tsx';

/** The app's virtual modules as the prerender sees them: the index's address, no service worker. */
function virtualModuleStubs(indexPath: string): Plugin {
  const stubs: Record<string, string> = {
    'virtual:sourced-data': `export const indexPath = ${JSON.stringify(indexPath)};`,
    'virtual:pwa-register/react': `export function useRegisterSW() {
      return { needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} };
    }`,
  };
  return {
    name: 'sourced-prerender-stubs',
    resolveId: (id) => (id in stubs ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? stubs[id.slice(1)] : undefined),
  };
}

function isRenderer(
  value: unknown,
): value is { renderFeedHtml: (index: FeedIndex, origin: string) => Promise<string> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'renderFeedHtml' in value &&
    typeof value.renderFeedHtml === 'function'
  );
}

/**
 * Bundles the renderer for Node with Vite's SSR build (dependencies stay external) and
 * runs it. A fresh folder each time: Node caches an imported module by its address.
 */
async function renderFeed(root: string, indexPath: string, index: FeedIndex): Promise<string> {
  // Inside node_modules, where the bundle's imports of React and the rest resolve.
  const outDir = await mkdtemp(path.join(root, 'node_modules', '.sourced-prerender-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      mode: 'production',
      plugins: [virtualModuleStubs(indexPath)],
      build: {
        ssr: ENTRY,
        outDir,
        emptyOutDir: true,
        rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
      },
    });
    const module: unknown = await import(pathToFileURL(path.join(outDir, 'prerender.mjs')).href);
    if (!isRenderer(module)) throw new Error(`${ENTRY} does not export renderFeedHtml`);
    return await module.renderFeedHtml(index, 'http://localhost');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function prerenderFeed(data: { api: SourcedDataApi }): Plugin {
  let root = process.cwd();
  let base = '/';
  let rendering: Promise<string> | undefined;
  return {
    name: 'sourced-prerender-feed',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    // Started as soon as the data is built, so the render runs while the app is being
    // bundled rather than after.
    buildStart() {
      rendering = data.api
        .dataFiles()
        .then((files) => renderFeed(root, files.indexPath, files.index));
      // Awaited in generateBundle; a failure there fails the build.
      rendering.catch(() => undefined);
    },
    async generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || !rendering) return;
      const markup = await rendering;
      page.source = String(page.source)
        .replace(
          '</title>',
          `</title>\n    <meta name="sourced-prerendered-path" content="${base}" />\n    <script src="${base}prerender-guard.js"></script>`,
        )
        .replace(
          '<div id="root"></div>',
          `<div id="root"><div data-prerendered>${markup}</div></div>`,
        );
    },
  };
}
