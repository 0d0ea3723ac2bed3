import { QueryClient } from '@tanstack/react-query';

/**
 * Worker data only changes when the page asks it to, so nothing goes stale
 * by time and nothing refetches on focus. Failures are answers (a bad file,
 * an unknown ledger), so queries are not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}
