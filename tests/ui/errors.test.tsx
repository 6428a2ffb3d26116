import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { quoteWithAttribution } from '../../src/features/reader/panel/ShareQuote.tsx';
import { bundledArticles, renderApp } from './support/renderApp.tsx';

const SEED = bundledArticles[0];
if (!SEED) throw new Error('the bundled seed is missing');

describe('a failing data request', () => {
  it(
    'should show an error view with a retry that recovers, not a blank page',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      const { router, setNetwork } = renderApp('/', { networkUp: false });
      // The query retries twice with back-off before the route gives up.
      const heading = await screen.findByRole(
        'heading',
        { level: 1, name: 'This page could not be shown' },
        { timeout: 8000 },
      );
      expect(heading).toBeDefined();
      expect(screen.getByRole('banner')).toBeDefined();
      setNetwork(true);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Latest articles' }),
      ).toBeDefined();
      expect(router.state.location.pathname).toBe('/');
    },
  );
});

describe('sharing a quote', () => {
  it('should copy a quote with its speaker, role and publisher', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${SEED.slug}`);
    await screen.findByRole('heading', { level: 1 });
    const [copyQuote] = screen.getAllByRole('button', { name: 'Copy quote' });
    if (!copyQuote) throw new Error('no Copy quote button');
    await user.click(copyQuote);
    expect(await navigator.clipboard.readText()).toBe(
      '“shoot to kill” — Kassym-Jomart Tokayev, President of Kazakhstan, via Voice of America',
    );
  });

  it('should format the attribution as the issue shows it', () => {
    const price = SEED.quotes.find(
      (quote) => quote.speaker?.name === 'Ned Price' && quote.kind === 'full',
    );
    expect(price && quoteWithAttribution(price, 'Voice of America')).toMatch(
      /^“The United States .*violations,” — Ned Price, State Department spokesman, via Voice of America$/,
    );
  });
});

describe('offline without the data', () => {
  it('should say the page is not saved for offline reading, not show a blank page', async () => {
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      renderApp('/', { networkUp: false });
      const heading = await screen.findByRole(
        'heading',
        { level: 1, name: 'This page could not be shown' },
        { timeout: 8000 },
      );
      expect(heading).toBeDefined();
      expect(
        screen.getByText(
          /You are offline, and this page has not been saved for reading offline yet/,
        ),
      ).toBeDefined();
    } finally {
      if (online) Object.defineProperty(navigator, 'onLine', online);
      Reflect.deleteProperty(navigator, 'onLine');
    }
  }, 15_000);
});
