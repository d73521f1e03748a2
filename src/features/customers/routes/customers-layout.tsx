import { Link, Outlet, useNavigate } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { paths } from '@/config/paths';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';
import { customerListHref, useCustomerListParams } from '../lib/list-search-params';

export function CustomersLayout() {
  const navigate = useNavigate();
  const { search } = useCustomerListParams();
  return (
    <PageLayout
      sidebarLabel="Customer sidebar"
      sidebar={
        <>
          <SidebarBox title="Actions">
            <Link className={buttonClass({ block: true })} to={paths.customers.add.href()}>
              Add Customer
            </Link>
          </SidebarBox>
          <SidebarBox title="Customers">
            <SidebarSearch
              term={search}
              onSearch={(term) => {
                if (confirmLeavingUnsavedChanges()) navigate(customerListHref({ search: term }));
              }}
            />
          </SidebarBox>
        </>
      }
    >
      <Outlet />
    </PageLayout>
  );
}
