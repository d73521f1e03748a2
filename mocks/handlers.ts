import { customerUserHandlers } from './handlers/customer-users';
import { customerHandlers } from './handlers/customers';
import { demoHandlers } from './handlers/demo';
import { permissionHandlers } from './handlers/permissions';
import { settingsHandlers } from './handlers/settings';
import type { DemoStore } from './store/demo-store';

/** The mock API: the same handlers serve the dev server, Vitest and Playwright. */
export function createHandlers(store: DemoStore, baseUrl = '/api') {
  return [
    ...customerUserHandlers(store, baseUrl),
    ...customerHandlers(store, baseUrl),
    ...settingsHandlers(store, baseUrl),
    ...permissionHandlers(store, baseUrl),
    ...demoHandlers(store, baseUrl),
  ];
}
