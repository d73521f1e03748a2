import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { sessionSchema } from './permission-schema';
import { useSettings } from './settings-query';

export const sessionQueryOptions = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => apiRequest('/session', { schema: sessionSchema, signal }),
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** Group membership is for administrators, and only while customer group support is on. */
export function useGroupAccess() {
  const session = useSession();
  const settings = useSettings();
  const isAdministrator = session.data?.isAdministrator ?? false;
  const groupSupport = settings.data?.customerGroupSupport ?? false;
  return {
    isPending: session.isPending || settings.isPending,
    isAdministrator,
    groupSupport,
    canManage: isAdministrator && groupSupport,
    otherCustomersContext: settings.data?.otherCustomersContext ?? false,
    alwaysGroups: settings.data?.alwaysGroups ?? [],
  };
}
