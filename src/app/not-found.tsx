import { Link } from 'react-router';
import layout from '@/components/layout/page-layout.module.css';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useDocumentTitle } from '@/lib/document-title';

export function NotFound() {
  useDocumentTitle(m.app_not_found_title());
  return (
    <main id="main-content" className={layout.alone} tabIndex={-1}>
      <h1>{m.app_not_found_title()}</h1>
      <p>{m.app_not_found_text()}</p>
      <p>
        <Link to={paths.customerUsers.list.href()}>{m.app_go_to_customer_user_management()}</Link>
      </p>
    </main>
  );
}
