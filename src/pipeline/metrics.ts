import type { Block } from './article.ts';

const WORDS_PER_MINUTE = 230;

/** Kinds a reader reads; credits and footers are not counted. */
const READ_KINDS = new Set(['title', 'paragraph', 'caption']);

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

export function measure(blocks: readonly Block[]): { wordCount: number; readingMinutes: number } {
  const wordCount = blocks
    .filter((block) => READ_KINDS.has(block.kind))
    .reduce((sum, block) => sum + countWords(block.text), 0);
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
