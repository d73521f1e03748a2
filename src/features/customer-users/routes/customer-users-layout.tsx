import { Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { CustomerUserSearch } from '../components/customer-user-search';

export function CustomerUsersLayout() {
  return (
    <PageLayout
      sidebarLabel="Customer user sidebar"
      sidebar={
        <SidebarBox title="Customer users">
          <CustomerUserSearch />
        </SidebarBox>
      }
    >
      <Outlet />
    </PageLayout>
  );
}
