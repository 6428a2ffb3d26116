/**
 * The one place that defines query keys and how each is fetched. Keys nest, so
 * `['articles']` invalidates everything and `['articles', 'detail', slug]` one article.
 */
import { queryOptions } from '@tanstack/react-query';
import { indexPath } from 'virtual:sourced-data';
import { directoryShardOf } from '../pipeline/directory.ts';
import { SEARCH_OPTIONS } from '../pipeline/searchDocuments.ts';
import { NotFoundError } from './errors.ts';
import { fetchJson, fetchText } from './fetchJson.ts';
import type { ArticleSummary } from '../pipeline/article.ts';
import { toArticle, toDirectory, toFeedIndex, toFeedPage } from './guards.ts';
import { cachedDataPaths } from './offlineCache.ts';

export const articleKeys = {
  all: ['articles'] as const,
  index: () => [...articleKeys.all, 'index'] as const,
  feedPage: (url: string) => [...articleKeys.all, 'feed-page', url] as const,
  summaries: () => [...articleKeys.all, 'summaries'] as const,
  detail: (slug: string) => [...articleKeys.all, 'detail', slug] as const,
  directoryOf: (id: string) => [...articleKeys.all, 'directory-of', id] as const,
  directoryShard: (url: string) => [...articleKeys.all, 'directory', url] as const,
  search: () => [...articleKeys.all, 'search'] as const,
  offline: () => [...articleKeys.all, 'offline'] as const,
};

// Data files are content-hashed: what a URL returns never changes.
const IMMUTABLE = { staleTime: 'static', gcTime: Infinity } as const;

export const feedIndexQuery = () =>
  queryOptions({
    queryKey: articleKeys.index(),
    queryFn: async ({ signal }) => toFeedIndex(await fetchJson(indexPath, signal), indexPath),
    ...IMMUTABLE,
  });

const feedPageQuery = (url: string) =>
  queryOptions({
    queryKey: articleKeys.feedPage(url),
    queryFn: async ({ signal }) => toFeedPage(await fetchJson(url, signal), url),
    ...IMMUTABLE,
  });

/** Every article's summary in feed order: the index's newest ones, then every page. */
export const summariesQuery = () =>
  queryOptions({
    queryKey: articleKeys.summaries(),
    queryFn: async ({ client }): Promise<ArticleSummary[]> => {
      const index = await client.query(feedIndexQuery());
      const pages = await Promise.all(
        index.morePages.map((url) => client.query(feedPageQuery(url))),
      );
      return [...index.articles, ...pages.flatMap((page) => page.articles)];
    },
    ...IMMUTABLE,
  });

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: async ({ client, signal }) => {
      const index = await client.query(feedIndexQuery());
      // The newest articles are in the index itself; older ones need its pages.
      const summary = (
        index.articles.some((article) => article.slug === slug)
          ? index.articles
          : await client.query(summariesQuery())
      ).find((article) => article.slug === slug);
      if (!summary) throw new NotFoundError(`The article “${slug}”`);
      return toArticle(await fetchJson(summary.dataUrl, signal), summary.dataUrl);
    },
    ...IMMUTABLE,
  });

/**
 * The shard of the cross-article directory that holds the speaker or source `id`;
 * only the views that need it load it, and only that shard.
 */
export const directoryQuery = (id: string) =>
  queryOptions({
    queryKey: articleKeys.directoryOf(id),
    queryFn: async ({ client }) => {
      const { directoryShards } = await client.query(feedIndexQuery());
      const url = directoryShards[directoryShardOf(id, directoryShards.length)] ?? '';
      return client.query(directoryShardQuery(url));
    },
    ...IMMUTABLE,
  });

const directoryShardQuery = (url: string) =>
  queryOptions({
    queryKey: articleKeys.directoryShard(url),
    queryFn: async ({ signal }) => toDirectory(await fetchJson(url, signal), url),
    ...IMMUTABLE,
  });

/**
 * The full-text index, built at build time. MiniSearch itself is imported here, on
 * first search, so neither it nor the index is on the feed's critical path.
 */
export const searchIndexQuery = () =>
  queryOptions({
    queryKey: articleKeys.search(),
    queryFn: async ({ client, signal }) => {
      const { searchUrl } = await client.query(feedIndexQuery());
      const [{ default: MiniSearch }, json] = await Promise.all([
        import('minisearch'),
        fetchText(searchUrl, signal),
      ]);
      return MiniSearch.loadJSON(json, SEARCH_OPTIONS);
    },
    // A MiniSearch instance is not plain data: keep it as it is.
    structuralSharing: false,
    ...IMMUTABLE,
  });

interface OfflineStatus {
  articles: number;
  articlesCached: number;
  /** Every data file (articles, directory, search) no cache holds yet. */
  missing: string[];
}

/** What this device can read offline; only asked when a service worker is in control. */
export const offlineStatusQuery = () =>
  queryOptions({
    queryKey: articleKeys.offline(),
    queryFn: async ({ client }): Promise<OfflineStatus> => {
      const index = await client.query(feedIndexQuery());
      const summaries = await client.query(summariesQuery());
      const articlePaths = summaries.map((summary) => summary.dataUrl);
      const paths = [...articlePaths, ...index.directoryShards, index.searchUrl];
      const cached = await cachedDataPaths(paths);
      return {
        articles: articlePaths.length,
        articlesCached: articlePaths.filter((path) => cached.has(path)).length,
        missing: paths.filter((path) => !cached.has(path)),
      };
    },
  });
