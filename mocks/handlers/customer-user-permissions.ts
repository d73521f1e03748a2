import { planExtraCustomerCells } from '@mocks/permissions/cell-changes';
import { cellSaves, groupRefusal } from '@mocks/permissions/cell-saves';
import { apiPaths } from '@/api/api-paths';
import type { CustomerUser } from '@/api/customer-user-schema';
import { extraCustomerChangesSchema, permissionChangesSchema } from '@/api/permission-schema';
import { englishProblem } from '@/api/problem-english';
import { membershipHandlers } from './guarded-handler';
import { respond } from './respond';
import type { Router } from './route';

/** A customer user's groups, extra customers and effective permissions. Saves send cells (see the contract). */
export function customerUserPermissionHandlers(router: Router) {
  const { store } = router;
  const { customerUsers, customers, groups, permissions } = store;
  const find = ({ customerUserId }: { customerUserId: string }) => customerUsers.get(customerUserId);
  const groupRow = (customerUserId: string, groupId: string) => ({
    groupId,
    permissions: permissions.userPermissions(customerUserId).get(groupId) ?? [],
  });
  const isValidCustomer = (customerId: string) => {
    const customer = customers.get(customerId);
    return customer.ok && customer.value.validity === 'valid';
  };
  const extraPlan = (changes: { row: string; granted: boolean }[], customerUserId: string) =>
    planExtraCustomerCells(changes, permissions.extraCustomersOf(customerUserId));
  return [
    router.get(apiPaths.customerUserEffectivePermissions, ({ params, store }) =>
      respond(store.effectivePermissionsOf(params.customerUserId)),
    ),
    ...membershipHandlers(router, apiPaths.customerUserGroups, {
      find,
      read: (user) => ({ items: groups.list().map((group) => groupRow(user.id, group.id)) }),
      schema: permissionChangesSchema,
      ...cellSaves<CustomerUser>({
        fields: ['permissions'],
        refuseRow: (_user, groupId) => groupRefusal(store, groupId),
        read: (user, groupId) => groupRow(user.id, groupId).permissions,
        write: (user, { row, permissions: set }) => permissions.setUserPermissions(user.id, row, set),
        currentRow: (user, groupId) => groupRow(user.id, groupId),
      }),
    }),
    ...membershipHandlers(router, apiPaths.customerUserCustomers, {
      find,
      read: (user) => ({ customerIds: permissions.extraCustomersOf(user.id) }),
      schema: extraCustomerChangesSchema,
      check: ({ changes }, user) => {
        if (changes.some((cell) => !customers.has(cell.row)))
          return { changes: englishProblem('cell.unknown_customer') };
        const deactivated = changes.find((cell) => cell.granted && !isValidCustomer(cell.row));
        if (deactivated) {
          return { changes: englishProblem('extra_customer.not_valid', { customerId: deactivated.row }) };
        }
        if (changes.some((cell) => cell.row === user.customerId)) {
          return { changes: englishProblem('extra_customer.primary') };
        }
        const planned = extraPlan(changes, user.id);
        return planned.kind === 'invalid' ? { changes: planned.problem } : undefined;
      },
      conflict: ({ changes }, user) => {
        const planned = extraPlan(changes, user.id);
        if (planned.kind !== 'conflict') return undefined;
        return { changed: planned.changed, current: { customerIds: permissions.extraCustomersOf(user.id) } };
      },
      write: ({ changes }, user) => {
        const planned = extraPlan(changes, user.id);
        if (planned.kind === 'write') for (const ids of planned.writes) permissions.setExtraCustomers(user.id, ids);
      },
      answer: (_body, user) => ({ customerIds: permissions.extraCustomersOf(user.id) }),
    }),
  ];
}
