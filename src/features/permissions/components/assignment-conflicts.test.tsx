import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, demoGroups, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;
const { admin, network, stats } = demoGroups;
const checkbox = (name: string) => screen.getByRole('checkbox', { name });

async function openGroups() {
  const app = renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
  // The first screen of a file loads its lazy modules: give it longer than the default second.
  await screen.findByRole('checkbox', { name: 'rw permission for support' }, { timeout: 5000 });
  return app;
}

function recordPuts() {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'PUT') bodies.push(await request.clone().json());
  });
  return bodies;
}

describe('saving cells while another admin saves too', () => {
  it('a save that touches none of the other admin’s cells keeps theirs', async () => {
    const { user } = await openGroups();
    testStore.permissions.setUserPermissions(jdoe.id, network.id, ['ro']);
    await user.click(checkbox('ro permission for stats'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(testStore.permissions.userPermissions(jdoe.id).get(network.id)).toEqual(['ro']);
    expect(testStore.permissions.userPermissions(jdoe.id).get(stats.id)).toEqual(['ro']);
  });

  it('on a conflict, says which cells changed, keeps the ticks, and a second Save sends what is still a change', async () => {
    const { user } = await openGroups();
    const bodies = recordPuts();
    await user.click(checkbox('ro permission for admin'));
    await user.click(checkbox('ro permission for stats'));
    testStore.permissions.setUserPermissions(jdoe.id, admin.id, ['ro']);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed some of these permissions in the meantime.');
    expect(alert).toHaveTextContent('ro on admin was granted by someone else.');
    expect(checkbox('ro permission for admin')).toBeChecked();
    expect(checkbox('ro permission for stats')).toBeChecked();
    expect(testStore.permissions.userPermissions(jdoe.id).get(stats.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(bodies[1]).toEqual({ changes: [{ row: stats.id, field: 'permissions', type: 'ro', granted: true }] });
    expect(testStore.permissions.userPermissions(jdoe.id).get(stats.id)).toEqual(['ro']);
    server.events.removeAllListeners();
  });
});

describe('changes the filter hides', () => {
  it('says how many changes the filter hides, and which rows a save writes', async () => {
    const { user } = await openGroups();
    await user.click(checkbox('ro permission for admin'));
    await user.click(checkbox('ro permission for stats'));
    await user.type(screen.getByRole('searchbox', { name: 'Filter groups' }), 'sa*');
    expect(screen.getByText('2 unsaved changes, 2 hidden by the filter')).toBeInTheDocument();

    testStore.latency = 200;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saving changes to admin, stats.')).toBeInTheDocument();
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    testStore.latency = 0;
  });
});

describe('default groups and invalid records', () => {
  it('group → customer users of a default group: granted, disabled, and says why', async () => {
    renderApp(`${paths.groups.customerUsers.href({ groupId: demoGroups.users.id })}?search=jdoe`);
    const box = await screen.findByRole('checkbox', { name: 'ro permission for jdoe' });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription('Default group: every customer user has it.');
    const selectAll = checkbox('Toggle ro permission for all');
    expect(selectAll).toBeChecked();
    expect(selectAll).toBeDisabled();
  });

  it('customer → groups: the default group’s row is granted and disabled', async () => {
    renderApp(paths.customers.groups.href({ customerId: 'nordwind-logistics' }));
    const box = await screen.findByRole('checkbox', { name: 'rw permission for users (Same Customer)' });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription('Default group: every customer user has it.');
    expect(checkbox('rw permission for billing (Same Customer)')).toBeEnabled();
  });

  it('an invalid group has no assign links, and its screens say it is invalid', async () => {
    renderApp(paths.groups.list.href());
    expect(await screen.findByRole('link', { name: 'Customers of support' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Customers of legacy-portal' })).not.toBeInTheDocument();
  });

  it('group → customers of an invalid group: a notice instead of a matrix', async () => {
    renderApp(paths.groups.customers.href({ groupId: demoGroups['legacy-portal'].id }));
    expect(await screen.findByText(/is invalid: its permissions cannot be assigned/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('invalid customers are marked, and "Show invalid" filters them out', async () => {
    const { user } = renderApp(paths.groups.customers.href({ groupId: demoGroups.support.id }));
    const row = (await screen.findByRole('rowheader', { name: /old-mill-bakery/ })).textContent;
    expect(row).toBe('old-mill-bakery invalid');
    const showInvalid = checkbox('Show invalid');
    expect(showInvalid).toBeChecked();
    await user.click(showInvalid);
    expect(screen.queryByRole('rowheader', { name: /old-mill-bakery/ })).not.toBeInTheDocument();
  });
});

describe('customer group support off', () => {
  it('administrators get a link to Settings; others do not', async () => {
    testStore.settings = { ...testStore.settings, customerGroupSupport: false };
    const first = renderApp(paths.groups.list.href());
    const link = await screen.findByRole('link', { name: 'Turn on customer group support in Settings' });
    expect(link).toHaveAttribute('href', paths.settings.href());
    first.unmount();

    testStore.agent = { ...testStore.agent, isAdministrator: false };
    renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
    expect(await screen.findByText('This feature is disabled!')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Turn on customer group support/ })).not.toBeInTheDocument();
  });
});
