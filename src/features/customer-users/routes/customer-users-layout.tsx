import { Link, Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { paths } from '@/config/paths';
import { CustomerUserSearch } from '../components/customer-user-search';

export function CustomerUsersLayout() {
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
      <Outlet />
    </PageLayout>
  );
}
