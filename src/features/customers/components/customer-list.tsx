import { useId } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { validities } from '@/api/common-schema';
import { ListHeader, listClass } from '@/components/ui/list-layout';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states';
import { ValidityFilter } from '@/components/ui/validity-filter';
import { formatNumber, m } from '@/i18n';
import { pageCountOf } from '@/lib/list-search-params';
import { useCustomers } from '../api/customers-api';
import { customerPageSize as pageSize, useCustomerListParams } from '../lib/list-search-params';
import { CustomerTable } from './customer-table';

/** The list of customers: searched, filtered by validity, sorted and paged, all of it in the URL. */
export function CustomerList() {
  const headingId = useId();
  const navigate = useNavigate();
  const { params, hrefWith } = useCustomerListParams();
  const { search, page, sort, validity } = params;
  const list = useCustomers({ search, offset: (page - 1) * pageSize, limit: pageSize, sort, validity });
  const total = list.data?.total ?? 0;
  const pageCount = pageCountOf(total, pageSize);
  // A page past the last (an old link, fewer matches now) shows the last one, with the URL put right.
  const pastLastPage = list.data !== undefined && !list.isPlaceholderData && page > pageCount;

  return (
    <section className={listClass} aria-busy={list.isFetching}>
      <ListHeader>
        <h2 id={headingId}>
          {list.data ? m.customers_list_total({ total: formatNumber(total) }) : m.customers_list_heading()}
        </h2>
        <ValidityFilter
          options={validities}
          value={validity}
          onChange={(next) => navigate(hrefWith({ validity: next }))}
        />
      </ListHeader>
      {list.isPending ? (
        <LoadingState>{m.customers_loading_list()}</LoadingState>
      ) : list.isError ? (
        <ErrorState title={m.customers_list_load_failed()} error={list.error} onRetry={() => list.refetch()} />
      ) : pastLastPage ? (
        <Navigate to={hrefWith({ page: pageCount })} replace />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{m.customers_no_data()}</EmptyState>
      ) : (
        <>
          <CustomerTable
            labelledBy={headingId}
            customers={list.data.items}
            sort={sort}
            sortHref={(next) => hrefWith({ sort: next })}
          />
          <Pagination
            label={m.customers_pages()}
            page={page}
            pageCount={pageCount}
            hrefFor={(target) => hrefWith({ page: target })}
          />
        </>
      )}
    </section>
  );
}
