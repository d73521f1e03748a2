import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import { AppProviders } from '@/app/app-providers';
import { AppRoutes } from '@/app/app-routes';
import { createQueryClient } from '@/app/query-client';

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

/** Renders the whole app at a URL, with a fresh query client, as a user would meet it. */
export function renderApp(url = '/') {
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const probe: Partial<RouterProbe> = {};
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Probe probe={probe} />
      </MemoryRouter>
    </AppProviders>,
  );
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
