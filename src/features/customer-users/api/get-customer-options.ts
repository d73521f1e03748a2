import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { customerPageSchema } from '@/api/customer-schema';

/** The customers a customer user can be given: the valid ones, for the Customer field. */
export const customerOptionsQueryOptions = queryOptions({
  queryKey: ['customers', 'options'],
  queryFn: ({ signal }) =>
    apiRequest('/customers', { schema: customerPageSchema, query: { validity: 'valid', limit: 1000 }, signal }),
});

export function useCustomerOptions() {
  return useQuery(customerOptionsQueryOptions);
}
