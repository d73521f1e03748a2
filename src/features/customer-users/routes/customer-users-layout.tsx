import { Link, Outlet } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { SidebarBox } from '@/components/ui/sidebar-box';
import { paths } from '@/config/paths';
import { CustomerUserImportScreen } from '@/features/customer-user-import/routes/screens';
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
            {/* Full-width buttons, one below the other, spaced as any row of buttons. */}
            <ButtonRow>
              <Link className={buttonClass({ block: true })} to={paths.customerUsers.add.href()}>
                {m.customer_users_add()}
              </Link>
              <Link
                className={buttonClass({ block: true, variant: 'secondary' })}
                to={paths.customerUsers.import.href()}
                // The screen's code loads while the pointer or focus is on the way to it.
                onMouseEnter={() => void CustomerUserImportScreen.preload()}
                onFocus={() => void CustomerUserImportScreen.preload()}
              >
                {m.import_sidebar_link()}
              </Link>
            </ButtonRow>
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
