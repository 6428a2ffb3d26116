import type { Block } from './article.ts';

const WORDS_PER_MINUTE = 230;

/** Kinds a reader reads; credits and footers are not counted. */
const READ_KINDS = new Set(['title', 'paragraph', 'caption']);

/** Runs of non-space characters that hold a letter or digit; a loop, since a regex match per word is slow. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      if (inWord && hasLetter) count++;
      inWord = false;
      hasLetter = false;
    } else {
      inWord = true;
      hasLetter ||=
        code >= 0x80 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    }
  }
  return count;
}

export function measure(blocks: readonly Block[]): { wordCount: number; readingMinutes: number } {
  const wordCount = blocks
    .filter((block) => READ_KINDS.has(block.kind))
    .reduce((sum, block) => sum + countWords(block.text), 0);
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
