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
  type FeedPage,
} from '../pipeline/article.ts';
import { buildDirectory, shardDirectory } from '../pipeline/directory.ts';
import { SEARCH_OPTIONS, searchDocument } from '../pipeline/searchDocuments.ts';
import { compareForFeed, summarise } from '../pipeline/summary.ts';

const DATA_DIR = 'data';

export interface DataFiles {
  /** Relative to the app's base URL, e.g. `data/index.3f2a….json`. */
  indexPath: string;
  /** What that file holds. */
  index: FeedIndex;
  /** Path (relative to the base URL) -> JSON text. */
  files: Map<string, string>;
  /**
   * The data paths the service worker may leave out, most wanted offline first:
   * articles in feed order, the directory, the search index. It precaches what fits
   * its budget; the feed index and its pages are not listed, so always precached.
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

/**
 * The index carries the newest articles, enough for the feed's first screens and a fast
 * first render at any bundle size; the rest follow in pages the feed loads after it.
 */
const FIRST_PAGE_SIZE = 50;
const PAGE_SIZE = 1000;

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
  summaries.sort(compareForFeed);
  const firstPage = summaries.slice(0, FIRST_PAGE_SIZE);
  const morePages: string[] = [];
  for (let start = FIRST_PAGE_SIZE; start < summaries.length; start += PAGE_SIZE) {
    const page: FeedPage = {
      schemaVersion: SCHEMA_VERSION,
      articles: summaries.slice(start, start + PAGE_SIZE),
    };
    const json = JSON.stringify(page);
    const url = `${DATA_DIR}/feed/${contentHash(json)}.json`;
    files.set(url, json);
    morePages.push(url);
  }
  const index: FeedIndex = {
    schemaVersion: SCHEMA_VERSION,
    articleCount: summaries.length,
    articles: firstPage,
    morePages,
    directoryShards,
    searchUrl,
  };
  const indexJson = JSON.stringify(index);
  const indexPath = `${DATA_DIR}/index.${contentHash(indexJson)}.json`;
  files.set(indexPath, indexJson);
  return {
    indexPath,
    index,
    files,
    offlineOrder: [...summaries.map((summary) => summary.dataUrl), ...directoryShards, searchUrl],
  };
}
