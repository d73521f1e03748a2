import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerUserList } from '../components/customer-user-list';
import { useListSearchParams } from '../lib/list-search-params';

export function CustomerUserListRoute() {
  const { search } = useListSearchParams().params;
  useDocumentTitle(search && m.customer_users_title_search({ search }), m.customer_users_management());
  return (
    <>
      <h1>{m.customer_users_management()}</h1>
      <CustomerUserList />
    </>
  );
}
