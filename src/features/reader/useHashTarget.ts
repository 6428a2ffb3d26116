import { useEffect } from 'react';
import { useLocation } from 'react-router';

const QUOTE_HASH = /^#quote-(.+)$/u;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Follows the URL hash inside the reader: `#quote-<id>` (or `#p-<n>`) scrolls to that
 * element and focuses it, on first load, on reload and when the panel sets the hash.
 * Returns the id of the quote the hash names, for highlighting.
 */
export function useHashTarget(articleSlug: string): string | null {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    target.focus({ preventScroll: true });
  }, [hash, articleSlug]);
  return QUOTE_HASH.exec(hash)?.[1] ?? null;
}
