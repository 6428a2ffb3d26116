/** The cache the service worker's runtime route for `/data/` uses; the app fills it too. */
export const DATA_CACHE_NAME = 'sourced-data';
