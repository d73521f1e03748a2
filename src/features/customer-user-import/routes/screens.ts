import { lazyScreen } from '@/lib/lazy-screen';

// The import screen for the app's routes: it loads on demand, with papaparse loading only when a file is read.
export const CustomerUserImportScreen = lazyScreen(
  async () => (await import('./customer-user-import-route')).CustomerUserImportRoute,
);
