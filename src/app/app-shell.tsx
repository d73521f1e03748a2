import { NavLink, Outlet } from 'react-router';
import { useGroupAccess } from '@/api/session-query';
import { env } from '@/config/env';
import { DemoControls } from '@/features/demo/demo-controls';

export function AppShell() {
  const canManageGroups = useGroupAccess().canManage;
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="app-header">
        <p className="app-header__product">Customer User Administration</p>
        <nav aria-label="Main">
          <ul className="app-nav">
            <li>
              <NavLink to="/customer-users">Customer Users</NavLink>
            </li>
            <li>
              <NavLink to="/customers">Customers</NavLink>
            </li>
            {canManageGroups && (
              <li>
                <NavLink to="/groups">Groups</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/settings">Settings</NavLink>
            </li>
          </ul>
        </nav>
        {env.apiMocking && <DemoControls />}
      </header>
      <Outlet />
    </>
  );
}
