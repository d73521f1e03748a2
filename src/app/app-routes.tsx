import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { LoadingState } from '@/components/ui/query-states';
import { CustomerUserListRoute } from '@/features/customer-users/routes/customer-user-list-route';
import { CustomerUsersLayout } from '@/features/customer-users/routes/customer-users-layout';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import { NotFound } from './not-found';

// Screens not needed on first paint load on demand.
const CustomerUserRoute = lazy(async () => ({
  default: (await import('@/features/customer-users/routes/customer-user-route')).CustomerUserRoute,
}));
const CustomersRoutes = {
  layout: lazy(async () => ({
    default: (await import('@/features/customers/routes/customers-layout')).CustomersLayout,
  })),
  list: lazy(async () => ({
    default: (await import('@/features/customers/routes/customer-list-route')).CustomerListRoute,
  })),
  add: lazy(async () => ({
    default: (await import('@/features/customers/routes/customer-new-route')).CustomerNewRoute,
  })),
  edit: lazy(async () => ({ default: (await import('@/features/customers/routes/customer-route')).CustomerRoute })),
  groups: lazy(async () => ({
    default: (await import('@/features/customers/routes/customer-groups-route')).CustomerGroupsRoute,
  })),
};
const GroupRoutes = {
  list: lazy(async () => ({ default: (await import('@/features/groups/groups-route')).GroupsRoute })),
  customerUsers: lazy(async () => ({
    default: (await import('@/features/groups/group-customer-users-route')).GroupCustomerUsersRoute,
  })),
  customers: lazy(async () => ({
    default: (await import('@/features/groups/group-customers-route')).GroupCustomersRoute,
  })),
};
const CustomerUserGroupsRoute = lazy(async () => ({
  default: (await import('@/features/customer-users/routes/customer-user-groups-route')).CustomerUserGroupsRoute,
}));
const CustomerUserCustomersRoute = lazy(async () => ({
  default: (await import('@/features/customer-users/routes/customer-user-customers-route')).CustomerUserCustomersRoute,
}));
const SettingsRoute = lazy(async () => ({
  default: (await import('@/features/settings/settings-route')).SettingsRoute,
}));
const CustomerUserNewRoute = lazy(async () => ({
  default: (await import('@/features/customer-users/routes/customer-user-new-route')).CustomerUserNewRoute,
}));

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
            { path: 'new', element: onDemand(<CustomerUserNewRoute />) },
            { path: ':customerUserId', element: onDemand(<CustomerUserRoute />) },
            { path: ':customerUserId/groups', element: onDemand(<CustomerUserGroupsRoute />) },
            { path: ':customerUserId/customers', element: onDemand(<CustomerUserCustomersRoute />) },
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
