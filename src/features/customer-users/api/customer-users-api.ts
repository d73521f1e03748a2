import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type CustomerUserListQuery, customerUserPageSchema, customerUserSchema } from '@/api/customer-user-schema';

export const customerUserKeys = {
  all: ['customer-users'] as const,
  lists: () => [...customerUserKeys.all, 'list'] as const,
  list: (query: CustomerUserListQuery) => [...customerUserKeys.lists(), query] as const,
  detail: (customerUserId: string) => [...customerUserKeys.all, 'detail', customerUserId] as const,
};

export function customerUsersQueryOptions(query: CustomerUserListQuery) {
  return queryOptions({
    queryKey: customerUserKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUsers, { schema: customerUserPageSchema, query: { ...query }, signal }),
  });
}

/** One page of the list; the previous page stays on screen while the next one loads. */
export function useCustomerUsers(query: CustomerUserListQuery) {
  return useQuery({ ...customerUsersQueryOptions(query), placeholderData: keepPreviousData });
}

export function customerUserQueryOptions(customerUserId: string) {
  return queryOptions({
    queryKey: customerUserKeys.detail(customerUserId),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUser, { params: { customerUserId }, schema: customerUserSchema, signal }),
  });
}

export function useCustomerUser(customerUserId: string) {
  return useQuery(customerUserQueryOptions(customerUserId));
}
