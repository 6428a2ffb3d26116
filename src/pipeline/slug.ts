/** Readable URL slugs from titles. */
import { hashText } from './hash.ts';

const MAX_SLUG_LENGTH = 80;
const NON_ASCII = /[^\0-\x7f]/;

/** Lower-case words joined by hyphens; accents dropped, non-Latin letters kept. */
export function slugify(text: string): string {
  // Most names are ASCII, which has no accents to drop: the Unicode steps are skipped.
  const words = (
    NON_ASCII.test(text)
      ? text
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/['’]/g, '')
          .split(/[^\p{L}\p{N}]+/u)
      : text
          .toLowerCase()
          .replace(/'/g, '')
          .split(/[^a-z0-9]+/)
  ).filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug;
}

/**
 * The slug an article gets in a bundle. Clashing titles are told apart by a hash of
 * the file name rather than a counter, so adding or removing a seed never renames
 * another one's URL; the file whose name sorts first keeps the plain slug.
 */
export function assignSlugs(
  items: readonly { file: string; title: string }[],
): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const { file, title } of items) {
    const base = slugify(title) || `article-${hashText(file)}`;
    byBase.set(base, [...(byBase.get(base) ?? []), file]);
  }
  const slugs = new Map<string, string>();
  for (const [base, files] of byBase) {
    const [first, ...rest] = [...files].sort();
    if (first !== undefined) slugs.set(first, base);
    for (const file of rest) slugs.set(file, `${base}-${hashText(file).slice(0, 5)}`);
  }
  return slugs;
}
