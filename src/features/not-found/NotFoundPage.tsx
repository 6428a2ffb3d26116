import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-heading" className="not-found">
      <h1 id="not-found-heading" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is nothing at this address. The article may have been removed, or the link mistyped.
      </p>
      <p>
        <Link to={paths.feed()}>Back to the latest articles</Link>
      </p>
    </section>
  );
}
