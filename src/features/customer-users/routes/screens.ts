import { lazyScreen } from '@/lib/lazy-screen';

// The customer-user screens not needed on first paint; the edit screen preloads its tabs.
export const CustomerUserScreen = lazyScreen(async () => (await import('./customer-user-route')).CustomerUserRoute);
export const CustomerUserNewScreen = lazyScreen(
  async () => (await import('./customer-user-new-route')).CustomerUserNewRoute,
);
export const CustomerUserGroupsScreen = lazyScreen(
  async () => (await import('./customer-user-groups-route')).CustomerUserGroupsRoute,
);
export const CustomerUserCustomersScreen = lazyScreen(
  async () => (await import('./customer-user-customers-route')).CustomerUserCustomersRoute,
);
