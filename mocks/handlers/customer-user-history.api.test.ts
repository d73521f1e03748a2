import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers, demoGroups, unknownIds } from '@mocks/seed/fixtures';
import { callApi, cell } from '@mocks/testing/api-calls';
import { editableFields, storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';
import { historyPageSchema } from '@/api/history-schema';

const { jdoe: jdoeFixture } = demoCustomerUsers;
const { admin, support } = demoGroups;

const jdoe = () => storedCustomerUser(jdoeFixture.id);
const editable = () => editableFields(jdoe());

async function historyOf(id: string, query = '') {
  const answer = await callApi('GET', `/customer-users/${id}/history${query}`);
  expect(answer.status).toBe(200);
  return historyPageSchema.parse(answer.body);
}

describe('a customer user’s history', () => {
  it('starts empty for a seeded customer user, and is a 404 for an unknown one', async () => {
    expect(await historyOf(jdoeFixture.id)).toEqual({ items: [], total: 0, offset: 0, limit: 25 });
    expect((await callApi('GET', `/customer-users/${unknownIds.customerUser}/history`)).status).toBe(404);
  });

  it('records a create with the fields set, by the session’s agent', async () => {
    const created = await callApi('POST', '/customer-users', {
      firstName: 'Grace',
      lastName: 'Hopper',
      login: 'ghopper',
      email: 'grace.hopper@example.com',
      customerId: demoCustomers['nordwind-logistics'].customerId,
      password: 'secret-1',
    });
    expect(created.status).toBe(201);
    const page = await historyOf(created.body.customerUser.id);
    expect(page.total).toBe(1);
    const [entry] = page.items;
    expect(entry).toMatchObject({ action: 'created', by: 'admin' });
    expect(entry?.changes).toContainEqual({ field: 'email', from: '', to: 'grace.hopper@example.com' });
    expect(entry?.changes).toContainEqual({ field: 'login', from: '', to: 'ghopper' });
    expect(entry?.changes.some((change) => change.field === 'password' || change.field === 'phone')).toBe(false);
  });

  it('records an update with only the fields that changed, from → to', async () => {
    const before = jdoe();
    const answer = await callApi('PUT', `/customer-users/${before.id}`, {
      ...editable(),
      email: 'john.doe@new.example',
      city: 'Bremen',
    });
    expect(answer.status).toBe(200);
    const [entry] = (await historyOf(before.id)).items;
    expect(entry).toMatchObject({ action: 'updated', by: 'admin' });
    expect(entry?.changes).toEqual([
      { field: 'email', from: before.email, to: 'john.doe@new.example' },
      { field: 'city', from: before.city, to: 'Bremen' },
    ]);
  });

  it('a rename is an update of the username', async () => {
    await callApi('PUT', `/customer-users/${jdoeFixture.id}`, { ...editable(), login: 'john.doe' });
    const [entry] = (await historyOf(jdoeFixture.id)).items;
    expect(entry?.changes).toEqual([{ field: 'login', from: 'jdoe', to: 'john.doe' }]);
  });

  it('records a password change as changed only, never its value', async () => {
    await callApi('PUT', `/customer-users/${jdoeFixture.id}`, { ...editable(), password: 'new-secret-42' });
    const answer = await callApi('GET', `/customer-users/${jdoeFixture.id}/history`);
    expect(answer.body.items[0].changes).toEqual([{ field: 'password', changed: true }]);
    expect(JSON.stringify(answer.body)).not.toContain('new-secret-42');
  });

  it('does not record a save that changed nothing', async () => {
    await callApi('PUT', `/customer-users/${jdoeFixture.id}`, editable());
    expect((await historyOf(jdoeFixture.id)).total).toBe(0);
  });

  it('records a permission change as one entry per customer user, the groups from → to', async () => {
    const answer = await callApi('PUT', `/customer-users/${jdoeFixture.id}/groups`, {
      changes: [cell(admin.id, 'ro', true), cell(support.id, 'rw', false)],
    });
    expect(answer.status).toBe(200);
    const page = await historyOf(jdoeFixture.id);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ action: 'permissions', by: 'admin' });
    expect(page.items[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'group', group: 'admin', from: '', to: 'ro' },
        { field: 'group', group: 'support', from: 'ro, rw', to: 'ro' },
      ]),
    );
  });

  it('records a change from the group’s side and of the extra customers', async () => {
    const fromGroup = await callApi('PUT', `/groups/${admin.id}/customer-users`, {
      changes: [cell(jdoeFixture.id, 'ro', true), cell(jdoeFixture.id, 'rw', true)],
    });
    expect(fromGroup.status).toBe(200);
    const extra = demoCustomers['andes-mining'].customerId;
    const customers = await callApi('PUT', `/customer-users/${jdoeFixture.id}/customers`, {
      changes: [{ row: extra, granted: true }],
    });
    expect(customers.status).toBe(200);
    const page = await historyOf(jdoeFixture.id);
    expect(page.items.map((entry) => entry.changes)).toEqual([
      [{ field: 'customers', from: expect.any(String), to: expect.stringContaining(extra) }],
      [{ field: 'group', group: 'admin', from: '', to: 'ro, rw' }],
    ]);
  });

  it('serves the entries newest first, a page at a time', async () => {
    for (const city of ['A', 'B', 'C', 'D', 'E']) {
      await callApi('PUT', `/customer-users/${jdoeFixture.id}`, { ...editable(), city });
    }
    const first = await historyOf(jdoeFixture.id, '?offset=0&limit=2');
    expect(first.total).toBe(5);
    expect(first.items.map((entry) => entry.changes[0])).toMatchObject([{ to: 'E' }, { to: 'D' }]);
    const last = await historyOf(jdoeFixture.id, '?offset=4&limit=2');
    expect(last).toMatchObject({ total: 5, offset: 4, limit: 2 });
    expect(last.items.map((entry) => entry.changes[0])).toMatchObject([{ to: 'A' }]);
    expect((await callApi('GET', `/customer-users/${jdoeFixture.id}/history?limit=0`)).status).toBe(400);
  });

  it('survives a snapshot and is emptied by a reset', async () => {
    await callApi('PUT', `/customer-users/${jdoeFixture.id}`, { ...editable(), city: 'Kiel' });
    const snapshot = testStore.snapshot();
    testStore.reset();
    expect((await historyOf(jdoeFixture.id)).total).toBe(0);
    testStore.restore(JSON.parse(JSON.stringify(snapshot)));
    expect((await historyOf(jdoeFixture.id)).items[0]?.changes).toEqual([
      { field: 'city', from: expect.any(String), to: 'Kiel' },
    ]);
  });
});
