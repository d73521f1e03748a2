import { Link, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useGroupAccess } from '@/features/permissions';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { useCustomer } from '../api/customers-api';
import { CustomerForm } from '../components/customer-form';
import { useCustomerListHref } from '../lib/list-search-params';

function CustomerGroupsLink({ customerId }: { customerId: string }) {
  const access = useGroupAccess();
  if (!access.canManage) return null;
  return (
    <p>
      <Link to={paths.customers.groups.href({ customerId })}>{m.customers_groups_of_customer()}</Link>
    </p>
  );
}

export function CustomerEditRoute() {
  const { customerId = '' } = useParams();
  const customer = useCustomer(customerId);
  const listHref = useCustomerListHref();
  const notFound = customer.isError && isApiError(customer.error, 'not-found');
  useDocumentTitle(notFound ? m.customers_not_found() : customerId, !notFound && m.customers_edit());
  return (
    <>
      <Breadcrumb items={[{ label: m.customers_management(), href: listHref }, { label: m.customers_edit() }]} />
      {customer.isPending ? (
        <LoadingState>{m.customers_loading_customer()}</LoadingState>
      ) : customer.isError ? (
        notFound ? (
          <h1>{m.customers_not_found()}</h1>
        ) : (
          <ErrorState
            title={m.customers_customer_load_failed()}
            error={customer.error}
            onRetry={() => customer.refetch()}
          />
        )
      ) : (
        <>
          <h1>{m.customers_edit_heading({ customerId: customer.data.customerId })}</h1>
          <CustomerGroupsLink customerId={customer.data.customerId} />
          <CustomerForm key={customer.data.customerId} customer={customer.data} />
        </>
      )}
    </>
  );
}
