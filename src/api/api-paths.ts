import { generatePath, type PathParam } from 'react-router';

/**
 * Every path of the HTTP API, relative to its base URL, named once: the client builds its requests
 * from these and the mock API registers its handlers on them, so the two cannot drift apart.
 */
export const apiPaths = {
  session: '/session',
  settings: '/settings',
  customerUsers: '/customer-users',
  customerUser: '/customer-users/:customerUserId',
  customerUserValidityBatch: '/customer-users/validity-batch',
  customerUserImport: '/customer-users/import',
  customerUserGroups: '/customer-users/:customerUserId/groups',
  customerUserCustomers: '/customer-users/:customerUserId/customers',
  customerUserEffectivePermissions: '/customer-users/:customerUserId/effective-permissions',
  customerUserHistory: '/customer-users/:customerUserId/history',
  customers: '/customers',
  customer: '/customers/:customerId',
  customerGroups: '/customers/:customerId/groups',
  groups: '/groups',
  groupCustomerUsers: '/groups/:groupId/customer-users',
  groupCustomers: '/groups/:groupId/customers',
  /** The contract as OpenAPI 3.1 (docs/openapi.json); the mock API serves it. */
  openapi: '/openapi.json',
  demoReset: '/demo/reset',
  demoSession: '/demo/session',
  demoState: '/demo/state',
} as const;

export type ApiPath = (typeof apiPaths)[keyof typeof apiPaths];

/** The values of a path's `:params`; a path without params takes none. */
export type ApiPathParams<Path extends ApiPath> = [PathParam<Path>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParam<Path>, string> };

/** A path with its params filled in, each one percent-encoded. */
export function buildApiPath<Path extends ApiPath>(path: Path, params?: Record<string, string>): string {
  return generatePath(path, params as never);
}
