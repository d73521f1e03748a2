import { testStore } from '@mocks/node';
import { demoCustomerUsers, demoGroups } from '@mocks/seed/fixtures';
import { callApi, cell } from '@mocks/testing/api-calls';
import { describe, expect, it } from 'vitest';

const put = (path: string, body: unknown) => callApi('PUT', path, body);
const { jdoe, msmith } = demoCustomerUsers;
const { admin, stats, support, users } = demoGroups;
const legacy = demoGroups['legacy-portal'];

const userGroups = (id = jdoe.id) => `/customer-users/${id}/groups`;
const permissionsOf = (groupId: string, userId = jdoe.id) =>
  testStore.permissions.userPermissions(userId).get(groupId) ?? [];

describe('saving permission cells', () => {
  it('two admins changing different cells of one matrix both keep their change', async () => {
    expect((await put(userGroups(), { changes: [cell(admin.id, 'ro', true)] })).status).toBe(200);
    expect((await put(userGroups(), { changes: [cell(stats.id, 'ro', true)] })).status).toBe(200);
    expect(permissionsOf(admin.id)).toEqual(['ro']);
    expect(permissionsOf(stats.id)).toEqual(['ro']);
    expect(permissionsOf(support.id)).toEqual(['ro', 'rw']);
  });

  it('a cell someone changed since is a 409 with that cell and the current rows, and nothing is written', async () => {
    await put(userGroups(), { changes: [cell(admin.id, 'ro', true)] });
    const second = await put(userGroups(), { changes: [cell(stats.id, 'ro', true), cell(admin.id, 'ro', true)] });
    expect(second.status).toBe(409);
    expect(second.body.changed).toEqual([cell(admin.id, 'ro', true)]);
    expect(second.body.current.items).toEqual([
      { groupId: stats.id, permissions: [] },
      { groupId: admin.id, permissions: ['ro'] },
    ]);
    expect(permissionsOf(stats.id)).toEqual([]);
  });

  it('group → customer users and group → customers take cells of their rows', async () => {
    const users = await put(`/groups/${stats.id}/customer-users`, { changes: [cell(msmith.id, 'rw', true)] });
    expect(users.status).toBe(409);
    expect(users.body.changed).toEqual([cell(msmith.id, 'ro', false)]);
    expect(
      (
        await put(`/groups/${stats.id}/customer-users`, {
          changes: [cell(msmith.id, 'ro', true), cell(msmith.id, 'rw', true)],
        })
      ).status,
    ).toBe(200);
    expect(permissionsOf(stats.id, msmith.id)).toEqual(['ro', 'rw']);

    // Other Customers cells need that context switched on (they are refused while it is off).
    testStore.settings = { ...testStore.settings, otherCustomersContext: true };
    const sent = {
      changes: [cell('nordwind-logistics', 'rw', true, 'other'), cell('nordwind-logistics', 'ro', true, 'same')],
    };
    const customers = await put(`/groups/${support.id}/customers`, sent);
    expect(customers.status).toBe(409);
    expect(customers.body.changed).toEqual([cell('nordwind-logistics', 'ro', true, 'same')]);
    expect(testStore.permissions.customerPermissions('nordwind-logistics', support.id)).toEqual({
      same: ['ro'],
      other: ['ro'],
    });
  });

  it('refuses a change to a default group or an invalid group with a 400 field error', async () => {
    const own = await put(userGroups(), { changes: [cell(users.id, 'ro', true)] });
    expect(own.status).toBe(400);
    expect(own.body.errors.changes.message).toMatch(/Default group users/);
    expect((await put(`/groups/${users.id}/customer-users`, { changes: [cell(jdoe.id, 'ro', true)] })).status).toBe(
      400,
    );
    expect(
      (await put(`/groups/${users.id}/customers`, { changes: [cell('nordwind-logistics', 'ro', true, 'same')] }))
        .status,
    ).toBe(400);
    const customer = await put('/customers/nordwind-logistics/groups', {
      changes: [cell(users.id, 'ro', true, 'same')],
    });
    expect(customer.status).toBe(400);
    const invalid = await put(userGroups(), { changes: [cell(legacy.id, 'ro', true)] });
    expect(invalid.body.errors.changes.message).toMatch(/invalid/);
    expect(permissionsOf(users.id)).toEqual([]);
  });

  it('extra customers: one customer per cell, a 409 when someone changed it since', async () => {
    const path = `/customer-users/${jdoe.id}/customers`;
    const added = await put(path, { changes: [{ row: 'atlas-medical', granted: true }] });
    expect(added).toEqual({ status: 200, body: { customerIds: ['atlas-medical', 'baltic-shipping'] } });
    const stale = await put(path, { changes: [{ row: 'baltic-shipping', granted: true }] });
    expect(stale.status).toBe(409);
    expect(stale.body.changed).toEqual([{ row: 'baltic-shipping', granted: true }]);
    expect(stale.body.current).toEqual({ customerIds: ['atlas-medical', 'baltic-shipping'] });
  });
});
