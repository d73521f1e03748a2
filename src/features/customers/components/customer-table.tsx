import { Link } from 'react-router';
import type { Customer, CustomerSort, CustomerSortKey } from '@/api/customer-schema';
import { dataTable } from '@/components/ui/data-table';
import { type SortableColumn, SortableHeaderRow } from '@/components/ui/sortable-column-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';

const columns: SortableColumn<CustomerSortKey>[] = [
  { label: 'Customer ID', sortKey: 'customerId' },
  { label: 'Customer name', sortKey: 'name' },
  { label: 'City', sortKey: 'city' },
  { label: 'Comment' },
  { label: 'Validity', sortKey: 'validity' },
];

interface CustomerTableProps {
  labelledBy: string;
  customers: Customer[];
  sort: CustomerSort;
  sortHref: (sort: CustomerSort) => string;
}

export function CustomerTable({ labelledBy, customers, sort, sortHref }: CustomerTableProps) {
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className={dataTable.table} aria-labelledby={labelledBy}>
        <thead>
          <SortableHeaderRow columns={columns} sort={sort} sortHref={sortHref} />
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.customerId} className={customer.validity === 'valid' ? undefined : 'is-invalid'}>
              <td className={dataTable.sticky}>
                <Link to={paths.customers.edit.href({ customerId: customer.customerId })}>
                  <UserText>{customer.customerId}</UserText>
                </Link>
              </td>
              <td>
                <UserText>{customer.name}</UserText>
              </td>
              <td>
                <UserText>{customer.city}</UserText>
              </td>
              <td className={dataTable.comment}>
                <UserText>{customer.comment}</UserText>
              </td>
              <td>{customer.validity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
