import { Link, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { useGroupAccess } from '@/api/session-query';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useCustomer } from '../api/customer-queries';
import { CustomerForm } from '../components/customer-form';

function CustomerGroupsLink({ customerId }: { customerId: string }) {
  const access = useGroupAccess();
  if (!access.canManage) return null;
  return (
    <p>
      <Link to={`/customers/${encodeURIComponent(customerId)}/groups`}>Groups of this customer</Link>
    </p>
  );
}

export function CustomerRoute() {
  const { customerId = '' } = useParams();
  const customer = useCustomer(customerId);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/customers">Customer Management</Link>
      </p>
      {customer.isPending ? (
        <LoadingState>Loading the customer…</LoadingState>
      ) : customer.isError ? (
        isApiError(customer.error, 'not-found') ? (
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
