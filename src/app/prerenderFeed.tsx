/**
 * The feed's first screen as HTML, rendered at build time (src/build/prerender.ts) with
 * the app's own routes and components, so the page shows articles before its script
 * has run. The app then renders the same markup over it.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { articleKeys } from '../data/articleQueries.ts';
import { createQueryClient } from '../data/queryClient.ts';
import type { FeedIndex } from '../pipeline/article.ts';
import { createRoutes } from './router.tsx';

export async function renderFeedHtml(index: FeedIndex, origin: string): Promise<string> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(articleKeys.index(), index);
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(`${origin}/`));
  if (context instanceof Response) throw new Error('the feed route answered with a redirect');
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
