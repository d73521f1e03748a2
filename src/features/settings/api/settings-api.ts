import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type Settings, settingsSchema } from '@/api/settings-schema';

export const settingsQueryOptions = queryOptions({
  queryKey: ['settings'],
  queryFn: ({ signal }) => apiRequest(apiPaths.settings, { schema: settingsSchema, signal }),
  staleTime: 5 * 60_000,
});

export function useSettings() {
  return useQuery(settingsQueryOptions);
}

/** Settings change what every screen shows (group support, list limit): everything is read again. */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (next: Settings) =>
      apiRequest(apiPaths.settings, { method: 'PUT', body: next, schema: settingsSchema }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
