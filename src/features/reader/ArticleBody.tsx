import type { Block } from '../../pipeline/article.ts';

/** The reading text: paragraphs and captions in order, then credits, then the footer, collapsed. */
export function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  const footer = blocks.filter((block) => block.kind === 'boilerplate');
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={index}>{block.text}</p>;
          case 'caption':
            return (
              <figure key={index} className="caption">
                <figcaption>{block.text}</figcaption>
              </figure>
            );
          case 'credits':
            return (
              <p key={index} className="credits">
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
