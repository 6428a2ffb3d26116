/**
 * Small values kept in localStorage, read through `useSyncExternalStore`. Storage can
 * be missing (private modes, blocked cookies), full, or hold garbage from an old
 * version; the app then keeps working in memory and reports the problem once.
 */
import { useSyncExternalStore } from 'react';

type Listener = () => void;

const problemListeners = new Set<Listener>();
let storageProblem: string | null = null;

function reportProblem(message: string): void {
  if (storageProblem !== null) return;
  storageProblem = message;
  for (const listener of problemListeners) listener();
}

/** The first storage problem this session met, or null. */
export function useStorageProblem(): string | null {
  return useSyncExternalStore(
    (listener) => {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
    () => storageProblem,
    // The build's prerender of the feed has no storage and no problem to report.
    () => null,
  );
}

export interface PersistentStore<T> {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: Listener) => () => void;
}

export function persistentStore<T>(
  key: string,
  parse: (value: unknown) => T | undefined,
  fallback: T,
): PersistentStore<T> {
  const listeners = new Set<Listener>();
  let value = fallback;
  // At build time (the feed's prerendered first screen) there is no storage to read.
  if (typeof window !== 'undefined') {
    try {
      const raw = window.localStorage.getItem(key);
      if (raw !== null) {
        const parsed = parse(JSON.parse(raw));
        if (parsed === undefined)
          reportProblem('Some saved settings could not be read and were reset.');
        else value = parsed;
      }
    } catch {
      reportProblem(
        'Your browser is not letting Sourced store data, so saved articles and settings last only until you close the tab.',
      );
    }
  }
  return {
    get: () => value,
    set: (next) => {
      value = next;
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        reportProblem(
          'Your browser’s storage is full or unavailable, so this change lasts only until you close the tab.',
        );
      }
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T>(store: PersistentStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
