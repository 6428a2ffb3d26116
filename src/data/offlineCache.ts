/**
 * Data files the service worker did not precache, fetched on the reader's request into
 * the cache its runtime route for `/data/` reads from.
 */
import { DATA_CACHE_NAME } from './cacheNames.ts';
import { dataUrl } from './fetchJson.ts';

/** How many requests run at once: enough to fill the connection, few enough for a phone. */
const CONCURRENT_DOWNLOADS = 6;

export interface DownloadProgress {
  done: number;
  failed: number;
  total: number;
}

function absolutePath(path: string): string {
  return new URL(dataUrl(path), window.location.href).pathname;
}

/** Which of these data paths some cache of this origin (precache or runtime) holds. */
export async function cachedDataPaths(paths: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) held.add(new URL(request.url).pathname);
  }
  return new Set(paths.filter((path) => held.has(absolutePath(path))));
}

/**
 * Fetches every path not cached yet into the data cache, a few at a time, reporting
 * progress after each. A failed file is counted, not fatal: trying again fetches
 * only what is still missing.
 */
export async function cacheDataPaths(
  paths: readonly string[],
  onProgress: (progress: DownloadProgress) => void,
): Promise<DownloadProgress> {
  const cache = await caches.open(DATA_CACHE_NAME);
  const progress: DownloadProgress = { done: 0, failed: 0, total: paths.length };
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const path = paths[next++] ?? '';
      try {
        await cache.add(dataUrl(path));
        progress.done++;
      } catch {
        progress.failed++;
      }
      onProgress({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENT_DOWNLOADS }, worker));
  return progress;
}
