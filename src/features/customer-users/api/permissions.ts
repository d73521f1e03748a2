import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import type { PermissionType } from '@/api/group-schema';
import { permissionKeys } from '@/api/permission-keys';
import { customerUserGroupsSchema, effectivePermissionsSchema, extraCustomersSchema } from '@/api/permission-schema';

const userPath = (id: string) => `/customer-users/${encodeURIComponent(id)}`;

export function useEffectivePermissions(id: string, enabled = true) {
  return useQuery({
    queryKey: permissionKeys.effective(id),
    queryFn: ({ signal }) =>
      apiRequest(`${userPath(id)}/effective-permissions`, { schema: effectivePermissionsSchema, signal }),
    enabled,
  });
}

export const customerUserGroupsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: permissionKeys.customerUserGroups(id),
    queryFn: ({ signal }) => apiRequest(`${userPath(id)}/groups`, { schema: customerUserGroupsSchema, signal }),
  });

export function useCustomerUserGroups(id: string) {
  return useQuery(customerUserGroupsQueryOptions(id));
}

export function useSaveCustomerUserGroups(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { groupId: string; permissions: PermissionType[] }[]) =>
      apiRequest(`${userPath(id)}/groups`, { method: 'PUT', body: { items }, schema: customerUserGroupsSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }),
  });
}

export const extraCustomersQueryOptions = (id: string) =>
  queryOptions({
    queryKey: permissionKeys.extraCustomers(id),
    queryFn: ({ signal }) => apiRequest(`${userPath(id)}/customers`, { schema: extraCustomersSchema, signal }),
  });

export function useExtraCustomers(id: string) {
  return useQuery(extraCustomersQueryOptions(id));
}

export function useSaveExtraCustomers(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (customerIds: string[]) =>
      apiRequest(`${userPath(id)}/customers`, { method: 'PUT', body: { customerIds }, schema: extraCustomersSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }),
  });
}
