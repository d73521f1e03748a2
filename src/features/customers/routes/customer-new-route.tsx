import { Breadcrumb } from '@/components/ui/breadcrumb';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerForm } from '../components/customer-form';
import { useCustomerListHref } from '../lib/list-search-params';

export function CustomerNewRoute() {
  const listHref = useCustomerListHref();
  useDocumentTitle('Add Customer');
  return (
    <>
      <Breadcrumb items={[{ label: 'Customer Management', href: listHref }, { label: 'Add Customer' }]} />
      <h1>Add Customer</h1>
      <CustomerForm />
    </>
  );
}
