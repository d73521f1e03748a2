import { Link } from 'react-router';
import type { Customer, CustomerSort, CustomerSortKey } from '@/api/customer-schema';
import { dataTable } from '@/components/ui/data-table';
import { type SortableColumn, SortableHeaderRow } from '@/components/ui/sortable-column-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { UserText } from '@/components/ui/user-text';
import { paths } from '@/config/paths';
import { customerFieldLabel, validityLabel } from '@/i18n';

/** The columns, named in the language on view. */
function columns(): SortableColumn<CustomerSortKey>[] {
  return [
    { label: customerFieldLabel('customerId'), sortKey: 'customerId' },
    { label: customerFieldLabel('name'), sortKey: 'name' },
    { label: customerFieldLabel('city'), sortKey: 'city' },
    { label: customerFieldLabel('comment') },
    { label: customerFieldLabel('validity'), sortKey: 'validity' },
  ];
}

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
          <SortableHeaderRow columns={columns()} sort={sort} sortHref={sortHref} />
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
              <td>{validityLabel(customer.validity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
