import { NavLink } from 'react-router';
import { useGroupAccess } from '@/api/session-query';
import { customerUserHref } from '../customer-user-href';

/** Data for everyone; the membership screens only for administrators with group support on. */
export function CustomerUserTabs({ customerUserId }: { customerUserId: string }) {
  const access = useGroupAccess();
  if (!access.canManage) return null;
  const base = customerUserHref(customerUserId);
  return (
    <nav className="tabs" aria-label="Customer user">
      <NavLink to={base} end>
        Data
      </NavLink>
      <NavLink to={`${base}/groups`}>Groups</NavLink>
      <NavLink to={`${base}/customers`}>Customers</NavLink>
    </nav>
  );
}
