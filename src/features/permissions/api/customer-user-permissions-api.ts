import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  customerUserGroupsSchema,
  type ExtraCustomerCell,
  effectivePermissionsSchema,
  extraCustomerCellSchema,
  extraCustomersSchema,
  type PermissionCell,
  permissionCellSchema,
  permissionChangesSchema,
} from '@/api/permission-schema';
import { byId, sendCells } from './cell-save';
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
  return usePermissionMutation((changes: PermissionCell[]) =>
    sendCells(
      () =>
        apiRequest(apiPaths.customerUserGroups, {
          params: { customerUserId },
          method: 'PUT',
          body: { changes },
          schema: permissionChangesSchema,
        }),
      { cell: permissionCellSchema, current: customerUserGroupsSchema },
      byId((row) => row.groupId),
    ),
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
  return usePermissionMutation((changes: ExtraCustomerCell[]) =>
    sendCells(
      () =>
        apiRequest(apiPaths.customerUserCustomers, {
          params: { customerUserId },
          method: 'PUT',
          body: { changes },
          schema: extraCustomersSchema,
        }),
      { cell: extraCustomerCellSchema, current: extraCustomersSchema },
      ({ customerIds }) => customerIds,
    ),
  );
}
