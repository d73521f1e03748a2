import { Link } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Notice } from '@/components/ui/notice';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useCustomerOptions } from '@/features/customers';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerUserForm } from '../components/customer-user-form';
import { useCustomerUserListHref } from '../lib/list-search-params';

export function CustomerUserNewRoute() {
  const customers = useCustomerOptions();
  const listHref = useCustomerUserListHref();
  useDocumentTitle('Add Customer User');
  return (
    <>
      <Breadcrumb items={[{ label: 'Customer User Management', href: listHref }, { label: 'Add Customer User' }]} />
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
        <Notice as="div" role="note">
          <p>A customer user can only be added when at least one customer exists.</p>
          <p>
            <Link to={paths.customers.add.href()}>Add a customer in Customer Administration</Link> first.
          </p>
        </Notice>
      ) : (
        <CustomerUserForm mode="add" />
      )}
    </>
  );
}
