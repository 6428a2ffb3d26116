import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { HelpDialog } from '../components/HelpDialog.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SettingsMenu } from '../components/SettingsMenu.tsx';
import { StorageNotice } from '../components/StorageNotice.tsx';
import { useShortcuts } from '../components/useShortcuts.ts';
import { useSettings } from '../data/readerState.ts';
import { OfflineArticles } from '../features/offline/OfflineArticles.tsx';
import { paths } from './paths.ts';
import { ServiceWorkerStatus } from './ServiceWorkerStatus.tsx';

/** Puts the display settings on <html>, where the stylesheet reads them. */
function useAppliedSettings(): void {
  const { fontSize, lineWidth, theme } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.fontSize = fontSize;
    root.dataset.lineWidth = lineWidth;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [fontSize, lineWidth, theme]);
}

/**
 * After a navigation, focus moves to the new view's heading so keyboard and screen
 * reader users start there; a URL with a #hash leaves focus to the element it names.
 */
function useFocusHeadingOnNavigate(): void {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash === '') document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.pathname, location.hash]);
}

export function RootLayout() {
  const [helpOpen, setHelpOpen] = useState(false);
  const navigation = useNavigation();
  useAppliedSettings();
  useFocusHeadingOnNavigate();
  useShortcuts({
    '?': () => {
      setHelpOpen(true);
    },
  });
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
          <NavLink to={paths.feed()} end>
            Feed
          </NavLink>
          <NavLink to={paths.saved()}>Saved</NavLink>
        </nav>
        <SearchBox />
        <SettingsMenu />
      </header>
      {navigation.state === 'loading' && (
        <div className="navigation-progress" role="status" aria-label="Loading" />
      )}
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Sourced shows who said what, and who reported it.</p>
        <ServiceWorkerStatus />
        <OfflineArticles />
        <button
          type="button"
          className="link-button"
          aria-keyshortcuts="?"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          Keyboard shortcuts
        </button>
      </footer>
      <HelpDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
      <ScrollRestoration />
    </>
  );
}
