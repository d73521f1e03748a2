import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/routes';

/** Renders the whole app at a URL, with a fresh query client, as a user would meet it. */
export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return {
    ...view,
    user,
    router,
    queryClient,
    /** The current path and query, as the address bar would show it. */
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
