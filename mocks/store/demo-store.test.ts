import { demoCustomers, demoCustomerUsers, unknownIds } from '@mocks/seed/fixtures';
import { storedCustomerUser } from '@mocks/testing/stored-records';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CustomerUserListQuery, customerUserSchema } from '@/api/customer-user-schema';
import { cappedSeed, DemoStore } from './demo-store';

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace.hopper@example.com',
  customerId: demoCustomers['nordwind-logistics'].customerId,
};

let store: DemoStore;

beforeEach(() => {
  store = new DemoStore({ kind: 'demo' });
});

function list(search = '', extra: Partial<CustomerUserListQuery> = {}) {
  return store.customerUsers.list({ search, offset: 0, limit: 1000, sort: 'login', ...extra });
}

const jdoe = () => storedCustomerUser(demoCustomerUsers.jdoe.id, store);

function validCustomerId() {
  const customer = store.customers.list().items.find((candidate) => candidate.validity === 'valid');
  if (!customer) throw new Error('The seed has no valid customer.');
  return customer.customerId;
}

describe('DemoStore: listing', () => {
  it('sorts by username case-insensitively and pages with offset and limit', () => {
    const all = list();
    const logins = all.items.map((user) => user.login.toLowerCase());
    expect(logins).toEqual([...logins].sort());
    const second = store.customerUsers.list({ search: '', offset: 10, limit: 5, sort: 'login' });
    expect(second.items.map((user) => user.id)).toEqual(all.items.slice(10, 15).map((user) => user.id));
    expect(second.total).toBe(all.total);
  });

  it('sorts descending with a leading minus', () => {
    const logins = list('', { sort: '-login' }).items.map((user) => user.login.toLowerCase());
    expect(logins).toEqual([...logins].sort().reverse());
  });

  it('searches username, names, customer ID and email, requiring every word', () => {
    expect(list('john doe').items.map((user) => user.login)).toEqual(['jdoe']);
    expect(list('doe').items.map((user) => user.login)).toEqual(['jane.doe', 'jdoe']);
    expect(list('"john doe"').items.map((user) => user.login)).toEqual(['jdoe']);
    expect(list(jdoe().email.toUpperCase()).items.map((user) => user.login)).toEqual(['jdoe']);
    expect(list(`${jdoe().customerId} jdoe`).total).toBe(1);
  });

  it('includes invalid users and filters by validity', () => {
    expect(list('skierkegaard').items[0]?.validity).toBe('invalid');
    const temporarily = list('', { validity: 'invalid-temporarily' });
    expect(temporarily.total).toBeGreaterThan(0);
    expect(temporarily.items.every((user) => user.validity === 'invalid-temporarily')).toBe(true);
  });
});

describe('DemoStore: writing customer users', () => {
  it('creates a user with an id, version 1 and a generated password it never serves', () => {
    const result = store.customerUsers.create({ ...newUser, customerId: validCustomerId() });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { customerUser, generatedPassword } = result.value;
    expect(customerUser.id).toMatch(/^cu-\d+$/);
    expect(customerUser.version).toBe(1);
    expect(customerUser.validity).toBe('valid');
    expect(generatedPassword?.length).toBeGreaterThanOrEqual(12);
    expect(store.customerUsers.passwordOf(customerUser.id)).toBe(generatedPassword);
    expect(JSON.stringify(store.customerUsers.get(customerUser.id))).not.toContain(generatedPassword);
    expect(() => customerUserSchema.parse(customerUser)).not.toThrow();
    expect(list('ghopper').total).toBe(1);
  });

  it('trims input and keeps "0" as a value', () => {
    const result = store.customerUsers.create({
      ...newUser,
      customerId: validCustomerId(),
      login: '  ghopper ',
      zip: '0',
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.customerUser.login).toBe('ghopper');
    expect(result.value.customerUser.zip).toBe('0');
  });

  it('refuses a duplicate username or email in any letter case, naming the field', () => {
    const result = store.customerUsers.create({
      ...newUser,
      customerId: validCustomerId(),
      login: 'JDOE',
      email: jdoe().email.toUpperCase(),
    });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { login: { code: 'username.taken' }, email: { code: 'email.taken' } },
    });
  });

  it('refuses an unknown customer', () => {
    const result = store.customerUsers.create({ ...newUser, customerId: unknownIds.customer });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { customerId: { code: 'customer.unknown', message: expect.stringContaining(unknownIds.customer) } },
    });
  });

  it('updates with the current version, and refuses a stale one as a conflict', () => {
    const { id, version, createdAt, createdBy, changedAt, changedBy, ...fields } = jdoe();
    const updated = store.customerUsers.update(id, { ...fields, version, city: 'Lisbon' });
    expect(updated).toMatchObject({ ok: true, value: { city: 'Lisbon', version: version + 1 } });
    const stale = store.customerUsers.update(id, { ...fields, version, city: 'Porto' });
    expect(stale).toMatchObject({ ok: false, status: 409, current: { city: 'Lisbon' } });
  });

  it('keeps groups and extra customers when a username is renamed', () => {
    const { id, version, createdAt, createdBy, changedAt, changedBy, ...fields } = jdoe();
    const groupsBefore = [...store.permissions.userPermissions(id)];
    const extraBefore = store.permissions.extraCustomersOf(id);
    expect(groupsBefore.length).toBeGreaterThan(0);
    expect(store.customerUsers.update(id, { ...fields, version, login: 'john.doe' })).toMatchObject({ ok: true });
    expect([...store.permissions.userPermissions(id)]).toEqual(groupsBefore);
    expect(store.permissions.extraCustomersOf(id)).toEqual(extraBefore);
    expect(store.effectivePermissionsOf(id)).toMatchObject({ ok: true, value: { groups: expect.any(Array) } });
  });

  it('lets a user change only the letter case of their own username', () => {
    const { id, version, createdAt, createdBy, changedAt, changedBy, ...fields } = jdoe();
    expect(store.customerUsers.update(id, { ...fields, version, login: 'JDoe' })).toMatchObject({ ok: true });
  });

  it('keeps written records across a snapshot and restore, and reset puts the seed back', () => {
    const created = store.customerUsers.create({ ...newUser, customerId: validCustomerId() });
    expect(created.ok).toBe(true);
    const copy = new DemoStore({ kind: 'empty' });
    copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.customerUsers.list({ search: 'ghopper', offset: 0, limit: 10, sort: 'login' }).total).toBe(1);
    expect(copy.customerUsers.list({ search: '', offset: 0, limit: 10, sort: 'login' }).total).toBe(list().total);
    copy.reset({ kind: 'demo' });
    expect(copy.customerUsers.list({ search: 'ghopper', offset: 0, limit: 10, sort: 'login' }).total).toBe(0);
  });
});

describe('DemoStore: seed caps', () => {
  it('caps generated users and groups, and keeps a seed within the caps as it is', () => {
    expect(cappedSeed({ kind: 'generated', customerUsers: 10_000_000, groups: 99_999 })).toEqual({
      kind: 'generated',
      customerUsers: 100_000,
      groups: 5000,
    });
    const demo = { kind: 'demo', groups: 12 } as const;
    expect(cappedSeed(demo)).toBe(demo);
  });
});
