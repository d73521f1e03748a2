import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type HistoryQuery, historyPageSchema } from '@/api/history-schema';
import { customerUserKeys } from './customer-users-api';

export const customerUserHistoryKeys = {
  all: (customerUserId: string) => [...customerUserKeys.all, 'history', customerUserId] as const,
  page: (customerUserId: string, query: HistoryQuery) =>
    [...customerUserHistoryKeys.all(customerUserId), query] as const,
};

export function customerUserHistoryQueryOptions(customerUserId: string, query: HistoryQuery) {
  return queryOptions({
    queryKey: customerUserHistoryKeys.page(customerUserId, query),
    queryFn: ({ signal }) =>
      apiRequest(apiPaths.customerUserHistory, {
        params: { customerUserId },
        schema: historyPageSchema,
        query: { ...query },
        signal,
      }),
    // Any save may have added an entry: the tab always asks again when it opens.
    staleTime: 0,
  });
}

/** A page of a customer user's history, newest first; the previous page stays on screen while the next loads. */
export function useCustomerUserHistory(customerUserId: string, query: HistoryQuery) {
  return useQuery({ ...customerUserHistoryQueryOptions(customerUserId, query), placeholderData: keepPreviousData });
}
