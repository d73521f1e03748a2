import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { customerUserSchema } from '@/api/customer-user-schema';
import { customerUserKeys } from './get-customer-users';

export function customerUserQueryOptions(id: string) {
  return queryOptions({
    queryKey: customerUserKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest(`/customer-users/${encodeURIComponent(id)}`, { schema: customerUserSchema, signal }),
  });
}

export function useCustomerUser(id: string) {
  return useQuery(customerUserQueryOptions(id));
}
