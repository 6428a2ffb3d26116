import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import type { Block, Source } from '../../../pipeline/article.ts';
import { blockAnchor } from '../ArticleBody.tsx';

interface SourcesTabProps {
  sources: readonly Source[];
  blocks: readonly Block[];
}

/** Each source with its kind and the sentences that cite it; a sentence links to its place. */
export function SourcesTab({ sources, blocks }: SourcesTabProps) {
  if (sources.length === 0) return <p>This article cites no sources by name.</p>;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id} className="source">
          <h3 className="source-name">
            <Link to={paths.source(source.id)}>{source.name}</Link>{' '}
            <span className="source-kind">{source.kind}</span>
          </h3>
          <ul className="evidence">
            {source.evidence.map((citation) => (
              <li key={`${citation.block}-${citation.start}`}>
                <Link to={{ hash: blockAnchor(citation.block) }}>
                  {blocks[citation.block]?.text.slice(citation.start, citation.end)}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
