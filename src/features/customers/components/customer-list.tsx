import { useId } from 'react';
import { Link } from 'react-router';
import { dataTable } from '@/components/ui/data-table';
import { ListHeader, listClass } from '@/components/ui/list-layout';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useCustomers } from '../api/customers-api';
import { customerListHref, useCustomerListParams } from '../lib/list-search-params';

const pageSize = 50;

export function CustomerList() {
  const headingId = useId();
  const { search, page } = useCustomerListParams();
  const list = useCustomers({ search, offset: (page - 1) * pageSize, limit: pageSize });
  const total = list.data?.total ?? 0;

  return (
    <section className={listClass} aria-busy={list.isFetching}>
      <ListHeader>
        <h2 id={headingId}>{list.data ? `List (${total} total)` : 'List'}</h2>
      </ListHeader>
      {list.isPending ? (
        <LoadingState>Loading customers…</LoadingState>
      ) : list.isError ? (
        <ErrorState title="The customers could not be loaded." error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>No data found.</EmptyState>
      ) : (
        <>
          <table className={dataTable.table} aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Customer ID</th>
                <th scope="col">Customer name</th>
                <th scope="col">City</th>
                <th scope="col">Comment</th>
                <th scope="col">Validity</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((customer) => (
                <tr key={customer.customerId} className={customer.validity === 'valid' ? undefined : 'is-invalid'}>
                  <td>
                    <Link to={paths.customers.edit.href({ customerId: customer.customerId })}>
                      {customer.customerId}
                    </Link>
                  </td>
                  <td>{customer.name}</td>
                  <td>{customer.city}</td>
                  <td className={dataTable.comment}>{customer.comment}</td>
                  <td>{customer.validity}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            label="Pages of the customer list"
            page={page}
            pageCount={Math.max(1, Math.ceil(total / pageSize))}
            hrefFor={(target) => customerListHref({ search, page: target })}
          />
        </>
      )}
    </section>
  );
}
