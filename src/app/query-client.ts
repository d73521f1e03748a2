import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** Retries only what may pass on a second try: network trouble and server faults, never a 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.kind !== 'network' && error.kind !== 'server') return false;
  return failureCount < 2;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 10_000, retry: options.retry === false ? false : shouldRetry },
      mutations: { retry: false },
    },
  });
}
