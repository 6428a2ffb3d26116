import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import {
  articleQuery,
  directoryQuery,
  feedIndexQuery,
  searchIndexQuery,
  summariesQuery,
} from '../data/articleQueries.ts';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { NotFoundError } from '../data/errors.ts';
import { SourcePage } from '../features/directory/SourcePage.tsx';
import { SpeakerPage } from '../features/directory/SpeakerPage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { ArticlePage } from '../features/reader/ArticlePage.tsx';
import { FeedPage } from '../features/feed/FeedPage.tsx';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { SavedPage } from '../features/saved/SavedPage.tsx';
import { routePatterns } from './paths.ts';
import { RootLayout } from './RootLayout.tsx';
import { RouteError } from './RouteError.tsx';

/**
 * Loads the directory for /speakers/:id or /sources/:id; an unknown id is a 404 here,
 * before render, so the view never throws.
 */
function loadDirectoryEntry(queryClient: QueryClient, list: 'speakers' | 'sources') {
  return async ({ params }: LoaderFunctionArgs): Promise<null> => {
    const directory = await queryClient.query(directoryQuery(params.id ?? ''));
    if (!directory[list].some((entry) => entry.id === params.id)) {
      throw new NotFoundError(`“${params.id ?? ''}”`);
    }
    return null;
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageSkeleton />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: routePatterns.feed,
              element: <FeedPage />,
              loader: async ({ request }) => {
                await queryClient.query(feedIndexQuery());
                // A filtered feed (?speaker= or ?source=) also needs that entry's directory shard.
                const { searchParams } = new URL(request.url);
                const filterId = searchParams.get('speaker') ?? searchParams.get('source');
                if (filterId !== null) {
                  await Promise.all([
                    queryClient.query(directoryQuery(filterId)),
                    queryClient.query(summariesQuery()),
                  ]);
                }
                return null;
              },
            },
            {
              path: routePatterns.article,
              element: <ArticlePage />,
              loader: async ({ params }) => {
                await queryClient.query(articleQuery(params.slug ?? ''));
                return null;
              },
            },
            {
              path: routePatterns.saved,
              element: <SavedPage />,
              loader: async () => {
                await queryClient.query(summariesQuery());
                return null;
              },
            },
            {
              path: routePatterns.speaker,
              element: <SpeakerPage />,
              loader: loadDirectoryEntry(queryClient, 'speakers'),
            },
            {
              path: routePatterns.source,
              element: <SourcePage />,
              loader: loadDirectoryEntry(queryClient, 'sources'),
            },
            {
              path: routePatterns.search,
              element: <SearchPage />,
              loader: async () => {
                await Promise.all([
                  queryClient.query(summariesQuery()),
                  queryClient.query(searchIndexQuery()),
                ]);
                return null;
              },
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });
}
