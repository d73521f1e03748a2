import { act, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

function rowsOf(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

function usernamesIn(table: HTMLElement) {
  return rowsOf(table).map((row) => within(row).getAllByRole('cell')[0]?.textContent);
}

async function findList() {
  return screen.findByRole('table', { name: /^List \(/ });
}

describe('customer user list', () => {
  it('lists everyone on opening, sorted by username, with the columns of the spec', async () => {
    renderApp('/customer-users');
    const table = await findList();
    const total = testStore.customerUsers.list({ search: '', offset: 0, limit: 1, sort: 'login' }).total;
    expect(screen.getByRole('heading', { name: `List (${total} total)` })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Username', 'Name', 'Email', 'Customer ID', 'Comment', 'Validity']);
    const usernames = usernamesIn(table);
    expect(usernames).toHaveLength(50);
    const folded = usernames.map((name) => name?.toLowerCase() ?? '');
    expect(folded).toEqual([...folded].sort());
  });

  it('searches on Enter, with the term in the URL, matching words across fields', async () => {
    const { user, currentUrl } = renderApp('/customer-users');
    await findList();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'john doe{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'List (1 total)' })).toBeInTheDocument());
    const table = await findList();
    expect(usernamesIn(table)).toEqual(['jdoe']);
    expect(within(table).getByRole('cell', { name: 'John Doe' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/customer-users?search=john+doe');
  });

  it('searches with the magnifier button and wildcards', async () => {
    const { user } = renderApp('/customer-users');
    await findList();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lovel*ce');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    expect(usernamesIn(table)).toEqual(['alovelace']);
    expect(within(table).getByRole('cell', { name: 'Dr. Ada Lovelace' })).toBeInTheDocument();
  });

  it('shows the hint about wildcards next to the search box', async () => {
    renderApp('/customer-users');
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveAccessibleDescription(
      "Wildcards like '*' are allowed.",
    );
  });

  it('restores the search from the URL, and follows Back', async () => {
    const { user, navigate } = renderApp('/customer-users?search=doe');
    const table = await screen.findByRole('table', { name: 'List (2 total)' });
    expect(usernamesIn(table)).toEqual(['jane.doe', 'jdoe']);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('doe');

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ohaddad{Enter}');
    await screen.findByRole('table', { name: 'List (1 total)' });

    await act(() => navigate(-1));
    await screen.findByRole('table', { name: 'List (2 total)' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('doe');
  });

  it('says "No data found." when nothing matches', async () => {
    const { user } = renderApp('/customer-users');
    await findList();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzz-nobody{Enter}');
    expect(await screen.findByText('No data found.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'List (0 total)' })).toBeInTheDocument();
  });

  it('marks invalid and invalid-temporarily users', async () => {
    renderApp('/customer-users?search=skierkegaard');
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    const [row] = rowsOf(table);
    expect(row).toHaveClass('is-invalid');
    expect(within(row as HTMLElement).getByRole('cell', { name: 'invalid' })).toBeInTheDocument();
  });

  it('narrows by validity', async () => {
    const { user, currentUrl } = renderApp('/customer-users');
    await findList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'invalid-temporarily only');
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?validity=invalid-temporarily'));
    const table = await screen.findByRole('table', { name: /^List \(\d+ total\)$/ });
    await waitFor(() =>
      expect(rowsOf(table).every((row) => row.textContent?.endsWith('invalid-temporarily'))).toBe(true),
    );
  });

  it('says when more match than the list limit, and still reaches every match', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 1234 });
    const { user, currentUrl } = renderApp('/customer-users');
    expect(await screen.findByRole('heading', { name: 'List (only 1000 shown — more available)' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pages of the customer user list' })).toHaveTextContent(
      'Page 1 of 20',
    );

    await user.click(screen.getByRole('link', { name: 'Show all 1234 matches' }));
    expect(await screen.findByRole('heading', { name: 'List (1234 total)' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Last' }));
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?all=1&page=25'));
    await waitFor(() => expect(rowsOf(screen.getByRole('table'))).toHaveLength(34));
  });

  it('sorts by a column when its header is clicked', async () => {
    const { user, currentUrl } = renderApp('/customer-users?search=doe');
    await screen.findByRole('table', { name: 'List (2 total)' });
    await user.click(screen.getByRole('link', { name: /Username/ }));
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=doe&sort=-login'));
    await waitFor(() => expect(usernamesIn(screen.getByRole('table'))).toEqual(['jdoe', 'jane.doe']));
    expect(screen.getByRole('columnheader', { name: /Username/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows an error with a retry when the API fails, and recovers', async () => {
    server.use(
      http.get('/api/customer-users', () => HttpResponse.json({ message: 'Database down.' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp('/customer-users');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The customer users could not be loaded.');
    expect(alert).toHaveTextContent('Database down.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findList()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a loading state first', async () => {
    renderApp('/customer-users');
    expect(screen.getByText('Loading customer users…')).toHaveRole('status');
    await findList();
  });

  it('opens a customer user from the username link, and the way back keeps the search', async () => {
    const { user, currentUrl } = renderApp('/customer-users?search=jdoe');
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    await user.click(within(table).getByRole('link', { name: 'jdoe' }));
    expect(await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' })).toBeInTheDocument();
    expect(currentUrl()).toBe(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('john.doe@nordwind-logistik.example');
    await user.click(screen.getByRole('link', { name: 'Customer User Management' }));
    expect(await screen.findByRole('table', { name: 'List (1 total)' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/customer-users?search=jdoe');
  });

  it('clears the search box and the search together on Escape', async () => {
    const { user, currentUrl } = renderApp('/customer-users');
    await findList();
    const total = testStore.customerUsers.list({ search: '', offset: 0, limit: 1, sort: 'login' }).total;
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'john doe{Enter}');
    await screen.findByRole('table', { name: 'List (1 total)' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '{Escape}');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await waitFor(() => expect(currentUrl()).toBe('/customer-users'));
    expect(await screen.findByRole('table', { name: `List (${total} total)` })).toBeInTheDocument();
  });

  it('shows the last page when the URL asks for a page past it', async () => {
    const { currentUrl } = renderApp('/customer-users?search=e&page=99');
    const pages = await screen.findByRole('navigation', { name: 'Pages of the customer user list' });
    expect(pages).toHaveTextContent('Page 6 of 6');
    expect(rowsOf(screen.getByRole('table'))).toHaveLength(50);
    expect(screen.queryByText('No data found.')).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/customer-users?search=e&page=6');
  });
});
