import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { type CustomerUserWrite, customerUserCreatedSchema } from '@/api/customer-user-schema';
import { customerUserKeys } from './get-customer-users';

export function useCreateCustomerUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerUserWrite) =>
      apiRequest('/customer-users', { method: 'POST', body: input, schema: customerUserCreatedSchema }),
    onSuccess: ({ customerUser }) => {
      queryClient.setQueryData(customerUserKeys.detail(customerUser.id), customerUser);
      return queryClient.invalidateQueries({ queryKey: customerUserKeys.lists() });
    },
  });
}
