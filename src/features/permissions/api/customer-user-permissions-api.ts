import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  type CustomerUserGroup,
  customerUserGroupsSchema,
  effectivePermissionsSchema,
  extraCustomersSchema,
} from '@/api/permission-schema';
import { permissionKeys, usePermissionMutation } from './permission-keys';

export function useEffectivePermissions(customerUserId: string, enabled = true) {
  return useQuery({
    queryKey: permissionKeys.effective(customerUserId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUserEffectivePermissions, {
        params: { customerUserId },
        schema: effectivePermissionsSchema,
        signal,
      }),
    enabled,
  });
}

export const customerUserGroupsQueryOptions = (customerUserId: string) =>
  queryOptions({
    queryKey: permissionKeys.customerUserGroups(customerUserId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUserGroups, { params: { customerUserId }, schema: customerUserGroupsSchema, signal }),
  });

export function useCustomerUserGroups(customerUserId: string) {
  return useQuery(customerUserGroupsQueryOptions(customerUserId));
}

export function useSaveCustomerUserGroups(customerUserId: string) {
  return usePermissionMutation((items: CustomerUserGroup[]) =>
    apiRequest(apiPaths.customerUserGroups, {
      params: { customerUserId },
      method: 'PUT',
      body: { items },
      schema: customerUserGroupsSchema,
    }),
  );
}

export const extraCustomersQueryOptions = (customerUserId: string) =>
  queryOptions({
    queryKey: permissionKeys.extraCustomers(customerUserId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUserCustomers, { params: { customerUserId }, schema: extraCustomersSchema, signal }),
  });

export function useExtraCustomers(customerUserId: string) {
  return useQuery(extraCustomersQueryOptions(customerUserId));
}

export function useSaveExtraCustomers(customerUserId: string) {
  return usePermissionMutation((customerIds: string[]) =>
    apiRequest(apiPaths.customerUserCustomers, {
      params: { customerUserId },
      method: 'PUT',
      body: { customerIds },
      schema: extraCustomersSchema,
    }),
  );
}
