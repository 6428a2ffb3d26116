/**
 * The one place that defines query keys and how each is fetched. Keys nest, so
 * `['articles']` invalidates everything and `['articles', 'detail', slug]` one article.
 */
import { queryOptions } from '@tanstack/react-query';
import { indexPath } from 'virtual:sourced-data';
import { SEARCH_OPTIONS } from '../pipeline/searchDocuments.ts';
import { NotFoundError } from './errors.ts';
import { fetchJson, fetchText } from './fetchJson.ts';
import { toArticle, toDirectory, toFeedIndex } from './guards.ts';

export const articleKeys = {
  all: ['articles'] as const,
  index: () => [...articleKeys.all, 'index'] as const,
  detail: (slug: string) => [...articleKeys.all, 'detail', slug] as const,
  directory: () => [...articleKeys.all, 'directory'] as const,
  search: () => [...articleKeys.all, 'search'] as const,
};

// Data files are content-hashed: what a URL returns never changes.
const IMMUTABLE = { staleTime: 'static', gcTime: Infinity } as const;

export const feedIndexQuery = () =>
  queryOptions({
    queryKey: articleKeys.index(),
    queryFn: async ({ signal }) => toFeedIndex(await fetchJson(indexPath, signal), indexPath),
    ...IMMUTABLE,
  });

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: async ({ client, signal }) => {
      const index = await client.query(feedIndexQuery());
      const summary = index.articles.find((article) => article.slug === slug);
      if (!summary) throw new NotFoundError(`The article “${slug}”`);
      return toArticle(await fetchJson(summary.dataUrl, signal), summary.dataUrl);
    },
    ...IMMUTABLE,
  });

/** Speakers and sources across all articles; only the views that need it load it. */
export const directoryQuery = () =>
  queryOptions({
    queryKey: articleKeys.directory(),
    queryFn: async ({ client, signal }) => {
      const { directoryUrl } = await client.query(feedIndexQuery());
      return toDirectory(await fetchJson(directoryUrl, signal), directoryUrl);
    },
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
