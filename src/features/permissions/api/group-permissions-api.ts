import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  groupCustomersSchema,
  groupCustomerUserSchema,
  groupCustomerUsersSchema,
  type PermissionCell,
  permissionCellSchema,
  permissionChangesSchema,
} from '@/api/permission-schema';
import { byId, sendCells } from './cell-save';
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
  return usePermissionMutation((changes: PermissionCell[]) =>
    sendCells(
      () =>
        apiRequest(apiPaths.groupCustomerUsers, {
          params: { groupId },
          method: 'PUT',
          body: { changes },
          schema: permissionChangesSchema,
        }),
      { cell: permissionCellSchema, current: z.object({ items: z.array(groupCustomerUserSchema) }) },
      byId((row) => row.customerUserId),
    ),
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
  return usePermissionMutation((changes: PermissionCell[]) =>
    sendCells(
      () =>
        apiRequest(apiPaths.groupCustomers, {
          params: { groupId },
          method: 'PUT',
          body: { changes },
          schema: permissionChangesSchema,
        }),
      { cell: permissionCellSchema, current: groupCustomersSchema },
      byId((row) => row.customerId),
    ),
  );
}
