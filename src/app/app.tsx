import type { QueryClient } from '@tanstack/react-query';
import { appBasePath } from '@/config/runtime-config';
import { useLocale } from '@/i18n';
import { AppProviders } from './app-providers';
import { AppRouter } from './app-router';
import { AppRoutes } from './app-routes';

/** The console. A change of language re-renders it from here, keeping every screen's state and input. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useLocale();
  return (
    <AppProviders queryClient={queryClient}>
      {/* Under a sub-path the screens' paths follow the app's base path (index.html's `<base href>`). */}
      <AppRouter basename={appBasePath()}>
        <AppRoutes />
      </AppRouter>
    </AppProviders>
  );
}
