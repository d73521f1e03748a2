import { useMutation, useQueryClient } from '@tanstack/react-query';

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

/** A change of memberships: afterwards every membership query is read again. */
export function usePermissionMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }) });
}
