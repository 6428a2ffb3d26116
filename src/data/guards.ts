/**
 * Checks at the edge where JSON enters the app. The files are ours, but an old
 * cached shell can meet newer data; a clear error beats a crash deep in a view.
 */
import {
  SCHEMA_VERSION,
  type Article,
  type Directory,
  type FeedIndex,
  type FeedPage,
} from '../pipeline/article.ts';
import { DataShapeError } from './errors.ts';

function hasCurrentSchema(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'schemaVersion' in value &&
    value.schemaVersion === SCHEMA_VERSION
  );
}

function isFeedIndex(value: unknown): value is FeedIndex {
  return (
    hasCurrentSchema(value) &&
    typeof value.articleCount === 'number' &&
    Array.isArray(value.articles) &&
    Array.isArray(value.morePages) &&
    Array.isArray(value.directoryShards) &&
    value.directoryShards.length > 0 &&
    typeof value.searchUrl === 'string'
  );
}

function isFeedPage(value: unknown): value is FeedPage {
  return hasCurrentSchema(value) && Array.isArray(value.articles);
}

function isDirectory(value: unknown): value is Directory {
  return hasCurrentSchema(value) && Array.isArray(value.speakers) && Array.isArray(value.sources);
}

function isArticle(value: unknown): value is Article {
  return (
    hasCurrentSchema(value) &&
    typeof value.slug === 'string' &&
    Array.isArray(value.blocks) &&
    Array.isArray(value.quotes) &&
    Array.isArray(value.sources)
  );
}

export function toFeedIndex(value: unknown, url: string): FeedIndex {
  if (!isFeedIndex(value)) throw new DataShapeError(url, 'not a feed index of this version');
  return value;
}

export function toFeedPage(value: unknown, url: string): FeedPage {
  if (!isFeedPage(value)) throw new DataShapeError(url, 'not a feed page of this version');
  return value;
}

export function toArticle(value: unknown, url: string): Article {
  if (!isArticle(value)) throw new DataShapeError(url, 'not an article of this version');
  return value;
}

export function toDirectory(value: unknown, url: string): Directory {
  if (!isDirectory(value)) throw new DataShapeError(url, 'not a directory of this version');
  return value;
}
