import { NavLink, Outlet } from 'react-router';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { DemoControls } from '@/features/demo';
import { useGroupAccess } from '@/features/permissions';
import styles from './app-shell.module.css';

export function AppShell() {
  const canManageGroups = useGroupAccess().canManage;
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
      <Outlet />
    </>
  );
}
