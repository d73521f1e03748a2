import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { api } from './client';
import {
  asAdministrator,
  asNonAdministrator,
  type Customer,
  type CustomerUser,
  cell,
  createCustomer,
  createCustomerUser,
  editable,
  expectFieldProblem,
  expectProblem,
  type Group,
  grantableGroups,
  paths,
  read,
  type Settings,
  unique,
  withSettings,
} from './support';

// Group membership: who may see and change it (403), the saves of single cells (a 409 for a cell changed
// since it was read), the settings, and what a customer user may do in the end (effective permissions),
// from its own groups, its customers' groups, the default groups and the settings.

interface Effective {
  groups: { groupId: string; name: string; ro: boolean; rw: boolean }[];
  customerAccess: { customerId: string; name: string; direct: boolean; indirect: boolean }[];
}

let customer: Customer;
let user: CustomerUser;
beforeAll(async () => {
  customer = await createCustomer();
  user = await createCustomerUser(customer.customerId);
});

/** Administrator, customer group support on, Other Customers context as given. */
async function membershipOn(context: TestContext, otherCustomersContext = false) {
  return withSettings(context, { customerGroupSupport: true, otherCustomersContext });
}

const effectiveOf = (id: string) => read<Effective>(paths.effectivePermissions(id));
const groupRow = (effective: Effective, groupId: string) => effective.groups.find((group) => group.groupId === groupId);
const access = (effective: Effective, customerId: string) =>
  effective.customerAccess.find((row) => row.customerId === customerId);

async function save(path: string, changes: unknown[]) {
  const answer = await api.put(path, { changes });
  expect(answer.status, answer.text).toBe(200);
  return answer;
}

describe('effective permissions', () => {
  it('come from the user’s own groups, its customers’ Same Customer groups and the default groups', async (context) => {
    const settings = await membershipOn(context);
    const [first, second] = await grantableGroups(context, 2);
    if (!first || !second) return;
    const own = await createCustomer();
    const member = await createCustomerUser(own.customerId);

    const fresh = await effectiveOf(member.id);
    expect(groupRow(fresh, first.id)).toBeUndefined();
    expect(groupRow(fresh, second.id)).toBeUndefined();
    const { items: groups } = await read<{ items: Group[] }>(paths.groups);
    for (const name of settings.alwaysGroups) {
      const group = groups.find((candidate) => candidate.name === name && candidate.validity === 'valid');
      if (group) expect(groupRow(fresh, group.id)).toMatchObject({ name, ro: true, rw: true });
    }
    expect(fresh.customerAccess).toEqual([
      { customerId: own.customerId, name: own.name, direct: true, indirect: false },
    ]);

    await save(paths.customerUserGroups(member.id), [cell(first.id, 'ro', true)]);
    await save(paths.customerGroups(own.customerId), [
      cell(second.id, 'ro', true, 'same'),
      cell(second.id, 'rw', true, 'same'),
    ]);
    const granted = await effectiveOf(member.id);
    expect(groupRow(granted, first.id)).toEqual({ groupId: first.id, name: first.name, ro: true, rw: false });
    expect(groupRow(granted, second.id)).toEqual({ groupId: second.id, name: second.name, ro: true, rw: true });

    // Revoking the user's own cell leaves what its customer gives.
    await save(paths.customerUserGroups(member.id), [cell(first.id, 'ro', false)]);
    const revoked = await effectiveOf(member.id);
    expect(groupRow(revoked, first.id)).toBeUndefined();
    expect(groupRow(revoked, second.id)).toMatchObject({ ro: true, rw: true });
  });

  it('extra customers give access and their groups, while they are valid', async (context) => {
    await membershipOn(context);
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const primary = await createCustomer();
    const extra = await createCustomer();
    const member = await createCustomerUser(primary.customerId);

    const added = await save(paths.customerUserCustomers(member.id), [{ row: extra.customerId, granted: true }]);
    expect(added.body).toEqual({ customerIds: [extra.customerId] });
    expect(await read(paths.customerUserCustomers(member.id))).toEqual({ customerIds: [extra.customerId] });
    await save(paths.customerGroups(extra.customerId), [cell(group.id, 'ro', true, 'same')]);

    const withExtra = await effectiveOf(member.id);
    expect(access(withExtra, extra.customerId)).toEqual({
      customerId: extra.customerId,
      name: extra.name,
      direct: true,
      indirect: false,
    });
    expect(groupRow(withExtra, group.id)).toMatchObject({ ro: true, rw: false });

    const invalid = await api.put(paths.customer(extra.customerId), { ...editable(extra), validity: 'invalid' });
    expect(invalid.status).toBe(200);
    const withoutExtra = await effectiveOf(member.id);
    expect(access(withoutExtra, extra.customerId)).toBeUndefined();
    expect(groupRow(withoutExtra, group.id)).toBeUndefined();
  });

  it('the Other Customers context opens other customers that hold the same group', async (context) => {
    await membershipOn(context, true);
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const own = await createCustomer();
    const other = await createCustomer();
    const member = await createCustomerUser(own.customerId);
    expect(access(await effectiveOf(member.id), other.customerId)).toBeUndefined();

    await save(paths.customerGroups(own.customerId), [cell(group.id, 'ro', true, 'other')]);
    await save(paths.customerGroups(other.customerId), [cell(group.id, 'ro', true, 'same')]);
    const effective = await effectiveOf(member.id);
    expect(access(effective, other.customerId)).toEqual({
      customerId: other.customerId,
      name: other.name,
      direct: false,
      indirect: true,
    });
    expect(access(effective, own.customerId)).toMatchObject({ direct: true, indirect: false });
  });

  it('with customer group support off, every valid group is granted in full', async (context) => {
    await withSettings(context, { customerGroupSupport: false });
    const { items: groups } = await read<{ items: Group[] }>(paths.groups);
    const effective = await effectiveOf(user.id);
    const valid = groups.filter((group) => group.validity === 'valid');
    expect(effective.groups.map((row) => row.groupId).sort()).toEqual(valid.map((group) => group.id).sort());
    for (const row of effective.groups) expect(row).toMatchObject({ ro: true, rw: true });
    for (const group of groups.filter((candidate) => candidate.validity !== 'valid')) {
      expect(groupRow(effective, group.id)).toBeUndefined();
    }
  });
});

