import { Link, Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { paths } from '@/config/paths';
import { useRememberedListHref } from '@/lib/list-location';
import { CustomerUserSearch } from '../components/customer-user-search';

export function CustomerUsersLayout() {
  const listHref = useRememberedListHref(paths.customerUsers.list.href());
  return (
    <PageLayout
      sidebarLabel="Customer user sidebar"
      sidebar={
        <>
          <SidebarBox title="Actions">
            <Link className={buttonClass({ block: true })} to={paths.customerUsers.add.href()}>
              Add Customer User
            </Link>
          </SidebarBox>
          <SidebarBox title="Customer users">
            <CustomerUserSearch />
          </SidebarBox>
        </>
      }
    >
      <Outlet context={{ listHref }} />
    </PageLayout>
  );
}
