/** Shown while a view's data loads: the shape of the page, announced politely. */
export function PageSkeleton() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton-line skeleton-heading" />
      <div className="skeleton-line" />
      <div className="skeleton-line" />
      <div className="skeleton-line skeleton-short" />
    </div>
  );
}
