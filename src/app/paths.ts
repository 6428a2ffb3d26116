/** Every URL the app links to is built here, and every route pattern is declared here. */

export const routePatterns = {
  feed: '/',
  article: '/articles/:slug',
  saved: '/saved',
} as const;

export const paths = {
  feed: (): string => '/',
  article: (slug: string): string => `/articles/${encodeURIComponent(slug)}`,
  quote: (slug: string, quoteId: string): string =>
    `/articles/${encodeURIComponent(slug)}#${quoteAnchor(quoteId)}`,
  saved: (): string => '/saved',
};

/** The element id (and URL hash) of a quote in the reader. */
export function quoteAnchor(quoteId: string): string {
  return `quote-${quoteId}`;
}
