/**
 * The publisher, when the front matter does not name it: the outlet named in the
 * footer ("Connect with the Voice of America!"), else in a copyright line.
 */
import type { Block } from './article.ts';
import { findNewsOrganisations } from './newsOrganisations.ts';

export function inferPublisher(blocks: readonly Block[]): string | null {
  for (const kind of ['boilerplate', 'credits'] as const) {
    for (const block of blocks) {
      if (block.kind !== kind) continue;
      if (kind === 'credits' && !/©|copyright|\bfor\b/iu.test(block.text)) continue;
      const [first] = findNewsOrganisations(block.text);
      if (first) return first.organisation.name;
    }
  }
  return null;
}
