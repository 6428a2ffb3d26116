import type { Source } from './article.ts';

export function extractSources(): Source[] {
  return [];
}
