import type { QueryClient } from '@tanstack/react-query';
import { lazyScreen } from '@/lib/lazy-screen';

// The permission screens load on demand. The customer user's tabs load theirs ahead (preload) and
// fetch the data they read (prefetch), so a tab opens at once. The data's modules load on demand
// too: they are not needed for the first paint.

export const CustomerUserGroupsScreen = Object.assign(
  lazyScreen(async () => (await import('./customer-user-groups-route')).CustomerUserGroupsRoute),
  {
    prefetch: async (queryClient: QueryClient, customerUserId: string) => {
      const [{ groupsQueryOptions }, { customerUserGroupsQueryOptions }] = await Promise.all([
        import('../api/groups-api'),
        import('../api/customer-user-permissions-api'),
      ]);
      await Promise.all([
        queryClient.prefetchQuery(groupsQueryOptions),
        queryClient.prefetchQuery(customerUserGroupsQueryOptions(customerUserId)),
      ]);
    },
  },
);
export const CustomerUserCustomersScreen = Object.assign(
  lazyScreen(async () => (await import('./customer-user-customers-route')).CustomerUserCustomersRoute),
  {
    prefetch: async (queryClient: QueryClient, customerUserId: string) => {
      const [{ customerOptionsQueryOptions }, { extraCustomersQueryOptions }] = await Promise.all([
        import('@/features/customers'),
        import('../api/customer-user-permissions-api'),
      ]);
      await Promise.all([
        queryClient.prefetchQuery(customerOptionsQueryOptions),
        queryClient.prefetchQuery(extraCustomersQueryOptions(customerUserId)),
      ]);
    },
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
