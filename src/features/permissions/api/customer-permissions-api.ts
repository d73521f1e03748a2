import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  customerGroupsSchema,
  type PermissionCell,
  permissionCellSchema,
  permissionChangesSchema,
} from '@/api/permission-schema';
import { byId, sendCells } from './cell-save';
import { permissionKeys, usePermissionMutation } from './permission-keys';

export function useCustomerGroups(customerId: string) {
  return useQuery({
    queryKey: permissionKeys.customerGroups(customerId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerGroups, { params: { customerId }, schema: customerGroupsSchema, signal }),
  });
}

/** Saves the cells the admin changed; a 409 throws a `CellConflict` with the groups' rows now. */
export function useSaveCustomerGroups(customerId: string) {
  return usePermissionMutation((changes: PermissionCell[]) =>
    sendCells(
      () =>
        apiRequest(apiPaths.customerGroups, {
          params: { customerId },
          method: 'PUT',
          body: { changes },
          schema: permissionChangesSchema,
        }),
      { cell: permissionCellSchema, current: customerGroupsSchema },
      byId((row) => row.groupId),
    ),
  );
}
