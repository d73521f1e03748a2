import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CustomerUser, CustomerUserSort, CustomerUserSortKey } from '@/api/customer-user-schema';
import { dataTable } from '@/components/ui/data-table';
import { SortableColumnHeader } from '@/components/ui/sortable-column-header';
import { CustomerUserRows } from './customer-user-rows';

const columns: { key: CustomerUserSortKey | 'comment'; label: string }[] = [
  { key: 'login', label: 'Username' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'customerId', label: 'Customer ID' },
  { key: 'comment', label: 'Comment' },
  { key: 'validity', label: 'Validity' },
];

interface CustomerUserTableProps {
  labelledBy: string;
  users: CustomerUser[];
  sort: CustomerUserSort;
  sortHref: (sort: CustomerUserSort) => string;
}

export function CustomerUserTable({ labelledBy, users, sort, sortHref }: CustomerUserTableProps) {
  const navigate = useNavigate();
  const descending = sort.startsWith('-');
  const sortKey = descending ? sort.slice(1) : sort;

  // Username links are plain anchors (see CustomerUserRows); a plain left click stays in the app.
  function openInApp(event: MouseEvent<HTMLTableSectionElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (!link || modified || event.defaultPrevented) return;
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '');
  }

  return (
    <table className={dataTable.table} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {columns.map((column) =>
            column.key === 'comment' ? (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ) : (
              <SortableColumnHeader
                key={column.key}
                label={column.label}
                direction={sortKey === column.key ? (descending ? 'descending' : 'ascending') : undefined}
                href={sortHref(sortKey === column.key && !descending ? `-${column.key}` : column.key)}
              />
            ),
          )}
        </tr>
      </thead>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: only routes clicks on the links inside, which take Enter themselves */}
      <tbody onClick={openInApp}>
        <CustomerUserRows users={users} />
      </tbody>
    </table>
  );
}
