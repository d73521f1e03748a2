import type { QueryClient } from '@tanstack/react-query';
import { groupsQueryOptions } from '@/api/groups-query';
import { lazyScreen } from '@/lib/lazy-screen';
import { customerOptionsQueryOptions } from '../api/get-customer-options';
import { customerUserGroupsQueryOptions, extraCustomersQueryOptions } from '../api/permissions';

// The customer-user screens not needed on first paint; the edit screen preloads its tabs.
export const CustomerUserScreen = lazyScreen(async () => (await import('./customer-user-route')).CustomerUserRoute);
export const CustomerUserNewScreen = lazyScreen(
  async () => (await import('./customer-user-new-route')).CustomerUserNewRoute,
);
export const CustomerUserGroupsScreen = Object.assign(
  lazyScreen(async () => (await import('./customer-user-groups-route')).CustomerUserGroupsRoute),
  {
    /** The data the screen reads, fetched ahead of opening it. */
    prefetch: (queryClient: QueryClient, customerUserId: string) =>
      Promise.all([
        queryClient.prefetchQuery(groupsQueryOptions),
        queryClient.prefetchQuery(customerUserGroupsQueryOptions(customerUserId)),
      ]),
  },
);
export const CustomerUserCustomersScreen = Object.assign(
  lazyScreen(async () => (await import('./customer-user-customers-route')).CustomerUserCustomersRoute),
  {
    /** The data the screen reads, fetched ahead of opening it. */
    prefetch: (queryClient: QueryClient, customerUserId: string) =>
      Promise.all([
        queryClient.prefetchQuery(customerOptionsQueryOptions),
        queryClient.prefetchQuery(extraCustomersQueryOptions(customerUserId)),
      ]),
  },
);
