/** What the reader keeps between visits: saved articles, read articles and display settings. */
import { persistentStore, useStore } from './persistentStore.ts';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const savedStore = persistentStore(
  'sourced.saved',
  (value) => (isStringArray(value) ? value : undefined),
  [],
);
const readStore = persistentStore(
  'sourced.read',
  (value) => (isStringArray(value) ? value : undefined),
  [],
);

export function useSavedSlugs(): readonly string[] {
  return useStore(savedStore);
}

export function toggleSaved(slug: string): void {
  const saved = savedStore.get();
  savedStore.set(saved.includes(slug) ? saved.filter((item) => item !== slug) : [slug, ...saved]);
}

export function useReadSlugs(): readonly string[] {
  return useStore(readStore);
}

export function markRead(slug: string): void {
  if (!readStore.get().includes(slug)) readStore.set([...readStore.get(), slug]);
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  fontSize: 'small' | 'medium' | 'large';
  lineWidth: 'narrow' | 'medium' | 'wide';
  theme: Theme;
}

const DEFAULT_SETTINGS: Settings = {
  fontSize: 'medium',
  lineWidth: 'medium',
  theme: 'system',
};

function parseSettings(value: unknown): Settings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { fontSize, lineWidth, theme } = { ...DEFAULT_SETTINGS, ...value };
  const valid =
    ['small', 'medium', 'large'].includes(fontSize) &&
    ['narrow', 'medium', 'wide'].includes(lineWidth) &&
    ['system', 'light', 'dark'].includes(theme);
  return valid ? { fontSize, lineWidth, theme } : undefined;
}

const settingsStore = persistentStore('sourced.settings', parseSettings, DEFAULT_SETTINGS);

export function useSettings(): Settings {
  return useStore(settingsStore);
}

export function updateSettings(change: Partial<Settings>): void {
  settingsStore.set({ ...settingsStore.get(), ...change });
}
