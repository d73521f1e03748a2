import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { groupListSchema } from '@/api/group-schema';

export const groupsQueryOptions = queryOptions({
  queryKey: ['groups'],
  queryFn: ({ signal }) => apiRequest(apiPaths.groups, { schema: groupListSchema, signal }),
  staleTime: 60_000,
});

export function useGroups() {
  return useQuery(groupsQueryOptions);
}

/** One group, from the list of groups (which every assignment screen reads anyway). */
export function useGroup(groupId: string) {
  return useQuery({ ...groupsQueryOptions, select: (groups) => groups.items.find((group) => group.id === groupId) });
}
