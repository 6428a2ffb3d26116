import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useNavigate, useRouteError } from 'react-router';
import { NotFoundError } from '../data/errors.ts';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';

/** A failing view shows this instead of blanking the page: a 404, or an error with retry. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { reset } = useQueryErrorResetBoundary();
  if (error instanceof NotFoundError) return <NotFoundPage />;
  // Offline, a failed fetch means this data was never saved for offline reading.
  const message = !navigator.onLine
    ? 'You are offline, and this page has not been saved for reading offline yet. Reconnect and try again; “Make all articles available offline”, at the foot of the page, saves every article.'
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <section className="error-view" aria-labelledby="error-heading">
      <h1 id="error-heading" tabIndex={-1}>
        This page could not be shown
      </h1>
      <p>{message}</p>
      <button
        type="button"
        onClick={() => {
          reset();
          void navigate('.', { replace: true });
        }}
      >
        Try again
      </button>
    </section>
  );
}
