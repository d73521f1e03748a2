import { NavLink, Outlet, useLocation } from 'react-router';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { DemoControls } from '@/features/demo';
import { useGroupAccess } from '@/features/permissions';
import { ThemeSwitch } from '@/features/theme';
import { m } from '@/i18n';
import { productName } from '@/lib/document-title';
import { useMediaQuery } from '@/lib/use-media-query';
import styles from './app-shell.module.css';
import { ErrorBoundary } from './error-boundary';
import { HeaderMenu } from './header-menu';
import { LanguageSelect } from './language-select';
import { OfflineNotice } from './offline-notice';
import { RouteAnnouncer } from './route-announcer';

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
        <HeaderMenu>
          {!navInHeader && <MainNav placement="menu" />}
          <ThemeSwitch />
          <LanguageSelect />
          {env.apiMocking && <DemoControls />}
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
