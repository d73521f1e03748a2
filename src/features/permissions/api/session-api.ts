import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { sessionSchema } from '@/api/session-schema';

export const sessionQueryOptions = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => apiRequest(apiPaths.session, { schema: sessionSchema, signal }),
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}
