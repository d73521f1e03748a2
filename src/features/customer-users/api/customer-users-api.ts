import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  type CustomerUserListQuery,
  type CustomerUserWrite,
  customerUserCreatedSchema,
  customerUserPageSchema,
  customerUserSchema,
  type ValidityChange,
  validityBatchResultsSchema,
} from '@/api/customer-user-schema';

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

export function useCreateCustomerUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerUserWrite) =>
      apiRequest(apiPaths.customerUsers, { method: 'POST', body: input, schema: customerUserCreatedSchema }),
    onSuccess: ({ customerUser }) => {
      queryClient.setQueryData(customerUserKeys.detail(customerUser.id), customerUser);
      return queryClient.invalidateQueries({ queryKey: customerUserKeys.lists() });
    },
  });
}

export function useUpdateCustomerUser(customerUserId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerUserWrite) =>
      apiRequest(apiPaths.customerUser, {
        params: { customerUserId },
        method: 'PUT',
        body: input,
        schema: customerUserSchema,
      }),
    onSuccess: (customerUser) => {
      queryClient.setQueryData(customerUserKeys.detail(customerUserId), customerUser);
      return queryClient.invalidateQueries({ queryKey: customerUserKeys.lists() });
    },
  });
}

/**
 * Sets the validity of many customer users at once; each row carries the version the admin saw, and
 * the answer says per row whether it was updated. The lists and the details refresh either way.
 */
export function useSetCustomerUserValidities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ValidityChange[]) =>
      apiRequest(apiPaths.customerUserValidityBatch, {
        method: 'POST',
        body: { changes },
        schema: validityBatchResultsSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerUserKeys.all }),
  });
}
