import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp.tsx';

const SEED_TITLE = 'President of Kazakhstan orders “shoot to kill” against protesters';
const SEED_PATH = '/articles/president-of-kazakhstan-orders-shoot-to-kill-against-protesters';

describe('the feed', () => {
  it('should list every bundled article with its publisher and reading time', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeDefined();
    const card = screen.getByRole('article');
    expect(within(card).getByRole('link', { name: SEED_TITLE }).getAttribute('href')).toBe(
      SEED_PATH,
    );
    expect(within(card).getByText('Voice of America')).toBeDefined();
    expect(within(card).getByText('2 min read')).toBeDefined();
  });
});

describe('the reader', () => {
  it('should show the title, the text, the caption as a figure and the credits', async () => {
    renderApp(SEED_PATH);
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeDefined();
    const text = screen.getByRole('article');
    expect(within(text).getByRole('figure').textContent).toMatch(/^Riot police block protesters/);
    expect(screen.getByText('[Con información de AP, AFP y Reuters]')).toBeDefined();
  });

  it('should keep the publisher footer collapsed at the end', async () => {
    const { container } = renderApp(SEED_PATH);
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    const footer = container.querySelector('details');
    expect(footer?.open).toBe(false);
    expect(footer?.textContent).toMatch(/Comments are closed\./);
  });

  it('should show the not-found page for an unknown slug', async () => {
    renderApp('/articles/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Back to the latest articles' })).toBeDefined();
  });
});

describe('an unknown address', () => {
  it('should show the not-found page with a way home', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeDefined();
  });
});
