import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import { AppProviders } from '@/app/app-providers';
import { AppRoutes } from '@/app/app-routes';
import { createQueryClient } from '@/app/query-client';
import { changeLocale, type Locale, useLocale } from '@/i18n';

interface RouterProbe {
  url: string;
  navigate: NavigateFunction;
}

function Probe({ probe }: { probe: Partial<RouterProbe> }) {
  const location = useLocation();
  probe.url = `${location.pathname}${location.search}`;
  probe.navigate = useNavigate();
  return null;
}

/** The app as `App` renders it, in a memory router: a change of language re-renders it from here. */
function TestApp({ queryClient, url, probe }: { queryClient: QueryClient; url: string; probe: Partial<RouterProbe> }) {
  useLocale();
  return (
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Probe probe={probe} />
      </MemoryRouter>
    </AppProviders>
  );
}

/** Renders the whole app at a URL, with a fresh query client, as a user would meet it (in `locale`, English by default). */
export function renderApp(url = '/', { locale }: { locale?: Locale } = {}) {
  if (locale) changeLocale(locale);
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const probe: Partial<RouterProbe> = {};
  const view = render(<TestApp queryClient={queryClient} url={url} probe={probe} />);
  return {
    ...view,
    user,
    queryClient,
    /** The current path and query, as the address bar would show it. */
    currentUrl: () => probe.url ?? '',
    /** Back, forward or anywhere, as the browser would. */
    navigate: (to: string | number) => (typeof to === 'number' ? probe.navigate?.(to) : probe.navigate?.(to)),
  };
}
