import { lazyScreen } from '@/lib/lazy-screen';

// The Customer Administration screens, loaded on demand.
export const CustomersLayoutScreen = lazyScreen(async () => (await import('./customers-layout')).CustomersLayout);
export const CustomerListScreen = lazyScreen(async () => (await import('./customer-list-route')).CustomerListRoute);
export const CustomerNewScreen = lazyScreen(async () => (await import('./customer-new-route')).CustomerNewRoute);
export const CustomerEditScreen = lazyScreen(async () => (await import('./customer-edit-route')).CustomerEditRoute);
