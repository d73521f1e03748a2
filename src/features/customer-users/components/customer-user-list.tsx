import { useEffect, useId, useRef } from 'react';
import { Link, Navigate } from 'react-router';
import { ListHeader, listClass } from '@/components/ui/list-layout';
import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states';
import { UserText } from '@/components/ui/user-text';
import { useSettings } from '@/features/settings';
import { pageCountOf } from '@/lib/list-search-params';
import { useIsOnline } from '@/lib/online-status';
import { useCustomerUsers } from '../api/customer-users-api';
import { defaultListLimit, listWindow, pageSize } from '../lib/list-query';
import { useListSearchParams } from '../lib/list-search-params';
import { CustomerUserTable } from './customer-user-table';
import { ValidityFilter } from './validity-filter';

/** The list of customer users: at most the list limit in sort order, unless the admin asks for all. */
export function CustomerUserList() {
  const headingId = useId();
  const { params, hrefWith } = useListSearchParams();
  const settings = useSettings();
  const listLimit = settings.data?.listLimit ?? defaultListLimit;
  const { page, reachable, query } = listWindow(params, listLimit);
  const list = useCustomerUsers(query);
  const shownSearch = useShownSearch(params.search, list.data !== undefined && !list.isPlaceholderData);
  const staleSearch = list.isPlaceholderData && shownSearch !== params.search;

  const total = list.data?.total ?? 0;
  const cut = !params.all && total > listLimit;
  const pageCount = pageCountOf(Math.min(total, reachable), pageSize);
  // A page past the last (an old link, fewer matches now) shows the last one, with the URL put right.
  const pastLastPage = list.data !== undefined && !list.isPlaceholderData && params.page > pageCount;

  return (
    <section
      className={listClass}
      aria-busy={list.isFetching}
      data-search={list.isPlaceholderData ? undefined : params.search}
    >
      <ListHeader>
        <h2 id={headingId}>
          {list.data ? (cut ? `List (only ${listLimit} shown — more available)` : `List (${total} total)`) : 'List'}
        </h2>
        <ValidityFilter />
      </ListHeader>
      {/* Always there, so a screen reader hears the count each time a search's results arrive. */}
      <p role="status" className="visually-hidden">
        {list.data && !list.isPlaceholderData ? resultCount(total) : ''}
      </p>
      {cut && (
        <Notice compact>
          The first {listLimit} matches are listed, in sort order.{' '}
          <Link to={hrefWith({ all: true })}>Show all {total} matches</Link> or narrow the search.
        </Notice>
      )}
      {list.isPending ? (
        <LoadingState>Loading customer users…</LoadingState>
      ) : list.isError && !list.data ? (
        <ErrorState title="The customer users could not be loaded." error={list.error} onRetry={() => list.refetch()} />
      ) : pastLastPage ? (
        <Navigate to={hrefWith({ page: pageCount })} replace />
      ) : list.data.items.length === 0 ? (
        <EmptyState>No data found.</EmptyState>
      ) : (
        <>
          {list.isError && (
            <ErrorState title="The list could not be updated." error={list.error} onRetry={() => list.refetch()} />
          )}
          {staleSearch && <StaleSearchNotice shown={shownSearch} wanted={params.search} />}
          <CustomerUserTable
            labelledBy={headingId}
            users={list.data.items}
            sort={params.sort}
            sortHref={(sort) => hrefWith({ sort })}
          />
          <Pagination
            label="Pages of the customer user list"
            page={page}
            pageCount={pageCount}
            hrefFor={(target) => hrefWith({ page: target })}
          />
        </>
      )}
    </section>
  );
}

function resultCount(total: number): string {
  if (total === 0) return 'No customer users found.';
  return `${total} ${total === 1 ? 'customer user' : 'customer users'} found.`;
}

/** The search term of the rows on screen: the last one whose own rows arrived. */
function useShownSearch(search: string, settled: boolean): string {
  const shown = useRef(search);
  useEffect(() => {
    if (settled) shown.current = search;
  }, [search, settled]);
  return settled ? search : shown.current;
}

function termOf(search: string, whenEmpty: string) {
  return search === '' ? (
    whenEmpty
  ) : (
    <>
      “<UserText>{search}</UserText>”
    </>
  );
}

/** While the rows on screen are the previous search's, says so: they never pass for the new term's. */
function StaleSearchNotice({ shown, wanted }: { shown: string; wanted: string }) {
  const online = useIsOnline();
  return (
    <Notice compact role="status">
      Showing the results for {termOf(shown, 'all customer users')} while {termOf(wanted, 'the full list')}{' '}
      {online ? 'loads.' : 'waits for the connection.'}
    </Notice>
  );
}
