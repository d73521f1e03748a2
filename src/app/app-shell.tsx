import { NavLink, Outlet } from 'react-router';
import { env } from '@/config/env';
import { DemoControls } from '@/features/demo/demo-controls';

export function AppShell() {
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
          </ul>
        </nav>
        {env.apiMocking && <DemoControls />}
      </header>
      <Outlet />
    </>
  );
}
