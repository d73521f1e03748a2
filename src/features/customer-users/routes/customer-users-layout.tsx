import { Link, Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useRememberedListHref } from '@/lib/list-location';
import { CustomerUserSearch } from '../components/customer-user-search';

export function CustomerUsersLayout() {
  const listHref = useRememberedListHref(paths.customerUsers.list.href());
  return (
    <PageLayout
      sidebarLabel={m.customer_users_sidebar()}
      sidebar={
        <>
          <SidebarBox title={m.customer_users_sidebar_actions()}>
            <Link className={buttonClass({ block: true })} to={paths.customerUsers.add.href()}>
              {m.customer_users_add()}
            </Link>
          </SidebarBox>
          <SidebarBox title={m.customer_users_sidebar_customer_users()}>
            <CustomerUserSearch />
          </SidebarBox>
        </>
      }
    >
      <Outlet context={{ listHref }} />
    </PageLayout>
  );
}
