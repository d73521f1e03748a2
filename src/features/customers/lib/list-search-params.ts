import { type CustomerSort, customerSortSchema } from '@/api/customer-schema';
import { paths } from '@/config/paths';
import { useListHref } from '@/lib/list-location';
import { listSearchParams, useListSearchParams } from '@/lib/list-search-params';

export const customerPageSize = 50;

/** The customer list's search, filter, order and page, in the URL, as the customer user list keeps them. */
const listUrl = listSearchParams<CustomerSort>(paths.customers.list.href(), customerSortSchema, 'customerId');

export function useCustomerListParams() {
  return useListSearchParams(listUrl);
}

/** The list's last URL, which the customers' layout keeps for the screens inside it. */
export function useCustomerListHref(): string {
  return useListHref(paths.customers.list.href());
}
