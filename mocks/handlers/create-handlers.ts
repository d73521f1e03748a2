import type { DemoStore } from '@mocks/store/demo-store';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { apiPaths } from '@/api/api-paths';
import { englishProblem } from '@/api/problem-english';
import { customerPermissionHandlers } from './customer-permissions';
import { customerUserHistoryHandlers } from './customer-user-history';
import { customerUserPermissionHandlers } from './customer-user-permissions';
import { customerUserHandlers } from './customer-users';
import { customerHandlers } from './customers';
import { demoHandlers } from './demo';
import { groupPermissionHandlers } from './group-permissions';
import { groupHandlers } from './groups';
import { openApiHandlers } from './openapi';
import { createRouter } from './route';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';

/** The mock API: the same handlers serve the dev server, Vitest and Playwright. */
export function createHandlers(store: DemoStore, baseUrl = '/api') {
  const router = createRouter(store, baseUrl);
  const handlers = [
    ...customerUserHandlers(router),
    ...customerUserHistoryHandlers(router),
    ...customerHandlers(router),
    ...sessionHandlers(router),
    ...settingsHandlers(router),
    ...groupHandlers(router),
    ...customerUserPermissionHandlers(router),
    ...customerPermissionHandlers(router),
    ...groupPermissionHandlers(router),
    ...demoHandlers(router),
    ...openApiHandlers(baseUrl),
  ];
  return withMethodNotAllowed(handlers, methodNotAllowedHandlers(handlers, baseUrl), baseUrl);
}

/**
 * Each path's 405 right after its last handler, or at the end for a path without one: a fixed path
 * (`/customer-users/import`) answers its own 405 before the record path (`/customer-users/:customerUserId`)
 * would take its last segment for an ID.
 */
function withMethodNotAllowed(handlers: readonly HttpHandler[], refusals: readonly HttpHandler[], baseUrl: string) {
  const refusalOf = new Map(Object.values(apiPaths).map((path, index) => [`${baseUrl}${path}`, refusals[index]]));
  const lastIndexOf = new Map(handlers.map((handler, index) => [String(handler.info.path), index]));
  const ordered: HttpHandler[] = [];
  handlers.forEach((handler, index) => {
    ordered.push(handler);
    const path = String(handler.info.path);
    const refusal = refusalOf.get(path);
    if (lastIndexOf.get(path) === index && refusal) {
      ordered.push(refusal);
      refusalOf.delete(path);
    }
  });
  return [...ordered, ...[...refusalOf.values()].flatMap((refusal) => refusal ?? [])];
}

/**
 * After the real handlers: every API path answers any other method with a 405 that says, in `Allow`,
 * which methods it has (read off the handlers registered on it).
 */
function methodNotAllowedHandlers(handlers: readonly HttpHandler[], baseUrl: string) {
  return Object.values(apiPaths).map((path) => {
    const url = `${baseUrl}${path}`;
    // The API deletes nothing: its DELETE handlers only answer 405 with the reason, so DELETE is never allowed.
    const methods = [
      ...new Set(handlers.filter((handler) => handler.info.path === url).map((handler) => String(handler.info.method))),
    ].filter((method) => method !== 'DELETE');
    const allow = methods.join(', ');
    return http.all(url, ({ request }) =>
      HttpResponse.json(englishProblem('method.not_allowed', { method: request.method, allow }), {
        status: 405,
        headers: { Allow: allow },
      }),
    );
  });
}
