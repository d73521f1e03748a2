import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useGroupAccess } from '@/features/permissions';
import { m } from '@/i18n';
import { productName } from '@/lib/document-title';
import { lazyScreen } from '@/lib/lazy-screen';
import { useMediaQuery } from '@/lib/use-media-query';
import styles from './app-shell.module.css';
import { ErrorBoundary } from './error-boundary';
import { HeaderMenu } from './header-menu';
import { OfflineNotice } from './offline-notice';
import { RouteAnnouncer } from './route-announcer';

const HeaderSettings = lazyScreen(() => import('./header-settings').then((module) => module.HeaderSettings));

/** Wide enough for the product name, the main navigation and the menu button on one line. */
const navInHeaderQuery = '(min-width: 56rem)';

function MainNav({ placement }: { placement: 'header' | 'menu' }) {
  const canManageGroups = useGroupAccess().canManage;
  return (
    <nav aria-label={m.app_main_nav()} className={placement === 'header' ? styles.headerNav : styles.menuNav}>
      <ul className={styles.navList}>
        <li>
          <NavLink to={paths.customerUsers.list.href()}>{m.app_nav_customer_users()}</NavLink>
        </li>
        <li>
          <NavLink to={paths.customers.list.href()}>{m.app_nav_customers()}</NavLink>
        </li>
        {canManageGroups && (
          <li>
            <NavLink to={paths.groups.list.href()}>{m.app_nav_groups()}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={paths.settings.href()}>{m.app_nav_settings()}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

function HeaderSettingsFailure({ onRetry }: { onRetry: () => void }) {
  return (
    <p role="alert">
      {m.app_menu_load_failed()}{' '}
      <button type="button" className={buttonClass({ variant: 'quiet' })} onClick={onRetry}>
        {m.ui_try_again()}
      </button>
    </p>
  );
}

export function AppShell() {
  const { pathname } = useLocation();
  // One navigation, placed by width: inline in the header, or in the menu where it would not fit.
  const navInHeader = useMediaQuery(navInHeaderQuery);
  return (
    <>
      <a className="skip-link" href="#main-content">
        {m.app_skip_to_main()}
      </a>
      <header className={styles.header}>
        <p className={styles.product}>{productName()}</p>
        {navInHeader && <MainNav placement="header" />}
        <HeaderMenu onIntent={HeaderSettings.preload}>
          {!navInHeader && <MainNav placement="menu" />}
          <ErrorBoundary fallback={(retry) => <HeaderSettingsFailure onRetry={retry} />}>
            <Suspense fallback={null}>
              <HeaderSettings />
            </Suspense>
          </ErrorBoundary>
        </HeaderMenu>
      </header>
      <OfflineNotice />
      <RouteAnnouncer />
      {/* A screen that fails (or whose code does not load) shows its error here: header and navigation stay. */}
      <ErrorBoundary resetKey={pathname}>
        <Outlet />
      </ErrorBoundary>
    </>
  );
}
