/**
 * Renders the real routes in jsdom, with `fetch` answering from data files that the
 * real pipeline and emitter made from `seeds/`, exactly as the build would.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '../../../src/app/router.tsx';
import { emitDataFiles } from '../../../src/build/emit.ts';
import { readSeedFolder } from '../../../src/build/seedFiles.ts';
import { createQueryClient } from '../../../src/data/queryClient.ts';
import { buildArticles } from '../../../src/pipeline/buildArticles.ts';
import { indexPath as stubIndexPath } from './sourcedDataStub.ts';

const { articles } = buildArticles(await readSeedFolder('seeds'));
const { files, indexPath } = emitDataFiles(articles);

export const bundledArticles = articles;

/** Whether the stubbed network answers; a test can take it down to see the error views. */
const network = { up: true };

function serveDataFiles(): void {
  network.up = true;
  vi.stubGlobal('fetch', (input: string) => {
    if (!network.up) return Promise.reject(new TypeError('Failed to fetch'));
    const path = input.replace(/^\//, '');
    const body = files.get(path === stubIndexPath ? indexPath : path);
    return Promise.resolve(
      body === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(body, { status: 200 }),
    );
  });
}

export function renderApp(url: string, { networkUp = true } = {}) {
  serveDataFiles();
  network.up = networkUp;
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const setNetwork = (up: boolean): void => {
    network.up = up;
  };
  return { ...view, router, queryClient, setNetwork };
}
