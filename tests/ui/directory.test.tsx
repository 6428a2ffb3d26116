import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bundledArticles, renderApp } from './support/renderApp.tsx';

const SEED = bundledArticles[0];
if (!SEED) throw new Error('the bundled seed is missing');

describe('speaker and source pages', () => {
  it('should list every quote of a speaker, each linking to its place', async () => {
    renderApp('/speakers/ned-price');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ned Price' })).toBeDefined();
    expect(screen.getByText('State Department spokesman')).toBeDefined();
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links).toHaveLength(3);
    expect(links[0]?.getAttribute('href')).toMatch(new RegExp(`^/articles/${SEED.slug}#quote-`));
  });

  it('should list the articles that cite a source', async () => {
    renderApp('/sources/reuters');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reuters' })).toBeDefined();
    expect(screen.getByRole('link', { name: SEED.title })).toBeDefined();
    expect(screen.getByText('(3 citations)')).toBeDefined();
  });

  it('should show the not-found page for an unknown speaker', async () => {
    renderApp('/speakers/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeDefined();
  });

  it('should link speaker and source names in the panel to their pages', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/articles/${SEED.slug}`);
    const panel = await screen.findByRole('complementary', { name: 'Quotes & sources' });
    await user.click(within(panel).getByRole('link', { name: 'Ned Price' }));
    expect(router.state.location.pathname).toBe('/speakers/ned-price');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ned Price' })).toBeDefined();
  });
});

describe('feed filters in the URL', () => {
  it('should narrow the feed to the articles quoting a speaker', async () => {
    renderApp('/?speaker=ned-price');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Articles quoting Ned Price' }),
    ).toBeDefined();
    expect(screen.getByRole('link', { name: SEED.title })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Show all articles' }).getAttribute('href')).toBe('/');
  });

  it('should narrow the feed to the articles citing a source', async () => {
    renderApp('/?source=reuters');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Articles citing Reuters' }),
    ).toBeDefined();
  });

  it('should say when nothing matches', async () => {
    renderApp('/?speaker=nobody');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No articles match this filter' }),
    ).toBeDefined();
  });
});
