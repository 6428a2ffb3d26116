import type { Quote } from './article.ts';

export function extractQuotes(): Quote[] {
  return [];
}
