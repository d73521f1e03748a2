import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { useGroupAccess } from '@/api/session-query';
import { whenIdle } from '@/lib/lazy-screen';
import { customerUserHref } from '../customer-user-href';
import { CustomerUserCustomersScreen, CustomerUserGroupsScreen } from '../routes/screens';

/** Data for everyone; the membership screens only for administrators with group support on. */
export function CustomerUserTabs({ customerUserId }: { customerUserId: string }) {
  const access = useGroupAccess();
  const queryClient = useQueryClient();

  // The tabs' screens open at once: their code loads while the admin reads this one, their data
  // as soon as the pointer or focus reaches the tab.
  useEffect(() => {
    if (!access.canManage) return;
    return whenIdle(() => {
      void CustomerUserGroupsScreen.preload();
      void CustomerUserCustomersScreen.preload();
    });
  }, [access.canManage]);

  if (!access.canManage) return null;
  const base = customerUserHref(customerUserId);
  const prefetchGroups = () => void CustomerUserGroupsScreen.prefetch(queryClient, customerUserId);
  const prefetchCustomers = () => void CustomerUserCustomersScreen.prefetch(queryClient, customerUserId);
  return (
    <nav className="tabs" aria-label="Customer user">
      <NavLink to={base} end>
        Data
      </NavLink>
      <NavLink to={`${base}/groups`} onPointerEnter={prefetchGroups} onFocus={prefetchGroups}>
        Groups
      </NavLink>
      <NavLink to={`${base}/customers`} onPointerEnter={prefetchCustomers} onFocus={prefetchCustomers}>
        Customers
      </NavLink>
    </nav>
  );
}
