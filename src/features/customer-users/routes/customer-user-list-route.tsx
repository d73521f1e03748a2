import { useDocumentTitle } from '@/lib/document-title';
import { CustomerUserList } from '../components/customer-user-list';
import { useListSearchParams } from '../lib/list-search-params';

export function CustomerUserListRoute() {
  const { search } = useListSearchParams().params;
  useDocumentTitle(search && `Search: ${search}`, 'Customer User Management');
  return (
    <>
      <h1>Customer User Management</h1>
      <CustomerUserList />
    </>
  );
}
