import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { useGroupAccess } from '@/features/permissions';
import { CustomerUserCustomersScreen, CustomerUserGroupsScreen } from '@/features/permissions/routes/screens';
import { m } from '@/i18n';
import { whenIdle } from '@/lib/lazy-screen';
import styles from './customer-user-tabs.module.css';

/** Data and History for everyone; the membership screens only for administrators with group support on. */
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

  const prefetchGroups = () => void CustomerUserGroupsScreen.prefetch(queryClient, customerUserId);
  const prefetchCustomers = () => void CustomerUserCustomersScreen.prefetch(queryClient, customerUserId);
  return (
    <nav className={styles.tabs} aria-label={m.customer_users_tabs()}>
      <NavLink to={paths.customerUsers.edit.href({ customerUserId })} end>
        {m.customer_users_tab_data()}
      </NavLink>
      {access.canManage && (
        <>
          <NavLink
            to={paths.customerUsers.groups.href({ customerUserId })}
            onPointerEnter={prefetchGroups}
            onFocus={prefetchGroups}
          >
            {m.customer_users_tab_groups()}
          </NavLink>
          <NavLink
            to={paths.customerUsers.customers.href({ customerUserId })}
            onPointerEnter={prefetchCustomers}
            onFocus={prefetchCustomers}
          >
            {m.customer_users_tab_customers()}
          </NavLink>
        </>
      )}
      <NavLink to={paths.customerUsers.history.href({ customerUserId })}>{m.customer_users_tab_history()}</NavLink>
    </nav>
  );
}
