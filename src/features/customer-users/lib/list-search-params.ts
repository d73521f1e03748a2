import { type CustomerUserSort, customerUserSortSchema } from '@/api/customer-user-schema';
import { paths } from '@/config/paths';
import { useListHref } from '@/lib/list-location';
import {
  type ListSearchParams as ListSearchParamsOf,
  listSearchParams,
  useListSearchParams as useListUrlState,
} from '@/lib/list-search-params';

export type ListSearchParams = ListSearchParamsOf<CustomerUserSort>;

/** The customer user list's search, filter, order, page and "show all", in the URL. */
const listUrl = listSearchParams<CustomerUserSort>(paths.customerUsers.list.href(), customerUserSortSchema, 'login');

export const parseListSearchParams = listUrl.parse;
export const listSearchString = listUrl.searchString;

export function useListSearchParams() {
  return useListUrlState(listUrl);
}

/** The list's last URL, which the customer users' layout keeps for the screens inside it. */
export function useCustomerUserListHref(): string {
  return useListHref(paths.customerUsers.list.href());
}
