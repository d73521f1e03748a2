import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  type DemoDataSet,
  type DemoReset,
  type DemoSession,
  type DemoState,
  type DemoStateChange,
  demoStateSchema,
} from '@/api/demo-schema';
import { sessionSchema } from '@/api/session-schema';
import { sessionQueryOptions } from '@/features/permissions';

export const demoStateQueryOptions = queryOptions({
  queryKey: ['demo-state'],
  queryFn: ({ signal }) => apiRequest(apiPaths.demoState, { schema: demoStateSchema, signal }),
});

/** The demo's switches as the mock API has them now: the data set, the latency, the faults. */
export function useDemoState() {
  return useQuery(demoStateQueryOptions);
}

const isDemoState = (queryKey: readonly unknown[]) => queryKey[0] === demoStateQueryOptions.queryKey[0];

/** Changes the latency or the faults; every screen reads its data again, so it shows them at once. */
export function useChangeDemoState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: DemoStateChange) =>
      apiRequest(apiPaths.demoState, { method: 'PATCH', body: change, schema: demoStateSchema }),
    onSuccess: (state, change) => {
      queryClient.setQueryData(demoStateQueryOptions.queryKey, state);
      // A new latency shows on the next request; new faults are worth seeing on the screen behind at once.
      if (change.faults !== undefined) {
        return queryClient.invalidateQueries({ predicate: (query) => !isDemoState(query.queryKey) });
      }
      return undefined;
    },
  });
}

/** Puts a data set back (the hand-made seed when none is named); every screen reads its data again. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataSet?: DemoDataSet): Promise<DemoState> =>
      apiRequest(apiPaths.demoReset, {
        method: 'POST',
        body: (dataSet ? { dataSet } : {}) satisfies DemoReset,
        schema: demoStateSchema,
      }),
    onSuccess: (state) => {
      queryClient.setQueryData(demoStateQueryOptions.queryKey, state);
      return queryClient.invalidateQueries({ predicate: (query) => !isDemoState(query.queryKey) });
    },
  });
}

/** Acts as an administrator or not, to see what each sees. */
export function useActAsAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isAdministrator: boolean) =>
      apiRequest(apiPaths.demoSession, {
        method: 'POST',
        body: { isAdministrator } satisfies DemoSession,
        schema: sessionSchema,
      }),
    // The answer is the new session: shown at once, so the switch never flips back while the rest reloads.
    onSuccess: (newSession) => {
      queryClient.setQueryData(sessionQueryOptions.queryKey, newSession);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueryOptions.queryKey[0],
      });
    },
  });
}
