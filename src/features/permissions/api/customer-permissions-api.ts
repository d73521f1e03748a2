import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type CustomerGroup, customerGroupsSchema } from '@/api/permission-schema';
import { permissionKeys, usePermissionMutation } from './permission-keys';

export function useCustomerGroups(customerId: string) {
  return useQuery({
    queryKey: permissionKeys.customerGroups(customerId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerGroups, { params: { customerId }, schema: customerGroupsSchema, signal }),
  });
}

export function useSaveCustomerGroups(customerId: string) {
  return usePermissionMutation((items: CustomerGroup[]) =>
    apiRequest(apiPaths.customerGroups, {
      params: { customerId },
      method: 'PUT',
      body: { items },
      schema: customerGroupsSchema,
    }),
  );
}
