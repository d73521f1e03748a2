import { Link } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Notice } from '@/components/ui/notice';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { useCustomerOptions } from '@/features/customers';
import { m, richMessage } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerUserForm } from '../components/customer-user-form';
import { useCustomerUserListHref } from '../lib/list-search-params';

export function CustomerUserNewRoute() {
  const customers = useCustomerOptions();
  const listHref = useCustomerUserListHref();
  useDocumentTitle(m.customer_users_add());
  return (
    <>
      <Breadcrumb
        items={[{ label: m.customer_users_management(), href: listHref }, { label: m.customer_users_add() }]}
      />
      <h1>{m.customer_users_add()}</h1>
      {customers.isPending ? (
        <LoadingState>{m.customer_users_loading_customers()}</LoadingState>
      ) : customers.isError ? (
        <ErrorState
          title={m.customer_users_customers_load_failed()}
          error={customers.error}
          onRetry={() => customers.refetch()}
        />
      ) : customers.data.total === 0 ? (
        <Notice as="div" role="note">
          <p>{m.customer_users_needs_customer()}</p>
          <p>
            {richMessage(m.customer_users_add_customer_first, {
              link: <Link to={paths.customers.add.href()}>{m.customer_users_add_customer_link()}</Link>,
            })}
          </p>
        </Notice>
      ) : (
        <CustomerUserForm mode="add" />
      )}
    </>
  );
}
