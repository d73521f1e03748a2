import { useOutletContext } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';
import { CustomerUserImport } from '../components/customer-user-import';

/** Import Customer Users: inside the customer users' layout, which hands its list's last URL to the breadcrumb. */
export function CustomerUserImportRoute() {
  const { listHref } = useOutletContext<{ listHref: string }>();
  useDocumentTitle(m.import_title());
  return (
    <>
      <Breadcrumb items={[{ label: m.import_management(), href: listHref }, { label: m.import_title() }]} />
      <h1>{m.import_title()}</h1>
      <CustomerUserImport />
    </>
  );
}
