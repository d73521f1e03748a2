import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, demoGroups } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

function announcer() {
  const region = document.getElementById('route-announcer');
  if (!region) throw new Error('The route announcer is missing.');
  return region;
}

describe('document title', () => {
  it('names the customer user list, with the search term when there is one', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('table', { name: /^List \(/ });
    await waitFor(() => expect(document.title).toBe('Customer User Management – Customer User Administration'));

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'smith*{Enter}');
    await waitFor(() =>
      expect(document.title).toBe('Search: smith* – Customer User Management – Customer User Administration'),
    );
  });

  it('names the edit screen with the login first, and its tabs', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    await waitFor(() => expect(document.title).toBe('jdoe – Edit Customer User – Customer User Administration'));

    await user.click(
      within(screen.getByRole('navigation', { name: 'Customer user' })).getByRole('link', { name: 'Groups' }),
    );
    await waitFor(() => expect(document.title).toBe('jdoe – Groups of Customer User – Customer User Administration'));
  });

  it('names the add screen', async () => {
    renderApp(paths.customerUsers.add.href());
    await screen.findByRole('heading', { name: 'Add Customer User' });
    await waitFor(() => expect(document.title).toBe('Add Customer User – Customer User Administration'));
  });

  it('names a group screen after its heading, under Groups', async () => {
    renderApp(paths.groups.customers.href({ groupId: demoGroups.support.id }));
    await screen.findByRole('heading', { name: 'Customers of group support' });
    await waitFor(() =>
      expect(document.title).toBe('Customers of group support – Groups – Customer User Administration'),
    );
  });

  it('names the settings and the page that does not exist', async () => {
    const { navigate } = renderApp(paths.settings.href());
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    await waitFor(() => expect(document.title).toBe('Settings – Customer User Administration'));

    navigate('/no-such-page');
    await screen.findByRole('heading', { name: 'Page not found' });
    await waitFor(() => expect(document.title).toBe('Page not found – Customer User Administration'));
  });
});

describe('route changes', () => {
  it('leaves focus and the announcer alone on the first load', async () => {
    renderApp('/');
    await screen.findByRole('table', { name: /^List \(/ });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(announcer()).toBeEmptyDOMElement();
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the new screen’s heading and announces its title after following a link', async () => {
    const { user } = renderApp('/customer-users?search=jdoe');
    expect(announcer()).toHaveAttribute('role', 'status');
    await user.click(await screen.findByRole('link', { name: 'jdoe' }));

    const heading = await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('jdoe – Edit Customer User – Customer User Administration'),
    );

    await user.click(screen.getByRole('link', { name: 'Customer User Management' }));
    const listHeading = await screen.findByRole('heading', { name: 'Customer User Management', level: 1 });
    await waitFor(() => expect(listHeading).toHaveFocus());
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Search: jdoe – Customer User Management – Customer User Administration'),
    );
  });

  it('keeps focus where it is when only the query changes (paging, sorting, searching)', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('table', { name: /^List \(/ });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'doe{Enter}');
    await screen.findByRole('table', { name: 'List (2 total)' });
    expect(search).toHaveFocus();
    expect(announcer()).toBeEmptyDOMElement();
  });
});

describe('breadcrumbs', () => {
  it('show the way back on the edit screen, the screen itself as the current page', async () => {
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const items = within(within(trail).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Customer User Management', 'Edit Customer User']);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Customer User Management' })).toBeVisible();
    expect(items[1]).toHaveAttribute('aria-current', 'page');
    expect(within(items[1] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lead from Settings to the product’s home', async () => {
    renderApp(paths.settings.href());
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByRole('link', { name: 'Customer User Administration' })).toHaveAttribute('href', '/');
    expect(within(trail).getByText('Settings')).toHaveAttribute('aria-current', 'page');
  });

  it('are not on a top-level screen', async () => {
    renderApp(paths.customerUsers.list.href());
    await screen.findByRole('table', { name: /^List \(/ });
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).not.toBeInTheDocument();
  });
});
