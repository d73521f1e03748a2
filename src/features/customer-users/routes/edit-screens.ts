import type { QueryClient } from '@tanstack/react-query';
import type { CustomerUser } from '@/api/customer-user-schema';
import { lazyScreen } from '@/lib/lazy-screen';
import { customerUserKeys } from '../api/customer-users-api';

// A customer user's screens, loaded on demand. Apart from ./screens so the list can open them ahead of a
// click without importing the routes that import the list.

export const CustomerUserDataScreen = lazyScreen(
  async () => (await import('./customer-user-data-route')).CustomerUserDataRoute,
);

/**
 * The frame of a customer user's tabs; the Data tab, which opens first, loads along with it. `prefetch`
 * (pointer or focus on a username in the list, and the click itself) asks for all the edit form needs at
 * once: the code, the customer options, and the customer user as the list row already has it.
 */
export const CustomerUserEditScreen = Object.assign(
  lazyScreen(async () => {
    const [layout] = await Promise.all([import('./customer-user-edit-layout'), CustomerUserDataScreen.preload()]);
    return layout.CustomerUserEditLayout;
  }),
  {
    prefetch(queryClient: QueryClient, user: CustomerUser, listUpdatedAt: number) {
      void CustomerUserEditScreen.preload();
      // As fresh as the list it came from: it is fetched again only when that is stale.
      if (queryClient.getQueryData(customerUserKeys.detail(user.id)) === undefined) {
        queryClient.setQueryData(customerUserKeys.detail(user.id), user, { updatedAt: listUpdatedAt });
      }
      void import('@/features/customers').then(({ customerOptionsQueryOptions }) =>
        queryClient.prefetchQuery(customerOptionsQueryOptions),
      );
    },
  },
);

/** The History tab: every write to the customer user, newest first. */
export const CustomerUserHistoryScreen = lazyScreen(
  async () => (await import('./customer-user-history-route')).CustomerUserHistoryRoute,
);
export const CustomerUserNewScreen = lazyScreen(
  async () => (await import('./customer-user-new-route')).CustomerUserNewRoute,
);
