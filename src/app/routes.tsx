import { Navigate, type RouteObject } from 'react-router';
import { CustomerUserListRoute } from '@/features/customer-users/routes/customer-user-list-route';
import { CustomerUsersLayout } from '@/features/customer-users/routes/customer-users-layout';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/customer-users" replace /> },
      {
        path: 'customer-users',
        element: <CustomerUsersLayout />,
        children: [
          { index: true, element: <CustomerUserListRoute /> },
          {
            path: ':customerUserId',
            lazy: async () => ({
              Component: (await import('@/features/customer-users/routes/customer-user-route')).CustomerUserRoute,
            }),
          },
        ],
      },
      { path: '*', element: <RouteError /> },
    ],
  },
];
