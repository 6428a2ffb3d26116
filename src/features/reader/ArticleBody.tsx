import type { Block, Quote } from '../../pipeline/article.ts';
import { QuotedText } from './QuotedText.tsx';
import type { partsByBlock } from './segments.ts';

interface ArticleBodyProps {
  blocks: readonly Block[];
  parts: ReturnType<typeof partsByBlock>;
  colourOf: (quote: Quote) => number;
  activeQuoteId: string | null;
}

/** The element id of a block, so the sources panel can point at a citing sentence. */
export function blockAnchor(block: number): string {
  return `p-${block}`;
}

/** The reading text: paragraphs and captions in order, then credits, then the footer, collapsed. */
export function ArticleBody({ blocks, parts, colourOf, activeQuoteId }: ArticleBodyProps) {
  const footer = blocks.filter((block) => block.kind === 'boilerplate');
  const text = (block: Block, index: number) => (
    <QuotedText
      text={block.text}
      parts={parts.get(index)}
      colourOf={colourOf}
      activeQuoteId={activeQuoteId}
    />
  );
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <p key={index} id={blockAnchor(index)}>
                {text(block, index)}
              </p>
            );
          case 'caption':
            return (
              <figure key={index} className="caption" id={blockAnchor(index)}>
                <figcaption>{text(block, index)}</figcaption>
              </figure>
            );
          case 'credits':
            return (
              <p key={index} className="credits" id={blockAnchor(index)}>
                {block.text}
              </p>
            );
          default:
            return null;
        }
      })}
      {footer.length > 0 && (
        <details className="publisher-footer">
          <summary>From the publisher</summary>
          {footer.map((block, index) => (
            <p key={index}>{block.text}</p>
          ))}
        </details>
      )}
    </div>
  );
}
