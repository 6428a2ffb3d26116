import { Link, Outlet, ScrollRestoration } from 'react-router';
import { paths } from './paths.ts';

export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.feed()} className="brand">
          Sourced
        </Link>
        <nav aria-label="Main">
          <Link to={paths.feed()}>Feed</Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Sourced shows who said what, and who reported it.</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
