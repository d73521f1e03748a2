import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { sessionSchema } from '@/api/session-schema';
import { sessionQueryOptions } from '@/features/permissions';

/** Puts the demo data back; every screen reads its data again. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(apiPaths.demoReset, { method: 'POST', schema: z.undefined() }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Acts as an administrator or not, to see what each sees. */
export function useActAsAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isAdministrator: boolean) =>
      apiRequest(apiPaths.demoSession, { method: 'POST', body: { isAdministrator }, schema: sessionSchema }),
    // The answer is the new session: shown at once, so the switch never flips back while the rest reloads.
    onSuccess: (newSession) => {
      queryClient.setQueryData(sessionQueryOptions.queryKey, newSession);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueryOptions.queryKey[0],
      });
    },
  });
}
