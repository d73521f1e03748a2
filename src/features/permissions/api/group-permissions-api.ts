import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  type GroupCustomer,
  type GroupCustomerUser,
  groupCustomersSchema,
  groupCustomerUserChangesSchema,
  groupCustomerUsersSchema,
} from '@/api/permission-schema';
import { permissionKeys, usePermissionMutation } from './permission-keys';

/** The members of a group among the customer users a search finds. */
export function useGroupCustomerUsers(groupId: string, search: string) {
  return useQuery({
    queryKey: permissionKeys.groupCustomerUsers(groupId, search),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.groupCustomerUsers, {
        params: { groupId },
        schema: groupCustomerUsersSchema,
        query: { search },
        signal,
      }),
  });
}

export function useSaveGroupCustomerUsers(groupId: string) {
  return usePermissionMutation((rows: GroupCustomerUser[]) =>
    apiRequest(apiPaths.groupCustomerUsers, {
      params: { groupId },
      method: 'PUT',
      body: { items: rows.map(({ customerUserId, permissions }) => ({ customerUserId, permissions })) },
      schema: groupCustomerUserChangesSchema,
    }),
  );
}

export function useGroupCustomers(groupId: string) {
  return useQuery({
    queryKey: permissionKeys.groupCustomers(groupId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.groupCustomers, { params: { groupId }, schema: groupCustomersSchema, signal }),
  });
}

export function useSaveGroupCustomers(groupId: string) {
  return usePermissionMutation((items: GroupCustomer[]) =>
    apiRequest(apiPaths.groupCustomers, {
      params: { groupId },
      method: 'PUT',
      body: { items },
      schema: groupCustomersSchema,
    }),
  );
}
