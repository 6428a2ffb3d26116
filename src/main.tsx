import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router.tsx';
import { createQueryClient } from './data/queryClient.ts';
import './styles.css';

const queryClient = createQueryClient();
const router = createRouter(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Resolves once the first route's data is in (or has failed), so React can render it at once. */
function routerInitialized(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

// index.html carries the feed's first screen, prerendered at build time. It stays on
// screen until the app can render the feed itself, rather than a loading skeleton; on
// any other address (an SPA host serving index.html) it is hidden and goes at once.
const prerendered = root.querySelector('[data-prerendered]');
if (prerendered && document.documentElement.hasAttribute('data-prerender-elsewhere'))
  prerendered.remove();
else if (prerendered) await routerInitialized();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
