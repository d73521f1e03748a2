import { NavLink, Outlet, useLocation } from 'react-router';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { DemoControls } from '@/features/demo';
import { useGroupAccess } from '@/features/permissions';
import styles from './app-shell.module.css';
import { ErrorBoundary } from './error-boundary';
import { OfflineNotice } from './offline-notice';

export function AppShell() {
  const canManageGroups = useGroupAccess().canManage;
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className={styles.header}>
        <p className={styles.product}>Customer User Administration</p>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            <li>
              <NavLink to={paths.customerUsers.list.href()}>Customer Users</NavLink>
            </li>
            <li>
              <NavLink to={paths.customers.list.href()}>Customers</NavLink>
            </li>
            {canManageGroups && (
              <li>
                <NavLink to={paths.groups.list.href()}>Groups</NavLink>
              </li>
            )}
            <li>
              <NavLink to={paths.settings.href()}>Settings</NavLink>
            </li>
          </ul>
        </nav>
        {env.apiMocking && <DemoControls />}
      </header>
      <OfflineNotice />
      {/* A screen that fails (or whose code does not load) shows its error here: header and navigation stay. */}
      <ErrorBoundary resetKey={pathname}>
        <Outlet />
      </ErrorBoundary>
    </>
  );
}
