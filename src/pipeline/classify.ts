/**
 * Raw paragraphs -> blocks with a kind. Boilerplate and credits are recognised
 * anywhere, but captions only between body paragraphs, never as the first one: a
 * dek that ends on a date is still the dek.
 */
import type { Block, BlockKind } from './article.ts';
import { LAYOUT_PATTERNS } from './layoutPatterns.ts';
import { endsASentenceInside } from './sentences.ts';
import { QUOTE_MARK } from './tokens.ts';

const MAX_CREDITS_LENGTH = 240;
const MAX_CAPTION_WORDS = 45;
const REPORTING =
  /\b(?:said|says|told|tells|reported|reports|according|stated|announced|added)\b/iu;

function isCredits(text: string): boolean {
  return text.length <= MAX_CREDITS_LENGTH && LAYOUT_PATTERNS.credits.some((re) => re.test(text));
}

function isBoilerplate(text: string): boolean {
  return LAYOUT_PATTERNS.boilerplate.some((re) => re.test(text));
}

/** More than `limit` words (paragraphs are normalised: one space between words). */
function hasMoreWordsThan(text: string, limit: number): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    if (++spaces >= limit) return true;
  }
  return false;
}

/** "… on January 5, 2022." — a cheap test before the date pattern, which scans the whole text. */
function endsWithDigit(text: string): boolean {
  const last = text.endsWith('.') ? text.length - 2 : text.length - 1;
  const code = text.charCodeAt(last);
  return code >= 48 && code <= 57;
}

function isCaption(text: string): boolean {
  if (hasMoreWordsThan(text, MAX_CAPTION_WORDS)) return false;
  if (LAYOUT_PATTERNS.captionCredit.some((re) => re.test(text))) return true;
  return (
    endsWithDigit(text) &&
    LAYOUT_PATTERNS.captionDate.test(text) &&
    !QUOTE_MARK.test(text) &&
    !REPORTING.test(text) &&
    // A caption is one sentence: no full stop followed by more words before its end.
    !endsASentenceInside(text.slice(0, -1))
  );
}

export function classifyParagraph(text: string, isFirstBodyParagraph: boolean): BlockKind {
  if (isBoilerplate(text)) return 'boilerplate';
  if (isCredits(text)) return 'credits';
  if (!isFirstBodyParagraph && isCaption(text)) return 'caption';
  return 'paragraph';
}

export function classifyBlocks(title: string, paragraphs: readonly string[]): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: title }];
  let seenBody = false;
  for (const text of paragraphs) {
    const kind = classifyParagraph(text, !seenBody);
    if (kind === 'paragraph') seenBody = true;
    blocks.push({ kind, text });
  }
  return blocks;
}
