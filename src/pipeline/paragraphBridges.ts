/**
 * A quote run over paragraphs whose middle paragraphs lost both marks:
 *
 *   Bob Iger stated: "Since our maiden voyage in 1998, Disney Cruise Line has been …
 *   It has brought our unparalleled family vacation experience to the high seas …
 *   We're excited to announce the expansion of our fleet … for us."
 *
 * The first paragraph opens a quote and never closes it, the last closes one it never
 * opened, and the paragraphs between have no marks at all: they are quoted too.
 */
import type { Block } from './article.ts';
import type { MarkedSpan } from './quoteMarks.ts';

/** More unmarked paragraphs than this between the two ends are not one quote. */
const MAX_UNMARKED_PARAGRAPHS = 2;

function wholeParagraph(text: string): MarkedSpan {
  const start = text.length - text.trimStart().length;
  return {
    open: -1,
    close: text.length,
    start,
    end: text.trimEnd().length,
    runsOn: true,
    inferredOpen: true,
  };
}

/** Gives each unmarked paragraph inside such a quote a span covering all of it. */
export function bridgeUnmarkedParagraphs(
  blocks: readonly Block[],
  spans: Map<number, MarkedSpan[]>,
): void {
  for (const [index, blockSpans] of spans) {
    if (blocks[index]?.kind !== 'paragraph' || blockSpans[blockSpans.length - 1]?.runsOn !== true)
      continue;
    let next = index + 1;
    while (next - index - 1 < MAX_UNMARKED_PARAGRAPHS && spans.get(next)?.length === 0) next++;
    const closing = spans.get(next)?.[0];
    const closesHere = closing?.inferredOpen === true && closing.open === -1 && !closing.runsOn;
    const between = blocks.slice(index + 1, next);
    const allParagraphs = between.every((block) => block.kind === 'paragraph');
    if (between.length === 0 || !closesHere || !allParagraphs || blocks[next]?.kind !== 'paragraph')
      continue;
    between.forEach((block, k) => spans.set(index + 1 + k, [wholeParagraph(block.text)]));
  }
}
