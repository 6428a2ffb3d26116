/**
 * Articles -> the static data files the app fetches. Every name carries a hash of
 * its content, so a cache (HTTP or service worker) can keep a file forever and a
 * new build can never be served stale data under an old name.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { SCHEMA_VERSION, type Article, type FeedIndex } from '../pipeline/article.ts';
import { buildDirectory } from '../pipeline/directory.ts';
import { SEARCH_OPTIONS, searchDocument } from '../pipeline/searchDocuments.ts';
import { compareForFeed, summarise } from '../pipeline/summary.ts';

const DATA_DIR = 'data';

export interface DataFiles {
  /** Relative to the app's base URL, e.g. `data/index.3f2a….json`. */
  indexPath: string;
  /** Path (relative to the base URL) -> JSON text. */
  files: Map<string, string>;
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function emitDataFiles(articles: readonly Article[]): DataFiles {
  const files = new Map<string, string>();
  const summaries = articles.map((article) => {
    const json = JSON.stringify(article);
    const dataPath = `${DATA_DIR}/articles/${article.slug}.${contentHash(json)}.json`;
    files.set(dataPath, json);
    return summarise(article, dataPath);
  });
  const directoryJson = JSON.stringify(buildDirectory(articles));
  const directoryUrl = `${DATA_DIR}/directory.${contentHash(directoryJson)}.json`;
  files.set(directoryUrl, directoryJson);
  const search = new MiniSearch(SEARCH_OPTIONS);
  search.addAll(articles.map(searchDocument));
  const searchJson = JSON.stringify(search);
  const searchUrl = `${DATA_DIR}/search.${contentHash(searchJson)}.json`;
  files.set(searchUrl, searchJson);
  const index: FeedIndex = {
    schemaVersion: SCHEMA_VERSION,
    articles: summaries.sort(compareForFeed),
    directoryUrl,
    searchUrl,
  };
  const indexJson = JSON.stringify(index);
  const indexPath = `${DATA_DIR}/index.${contentHash(indexJson)}.json`;
  files.set(indexPath, indexJson);
  return { indexPath, files };
}
