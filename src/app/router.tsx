import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { feedIndexQuery, articleQuery } from '../data/articleQueries.ts';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { ArticlePage } from '../features/reader/ArticlePage.tsx';
import { FeedPage } from '../features/feed/FeedPage.tsx';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { SavedPage } from '../features/saved/SavedPage.tsx';
import { routePatterns } from './paths.ts';
import { RootLayout } from './RootLayout.tsx';
import { RouteError } from './RouteError.tsx';

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
              loader: async () => {
                await queryClient.query(feedIndexQuery());
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
                await queryClient.query(feedIndexQuery());
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
