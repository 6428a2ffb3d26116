/**
 * Which data files the service worker precaches. The shell and the feed index always;
 * then article data in feed order (newest first), the directory and the search index,
 * while they fit the budget. The rest is cached as it is read, or all at once by the
 * reader's "Make all articles available offline".
 */

/** Enough for well over a thousand articles, little enough for a phone's first visit. */
const DEFAULT_PRECACHE_BUDGET_BYTES = 10 * 1024 * 1024;

export interface PrecacheEntry {
  url: string;
  size: number;
}

/**
 * @param offlineOrder the data files that may be left out, most wanted offline first;
 *   every other entry (the shell, the feed index and its pages) is always kept.
 */
export function precacheWithinBudget<T extends PrecacheEntry>(
  entries: readonly T[],
  offlineOrder: readonly string[],
  budgetBytes: number,
): T[] {
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
  const optional = new Set(offlineOrder);
  const kept = new Set(entries.filter((entry) => !optional.has(entry.url)));
  let spent = 0;
  for (const url of offlineOrder) {
    const entry = byUrl.get(url);
    if (!entry || spent + entry.size > budgetBytes) continue;
    spent += entry.size;
    kept.add(entry);
  }
  return entries.filter((entry) => kept.has(entry));
}

/** `PRECACHE_BUDGET_BYTES` from the environment, or the default. */
export function precacheBudgetFrom(env: Record<string, string | undefined>): number {
  const value = Number(env.PRECACHE_BUDGET_BYTES);
  return env.PRECACHE_BUDGET_BYTES !== undefined && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_PRECACHE_BUDGET_BYTES;
}