describe('saving cells', () => {
  it('every path reads its rows; a saved cell shows in every direction', async (context) => {
    await membershipOn(context);
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const own = await createCustomer();
    const member = await createCustomerUser(own.customerId);
    await save(paths.groupCustomerUsers(group.id), [cell(member.id, 'ro', true), cell(member.id, 'rw', true)]);
    const userGroups = await read<{ items: { groupId: string; permissions: string[] }[] }>(
      paths.customerUserGroups(member.id),
    );
    expect(userGroups.items.find((row) => row.groupId === group.id)).toEqual({
      groupId: group.id,
      permissions: ['ro', 'rw'],
    });
    const members = await api.get(paths.groupCustomerUsers(group.id), { query: { search: member.login } });
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual([
      expect.objectContaining({ customerUserId: member.id, login: member.login, permissions: ['ro', 'rw'] }),
    ]);

    await save(paths.groupCustomers(group.id), [cell(own.customerId, 'ro', true, 'same')]);
    const customerGroups = await read<{ items: { groupId: string; same: string[]; other: string[] }[] }>(
      paths.customerGroups(own.customerId),
    );
    expect(customerGroups.items.find((row) => row.groupId === group.id)).toEqual({
      groupId: group.id,
      same: ['ro'],
      other: [],
    });
    const groupCustomers = await read<{ items: { customerId: string; same: string[] }[] }>(
      paths.groupCustomers(group.id),
    );
    expect(groupCustomers.items.find((row) => row.customerId === own.customerId)).toMatchObject({ same: ['ro'] });
  });

  it('two saves of different cells both stay; a cell changed since it was read is a 409, and nothing is written', async (context) => {
    await membershipOn(context);
    const [first, second] = await grantableGroups(context, 2);
    if (!first || !second) return;
    const member = await createCustomerUser(customer.customerId);
    const path = paths.customerUserGroups(member.id);
    await save(path, [cell(first.id, 'ro', true)]);
    const stale = await api.put(path, { changes: [cell(second.id, 'ro', true), cell(first.id, 'ro', true)] });
    expectProblem(stale, 409, 'permissions.conflict');
    expect(stale.body.changed).toEqual([cell(first.id, 'ro', true)]);
    const byGroup = (a: { groupId: string }, b: { groupId: string }) => a.groupId.localeCompare(b.groupId);
    expect([...stale.body.current.items].sort(byGroup)).toEqual(
      [
        { groupId: second.id, permissions: [] },
        { groupId: first.id, permissions: ['ro'] },
      ].sort(byGroup),
    );
    const rows = (await read<{ items: { groupId: string; permissions: string[] }[] }>(path)).items;
    expect(rows.find((row) => row.groupId === second.id)?.permissions).toEqual([]);
    await save(path, [cell(second.id, 'ro', true)]);
    const both = (await read<{ items: { groupId: string; permissions: string[] }[] }>(path)).items;
    expect(both.filter((row) => [first.id, second.id].includes(row.groupId)).map((row) => row.permissions)).toEqual([
      ['ro'],
      ['ro'],
    ]);
  });

  it('rw without ro is a conflict: it would change a cell the save did not send', async (context) => {
    await membershipOn(context);
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const member = await createCustomerUser(customer.customerId);
    const answer = await api.put(paths.groupCustomerUsers(group.id), { changes: [cell(member.id, 'rw', true)] });
    expectProblem(answer, 409, 'permissions.conflict');
    expect(answer.body.changed).toEqual([cell(member.id, 'ro', false)]);
  });

  it('extra customers: a cell someone changed since is a 409 with the current list', async (context) => {
    await membershipOn(context);
    const extra = await createCustomer();
    const member = await createCustomerUser(customer.customerId);
    const path = paths.customerUserCustomers(member.id);
    await save(path, [{ row: extra.customerId, granted: true }]);
    const stale = await api.put(path, { changes: [{ row: extra.customerId, granted: true }] });
    expectProblem(stale, 409, 'permissions.conflict');
    expect(stale.body.changed).toEqual([{ row: extra.customerId, granted: true }]);
    expect(stale.body.current).toEqual({ customerIds: [extra.customerId] });
  });

  it('an unknown customer user, customer or group is a 404', async (context) => {
    await membershipOn(context);
    expectProblem(await api.get(paths.customerUserGroups(unique('nobody'))), 404, 'customer_user.not_found');
    expectProblem(await api.get(paths.customerUserCustomers(unique('nobody'))), 404, 'customer_user.not_found');
    expectProblem(await api.get(paths.customerGroups(unique('nobody'))), 404, 'customer.not_found');
    expectProblem(await api.get(paths.groupCustomerUsers(unique('nobody'))), 404, 'group.not_found');
    expectProblem(await api.put(paths.groupCustomers(unique('nobody')), { changes: [] }), 404, 'group.not_found');
  });
});

