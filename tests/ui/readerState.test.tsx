import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistentStore } from '../../src/data/persistentStore.ts';
import { bundledArticles, renderApp } from './support/renderApp.tsx';

const SEED = bundledArticles[0];
if (!SEED) throw new Error('the bundled seed is missing');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saved and read articles', () => {
  it('should save an article from the reader with s and list it on /saved', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/articles/${SEED.slug}`);
    const save = await screen.findByRole('button', { name: /^Save/ });
    expect(save.getAttribute('aria-pressed')).toBe('false');
    await user.keyboard('s');
    expect(save.getAttribute('aria-pressed')).toBe('true');
    await router.navigate('/saved');
    const list = await screen.findByRole('list');
    expect(within(list).getByRole('link', { name: SEED.title })).toBeDefined();
    expect(within(list).getByText('Saved')).toBeDefined();
    expect(JSON.parse(window.localStorage.getItem('sourced.saved') ?? '[]')).toEqual([SEED.slug]);
  });

  it('should mark an article read once it has been opened', async () => {
    const { router } = renderApp(`/articles/${SEED.slug}`);
    await screen.findByRole('heading', { level: 1 });
    await router.navigate('/');
    const card = await screen.findByRole('article');
    expect(within(card).queryByText('Unread')).toBeNull();
  });
});

describe('display settings', () => {
  it('should apply and keep the theme, text size and line width', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Large' }));
    await user.click(screen.getByRole('radio', { name: 'Wide' }));
    expect(document.documentElement.dataset).toMatchObject({
      theme: 'dark',
      fontSize: 'large',
      lineWidth: 'wide',
    });
    expect(JSON.parse(window.localStorage.getItem('sourced.settings') ?? '{}')).toEqual({
      theme: 'dark',
      fontSize: 'large',
      lineWidth: 'wide',
    });
  });
});

describe('storage that fails', () => {
  it('should fall back to the default when storage holds garbage', () => {
    window.localStorage.setItem('test.garbage', '{not json');
    const store = persistentStore('test.garbage', () => 'parsed', 'default');
    expect(store.get()).toBe('default');
  });

  it('should keep working in memory when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = persistentStore(
      'test.full',
      (value) => (typeof value === 'number' ? value : undefined),
      0,
    );
    store.set(3);
    expect(store.get()).toBe(3);
  });

  it('should say so once, in the page', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderApp(`/articles/${SEED.slug}`);
    await user.click(await screen.findByRole('button', { name: /^Save/ }));
    const notices = screen
      .getAllByRole('status')
      .filter((element) => element.classList.contains('notice'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textContent).toMatch(/could not|storage|store/i);
  });
});
