import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../pipeline/article.ts';
import { useReadSlugs, useSavedSlugs } from '../data/readerState.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { moveFocus } from './moveFocus.ts';
import { useShortcuts } from './useShortcuts.ts';

const CARD_LINKS = '.article-list .card-title a';
/**
 * Up to this many cards are plain DOM (the browser's find-in-page sees them all);
 * beyond it only the cards near the viewport are rendered.
 */
const VIRTUALIZE_OVER = 60;
/** A card with a two-line title and a three-line dek, plus the gap below it. */
const ESTIMATED_CARD_HEIGHT = 230;
/** Enough cards to fill the first screen of a tall phone or a desktop window. */
const PRERENDERED_CARDS = 8;
/** Cards rendered beyond each edge of the viewport, so j/k always has a next card to focus. */
const OVERSCAN = 6;

const estimateSize = (): number => ESTIMATED_CARD_HEIGHT;

interface ListProps {
  /** The articles loaded so far: a prefix of the list when `total` is larger. */
  articles: readonly ArticleSummary[];
  total: number;
  saved: readonly string[];
  read: readonly string[];
}

/**
 * Measured card heights of the last long list, so coming back to the feed restores
 * the scroll position onto the same card rather than onto estimated positions.
 */
let remembered: { key: string; measurements: VirtualItem[] } | undefined;

function VirtualArticleList({ articles, total, saved, read }: ListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const key = `${total}:${articles[0]?.slug ?? ''}`;
  // The virtualizer recomputes every item's position when this function changes: at
  // 10,000 articles that is ~10 ms, so it must change only when the articles do.
  const getItemKey = useCallback((index: number) => articles[index]?.slug ?? index, [articles]);
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    ...(remembered?.key === key ? { initialMeasurementsCache: remembered.measurements } : {}),
  });
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
    return () => {
      remembered = { key, measurements: virtualizer.measurementsCache };
    };
  }, [key, virtualizer]);
  // j/k go by index, not by the cards in the DOM: pressed faster than the list renders
  // after each scroll, they would stop at the last card rendered. A card not rendered
  // yet is scrolled to and focused once it is.
  const wanted = useRef<number | null>(null);
  const focusCard = (index: number): boolean => {
    const link = listRef.current?.querySelector<HTMLElement>(
      `li[data-index="${String(index)}"] .card-title a`,
    );
    if (!link) return false;
    link.focus();
    link.scrollIntoView({ block: 'nearest' });
    return true;
  };
  useLayoutEffect(() => {
    if (wanted.current !== null && focusCard(wanted.current)) wanted.current = null;
  });
  // From nowhere in the list, the first (or last) card rendered, as moveFocus does.
  const firstRendered = (by: 1 | -1): number => {
    const rendered = listRef.current?.querySelectorAll<HTMLElement>('li[data-index]') ?? [];
    const card = by === 1 ? rendered[0] : rendered[rendered.length - 1];
    return Number(card?.dataset.index ?? 0);
  };
  const step = (by: 1 | -1): void => {
    const focused = document.activeElement?.closest<HTMLElement>('li[data-index]');
    const from =
      wanted.current ??
      (focused && listRef.current?.contains(focused) ? Number(focused.dataset.index) : undefined);
    const next =
      from === undefined ? firstRendered(by) : Math.min(total - 1, Math.max(0, from + by));
    if (focusCard(next)) {
      wanted.current = null;
      return;
    }
    wanted.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useShortcuts({
    j: () => {
      step(1);
    },
    k: () => {
      step(-1);
    },
  });
  return (
    <ol
      ref={listRef}
      className="article-list is-virtual"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const summary = articles[item.index];
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            // Only some items are in the DOM: tell assistive technology where this one is.
            aria-setsize={total}
            aria-posinset={item.index + 1}
            aria-busy={summary ? undefined : true}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {summary ? (
              <ArticleCard
                summary={summary}
                saved={saved.includes(summary.slug)}
                read={read.includes(summary.slug)}
              />
            ) : (
              <p className="card card-placeholder">Loading…</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function ArticleList({
  articles,
  total = articles.length,
}: {
  articles: readonly ArticleSummary[];
  total?: number;
}) {
  const saved = useSavedSlugs();
  const read = useReadSlugs();
  // Prerendered at build time (no window), a long list is its first screen of cards:
  // the virtual list places cards with inline styles, which the page's CSP refuses in HTML.
  const prerendering = typeof window === 'undefined';
  if (total > VIRTUALIZE_OVER && !prerendering)
    return <VirtualArticleList articles={articles} total={total} saved={saved} read={read} />;
  const shown = total > VIRTUALIZE_OVER ? articles.slice(0, PRERENDERED_CARDS) : articles;
  return <PlainArticleList articles={shown} saved={saved} read={read} />;
}

/** Every card in the DOM: j/k move among them as they stand. */
function PlainArticleList({ articles, saved, read }: Omit<ListProps, 'total'>) {
  useShortcuts({
    j: () => {
      moveFocus(CARD_LINKS, 1, false);
    },
    k: () => {
      moveFocus(CARD_LINKS, -1, false);
    },
  });
  return (
    <ol className="article-list">
      {articles.map((summary) => (
        <li key={summary.slug}>
          <ArticleCard
            summary={summary}
            saved={saved.includes(summary.slug)}
            read={read.includes(summary.slug)}
          />
        </li>
      ))}
    </ol>
  );
}
