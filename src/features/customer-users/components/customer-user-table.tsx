import { Link } from 'react-router';
import {
  type CustomerUser,
  type CustomerUserSort,
  type CustomerUserSortKey,
  fullName,
} from '@/api/customer-user-schema';
import { SortableColumnHeader } from '@/components/ui/sortable-column-header';

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
  /** Where the edit screen's way back leads: this very list. */
  listHref: string;
}

export function CustomerUserTable({ labelledBy, users, sort, sortHref, listHref }: CustomerUserTableProps) {
  const descending = sort.startsWith('-');
  const sortKey = descending ? sort.slice(1) : sort;
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
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
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.validity === 'valid' ? undefined : 'is-invalid'}>
            <td>
              <Link to={`/customer-users/${encodeURIComponent(user.id)}`} state={{ listHref }}>
                {user.login}
              </Link>
            </td>
            <td>{fullName(user)}</td>
            <td>{user.email}</td>
            <td>{user.customerId}</td>
            <td className="data-table__comment">{user.comment}</td>
            <td>{user.validity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
