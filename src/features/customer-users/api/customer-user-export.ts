import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import { type CustomerUserListQuery, type CustomerUserPage, customerUserPageSchema } from '@/api/customer-user-schema';

/** The most the list endpoint answers at once. */
export const exportPageSize = 1000;

/** What an export takes from the list: its search, validity filter and order (never a page or the list limit). */
export type CustomerUserExportQuery = Pick<CustomerUserListQuery, 'search' | 'validity' | 'sort'>;

/**
 * Every match of the list's query in its order, 1000 at a time, each page asked for once the one before
 * has been taken (so a slow consumer never has pages piling up), from `offset` on. Not cached: an export
 * reads what is there now. Ends at the total the last page names, or at an empty page.
 */
export async function* customerUserExportPages(
  query: CustomerUserExportQuery,
  { offset: from = 0, signal }: { offset?: number; signal?: AbortSignal } = {},
): AsyncGenerator<CustomerUserPage, void, undefined> {
  let offset = from;
  for (;;) {
    const page = await apiRequest(apiPaths.customerUsers, {
      schema: customerUserPageSchema,
      query: { search: query.search, validity: query.validity, sort: query.sort, offset, limit: exportPageSize },
      signal,
    });
    yield page;
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return;
  }
}
