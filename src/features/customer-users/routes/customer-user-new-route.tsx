import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { useCustomerOptions } from '../api/get-customer-options';
import { CustomerUserForm } from '../components/customer-user-form';
import { rememberedListHref } from '../list-location';

export function CustomerUserNewRoute() {
  const customers = useCustomerOptions();
  return (
    <>
      <p className="breadcrumb">
        <Link to={rememberedListHref()}>Customer User Management</Link>
      </p>
      <h1>Add Customer User</h1>
      {customers.isPending ? (
        <LoadingState>Loading the customers…</LoadingState>
      ) : customers.isError ? (
        <ErrorState
          title="The customers could not be loaded."
          error={customers.error}
          onRetry={() => customers.refetch()}
        />
      ) : customers.data.total === 0 ? (
        <div className="notice" role="note">
          <p>A customer user can only be added when at least one customer exists.</p>
          <p>
            <Link to="/customers/new">Add a customer in Customer Administration</Link> first.
          </p>
        </div>
      ) : (
        <CustomerUserForm mode="add" />
      )}
    </>
  );
}
