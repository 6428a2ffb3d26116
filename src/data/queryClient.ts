import { QueryClient } from '@tanstack/react-query';
import { NotFoundError } from './errors.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A missing article stays missing; a network blip deserves another try.
        retry: (failures, error) => !(error instanceof NotFoundError) && failures < MAX_RETRIES,
      },
    },
  });
}
