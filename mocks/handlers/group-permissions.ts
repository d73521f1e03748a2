import { cellSaves, contextRefusal, groupRefusal } from '@mocks/permissions/cell-saves';
import { apiPaths } from '@/api/api-paths';
import type { Customer } from '@/api/customer-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import type { Group } from '@/api/group-schema';
import { permissionChangesSchema } from '@/api/permission-schema';
import { englishProblem } from '@/api/problem-english';
import { membershipHandlers } from './guarded-handler';
import type { Router } from './route';

/** How many customer users a group's member search answers at most. */
const memberSearchLimit = 200;

/** A group's customer users, and its customers per context. Saves send cells (see the contract). */
export function groupPermissionHandlers(router: Router) {
  const { store } = router;
  const { customerUsers, customers, groups, permissions } = store;
  const find = ({ groupId }: { groupId: string }) => groups.get(groupId);
  const userRow = (group: Group, user: CustomerUser) => ({
    customerUserId: user.id,
    login: user.login,
    name: `${user.firstName} ${user.lastName}`,
    permissions: permissions.userPermissions(user.id).get(group.id) ?? [],
    validity: user.validity,
  });
  const customerRow = (group: Group, customer: Customer) => ({
    customerId: customer.customerId,
    ...permissions.customerPermissions(customer.customerId, group.id),
    validity: customer.validity,
  });
  return [
    ...membershipHandlers(router, apiPaths.groupCustomerUsers, {
      find,
      read: (group, { request }) => {
        const search = new URL(request.url).searchParams.get('search') ?? '';
        const page = customerUsers.list({ search, offset: 0, limit: memberSearchLimit, sort: 'login' });
        return { total: page.total, items: page.items.map((user) => userRow(group, user)) };
      },
      schema: permissionChangesSchema,
      ...cellSaves<Group>({
        fields: ['permissions'],
        refuseRow: (group, userId) =>
          groupRefusal(store, group.id) ??
          (customerUsers.has(userId) ? undefined : englishProblem('cell.unknown_customer_user')),
        read: (group, userId) => permissions.userPermissions(userId).get(group.id) ?? [],
        write: (group, { row, permissions: set }) => permissions.setUserPermissions(row, group.id, set),
        currentRow: (group, userId) => {
          const user = customerUsers.get(userId);
          return user.ok ? userRow(group, user.value) : undefined;
        },
      }),
    }),
    ...membershipHandlers(router, apiPaths.groupCustomers, {
      find,
      read: (group) => ({ items: customers.list().items.map((customer) => customerRow(group, customer)) }),
      schema: permissionChangesSchema,
      ...cellSaves<Group>({
        fields: ['same', 'other'],
        refuseField: contextRefusal(store),
        refuseRow: (group, customerId) =>
          groupRefusal(store, group.id) ??
          (customers.has(customerId) ? undefined : englishProblem('cell.unknown_customer')),
        read: (group, customerId, field) =>
          field === 'permissions' ? [] : permissions.customerPermissions(customerId, group.id)[field],
        write: (group, { row, field, permissions: set }) =>
          permissions.setCustomerPermissions(row, group.id, { [field]: set }),
        currentRow: (group, customerId) => {
          const customer = customers.get(customerId);
          return customer.ok ? customerRow(group, customer.value) : undefined;
        },
      }),
    }),
  ];
}
