import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { customerUserSchema } from '@/api/customer-user-schema';
import { type CustomerUserWrite, customerUserCreatedSchema } from '@/api/customer-user-write-schema';
import { type ValidityChange, validityBatchResultsSchema } from '@/api/validity-batch-schema';
import { customerUserKeys } from './customer-users-api';

// The writes to customer users, apart from the reads: the list, which the first visit shows, does not carry
// the write schemas; the screens that write load them.

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
