import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { type CustomerUserWrite, customerUserSchema } from '@/api/customer-user-schema';
import { customerUserKeys } from './get-customer-users';

export function useUpdateCustomerUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerUserWrite) =>
      apiRequest(`/customer-users/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: input,
        schema: customerUserSchema,
      }),
    onSuccess: (customerUser) => {
      queryClient.setQueryData(customerUserKeys.detail(id), customerUser);
      return queryClient.invalidateQueries({ queryKey: customerUserKeys.lists() });
    },
  });
}
