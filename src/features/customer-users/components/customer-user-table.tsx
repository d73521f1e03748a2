import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CustomerUser, CustomerUserSort, CustomerUserSortKey } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { type SortableColumn, SortableHeaderRow } from '@/components/ui/sortable-column-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { customerFieldLabel, customerUserFieldLabel, m } from '@/i18n';
import { CustomerUserRows } from './customer-user-rows';

/** The list's columns, named in the language on view. */
function columns(): SortableColumn<CustomerUserSortKey>[] {
  return [
    { label: customerUserFieldLabel('login'), sortKey: 'login' },
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
}

export function CustomerUserTable({ labelledBy, users, sort, sortHref }: CustomerUserTableProps) {
  const navigate = useNavigate();

  // Username links are plain anchors (see CustomerUserRows); a plain left click stays in the app.
  function openInApp(event: MouseEvent<HTMLTableSectionElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (!link || modified || event.defaultPrevented) return;
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '');
  }

  return (
    <TableScroll labelledBy={labelledBy}>
      <table className={dataTable.table} aria-labelledby={labelledBy}>
        <thead>
          <SortableHeaderRow columns={columns()} sort={sort} sortHref={sortHref} />
        </thead>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: only routes clicks on the links inside, which take Enter themselves */}
        <tbody onClick={openInApp}>
          <CustomerUserRows users={users} />
        </tbody>
      </table>
    </TableScroll>
  );
}
