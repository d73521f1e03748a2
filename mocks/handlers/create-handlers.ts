import type { DemoStore } from '@mocks/store/demo-store';
import { customerPermissionHandlers } from './customer-permissions';
import { customerUserPermissionHandlers } from './customer-user-permissions';
import { customerUserHandlers } from './customer-users';
import { customerHandlers } from './customers';
import { demoHandlers } from './demo';
import { groupPermissionHandlers } from './group-permissions';
import { groupHandlers } from './groups';
import { createRouter } from './route';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';

/** The mock API: the same handlers serve the dev server, Vitest and Playwright. */
export function createHandlers(store: DemoStore, baseUrl = '/api') {
  const router = createRouter(store, baseUrl);
  return [
    ...customerUserHandlers(router),
    ...customerHandlers(router),
    ...sessionHandlers(router),
    ...settingsHandlers(router),
    ...groupHandlers(router),
    ...customerUserPermissionHandlers(router),
    ...customerPermissionHandlers(router),
    ...groupPermissionHandlers(router),
    ...demoHandlers(router),
  ];
}
