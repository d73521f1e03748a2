import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { HistoryChange, HistoryEntry } from '@/api/history-schema';
import { customerUserLabels } from '@/api/labels';
import { dataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { customerUserFieldLabel, formatDateTime, m } from '@/i18n';
import { pageCountOf } from '@/lib/list-search-params';
import { useCustomerUserHistory } from '../api/customer-user-history-api';
import styles from './customer-user-history.module.css';

export const historyPageSize = 25;

/** Every write to a customer user, newest first, 25 to a page; the page is in the URL (`?page=2`). */
export function CustomerUserHistory({ customerUserId }: { customerUserId: string }) {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1);
  const history = useCustomerUserHistory(customerUserId, {
    offset: (page - 1) * historyPageSize,
    limit: historyPageSize,
  });
  const pageCount = pageCountOf(history.data?.total ?? 0, historyPageSize);
  const hrefFor = (target: number) => (target === 1 ? pathname : `${pathname}?page=${target}`);
  // A page past the last (an old link) shows the last one, with the URL put right.
  const pastLastPage = history.data !== undefined && !history.isPlaceholderData && page > pageCount;

  if (history.isPending) return <LoadingState>{m.customer_users_history_loading()}</LoadingState>;
  if (history.isError) {
    return (
      <ErrorState
        title={m.customer_users_history_load_failed()}
        error={history.error}
        onRetry={() => history.refetch()}
      />
    );
  }
  if (pastLastPage) return <Navigate to={hrefFor(pageCount)} replace />;
  if (history.data.items.length === 0) return <EmptyState>{m.customer_users_history_empty()}</EmptyState>;
  return (
    <section aria-busy={history.isFetching}>
      <TableScroll label={m.customer_users_history_caption()}>
        <table className={dataTable.table}>
          <caption className="visually-hidden">{m.customer_users_history_caption()}</caption>
          <thead>
            <tr>
              <th scope="col">{m.customer_users_history_when()}</th>
              <th scope="col">{m.customer_users_history_who()}</th>
              <th scope="col">{m.customer_users_history_what()}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.items.map((entry) => (
              <tr key={entry.id}>
                <td className={dataTable.identifier}>{formatDateTime(entry.at)}</td>
                <td>{entry.by}</td>
                <td className={dataTable.comment}>
                  <ul className={styles.changes}>
                    {changeLines(entry).map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one entry never change.
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination label={m.customer_users_history_pages()} page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </section>
  );
}

/** An entry's changes, one line each: "Email: old@x → new@x"; a new customer user starts with "Created". */
function changeLines(entry: HistoryEntry): string[] {
  const lines = entry.changes.map((change) => changeLine(change, entry.action === 'created'));
  return entry.action === 'created' ? [m.customer_users_history_created(), ...lines] : lines;
}

function changeLine(change: HistoryChange, created: boolean): string {
  if ('changed' in change) return m.customer_users_history_password_changed();
  const field = fieldLabel(change.field, change.group);
  const value = (text: string) => (text === '' ? m.customer_users_history_none() : text);
  if (created) return m.customer_users_history_set({ field, to: value(change.to) });
  return m.customer_users_history_change({ field, from: value(change.from), to: value(change.to) });
}

/** A change's field as the console names it: the form's label, a group, or the extra customers. */
function fieldLabel(field: string, group: string | undefined): string {
  if (field === 'group') return m.customer_users_history_group({ group: group ?? '' });
  if (field === 'customers') return m.customer_users_history_extra_customers();
  if (Object.hasOwn(customerUserLabels, field)) {
    return customerUserFieldLabel(field as keyof typeof customerUserLabels);
  }
  return field;
}
