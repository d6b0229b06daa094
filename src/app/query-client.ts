import { QueryClient } from '@tanstack/react-query';

/**
 * All "server state" is the local IndexedDB store: queries run offline too (networkMode 'always'),
 * and a failed local read is not retried (it would fail the same way; the page shows the reason).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
