import { testStore } from '@mocks/node';
import { demoCustomerUsers, demoGroups, unknownIds } from '@mocks/seed/fixtures';
import { callApi, cell } from '@mocks/testing/api-calls';
import { describe, expect, it } from 'vitest';

// The permissions and settings API refuses bad input with a 400 naming the field, and writes nothing.

const put = (path: string, body?: unknown, raw?: string) => callApi('PUT', path, body, raw);
const { jdoe } = demoCustomerUsers;
const { admin, stats, support } = demoGroups;
const legacy = demoGroups['legacy-portal'];

const userGroups = `/customer-users/${jdoe.id}/groups`;
const extraCustomers = `/customer-users/${jdoe.id}/customers`;
const written = () => JSON.stringify([testStore.permissions.snapshot(), testStore.settings]);
const settings = () => ({ ...testStore.settings });

type BadPut = [name: string, path: string, field: string, body: () => unknown];

const badPuts: BadPut[] = [
  ['an unknown group', userGroups, 'changes', () => ({ changes: [cell(unknownIds.group, 'ro', true)] })],
  ['an invalid group', userGroups, 'changes', () => ({ changes: [cell(legacy.id, 'ro', true)] })],
  [
    'the same cell twice with different values',
    userGroups,
    'changes',
    () => ({ changes: [cell(admin.id, 'ro', true), cell(admin.id, 'ro', false)] }),
  ],
  ['an unknown key in the body', userGroups, 'force', () => ({ changes: [], force: true })],
  [
    'an unknown key in a cell',
    userGroups,
    'changes',
    () => ({ changes: [{ ...cell(stats.id, 'ro', true), permissions: ['ro', 'rw'] }] }),
  ],
  [
    'a row with a control character',
    userGroups,
    'changes',
    () => ({ changes: [cell(`${admin.id}\u0000`, 'ro', true)] }),
  ],
  [
    'an Other Customers cell while that context is off (customer → groups)',
    '/customers/nordwind-logistics/groups',
    'changes',
    () => ({ changes: [cell(stats.id, 'ro', true, 'other')] }),
  ],
  [
    'an Other Customers cell while that context is off (group → customers)',
    `/groups/${support.id}/customers`,
    'changes',
    () => ({ changes: [cell('atlas-medical', 'ro', true, 'other')] }),
  ],
  [
    'a deactivated customer as an extra customer',
    extraCustomers,
    'changes',
    () => ({ changes: [{ row: 'old-mill-bakery', granted: true }] }),
  ],
  [
    'an unknown key in an extra customer cell',
    extraCustomers,
    'changes',
    () => ({ changes: [{ row: 'atlas-medical', granted: true, primary: true }] }),
  ],
  ['a list limit of 0', '/settings', 'listLimit', () => ({ ...settings(), listLimit: 0 })],
  ['a list limit over 10000', '/settings', 'listLimit', () => ({ ...settings(), listLimit: 10001 })],
  ['a list limit that is not whole', '/settings', 'listLimit', () => ({ ...settings(), listLimit: 2.5 })],
  ['an unknown default group', '/settings', 'alwaysGroups', () => ({ ...settings(), alwaysGroups: ['users', 'nope'] })],
  ['a default group twice', '/settings', 'alwaysGroups', () => ({ ...settings(), alwaysGroups: ['users', 'users'] })],
  ['an unknown settings key', '/settings', 'theme', () => ({ ...settings(), theme: 'dark' })],
];

describe('PUTs of permissions and settings refuse bad input with a 400 naming the field', () => {
  it.each(badPuts)('%s', async (_name, path, field, body) => {
    const before = written();
    const answer = await put(path, body());
    expect(answer.status).toBe(400);
    expect(answer.body.errors[field].message).toEqual(expect.any(String));
    expect(written()).toBe(before);
  });

  it.each([
    ['__proto__', '/settings'],
    ['constructor', '/settings'],
    ['__proto__', userGroups],
  ])('a key %j is named, not answered as a bare "body" (%s)', async (key, path) => {
    const before = written();
    const raw = `{"${key}":{"isAdministrator":true},"changes":[],${JSON.stringify(settings()).slice(1)}`;
    const answer = await put(path, undefined, raw);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors)).toContain(key);
    expect(answer.body.errors.body).toBeUndefined();
    expect(written()).toBe(before);
  });

  it('takes Other Customers cells once that context is on, and revokes a deactivated extra customer', async () => {
    testStore.settings = { ...testStore.settings, otherCustomersContext: true };
    const other = await put('/customers/nordwind-logistics/groups', { changes: [cell(stats.id, 'ro', true, 'other')] });
    expect(other.status).toBe(200);
    testStore.permissions.setExtraCustomers(jdoe.id, ['old-mill-bakery']);
    const revoked = await put(extraCustomers, { changes: [{ row: 'old-mill-bakery', granted: false }] });
    expect(revoked).toEqual({ status: 200, body: { customerIds: [] } });
  });

  it('takes a list limit of 10000 and existing default groups', async () => {
    const answer = await put('/settings', { ...settings(), listLimit: 10000, alwaysGroups: ['users', stats.name] });
    expect(answer.status).toBe(200);
    expect(testStore.settings).toMatchObject({ listLimit: 10000, alwaysGroups: ['users', stats.name] });
  });
});
