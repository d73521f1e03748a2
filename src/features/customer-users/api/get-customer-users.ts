import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { type CustomerUserListQuery, customerUserPageSchema } from '@/api/customer-user-schema';

export const customerUserKeys = {
  all: ['customer-users'] as const,
  lists: () => [...customerUserKeys.all, 'list'] as const,
  list: (query: CustomerUserListQuery) => [...customerUserKeys.lists(), query] as const,
  detail: (id: string) => [...customerUserKeys.all, 'detail', id] as const,
};

export function customerUsersQueryOptions(query: CustomerUserListQuery) {
  return queryOptions({
    queryKey: customerUserKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest('/customer-users', { schema: customerUserPageSchema, query: { ...query }, signal }),
  });
}

/** One page of the list; the previous page stays on screen while the next one loads. */
export function useCustomerUsers(query: CustomerUserListQuery) {
  return useQuery({ ...customerUsersQueryOptions(query), placeholderData: keepPreviousData });
}
