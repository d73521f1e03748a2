import { generatePath, type PathParam } from 'react-router';

type HrefArgs<Path extends string> = [PathParam<Path>] extends [never] ? [] : [params: Record<PathParam<Path>, string>];

/** A screen's path: `path` declares the route, `href(...)` links to it with every param encoded. */
function screen<Path extends string>(path: Path) {
  return { path, href: (...[params]: HrefArgs<Path>) => generatePath(path, params as never) };
}

/** Every screen's path, named once: routes are declared with them and every link is built from them. */
export const paths = {
  home: screen('/'),
  customerUsers: {
    list: screen('/customer-users'),
    add: screen('/customer-users/new'),
    import: screen('/customer-users/import'),
    edit: screen('/customer-users/:customerUserId'),
    groups: screen('/customer-users/:customerUserId/groups'),
    customers: screen('/customer-users/:customerUserId/customers'),
    history: screen('/customer-users/:customerUserId/history'),
  },
  customers: {
    list: screen('/customers'),
    add: screen('/customers/new'),
    edit: screen('/customers/:customerId'),
    groups: screen('/customers/:customerId/groups'),
  },
  groups: {
    list: screen('/groups'),
    customerUsers: screen('/groups/:groupId/customer-users'),
    customers: screen('/groups/:groupId/customers'),
  },
  settings: screen('/settings'),
};