describe('bad cells are a 400 on `changes`, and nothing is written', () => {
  it.for<
    [
      string,
      string,
      (groups: { grantable: Group; defaultGroup?: Group; invalidGroup?: Group }) => unknown[] | undefined,
    ]
  >([
    ['an unknown group', 'cell.unknown_group', () => [cell(unique('nogroup'), 'ro', true)]],
    [
      'a default group',
      'cell.default_group',
      ({ defaultGroup }) => defaultGroup && [cell(defaultGroup.id, 'ro', true)],
    ],
    [
      'an invalid group',
      'cell.invalid_group',
      ({ invalidGroup }) => invalidGroup && [cell(invalidGroup.id, 'ro', true)],
    ],
    [
      'a cell sent twice',
      'cell.sent_twice',
      ({ grantable }) => [cell(grantable.id, 'ro', true), cell(grantable.id, 'ro', false)],
    ],
    [
      'a context the path does not have',
      'cell.no_such_field',
      ({ grantable }) => [cell(grantable.id, 'ro', true, 'same')],
    ],
  ])('a customer user’s groups: %s', async ([name, code, changes], context) => {
    await membershipOn(context);
    const [grantable] = await grantableGroups(context, 1);
    if (!grantable) return;
    const [{ items: groups }, settings] = await Promise.all([
      read<{ items: Group[] }>(paths.groups),
      read<Settings>(paths.settings),
    ]);
    const defaultGroup = groups.find((group) => settings.alwaysGroups.includes(group.name));
    const invalidGroup = groups.find(
      (group) => group.validity !== 'valid' && !settings.alwaysGroups.includes(group.name),
    );
    const sent = changes({ grantable, defaultGroup, invalidGroup });
    if (!sent) context.skip(`The server has no group for “${name}”, and groups cannot be made through the API.`);
    const path = paths.customerUserGroups(user.id);
    const before = await read(path);
    expectFieldProblem(await api.put(path, { changes: sent }), 'changes', code);
    expect(await read(path)).toEqual(before);
  });

  it('Other Customers cells while that context is off; unknown rows on a group’s paths', async (context) => {
    await membershipOn(context, false);
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const other = await api.put(paths.customerGroups(customer.customerId), {
      changes: [cell(group.id, 'ro', true, 'other')],
    });
    expectFieldProblem(other, 'changes', 'cell.other_context_off');
    const nobody = await api.put(paths.groupCustomerUsers(group.id), { changes: [cell(unique('nobody'), 'ro', true)] });
    expectFieldProblem(nobody, 'changes', 'cell.unknown_customer_user');
    const noCustomer = await api.put(paths.groupCustomers(group.id), {
      changes: [cell(unique('nobody'), 'ro', true, 'same')],
    });
    expectFieldProblem(noCustomer, 'changes', 'cell.unknown_customer');
  });

  it.for([
    ['a cell with another key', [{ row: 'g', field: 'permissions', type: 'ro', granted: true, extra: 1 }]],
    ['a cell of an unknown type', [{ row: 'g', field: 'permissions', type: 'admin', granted: true }]],
    ['a cell without granted', [{ row: 'g', field: 'permissions', type: 'ro' }]],
    ['changes that are not a list', 'ro'],
  ] as const)('%s', async ([_name, changes], context) => {
    await membershipOn(context);
    const answer = await api.put(paths.customerUserGroups(user.id), { changes });
    expectProblem(answer, 400, 'request.invalid');
    expect(Object.keys(answer.body.errors ?? {})).not.toHaveLength(0);
  });

  it('extra customers: unknown, not valid, the primary one, sent twice', async (context) => {
    await membershipOn(context);
    const invalid = await createCustomer({ validity: 'invalid' });
    const extra = await createCustomer();
    const path = paths.customerUserCustomers(user.id);
    const codeOf = async (changes: unknown[]) => expectFieldProblem(await api.put(path, { changes }), 'changes').code;
    expect(await codeOf([{ row: unique('nobody'), granted: true }])).toBe('cell.unknown_customer');
    expect(await codeOf([{ row: invalid.customerId, granted: true }])).toBe('extra_customer.not_valid');
    expect(await codeOf([{ row: user.customerId, granted: true }])).toBe('extra_customer.primary');
    expect(
      await codeOf([
        { row: extra.customerId, granted: true },
        { row: extra.customerId, granted: false },
      ]),
    ).toBe('extra_customer.sent_twice');
    expect(await read(path)).toEqual({ customerIds: [] });
  });
});

