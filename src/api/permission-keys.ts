/** Every membership query lives under one key, so a save anywhere refreshes effective permissions everywhere. */
export const permissionKeys = {
  all: ['permissions'] as const,
  effective: (customerUserId: string) => [...permissionKeys.all, 'effective', customerUserId] as const,
  customerUserGroups: (customerUserId: string) =>
    [...permissionKeys.all, 'customer-user-groups', customerUserId] as const,
  customerGroups: (customerId: string) => [...permissionKeys.all, 'customer-groups', customerId] as const,
  groupCustomerUsers: (groupId: string, search: string) =>
    [...permissionKeys.all, 'group-customer-users', groupId, search] as const,
  groupCustomers: (groupId: string) => [...permissionKeys.all, 'group-customers', groupId] as const,
  extraCustomers: (customerUserId: string) => [...permissionKeys.all, 'extra-customers', customerUserId] as const,
};
