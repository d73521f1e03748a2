import type { QueryClient } from '@tanstack/react-query';
import { customerOptionsQueryOptions } from '@/features/customers';
import { lazyScreen } from '@/lib/lazy-screen';
import { customerUserGroupsQueryOptions, extraCustomersQueryOptions } from '../api/customer-user-permissions-api';
import { groupsQueryOptions } from '../api/groups-api';

// The permission screens load on demand. The customer user's tabs load theirs ahead (preload) and
// fetch the data they read (prefetch), so a tab opens at once.

export const CustomerUserGroupsScreen = Object.assign(
  lazyScreen(async () => (await import('./customer-user-groups-route')).CustomerUserGroupsRoute),
  {
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
    prefetch: (queryClient: QueryClient, customerUserId: string) =>
      Promise.all([
        queryClient.prefetchQuery(customerOptionsQueryOptions),
        queryClient.prefetchQuery(extraCustomersQueryOptions(customerUserId)),
      ]),
  },
);
export const CustomerGroupsScreen = lazyScreen(
  async () => (await import('./customer-groups-route')).CustomerGroupsRoute,
);
export const GroupsLayoutScreen = lazyScreen(async () => (await import('./groups-layout')).GroupsLayout);
export const GroupsScreen = lazyScreen(async () => (await import('./groups-route')).GroupsRoute);
export const GroupCustomerUsersScreen = lazyScreen(
  async () => (await import('./group-customer-users-route')).GroupCustomerUsersRoute,
);
export const GroupCustomersScreen = lazyScreen(
  async () => (await import('./group-customers-route')).GroupCustomersRoute,
);
