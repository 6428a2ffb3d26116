import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { moveFocus } from '../../components/moveFocus.ts';
import { useShortcuts } from '../../components/useShortcuts.ts';
import { articleQuery } from '../../data/articleQueries.ts';
import { markRead, toggleSaved, useSavedSlugs } from '../../data/readerState.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleNav } from './ArticleNav.tsx';
import { QuotedText } from './QuotedText.tsx';
import { SpeakerLabels } from './QuoteHighlight.tsx';
import { SpeakerTooltip } from './SpeakerTooltip.tsx';
import { QuotesPanel } from './panel/QuotesPanel.tsx';
import { ReadingProgress } from './ReadingProgress.tsx';
import { partsByBlock } from './segments.ts';
import { colourLookup, speakerGroups } from './speakers.ts';
import { useHashTarget } from './useHashTarget.ts';

const QUOTES = '.reader mark.quote[tabindex="0"]';

export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  const groups = useMemo(() => speakerGroups(article), [article]);
  const parts = useMemo(() => partsByBlock(article.quotes), [article]);
  const activeQuoteId = useHashTarget(article.slug);
  const [panelOpen, setPanelOpen] = useState(false);
  const textRef = useRef<HTMLElement>(null);
  const saved = useSavedSlugs().includes(article.slug);
  useEffect(() => {
    markRead(article.slug);
  }, [article.slug]);
  const colour = useMemo(() => colourLookup(groups), [groups]);
  const title = article.blocks[0];

  useShortcuts({
    j: () => {
      moveFocus(QUOTES, 1, true);
    },
    k: () => {
      moveFocus(QUOTES, -1, true);
    },
    q: () => {
      setPanelOpen((open) => !open);
    },
    s: () => {
      toggleSaved(article.slug);
    },
  });

  return (
    <div className="reader-layout">
      <ReadingProgress />
      <article className="reader" aria-labelledby="article-title" ref={textRef}>
        <header>
          <h1 id="article-title" tabIndex={-1}>
            {title ? (
              <QuotedText
                text={title.text}
                parts={parts.get(0)}
                colourOf={colour}
                activeQuoteId={activeQuoteId}
              />
            ) : (
              article.title
            )}
          </h1>
          <ArticleMeta
            publisher={article.publisher}
            date={article.date}
            readingMinutes={article.readingMinutes}
          />
          <button
            type="button"
            aria-pressed={saved}
            aria-keyshortcuts="s"
            onClick={() => {
              toggleSaved(article.slug);
            }}
          >
            {saved ? 'Saved' : 'Save'}
          </button>
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="quotes-panel"
            aria-keyshortcuts="q"
            onClick={() => {
              setPanelOpen((open) => !open);
            }}
          >
            Quotes &amp; sources
          </button>
        </header>
        <ArticleBody
          blocks={article.blocks}
          parts={parts}
          colourOf={colour}
          activeQuoteId={activeQuoteId}
        />
        <ArticleNav slug={article.slug} />
        <SpeakerLabels quotes={article.quotes} />
        <SpeakerTooltip container={textRef} />
      </article>
      <QuotesPanel
        article={article}
        groups={groups}
        open={panelOpen}
        onClose={() => {
          setPanelOpen(false);
        }}
      />
    </div>
  );
}
