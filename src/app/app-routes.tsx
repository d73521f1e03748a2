import { type ReactNode, Suspense } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { LoadingState } from '@/components/ui/query-states';
import { paths } from '@/config/paths';
import { CustomerUserImportScreen } from '@/features/customer-user-import/routes/screens';
import {
  CustomerUserDataScreen,
  CustomerUserEditScreen,
  CustomerUserHistoryScreen,
  CustomerUserListRoute,
  CustomerUserNewScreen,
  CustomerUsersLayout,
} from '@/features/customer-users/routes/screens';
import {
  CustomerEditScreen,
  CustomerListScreen,
  CustomerNewScreen,
  CustomersLayoutScreen,
} from '@/features/customers/routes/screens';
import {
  CustomerGroupsScreen,
  CustomerUserCustomersScreen,
  CustomerUserGroupsScreen,
  GroupCustomersScreen,
  GroupCustomerUsersScreen,
  GroupsLayoutScreen,
  GroupsScreen,
} from '@/features/permissions/routes/screens';
import { SettingsScreen } from '@/features/settings/routes/screens';
import { m } from '@/i18n';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import { NotFound } from './not-found';

function onDemand(screen: ReactNode) {
  return <Suspense fallback={<LoadingState>{m.ui_loading()}</LoadingState>}>{screen}</Suspense>;
}

export function AppRoutes() {
  const { customerUsers, customers, groups } = paths;
  const routes = useRoutes([
    {
      path: paths.home.path,
      element: <AppShell />,
      children: [
        { index: true, element: <Navigate to={customerUsers.list.href()} replace /> },
        {
          path: customerUsers.list.path,
          element: <CustomerUsersLayout />,
          children: [
            { index: true, element: <CustomerUserListRoute /> },
            { path: customerUsers.add.path, element: onDemand(<CustomerUserNewScreen />) },
            // A static segment: it ranks above `:customerUserId`, so "import" is never read as a username.
            { path: customerUsers.import.path, element: onDemand(<CustomerUserImportScreen />) },
            {
              path: customerUsers.edit.path,
              // One boundary for the frame and its tabs: the heading appears with the tab's content.
              element: onDemand(<CustomerUserEditScreen />),
              children: [
                { index: true, element: <CustomerUserDataScreen /> },
                { path: customerUsers.groups.path, element: <CustomerUserGroupsScreen /> },
                { path: customerUsers.customers.path, element: <CustomerUserCustomersScreen /> },
                { path: customerUsers.history.path, element: <CustomerUserHistoryScreen /> },
              ],
            },
          ],
        },
        {
          path: customers.list.path,
          element: onDemand(<CustomersLayoutScreen />),
          children: [
            { index: true, element: onDemand(<CustomerListScreen />) },
            { path: customers.add.path, element: onDemand(<CustomerNewScreen />) },
            { path: customers.edit.path, element: onDemand(<CustomerEditScreen />) },
            { path: customers.groups.path, element: onDemand(<CustomerGroupsScreen />) },
          ],
        },
        { path: paths.settings.path, element: onDemand(<SettingsScreen />) },
        {
          path: groups.list.path,
          element: onDemand(<GroupsLayoutScreen />),
          children: [
            { index: true, element: onDemand(<GroupsScreen />) },
            { path: groups.customerUsers.path, element: onDemand(<GroupCustomerUsersScreen />) },
            { path: groups.customers.path, element: onDemand(<GroupCustomersScreen />) },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
  return <ErrorBoundary>{routes}</ErrorBoundary>;
}
