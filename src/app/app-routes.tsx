import { type ReactNode, Suspense } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { LoadingState } from '@/components/ui/query-states';
import { CustomerUserListRoute } from '@/features/customer-users/routes/customer-user-list-route';
import { CustomerUsersLayout } from '@/features/customer-users/routes/customer-users-layout';
import {
  CustomerUserCustomersScreen,
  CustomerUserGroupsScreen,
  CustomerUserNewScreen,
  CustomerUserScreen,
} from '@/features/customer-users/routes/screens';
import { lazyScreen } from '@/lib/lazy-screen';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import { NotFound } from './not-found';

// Screens not needed on first paint load on demand.
const CustomersRoutes = {
  layout: lazyScreen(async () => (await import('@/features/customers/routes/customers-layout')).CustomersLayout),
  list: lazyScreen(async () => (await import('@/features/customers/routes/customer-list-route')).CustomerListRoute),
  add: lazyScreen(async () => (await import('@/features/customers/routes/customer-new-route')).CustomerNewRoute),
  edit: lazyScreen(async () => (await import('@/features/customers/routes/customer-route')).CustomerRoute),
  groups: lazyScreen(
    async () => (await import('@/features/customers/routes/customer-groups-route')).CustomerGroupsRoute,
  ),
};
const GroupRoutes = {
  list: lazyScreen(async () => (await import('@/features/groups/groups-route')).GroupsRoute),
  customerUsers: lazyScreen(
    async () => (await import('@/features/groups/group-customer-users-route')).GroupCustomerUsersRoute,
  ),
  customers: lazyScreen(async () => (await import('@/features/groups/group-customers-route')).GroupCustomersRoute),
};
const SettingsRoute = lazyScreen(async () => (await import('@/features/settings/settings-route')).SettingsRoute);

function onDemand(screen: ReactNode) {
  return <Suspense fallback={<LoadingState>Loading…</LoadingState>}>{screen}</Suspense>;
}

export function AppRoutes() {
  const routes = useRoutes([
    {
      path: '/',
      element: <AppShell />,
      children: [
        { index: true, element: <Navigate to="/customer-users" replace /> },
        {
          path: 'customer-users',
          element: <CustomerUsersLayout />,
          children: [
            { index: true, element: <CustomerUserListRoute /> },
            { path: 'new', element: onDemand(<CustomerUserNewScreen />) },
            { path: ':customerUserId', element: onDemand(<CustomerUserScreen />) },
            { path: ':customerUserId/groups', element: onDemand(<CustomerUserGroupsScreen />) },
            { path: ':customerUserId/customers', element: onDemand(<CustomerUserCustomersScreen />) },
          ],
        },
        {
          path: 'customers',
          element: onDemand(<CustomersRoutes.layout />),
          children: [
            { index: true, element: onDemand(<CustomersRoutes.list />) },
            { path: 'new', element: onDemand(<CustomersRoutes.add />) },
            { path: ':customerId', element: onDemand(<CustomersRoutes.edit />) },
            { path: ':customerId/groups', element: onDemand(<CustomersRoutes.groups />) },
          ],
        },
        { path: 'settings', element: onDemand(<SettingsRoute />) },
        { path: 'groups', element: onDemand(<GroupRoutes.list />) },
        { path: 'groups/:groupId/customer-users', element: onDemand(<GroupRoutes.customerUsers />) },
        { path: 'groups/:groupId/customers', element: onDemand(<GroupRoutes.customers />) },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
  return <ErrorBoundary>{routes}</ErrorBoundary>;
}
