import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerList } from '../components/customer-list';
import { useCustomerListParams } from '../lib/list-search-params';

export function CustomerListRoute() {
  const { search } = useCustomerListParams().params;
  useDocumentTitle(search && m.customers_title_search({ search }), m.customers_management());
  return (
    <>
      <h1>{m.customers_management()}</h1>
      <CustomerList />
    </>
  );
}
