/**
 * Articles -> the static data files the app fetches. Every name carries a hash of
 * its content, so a cache (HTTP or service worker) can keep a file forever and a
 * new build can never be served stale data under an old name.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import {
  SCHEMA_VERSION,
  type Article,
  type Directory,
  type FeedIndex,
} from '../pipeline/article.ts';
import { buildDirectory, shardDirectory } from '../pipeline/directory.ts';
import { SEARCH_OPTIONS, searchDocument } from '../pipeline/searchDocuments.ts';
import { compareForFeed, summarise } from '../pipeline/summary.ts';

const DATA_DIR = 'data';

export interface DataFiles {
  /** Relative to the app's base URL, e.g. `data/index.3f2a….json`. */
  indexPath: string;
  /** Path (relative to the base URL) -> JSON text. */
  files: Map<string, string>;
  /**
   * Every data path, most wanted offline first: the index, articles in feed order,
   * the directory, the search index. The service worker precaches a prefix of it.
   */
  offlineOrder: string[];
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** A speaker or source page fetches one shard: small enough for a phone, few enough files. */
const DIRECTORY_SHARD_BYTES = 256 * 1024;

function emitDirectoryShards(directory: Directory, files: Map<string, string>): string[] {
  const shardCount = Math.max(
    1,
    Math.ceil(JSON.stringify(directory).length / DIRECTORY_SHARD_BYTES),
  );
  return shardDirectory(directory, shardCount).map((shard) => {
    const json = JSON.stringify(shard);
    const url = `${DATA_DIR}/directory/${contentHash(json)}.json`;
    files.set(url, json);
    return url;
  });
}

export function emitDataFiles(articles: readonly Article[]): DataFiles {
  const files = new Map<string, string>();
  const summaries = articles.map((article) => {
    const json = JSON.stringify(article);
    // The slug is in the index already; the file name needs only the content hash.
    const dataPath = `${DATA_DIR}/articles/${contentHash(json)}.json`;
    files.set(dataPath, json);
    return summarise(article, dataPath);
  });
  const directoryShards = emitDirectoryShards(buildDirectory(articles), files);
  const search = new MiniSearch(SEARCH_OPTIONS);
  search.addAll(articles.map(searchDocument));
  const searchJson = JSON.stringify(search);
  const searchUrl = `${DATA_DIR}/search.${contentHash(searchJson)}.json`;
  files.set(searchUrl, searchJson);
  const index: FeedIndex = {
    schemaVersion: SCHEMA_VERSION,
    articles: summaries.sort(compareForFeed),
    directoryShards,
    searchUrl,
  };
  const indexJson = JSON.stringify(index);
  const indexPath = `${DATA_DIR}/index.${contentHash(indexJson)}.json`;
  files.set(indexPath, indexJson);
  const offlineOrder = [
    indexPath,
    ...index.articles.map((summary) => summary.dataUrl),
    ...directoryShards,
    searchUrl,
  ];
  return { indexPath, files, offlineOrder };
}
