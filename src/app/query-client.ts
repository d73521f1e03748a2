import { MutationCache, onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '@/api/api-error';

/** Retries only what may pass on a second try: network trouble and server faults, never a 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.kind !== 'network' && error.kind !== 'server') return false;
  return failureCount < 2;
}

/**
 * Offline, a save fails at once as a network failure ("nothing was saved; your input is kept"), so the
 * form keeps the input and its button is there to try again; it is never paused and sent later behind
 * the admin's back. Reads keep React Query's `online` mode: they pause and run when the connection is
 * back, and the loading states say they wait for it.
 */
function refuseOfflineSave(): void {
  if (!onlineManager.isOnline()) throw new ApiError('offline');
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({ onMutate: refuseOfflineSave }),
    defaultOptions: {
      queries: { staleTime: 10_000, retry: options.retry === false ? false : shouldRetry },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
