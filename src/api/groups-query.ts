import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { groupListSchema } from './group-schema';

export const groupsQueryOptions = queryOptions({
  queryKey: ['groups'],
  queryFn: ({ signal }) => apiRequest('/groups', { schema: groupListSchema, signal }),
  staleTime: 60_000,
});

export function useGroups() {
  return useQuery(groupsQueryOptions);
}
