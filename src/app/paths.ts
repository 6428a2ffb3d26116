/** Every URL the app links to is built here, and every route pattern is declared here. */

export const routePatterns = {
  feed: '/',
  article: '/articles/:slug',
  saved: '/saved',
  speaker: '/speakers/:id',
  source: '/sources/:id',
  search: '/search',
} as const;

export const paths = {
  feed: (): string => '/',
  article: (slug: string): string => `/articles/${encodeURIComponent(slug)}`,
  quote: (slug: string, quoteId: string): string =>
    `/articles/${encodeURIComponent(slug)}#${quoteAnchor(quoteId)}`,
  saved: (): string => '/saved',
  speaker: (id: string): string => `/speakers/${encodeURIComponent(id)}`,
  source: (id: string): string => `/sources/${encodeURIComponent(id)}`,
  feedBySpeaker: (id: string): string => `/?speaker=${encodeURIComponent(id)}`,
  feedBySource: (id: string): string => `/?source=${encodeURIComponent(id)}`,
  search: (query: string): string => `/search?q=${encodeURIComponent(query)}`,
};

/** The element id (and URL hash) of a quote in the reader. */
export function quoteAnchor(quoteId: string): string {
  return `quote-${quoteId}`;
}
