import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type CustomerListQuery, type CustomerWrite, customerPageSchema, customerSchema } from '@/api/customer-schema';

// Everything under "customers" is refreshed after a write, the customer user form's choices included.
export const customerKeys = {
  all: ['customers'] as const,
  list: (query: CustomerListQuery) => [...customerKeys.all, 'list', query] as const,
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
  options: () => [...customerKeys.all, 'options'] as const,
};

export function useCustomers(query: CustomerListQuery) {
  return useQuery({
    queryKey: customerKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customers, { schema: customerPageSchema, query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function customerQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => apiRequest(apiPaths.customer, { params: { customerId }, schema: customerSchema, signal }),
  });
}

export function useCustomer(customerId: string) {
  return useQuery(customerQueryOptions(customerId));
}

/** The customers a customer user can be given (the valid ones): the Customer field, extra customers. */
export const customerOptionsQueryOptions = queryOptions({
  queryKey: customerKeys.options(),
  queryFn: ({ signal }) =>
    apiRequest(apiPaths.customers, { schema: customerPageSchema, query: { validity: 'valid', limit: 1000 }, signal }),
});

export function useCustomerOptions() {
  return useQuery(customerOptionsQueryOptions);
}

/** Adds a customer, or updates the one with this Customer ID. */
export function useSaveCustomer(customerId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerWrite) =>
      customerId === undefined
        ? apiRequest(apiPaths.customers, { method: 'POST', body: input, schema: customerSchema })
        : apiRequest(apiPaths.customer, { params: { customerId }, method: 'PUT', body: input, schema: customerSchema }),
    onSuccess: (customer) => {
      queryClient.setQueryData(customerKeys.detail(customer.customerId), customer);
      return queryClient.invalidateQueries({ queryKey: customerKeys.all });
    },
  });
}