describe('settings', () => {
  it('an administrator reads and writes them', async (context) => {
    const settings = await withSettings(context, { otherCustomersContext: true });
    expect(await read(paths.settings)).toEqual(settings);
  });

  it.for<[string, string, string | undefined, (settings: Settings) => unknown]>([
    ['a list limit of 0', 'listLimit', 'settings.list_limit.invalid', (settings) => ({ ...settings, listLimit: 0 })],
    [
      'a list limit over 10000',
      'listLimit',
      'settings.list_limit.invalid',
      (settings) => ({ ...settings, listLimit: 10001 }),
    ],
    [
      'a list limit that is a fraction',
      'listLimit',
      'settings.list_limit.invalid',
      (settings) => ({ ...settings, listLimit: 2.5 }),
    ],
    [
      'a default group that does not exist',
      'alwaysGroups',
      'settings.always_groups.unknown',
      (settings) => ({ ...settings, alwaysGroups: [unique('nogroup')] }),
    ],
    [
      'a default group twice',
      'alwaysGroups',
      'settings.always_groups.twice',
      (settings) => ({ ...settings, alwaysGroups: settings.alwaysGroups.slice(0, 1).flatMap((name) => [name, name]) }),
    ],
    [
      'default groups that are not a list',
      'alwaysGroups',
      'settings.always_groups.not_list',
      (settings) => ({ ...settings, alwaysGroups: 'users' }),
    ],
    [
      'group support that is not true or false',
      'customerGroupSupport',
      'settings.customer_group_support.invalid',
      (settings) => ({ ...settings, customerGroupSupport: 'yes' }),
    ],
    [
      'the context that is not true or false',
      'otherCustomersContext',
      'settings.other_customers_context.invalid',
      (settings) => ({ ...settings, otherCustomersContext: 1 }),
    ],
    ['a setting missing', 'listLimit', undefined, ({ listLimit: _limit, ...settings }) => settings],
    ['an unknown setting', 'theme', 'request.unknown_field', (settings) => ({ ...settings, theme: 'dark' })],
  ])('%s is a 400 naming it, and nothing changes', async ([name, field, code, body], context) => {
    await asAdministrator(context);
    const before = await read<Settings>(paths.settings);
    const sent = body(before) as Partial<Settings>;
    if (name === 'a default group twice' && sent.alwaysGroups?.length === 0) {
      context.skip('The server has no default group to list twice.');
    }
    const problem = expectFieldProblem(await api.put(paths.settings, sent), field, code);
    if (code === 'settings.list_limit.invalid') expect(problem.params).toMatchObject({ min: 1, max: 10000 });
    expect(await read(paths.settings)).toEqual(before);
  });
});

