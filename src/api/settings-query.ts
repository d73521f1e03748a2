import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { settingsSchema } from './settings-schema';

export const settingsQueryOptions = queryOptions({
  queryKey: ['settings'],
  queryFn: ({ signal }) => apiRequest('/settings', { schema: settingsSchema, signal }),
  staleTime: 5 * 60_000,
});

export function useSettings() {
  return useQuery(settingsQueryOptions);
}
