import { apiPaths } from '@/api/api-paths';
import { customerUserGroupsSchema, extraCustomersSchema } from '@/api/permission-schema';
import { membershipHandlers, unknownRows } from './guarded-handler';
import { respond } from './respond';
import type { Router } from './route';

/** A customer user's groups, extra customers and effective permissions. */
export function customerUserPermissionHandlers(router: Router) {
  const { customerUsers, customers, groups, permissions } = router.store;
  const find = ({ customerUserId }: { customerUserId: string }) => customerUsers.get(customerUserId);
  return [
    router.get(apiPaths.customerUserEffectivePermissions, ({ params, store }) =>
      respond(store.effectivePermissionsOf(params.customerUserId)),
    ),
    ...membershipHandlers(router, apiPaths.customerUserGroups, {
      find,
      read: (user) => {
        const sets = permissions.userPermissions(user.id);
        return { items: groups.list().map((group) => ({ groupId: group.id, permissions: sets.get(group.id) ?? [] })) };
      },
      schema: customerUserGroupsSchema,
      check: ({ items }) => unknownRows(items, (row) => groups.has(row.groupId), 'Unknown group.'),
      write: ({ items }, user) => {
        for (const row of items) permissions.setUserPermissions(user.id, row.groupId, row.permissions);
      },
    }),
    ...membershipHandlers(router, apiPaths.customerUserCustomers, {
      find,
      read: (user) => ({ customerIds: permissions.extraCustomersOf(user.id) }),
      schema: extraCustomersSchema,
      check: ({ customerIds }, user) =>
        unknownRows(customerIds, (customerId) => customers.has(customerId), 'Unknown customer.', 'customerIds') ??
        (customerIds.includes(user.customerId)
          ? { customerIds: 'The primary customer cannot be an extra customer as well.' }
          : undefined),
      write: ({ customerIds }, user) => permissions.setExtraCustomers(user.id, customerIds),
      answer: (_body, user) => ({ customerIds: permissions.extraCustomersOf(user.id) }),
    }),
  ];
}
