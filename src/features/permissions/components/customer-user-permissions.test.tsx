import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, demoGroups, server, testStore } from '@/testing/mock-api';

const { jdoe } = demoCustomerUsers;

import { renderApp } from '@/testing/render-app';

const checkbox = (name: string) => screen.getByRole('checkbox', { name });

async function openGroups(id = jdoe.id) {
  const app = renderApp(paths.customerUsers.groups.href({ customerUserId: id }));
  // The first screen of a file loads its lazy modules: give it longer than the default second.
  await screen.findByRole('checkbox', { name: 'rw permission for support' }, { timeout: 5000 });
  return app;
}

describe('customer user → groups matrix', () => {
  it('shows the saved ticks, names every box, and lists the default groups apart', async () => {
    await openGroups();
    expect(checkbox('rw permission for support')).toBeChecked();
    expect(checkbox('ro permission for support')).toBeChecked();
    expect(checkbox('ro permission for hardware')).toBeChecked();
    expect(checkbox('rw permission for hardware')).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'ro permission for users' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /legacy-portal/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Customer User Default Groups' })).toBeInTheDocument();
  });

  it('ticking rw ticks ro; unticking ro unticks rw', async () => {
    const { user } = await openGroups();
    await user.click(checkbox('rw permission for billing'));
    expect(checkbox('ro permission for billing')).toBeChecked();
    await user.click(checkbox('ro permission for billing'));
    expect(checkbox('rw permission for billing')).not.toBeChecked();
  });

  it('select-all ticks the column for every row shown, and is ticked when every row is', async () => {
    const { user } = await openGroups();
    const toggleAll = checkbox('Toggle ro permission for all');
    expect(toggleAll).not.toBeChecked();
    expect(toggleAll).toHaveProperty('indeterminate', true);
    await user.click(toggleAll);
    for (const box of screen.getAllByRole('checkbox', { name: /^ro permission for / })) expect(box).toBeChecked();
    expect(toggleAll).toBeChecked();

    await user.click(checkbox('ro permission for admin'));
    expect(toggleAll).not.toBeChecked();
    expect(toggleAll).toHaveProperty('indeterminate', true);
  });

  it('filters the groups, and saving sends only the cells the admin changed', async () => {
    const { user } = await openGroups();
    await user.type(screen.getByRole('searchbox', { name: 'Filter groups' }), 'sa*');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await user.click(checkbox('Toggle rw permission for all'));
    expect(checkbox('rw permission for sales')).toBeChecked();

    let saved: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'PUT') saved = await request.clone().json();
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(saved).toEqual({
      changes: [
        { row: demoGroups.sales.id, field: 'permissions', type: 'ro', granted: true },
        { row: demoGroups.sales.id, field: 'permissions', type: 'rw', granted: true },
      ],
    });
    expect(testStore.permissions.userPermissions(jdoe.id).get(demoGroups.sales.id)).toEqual(['ro', 'rw']);
    expect(testStore.permissions.userPermissions(jdoe.id).get(demoGroups.support.id)).toEqual(['ro', 'rw']);
    server.events.removeAllListeners();
  });

  it('updates the effective permissions without a reload after a save', async () => {
    const { user } = await openGroups();
    await user.click(checkbox('ro permission for network'));
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    const groupTable = await screen.findByRole('table', { name: 'Group Permissions' });
    const row = within(groupTable).getByRole('row', { name: /network/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['✓yes', '✗no']);
  });

  it('keeps the ticks and says why when the server refuses (403)', async () => {
    server.use(
      http.put('/api/customer-users/:id/groups', () =>
        HttpResponse.json({ message: 'Only administrators can change group membership.' }, { status: 403 }),
      ),
    );
    const { user } = await openGroups();
    await user.click(checkbox('ro permission for stats'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only administrators can change group membership.');
    expect(checkbox('ro permission for stats')).toBeChecked();
  });
});

describe('effective permissions and who sees what', () => {
  it('shows the effective tables on the edit screen, with the spec’s captions', async () => {
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    const groups = await screen.findByRole('table', { name: 'Group Permissions' });
    expect(
      within(groups)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['billing', 'hardware', 'support', 'users']);
    const access = screen.getByRole('table', { name: 'Customer Access' });
    expect(
      within(access)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['baltic-shipping Baltic Shipping AB', 'nordwind-logistics Nordwind Logistik GmbH']);
    expect(screen.getByText('These show what is saved; changes not yet saved are not reflected.')).toBeInTheDocument();
  });

  it('says so when a user has no group permissions', async () => {
    testStore.settings = { ...testStore.settings, alwaysGroups: [] };
    const created = testStore.customerUsers.create({
      firstName: 'No',
      lastName: 'Groups',
      login: 'nogroups',
      email: 'no.groups@example.com',
      customerId: 'lumiere-studios',
    });
    if (!created.ok) throw new Error('could not create');
    renderApp(`/customer-users/${created.value.customerUser.id}`);
    expect(await screen.findByText('This customer user has no group permissions.')).toBeInTheDocument();
  });

  it('a non-administrator sees no assignment controls, only the Data and History tabs, and the API answers 403', async () => {
    testStore.agent = { ...testStore.agent, isAdministrator: false };
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('table', { name: 'Group Permissions' });
    const tabs = screen.getByRole('navigation', { name: 'Customer user' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Data', 'History']);
    expect(screen.queryByRole('link', { name: 'Groups' })).not.toBeInTheDocument();
    const answer = await fetch(new URL(`/api/customer-users/${jdoe.id}/groups`, window.location.href));
    expect(answer.status).toBe(403);
  });

  it('with group support off, the screens say "This feature is disabled!" and no effective table shows', async () => {
    testStore.settings = { ...testStore.settings, customerGroupSupport: false };
    renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
    expect(await screen.findByText('This feature is disabled!')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /permission for/ })).not.toBeInTheDocument();
  });

  it('with group support off, the edit screen has no effective permissions', async () => {
    testStore.settings = { ...testStore.settings, customerGroupSupport: false };
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save and finish' })).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Effective Permissions for Customer User' })).not.toBeInTheDocument();
  });
});
