import { Link, Outlet, useNavigate } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { SidebarSearch } from '@/components/ui/sidebar-search';
import { paths } from '@/config/paths';
import { m } from '@/i18n';
import { useRememberedListHref } from '@/lib/list-location';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';
import { useCustomerListParams } from '../lib/list-search-params';

export function CustomersLayout() {
  const navigate = useNavigate();
  const { params, hrefWith } = useCustomerListParams();
  const listHref = useRememberedListHref(paths.customers.list.href());
  return (
    <PageLayout
      sidebarLabel={m.customers_sidebar()}
      sidebar={
        <>
          <SidebarBox title={m.customers_sidebar_actions()}>
            <Link className={buttonClass({ block: true })} to={paths.customers.add.href()}>
              {m.customers_add()}
            </Link>
          </SidebarBox>
          <SidebarBox title={m.customers_sidebar_customers()}>
            <SidebarSearch
              term={params.search}
              onSearch={(term) => {
                if (confirmLeavingUnsavedChanges()) navigate(hrefWith({ search: term }));
              }}
            />
          </SidebarBox>
        </>
      }
    >
      <Outlet context={{ listHref }} />
    </PageLayout>
  );
}
