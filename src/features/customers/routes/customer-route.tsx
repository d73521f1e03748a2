import { Link, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useCustomer } from '../api/customer-queries';
import { CustomerForm } from '../components/customer-form';

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
          <CustomerForm key={customer.data.customerId} customer={customer.data} />
        </>
      )}
    </>
  );
}
