import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { permissionKeys } from '@/api/permission-keys';
import {
  groupCustomersSchema,
  groupCustomerUserChangesSchema,
  groupCustomerUsersSchema,
  type PermissionSet,
} from '@/api/permission-schema';

const groupPath = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export function useGroupCustomerUsers(groupId: string, search: string) {
  return useQuery({
    queryKey: permissionKeys.groupCustomerUsers(groupId, search),
    queryFn: ({ signal }) =>
      apiRequest(`${groupPath(groupId)}/customer-users`, {
        schema: groupCustomerUsersSchema,
        query: { search },
        signal,
      }),
  });
}

export function useSaveGroupCustomerUsers(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { customerUserId: string; permissions: PermissionSet }[]) =>
      apiRequest(`${groupPath(groupId)}/customer-users`, {
        method: 'PUT',
        body: { items },
        schema: groupCustomerUserChangesSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }),
  });
}

export function useGroupCustomers(groupId: string) {
  return useQuery({
    queryKey: permissionKeys.groupCustomers(groupId),
    queryFn: ({ signal }) => apiRequest(`${groupPath(groupId)}/customers`, { schema: groupCustomersSchema, signal }),
  });
}

export function useSaveGroupCustomers(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { customerId: string; same: PermissionSet; other: PermissionSet }[]) =>
      apiRequest(`${groupPath(groupId)}/customers`, { method: 'PUT', body: { items }, schema: groupCustomersSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: permissionKeys.all }),
  });
}
