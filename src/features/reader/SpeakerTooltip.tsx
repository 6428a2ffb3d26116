import { useEffect, useState, type RefObject } from 'react';

interface Shown {
  text: string;
  top: number;
  left: number;
}

function describedText(mark: Element): string {
  const id = mark.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

/**
 * Shows a quote's speaker above it while the quote has keyboard focus or the pointer
 * (a tap focuses it too), so the name is never on hover alone. Screen readers get the
 * same words from `aria-describedby`, so this visual copy is hidden from them.
 */
export function SpeakerTooltip({ container }: { container: RefObject<HTMLElement | null> }) {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const show = (event: Event): void => {
      const mark = event.target instanceof Element ? event.target.closest('mark.quote') : null;
      if (!mark) return;
      const box = mark.getBoundingClientRect();
      setShown({
        text: describedText(mark),
        top: box.top + window.scrollY,
        left: box.left + window.scrollX,
      });
    };
    const hide = (event: Event): void => {
      if (
        event.target instanceof Element &&
        event.target.closest('mark.quote') &&
        document.activeElement?.closest('mark.quote') !== event.target
      ) {
        setShown(null);
      }
    };
    const blur = (): void => {
      setShown(null);
    };
    root.addEventListener('focusin', show);
    root.addEventListener('mouseover', show);
    root.addEventListener('focusout', blur);
    root.addEventListener('mouseout', hide);
    return () => {
      root.removeEventListener('focusin', show);
      root.removeEventListener('mouseover', show);
      root.removeEventListener('focusout', blur);
      root.removeEventListener('mouseout', hide);
    };
  }, [container]);
  if (!shown) return null;
  return (
    <div
      className="speaker-tooltip"
      aria-hidden="true"
      style={{ top: shown.top, left: shown.left }}
    >
      {shown.text}
    </div>
  );
}
