import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bundledArticles, renderApp } from './support/renderApp.tsx';

const SEED = bundledArticles[0];
if (!SEED) throw new Error('the bundled seed is missing');

describe('search', () => {
  it('should find an article by a speaker’s name and mark the match', async () => {
    renderApp('/search?q=Blinken');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search: Blinken' })).toBeDefined();
    const results = screen.getByRole('list');
    expect(within(results).getByRole('link', { name: SEED.title })).toBeDefined();
    expect(screen.getByText('1 article matches “Blinken”, best first.')).toBeDefined();
    expect(within(results).getByText(/speakers/)).toBeDefined();
  });

  it('should highlight the words that matched in the title', async () => {
    const { container } = renderApp('/search?q=protesters');
    await screen.findByRole('heading', { level: 1, name: 'Search: protesters' });
    expect(
      [...container.querySelectorAll('.card-title mark')].map((mark) => mark.textContent),
    ).toEqual(['protesters']);
  });

  it('should say when nothing matches', async () => {
    renderApp('/search?q=zzzqqq');
    expect(await screen.findByText('No articles match “zzzqqq”.')).toBeDefined();
  });

  it('should focus the search box with / and search from any page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/articles/${SEED.slug}`);
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search articles, quotes and speakers' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'Tokayev{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search: Tokayev' })).toBeDefined();
    expect(router.state.location.search).toBe('?q=Tokayev');
  });
});
