import { useQueryClient } from '@tanstack/react-query';
import { type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { CustomerUser, CustomerUserSort, CustomerUserSortKey } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { type SortableColumn, SortableHeaderRow } from '@/components/ui/sortable-column-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { appBasePath } from '@/config/runtime-config';
import { customerFieldLabel, customerUserFieldLabel, m } from '@/i18n';
import { whenIdle } from '@/lib/lazy-screen';
import { CustomerUserEditScreen } from '../routes/edit-screens';
import { CustomerUserRows } from './customer-user-rows';
import styles from './validity-batch.module.css';

/** The list's columns, named in the language on view; the first one's header holds `before`. */
function columns(before: ReactNode): SortableColumn<CustomerUserSortKey>[] {
  return [
    { label: customerUserFieldLabel('login'), sortKey: 'login', before },
    { label: m.customer_users_column_name(), sortKey: 'name' },
    { label: customerUserFieldLabel('email'), sortKey: 'email' },
    { label: customerFieldLabel('customerId'), sortKey: 'customerId' },
    { label: customerUserFieldLabel('comment') },
    { label: customerUserFieldLabel('validity'), sortKey: 'validity' },
  ];
}

interface CustomerUserTableProps {
  labelledBy: string;
  users: CustomerUser[];
  sort: CustomerUserSort;
  sortHref: (sort: CustomerUserSort) => string;
  /** The ids of the selected rows. */
  selected: ReadonlySet<string>;
  /** Selects or unselects one row (stable, so the other rows do not re-render). */
  onToggle: (user: CustomerUser, selected: boolean) => void;
  /** Selects or unselects every row shown. */
  onToggleAll: (selected: boolean) => void;
  /** When the rows were fetched: a customer user opened from them is as fresh as they are. */
  fetchedAt: number;
}

export function CustomerUserTable({
  labelledBy,
  users,
  sort,
  sortHref,
  selected,
  onToggle,
  onToggleAll,
  fetchedAt,
}: CustomerUserTableProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Admins open customer users from here: the edit screen's code loads once the list is on screen and the browser idle.
  useEffect(() => whenIdle(() => void CustomerUserEditScreen.preload()), []);

  /** The customer user whose username link the event came from. */
  const basePath = appBasePath();
  function userOfLink(link: Element | null): CustomerUser | undefined {
    const href = link?.getAttribute('href');
    return href
      ? users.find((user) => `${basePath}${paths.customerUsers.edit.href({ customerUserId: user.id })}` === href)
      : undefined;
  }

  // What the edit screen needs is asked for as soon as a username is pointed at or focused, all at once.
  function prepareEdit(event: PointerEvent<HTMLTableSectionElement> | FocusEvent<HTMLTableSectionElement>) {
    const user = userOfLink(event.target instanceof Element ? event.target.closest('a') : null);
    if (user) CustomerUserEditScreen.prefetch(queryClient, user, fetchedAt);
  }

  // Username links are plain anchors (see CustomerUserRows); a plain left click stays in the app.
  function openInApp(event: MouseEvent<HTMLTableSectionElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (!link || modified || event.defaultPrevented) return;
    const user = userOfLink(link);
    if (!user) return;
    event.preventDefault();
    CustomerUserEditScreen.prefetch(queryClient, user, fetchedAt);
    navigate(paths.customerUsers.edit.href({ customerUserId: user.id }));
  }

  return (
    <TableScroll labelledBy={labelledBy}>
      <table className={dataTable.table} aria-labelledby={labelledBy}>
        <thead>
          <SortableHeaderRow
            columns={columns(<SelectAllShown users={users} selected={selected} onToggleAll={onToggleAll} />)}
            sort={sort}
            sortHref={sortHref}
          />
        </thead>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: only routes clicks on the links inside, which take Enter themselves */}
        <tbody onClick={openInApp} onPointerOver={prepareEdit} onFocus={prepareEdit}>
          <CustomerUserRows users={users} selected={selected} onToggle={onToggle} basePath={basePath} />
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The header's checkbox: ticked when every row shown is selected, mixed when some are. */
function SelectAllShown({
  users,
  selected,
  onToggleAll,
}: Pick<CustomerUserTableProps, 'users' | 'selected' | 'onToggleAll'>) {
  const ref = useRef<HTMLInputElement>(null);
  const count = users.filter((user) => selected.has(user.id)).length;
  const all = count > 0 && count === users.length;
  const some = count > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={styles.rowCheckbox}
      aria-label={m.customer_users_select_all_shown()}
      checked={all}
      onChange={() => onToggleAll(!all)}
    />
  );
}