describe('403: only administrators see and change membership and settings', () => {
  it('a non-administrator is refused every membership path and a settings change', async (context) => {
    const [group] = await grantableGroups(context, 1);
    await asNonAdministrator(context);
    const settings = await read<Settings>(paths.settings);
    const refused = [
      await api.get(paths.customerUserGroups(user.id)),
      await api.put(paths.customerUserGroups(user.id), { changes: [] }),
      await api.get(paths.customerUserCustomers(user.id)),
      await api.put(paths.customerUserCustomers(user.id), { changes: [] }),
      await api.get(paths.customerGroups(customer.customerId)),
      await api.put(paths.customerGroups(customer.customerId), { changes: [] }),
      ...(group
        ? [
            await api.get(paths.groupCustomerUsers(group.id)),
            await api.put(paths.groupCustomerUsers(group.id), { changes: [] }),
            await api.get(paths.groupCustomers(group.id)),
            await api.put(paths.groupCustomers(group.id), { changes: [] }),
          ]
        : []),
    ];
    for (const answer of refused) expectProblem(answer, 403, 'membership.administrators_only');
    expectProblem(await api.put(paths.settings, settings), 403, 'settings.administrators_only');
    expectProblem(
      await api.put(paths.settings, { ...settings, customerGroupSupport: !settings.customerGroupSupport }),
      403,
      'settings.administrators_only',
    );
    expect(await read(paths.settings)).toEqual(settings);
    // What everyone may read.
    expect((await api.get(paths.groups)).status).toBe(200);
    expect((await api.get(paths.effectivePermissions(user.id))).status).toBe(200);
    expect(await read(paths.session)).toMatchObject({ isAdministrator: false });
  });

  it('with customer group support off, membership is refused even to an administrator', async (context) => {
    await withSettings(context, { customerGroupSupport: false });
    expectProblem(await api.get(paths.customerUserGroups(user.id)), 403, 'membership.disabled');
    expectProblem(
      await api.put(paths.customerGroups(customer.customerId), { changes: [] }),
      403,
      'membership.disabled',
    );
  });
});
