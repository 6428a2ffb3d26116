import { useRef } from 'react';
import { Form, useSearchParams } from 'react-router';
import { useShortcuts } from './useShortcuts.ts';

/** The search field on every page; `/` focuses it. */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [params] = useSearchParams();
  useShortcuts({
    '/': () => {
      input.current?.focus();
    },
  });
  return (
    <Form role="search" action="/search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search articles, quotes and speakers
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        placeholder="Search"
        defaultValue={params.get('q') ?? ''}
        aria-keyshortcuts="/"
      />
      <button type="submit">Search</button>
    </Form>
  );
}
