import { lazyScreen } from '@/lib/lazy-screen';

// The customer-user screens for the app's routes. The list and its frame come with the first paint;
// the rest loads on demand.
export { CustomerUserListRoute } from './customer-user-list-route';
export { CustomerUsersLayout } from './customer-users-layout';

export const CustomerUserDataScreen = lazyScreen(
  async () => (await import('./customer-user-data-route')).CustomerUserDataRoute,
);
/** The frame of a customer user's tabs; the Data tab, which opens first, loads along with it. */
export const CustomerUserEditScreen = lazyScreen(async () => {
  const [layout] = await Promise.all([import('./customer-user-edit-layout'), CustomerUserDataScreen.preload()]);
  return layout.CustomerUserEditLayout;
});
/** The History tab: every write to the customer user, newest first. */
export const CustomerUserHistoryScreen = lazyScreen(
  async () => (await import('./customer-user-history-route')).CustomerUserHistoryRoute,
);
export const CustomerUserNewScreen = lazyScreen(
  async () => (await import('./customer-user-new-route')).CustomerUserNewRoute,
);
