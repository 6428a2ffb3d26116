import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bundledArticles, renderApp } from './support/renderApp.tsx';

const SEED = bundledArticles[0];
if (!SEED) throw new Error('the bundled seed is missing');
const SEED_PATH = `/articles/${SEED.slug}`;
const PRICE_QUOTE = SEED.quotes.find((quote) => quote.text.startsWith('We hope'));

async function openReader(url = SEED_PATH) {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('quotes in the text', () => {
  it('should highlight every quote, the headline’s included, with its speaker as a description', async () => {
    const { container } = await openReader();
    const marks = container.querySelectorAll('mark.quote');
    expect(marks).toHaveLength(11);
    const headline = screen.getByRole('heading', { level: 1 });
    const headlineQuote = within(headline).getByText('shoot to kill');
    expect(headlineQuote.getAttribute('aria-describedby')).toBeTruthy();
    const label = document.getElementById(headlineQuote.getAttribute('aria-describedby') ?? '');
    expect(label?.textContent).toBe(
      'Kassym-Jomart Tokayev, President of Kazakhstan (partial quote)',
    );
  });

  it('should style fragments apart from full quotes', async () => {
    const { container } = await openReader();
    expect(container.querySelectorAll('mark.quote-fragment').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('mark.quote-full').length).toBeGreaterThan(0);
  });

  it('should keep the speaker label out of the headline’s accessible name', async () => {
    await openReader();
    expect(screen.getByRole('heading', { level: 1, name: SEED.title })).toBeDefined();
  });

  it('should mark the quote a deep link names as active and focus it', async () => {
    const { container } = await openReader(`${SEED_PATH}#quote-${PRICE_QUOTE?.id ?? ''}`);
    await waitFor(() => {
      expect(container.querySelector('mark.quote.is-active')).not.toBeNull();
    });
    const active = container.querySelector('mark.quote.is-active');
    expect(active?.textContent).toBe(PRICE_QUOTE?.text);
    expect(document.activeElement).toBe(active);
  });
});

describe('the quotes & sources panel', () => {
  it('should group quotes by speaker with name, role and count', async () => {
    await openReader();
    const panel = screen.getByRole('complementary', { name: 'Quotes & sources' });
    const price = within(panel).getByRole('heading', { level: 3, name: /Ned Price/ });
    expect(price.textContent).toContain('3 quotes');
    expect(within(panel).getByText('State Department spokesman')).toBeDefined();
  });

  it('should set the hash, highlight and focus the quote when a quote is activated', async () => {
    const user = userEvent.setup();
    const { router, container } = await openReader();
    const panel = screen.getByRole('complementary', { name: 'Quotes & sources' });
    await user.click(within(panel).getByRole('link', { name: `“${PRICE_QUOTE?.text ?? ''}”` }));
    expect(router.state.location.hash).toBe(`#quote-${PRICE_QUOTE?.id ?? ''}`);
    const active = container.querySelector('mark.quote.is-active');
    expect(active?.textContent).toBe(PRICE_QUOTE?.text);
    expect(document.activeElement).toBe(active);
  });

  it('should list sources with their kind and citing sentences on the Sources tab', async () => {
    const user = userEvent.setup();
    await openReader();
    const panel = screen.getByRole('complementary', { name: 'Quotes & sources' });
    await user.click(within(panel).getByRole('tab', { name: /Sources/ }));
    const reuters = within(panel).getByRole('heading', { level: 3, name: /Reuters/ });
    expect(reuters.textContent).toContain('news agency');
    expect(
      within(panel).getByRole('link', { name: /The agency Reuters reported that shots/ }),
    ).toBeDefined();
  });

  it('should chart each speaker’s share of quoted words in words, not colour alone', async () => {
    await openReader();
    const chart = screen.getByRole('figure', { name: 'Voices: share of quoted words' });
    const shares = within(chart).getAllByText(/^\d+% · \d+ words?$/);
    expect(shares.length).toBe(4);
  });

  it('should toggle the drawer with the q key', async () => {
    const user = userEvent.setup();
    await openReader();
    const toggle = screen.getByRole('button', { name: 'Quotes & sources' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('q');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('should move focus between quotes with j and k', async () => {
    const user = userEvent.setup();
    const { container } = await openReader();
    const marks = [...container.querySelectorAll<HTMLElement>('mark.quote[tabindex="0"]')];
    await user.keyboard('j');
    expect(document.activeElement).toBe(marks[0]);
    await user.keyboard('j');
    expect(document.activeElement).toBe(marks[1]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(marks[0]);
    await act(() => Promise.resolve());
  });
});

describe('the speaker tooltip', () => {
  it('should show the speaker when a quote gets keyboard focus and hide it on blur', async () => {
    const user = userEvent.setup();
    const { container } = await openReader();
    await user.keyboard('j');
    expect(container.querySelector('.speaker-tooltip')?.textContent).toBe(
      'Kassym-Jomart Tokayev, President of Kazakhstan (partial quote)',
    );
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(container.querySelector('.speaker-tooltip')).toBeNull();
  });
});
