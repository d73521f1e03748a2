import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { searchRowsWait } from './customer-user-search';

/** Holds back the list's answer for `term` by `ms`; every other request goes on to the mock API as usual. */
function delayAnswerFor(term: string, ms: number) {
  server.use(
    http.get('/api/customer-users', async ({ request }) => {
      if (new URL(request.url).searchParams.get('search') === term) await delay(ms);
    }),
  );
}

const stale = /^Showing the results for/;

describe('sidebar search while the rows are on their way', () => {
  it('keeps the screen as it is for a moment, then shows the earlier rows as stale until the new ones come', async () => {
    delayAnswerFor('lovel*ce', 400);
    const { user, currentUrl } = renderApp('/customer-users');
    await screen.findByRole('table', { name: /^List \(/ });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lovel*ce{Enter}');
    expect(currentUrl()).toBe('/customer-users');
    expect(screen.queryByText(stale)).not.toBeInTheDocument();

    expect(await screen.findByText(stale)).toHaveTextContent(
      'Showing the results for all customer users while “lovel*ce” loads.',
    );
    expect(currentUrl()).toBe('/customer-users?search=lovel*ce');
    expect(await screen.findByRole('table', { name: 'List (1 total)' })).toBeInTheDocument();
    expect(screen.queryByText(stale)).not.toBeInTheDocument();
  });

  it('shows the latest search when an earlier one answers after it', async () => {
    delayAnswerFor('lovel*ce', searchRowsWait * 3);
    const { user, currentUrl } = renderApp('/customer-users');
    await screen.findByRole('table', { name: /^List \(/ });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'lovel*ce{Enter}');
    await user.clear(box);
    await user.type(box, 'john doe{Enter}');
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=john+doe'));

    await delay(searchRowsWait * 4);
    expect(currentUrl()).toBe('/customer-users?search=john+doe');
    expect(screen.getByRole('table', { name: 'List (1 total)' })).toHaveTextContent('jdoe');
    expect(box).toHaveValue('john doe');
  });

  it('leaves the admin on the screen they went to while the search waited', async () => {
    delayAnswerFor('lovel*ce', searchRowsWait / 2);
    const { user, currentUrl } = renderApp('/customer-users');
    await screen.findByRole('table', { name: /^List \(/ });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lovel*ce{Enter}');
    await user.click(screen.getByRole('link', { name: 'Add Customer User' }));
    expect(await screen.findByRole('heading', { name: 'Add Customer User' })).toBeInTheDocument();

    await delay(searchRowsWait * 2);
    expect(currentUrl()).toBe('/customer-users/new');
    expect(screen.getByRole('heading', { name: 'Add Customer User' })).toBeInTheDocument();
  });
});
