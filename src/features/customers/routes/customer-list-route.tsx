import { useDocumentTitle } from '@/lib/document-title';
import { CustomerList } from '../components/customer-list';
import { useCustomerListParams } from '../lib/list-search-params';

export function CustomerListRoute() {
  const { search } = useCustomerListParams().params;
  useDocumentTitle(search && `Search: ${search}`, 'Customer Management');
  return (
    <>
      <h1>Customer Management</h1>
      <CustomerList />
    </>
  );
}
