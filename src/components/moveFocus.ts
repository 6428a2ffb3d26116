/**
 * Moves focus to the next (or previous) element matching `selector`, for j/k keys:
 * the first (or last) one when focus is elsewhere; `wrap` goes round at the ends.
 */
export function moveFocus(selector: string, step: 1 | -1, wrap: boolean): void {
  const targets = [...document.querySelectorAll<HTMLElement>(selector)];
  if (targets.length === 0) return;
  const current = targets.findIndex((target) => target === document.activeElement);
  const next =
    current === -1
      ? step === 1
        ? 0
        : targets.length - 1
      : wrap
        ? (current + step + targets.length) % targets.length
        : Math.min(targets.length - 1, Math.max(0, current + step));
  targets[next]?.focus();
  targets[next]?.scrollIntoView({ block: wrap ? 'center' : 'nearest' });
}
