import { apiPaths } from '@/api/api-paths';
import { groupCustomersSchema, groupCustomerUserChangesSchema } from '@/api/permission-schema';
import { membershipHandlers, unknownRows } from './guarded-handler';
import type { Router } from './route';

/** How many customer users a group's member search answers at most. */
const memberSearchLimit = 200;

/** A group's customer users, and its customers per context. */
export function groupPermissionHandlers(router: Router) {
  const { customerUsers, customers, groups, permissions } = router.store;
  const find = ({ groupId }: { groupId: string }) => groups.get(groupId);
  return [
    ...membershipHandlers(router, apiPaths.groupCustomerUsers, {
      find,
      read: (group, { request }) => {
        const search = new URL(request.url).searchParams.get('search') ?? '';
        const page = customerUsers.list({ search, offset: 0, limit: memberSearchLimit, sort: 'login' });
        return {
          total: page.total,
          items: page.items.map((user) => ({
            customerUserId: user.id,
            login: user.login,
            name: `${user.firstName} ${user.lastName}`,
            permissions: permissions.userPermissions(user.id).get(group.id) ?? [],
          })),
        };
      },
      schema: groupCustomerUserChangesSchema,
      check: ({ items }) =>
        unknownRows(items, (row) => customerUsers.has(row.customerUserId), 'Unknown customer user.'),
      write: ({ items }, group) => {
        for (const row of items) permissions.setUserPermissions(row.customerUserId, group.id, row.permissions);
      },
    }),
    ...membershipHandlers(router, apiPaths.groupCustomers, {
      find,
      read: (group) => ({
        items: customers.list().items.map((customer) => ({
          customerId: customer.customerId,
          ...permissions.customerPermissions(customer.customerId, group.id),
        })),
      }),
      schema: groupCustomersSchema,
      check: ({ items }) => unknownRows(items, (row) => customers.has(row.customerId), 'Unknown customer.'),
      write: ({ items }, group) => {
        for (const { customerId, same, other } of items) {
          permissions.setCustomerPermissions(customerId, group.id, { same, other });
        }
      },
    }),
  ];
}
