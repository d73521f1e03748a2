import { apiPaths } from '@/api/api-paths';
import { customerGroupsSchema } from '@/api/permission-schema';
import { membershipHandlers, unknownRows } from './guarded-handler';
import type { Router } from './route';

/** A customer's groups, per context (Same Customer, Other Customers). */
export function customerPermissionHandlers(router: Router) {
  const { customers, groups, permissions } = router.store;
  return membershipHandlers(router, apiPaths.customerGroups, {
    find: ({ customerId }) => customers.get(customerId),
    read: ({ customerId }) => ({
      items: groups
        .list()
        .map((group) => ({ groupId: group.id, ...permissions.customerPermissions(customerId, group.id) })),
    }),
    schema: customerGroupsSchema,
    check: ({ items }) => unknownRows(items, (row) => groups.has(row.groupId), 'Unknown group.'),
    write: ({ items }, { customerId }) => {
      for (const { groupId, same, other } of items) {
        permissions.setCustomerPermissions(customerId, groupId, { same, other });
      }
    },
  });
}
