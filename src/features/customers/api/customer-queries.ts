import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { type CustomerListQuery, type CustomerWrite, customerPageSchema, customerSchema } from '@/api/customer-schema';

// Everything under "customers" is refreshed after a write, the customer user form's choices included.
export const customerKeys = {
  all: ['customers'] as const,
  list: (query: CustomerListQuery) => [...customerKeys.all, 'list', query] as const,
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
};

const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}`;

export function useCustomers(query: CustomerListQuery) {
  return useQuery({
    queryKey: customerKeys.list(query),
    queryFn: ({ signal }) => apiRequest('/customers', { schema: customerPageSchema, query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function customerQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => apiRequest(customerPath(customerId), { schema: customerSchema, signal }),
  });
}

export function useCustomer(customerId: string) {
  return useQuery(customerQueryOptions(customerId));
}

export function useSaveCustomer(customerId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerWrite) =>
      customerId === undefined
        ? apiRequest('/customers', { method: 'POST', body: input, schema: customerSchema })
        : apiRequest(customerPath(customerId), { method: 'PUT', body: input, schema: customerSchema }),
    onSuccess: (customer) => {
      queryClient.setQueryData(customerKeys.detail(customer.customerId), customer);
      return queryClient.invalidateQueries({ queryKey: customerKeys.all });
    },
  });
}
