import { Link } from 'react-router';
import layout from '@/components/layout/page-layout.module.css';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/document-title';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <main id="main-content" className={layout.alone} tabIndex={-1}>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to={paths.customerUsers.list.href()}>Go to Customer User Management</Link>
      </p>
    </main>
  );
}
