/**
 * The Vite plugin that turns `seeds/` into the app's data: it runs the pipeline at
 * build time (emitting content-hashed JSON) and in dev (serving the same files from
 * memory, rebuilt when a seed is added, edited or removed).
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildArticles } from '../pipeline/buildArticles.ts';
import { emitDataFiles, type DataFiles } from './emit.ts';
import { formatDiagnostic } from './formatDiagnostics.ts';
import { isSeedPath, readSeedFolder } from './seedFiles.ts';

const DATA_MODULE_ID = 'virtual:sourced-data';
const RESOLVED_DATA_MODULE_ID = `\0${DATA_MODULE_ID}`;

export interface SourcedDataOptions {
  /** The folder of seed articles. */
  seedsDir: string;
  /** Where diagnostics go; the build output by default. */
  log?: (line: string) => void;
}

export interface SourcedDataApi {
  /** This build's data: built once, shared by every hook (and the service worker's precache) that asks. */
  dataFiles(): Promise<DataFiles>;
}

export function sourcedData(
  options: SourcedDataOptions,
): Plugin<SourcedDataApi> & { api: SourcedDataApi } {
  const seedsDir = path.resolve(options.seedsDir);
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  let data: DataFiles | undefined;
  let base = '/';
  let pending: Promise<DataFiles> | undefined;

  async function rebuild(): Promise<DataFiles> {
    const { articles, diagnostics } = buildArticles(await readSeedFolder(seedsDir));
    for (const diagnostic of diagnostics) log(`[sourced] ${formatDiagnostic(diagnostic)}`);
    log(`[sourced] ${articles.length} articles from ${seedsDir}`);
    data = emitDataFiles(articles);
    return data;
  }

  function current(): Promise<DataFiles> {
    if (data) return Promise.resolve(data);
    pending ??= rebuild().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  function watchSeeds(server: ViteDevServer): void {
    server.watcher.add(seedsDir);
    const onChange = (file: string): void => {
      if (path.dirname(path.resolve(file)) !== seedsDir || !isSeedPath(file)) return;
      data = undefined;
      void current().then(() => {
        const module = server.moduleGraph.getModuleById(RESOLVED_DATA_MODULE_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  }

  return {
    name: 'sourced-data',
    api: { dataFiles: current },
    configResolved(config) {
      base = config.base;
    },
    // The feed index starts downloading with the page, not after the app's script runs.
    async transformIndexHtml() {
      const { indexPath } = await current();
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: base + indexPath },
          injectTo: 'head',
        },
      ];
    },
    async buildStart() {
      data = undefined;
      await current();
    },
    resolveId(id) {
      return id === DATA_MODULE_ID ? RESOLVED_DATA_MODULE_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_DATA_MODULE_ID) return undefined;
      const { indexPath } = await current();
      return `export const indexPath = ${JSON.stringify(indexPath)};\n`;
    },
    configureServer(server) {
      watchSeeds(server);
      server.middlewares.use((request, response, next) => {
        const base = server.config.base;
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(`${base}data/`)) {
          next();
          return;
        }
        void current().then(({ files }) => {
          const body = files.get(url.slice(base.length));
          if (body === undefined) {
            response.statusCode = 404;
            response.end('Not found');
            return;
          }
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(body);
        }, next);
      });
    },
    async generateBundle() {
      const { files } = await current();
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
