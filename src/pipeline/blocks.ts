/**
 * Text -> title + raw paragraphs. The first non-empty line is the title; paragraphs
 * are separated by blank lines. Files that use single newlines between paragraphs,
 * and files hard-wrapped at a fixed width, are both common, so a lone newline is a
 * paragraph break unless the lines around it read as one wrapped paragraph.
 */
import { normaliseParagraph } from './normalise.ts';

export interface SplitText {
  title: string;
  paragraphs: string[];
}

const ENDS_SENTENCE = /[.!?:…”"’»)\]]$/;

/**
 * A chunk is hard-wrapped when most of its line breaks fall mid-sentence; otherwise
 * each line is its own paragraph (a caption or credits line under a paragraph, say).
 */
function isHardWrapped(lines: string[]): boolean {
  const breaks = lines.slice(0, -1);
  const midSentence = breaks.filter((line) => !ENDS_SENTENCE.test(line.trimEnd())).length;
  return midSentence * 2 > breaks.length;
}

function splitLines(chunk: string, everyLineIsParagraph: boolean): string[] {
  const lines = chunk.split('\n');
  if (lines.length === 1) return lines;
  if (!everyLineIsParagraph && isHardWrapped(lines)) return [lines.join(' ')];
  return lines;
}

export function splitText(text: string): SplitText {
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1) return { title: '', paragraphs: [] };
  const title = normaliseParagraph(lines[titleIndex] ?? '');
  const body = lines.slice(titleIndex + 1).join('\n');
  // With no blank line anywhere, the author used one newline per paragraph.
  const everyLineIsParagraph = !/\n[ \t]*\n/.test(body.trim());
  const paragraphs: string[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    if (chunk.trim() === '') continue;
    for (const paragraph of splitLines(chunk.trim(), everyLineIsParagraph)) {
      const clean = normaliseParagraph(paragraph);
      if (clean !== '') paragraphs.push(clean);
    }
  }
  return { title, paragraphs };
}
