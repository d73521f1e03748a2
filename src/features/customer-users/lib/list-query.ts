import type { CustomerUserListQuery } from '@/api/customer-user-schema';
import type { ListSearchParams } from './list-search-params';

export const pageSize = 50;
export const defaultListLimit = 1000;

/** Which page of which query the list shows: at most the list limit in sort order, unless the admin asks for all. */
export function listWindow(params: ListSearchParams, listLimit: number) {
  const reachable = params.all ? Number.POSITIVE_INFINITY : listLimit;
  const maxPage = Math.max(1, Math.ceil(reachable / pageSize));
  const page = Math.min(params.page, maxPage);
  const query: CustomerUserListQuery = {
    search: params.search,
    offset: (page - 1) * pageSize,
    limit: pageSize,
    sort: params.sort,
    validity: params.validity,
  };
  return { page, reachable, query };
}
