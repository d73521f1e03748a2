import { Link, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useGroupAccess } from '@/features/permissions';
import { useDocumentTitle } from '@/lib/document-title';
import { useCustomer } from '../api/customers-api';
import { CustomerForm } from '../components/customer-form';
import { useCustomerListHref } from '../lib/list-search-params';

function CustomerGroupsLink({ customerId }: { customerId: string }) {
  const access = useGroupAccess();
  if (!access.canManage) return null;
  return (
    <p>
      <Link to={paths.customers.groups.href({ customerId })}>Groups of this customer</Link>
    </p>
  );
}

export function CustomerEditRoute() {
  const { customerId = '' } = useParams();
  const customer = useCustomer(customerId);
  const listHref = useCustomerListHref();
  const notFound = customer.isError && isApiError(customer.error, 'not-found');
  useDocumentTitle(notFound ? 'Customer not found' : customerId, !notFound && 'Edit Customer');
  return (
    <>
      <Breadcrumb items={[{ label: 'Customer Management', href: listHref }, { label: 'Edit Customer' }]} />
      {customer.isPending ? (
        <LoadingState>Loading the customer…</LoadingState>
      ) : customer.isError ? (
        notFound ? (
          <h1>Customer not found</h1>
        ) : (
          <ErrorState
            title="The customer could not be loaded."
            error={customer.error}
            onRetry={() => customer.refetch()}
          />
        )
      ) : (
        <>
          <h1>Edit Customer: {customer.data.customerId}</h1>
          <CustomerGroupsLink customerId={customer.data.customerId} />
          <CustomerForm key={customer.data.customerId} customer={customer.data} />
        </>
      )}
    </>
  );
}
