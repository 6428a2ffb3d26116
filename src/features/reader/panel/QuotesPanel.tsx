import { useId, useState } from 'react';
import type { Article } from '../../../pipeline/article.ts';
import type { SpeakerGroup } from '../speakers.ts';
import { QuotesTab } from './QuotesTab.tsx';
import { SourcesTab } from './SourcesTab.tsx';
import { VoicesChart } from './VoicesChart.tsx';

type Tab = 'quotes' | 'sources';

interface QuotesPanelProps {
  article: Article;
  groups: readonly SpeakerGroup[];
  open: boolean;
  onClose: () => void;
}

/** Beside the text on wide screens, a drawer on narrow ones: who is quoted, and who is cited. */
export function QuotesPanel({ article, groups, open, onClose }: QuotesPanelProps) {
  const [tab, setTab] = useState<Tab>('quotes');
  const id = useId();
  const tabs: { key: Tab; label: string }[] = [
    { key: 'quotes', label: `Quotes (${article.quotes.length})` },
    { key: 'sources', label: `Sources (${article.sources.length})` },
  ];
  return (
    <aside
      id="quotes-panel"
      className={`panel${open ? ' is-open' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <div className="panel-header">
        <h2 id={`${id}-heading`}>Quotes &amp; sources</h2>
        <button type="button" className="panel-close" onClick={onClose}>
          Close
        </button>
      </div>
      <VoicesChart groups={groups} />
      <div role="tablist" aria-label="Quotes and sources" className="tabs">
        {tabs.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}-tab`}
            aria-selected={tab === key}
            aria-controls={`${id}-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => {
              setTab(key);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next: Tab = tab === 'quotes' ? 'sources' : 'quotes';
                setTab(next);
                document.getElementById(`${id}-${next}-tab`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${tab}`}
        aria-labelledby={`${id}-${tab}-tab`}
        className="tab-panel"
      >
        {tab === 'quotes' ? (
          <QuotesTab groups={groups} slug={article.slug} publisher={article.publisher} />
        ) : (
          <SourcesTab sources={article.sources} blocks={article.blocks} />
        )}
      </div>
    </aside>
  );
}
