import { Breadcrumb } from '@/components/ui/breadcrumb';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerForm } from '../components/customer-form';
import { useCustomerListHref } from '../lib/list-search-params';

export function CustomerNewRoute() {
  const listHref = useCustomerListHref();
  useDocumentTitle(m.customers_add());
  return (
    <>
      <Breadcrumb items={[{ label: m.customers_management(), href: listHref }, { label: m.customers_add() }]} />
      <h1>{m.customers_add()}</h1>
      <CustomerForm />
    </>
  );
}
