import { Suspense, useCallback, useEffect, useId, useRef } from 'react';
import { Link, Navigate } from 'react-router';
import { ButtonRow } from '@/components/ui/button';
import { ListHeader, listClass } from '@/components/ui/list-layout';
import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states';
import { UserText } from '@/components/ui/user-text';
import { useSettings } from '@/features/settings';
import { formatNumber, m, richMessage } from '@/i18n';
import { lazyScreen } from '@/lib/lazy-screen';
import { pageCountOf } from '@/lib/list-search-params';
import { useIsOnline } from '@/lib/online-status';
import { useCustomerUsers } from '../api/customer-users-api';
import { defaultListLimit, listWindow, pageSize } from '../lib/list-query';
import { useListSearchParams } from '../lib/list-search-params';
import { CustomerUserExportStatus, ExportCsvButton, useCustomerUserExport } from './customer-user-export';
import { CustomerUserTable } from './customer-user-table';
import { useRowSelection } from './row-selection';

// The bar and its dialog load beside the list, not in the first visit's chunk.
const ValidityBatch = lazyScreen(() => import('./validity-batch').then((module) => module.ValidityBatch));

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
  // What is selected belongs to the rows of this query: another page, search or order starts afresh.
  const selection = useRowSelection(JSON.stringify(query));
  const shownUsers = list.data?.items;
  const { change } = selection;
  const toggleAllShown = useCallback((selected: boolean) => change(shownUsers ?? [], selected), [change, shownUsers]);
  // Export CSV takes every match of the search, filter and order: never only this page or the list limit.
  const csvExport = useCustomerUserExport({ search: params.search, validity: params.validity, sort: params.sort });

  return (
    <section
      className={listClass}
      aria-busy={list.isFetching}
      data-search={list.isPlaceholderData ? undefined : params.search}
    >
      <ListHeader>
        <h2 id={headingId}>
          {list.data
            ? cut
              ? m.customer_users_list_cut({ shown: formatNumber(listLimit) })
              : m.customer_users_list_total({ total: formatNumber(total) })
            : m.customer_users_list_heading()}
        </h2>
        <ButtonRow>
          <ValidityFilter />
          <ExportCsvButton csvExport={csvExport} />
        </ButtonRow>
      </ListHeader>
      <CustomerUserExportStatus csvExport={csvExport} />
      {/* Always there, so a screen reader hears the count each time a search's results arrive. */}
      <p role="status" className="visually-hidden">
        {list.data && !list.isPlaceholderData ? resultCount(total) : ''}
      </p>
      {cut && (
        <Notice compact>
          {richMessage(m.customer_users_list_cut_notice, {
            limit: formatNumber(listLimit),
            link: <Link to={hrefWith({ all: true })}>{m.customer_users_show_all({ total: formatNumber(total) })}</Link>,
          })}
        </Notice>
      )}
      <Suspense fallback={null}>
        <ValidityBatch selected={selection.users} onClear={selection.clear} />
      </Suspense>
      {list.isPending ? (
        <LoadingState>{m.customer_users_loading_list()}</LoadingState>
      ) : list.isError && !list.data ? (
        <ErrorState title={m.customer_users_list_load_failed()} error={list.error} onRetry={() => list.refetch()} />
      ) : pastLastPage ? (
        <Navigate to={hrefWith({ page: pageCount })} replace />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{m.customer_users_no_data()}</EmptyState>
      ) : (
        <>
          {list.isError && (
            <ErrorState
              title={m.customer_users_list_update_failed()}
              error={list.error}
              onRetry={() => list.refetch()}
            />
          )}
          {staleSearch && <StaleSearchNotice shown={shownSearch} wanted={params.search} />}
          <CustomerUserTable
            labelledBy={headingId}
            users={list.data.items}
            sort={params.sort}
            sortHref={(sort) => hrefWith({ sort })}
            selected={selection.ids}
            onToggle={selection.toggle}
            onToggleAll={toggleAllShown}
            fetchedAt={list.dataUpdatedAt}
          />
          <Pagination
            label={m.customer_users_pages()}
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
  return total === 0 ? m.customer_users_found_none() : m.customer_users_found({ count: total });
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
  return search === '' ? whenEmpty : richMessage(m.customer_users_stale_term, { term: <UserText>{search}</UserText> });
}

/** While the rows on screen are the previous search's, says so: they never pass for the new term's. */
function StaleSearchNotice({ shown, wanted }: { shown: string; wanted: string }) {
  const online = useIsOnline();
  return (
    <Notice compact role="status">
      {richMessage(online ? m.customer_users_stale_loading : m.customer_users_stale_offline, {
        shown: termOf(shown, m.customer_users_stale_all()),
        wanted: termOf(wanted, m.customer_users_stale_full_list()),
      })}
    </Notice>
  );
}
