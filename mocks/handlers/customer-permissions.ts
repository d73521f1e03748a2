import { cellSaves, contextRefusal, groupRefusal } from '@mocks/permissions/cell-saves';
import { apiPaths } from '@/api/api-paths';
import type { Customer } from '@/api/customer-schema';
import { permissionChangesSchema } from '@/api/permission-schema';
import { membershipHandlers } from './guarded-handler';
import type { Router } from './route';

/** A customer's groups, per context (Same Customer, Other Customers). Saves send cells (see the contract). */
export function customerPermissionHandlers(router: Router) {
  const { store } = router;
  const { customers, groups, permissions } = store;
  const groupRow = (customerId: string, groupId: string) => ({
    groupId,
    ...permissions.customerPermissions(customerId, groupId),
  });
  return membershipHandlers(router, apiPaths.customerGroups, {
    find: ({ customerId }) => customers.get(customerId),
    read: ({ customerId }) => ({ items: groups.list().map((group) => groupRow(customerId, group.id)) }),
    schema: permissionChangesSchema,
    ...cellSaves<Customer>({
      fields: ['same', 'other'],
      refuseField: contextRefusal(store),
      refuseRow: (_customer, groupId) => groupRefusal(store, groupId),
      read: ({ customerId }, groupId, field) =>
        field === 'permissions' ? [] : permissions.customerPermissions(customerId, groupId)[field],
      write: ({ customerId }, { row, field, permissions: set }) =>
        permissions.setCustomerPermissions(customerId, row, { [field]: set }),
      currentRow: ({ customerId }, groupId) => groupRow(customerId, groupId),
    }),
  });
}
