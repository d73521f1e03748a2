import { demoCustomers } from '@mocks/seed/fixtures';
import { editableFields, storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';
import type { Validity } from '@/api/common-schema';
import {
  type CustomerUser,
  type CustomerUserSort,
  customerUserSchema,
  customerUserSortKeys,
} from '@/api/customer-user-schema';
import { buildSearchHaystack, compileSearch, matchesSearch } from '@/lib/search-matching';
import { DemoStore } from './demo-store';
import { sortCustomerUsers } from './sorting';

const queries = [
  '',
  '*',
  'mar',
  'MAR',
  'ma*in',
  'a*o',
  '"an"',
  'maria garcia',
  '"maria garcia"',
  'garcia maria',
  'łu',
  'lukasz',
  'ŁUKASZ',
  'muller',
  'Jürgen',
  'nordwind',
  'nordwind-logistics',
  '@',
  '.',
  'a.s',
  'anna nordwind',
  'z*z',
  'wi*ski',
  '"sk',
  'ann*',
  '*son',
  '2@',
  'en@',
  'e*@atlas',
  's@a*m',
  'cu-0',
  'lisbon',
  'new',
  'zzzz',
  'alvaro',
  'aaa.f',
  'nowak lukasz',
];
const sorts: CustomerUserSort[] = customerUserSortKeys.flatMap((key) => [key, `-${key}`] as const);
const validities: (Validity | undefined)[] = [undefined, 'valid', 'invalid-temporarily'];

const haystacks = new WeakMap<CustomerUser, string>();

/** The text matchesSearch looks in, kept per record (records are never changed in place). */
function haystackOf(user: CustomerUser): string {
  let haystack = haystacks.get(user);
  if (haystack === undefined) {
    const { login, firstName, lastName, customerId, email } = user;
    haystack = buildSearchHaystack([login, firstName, lastName, `${firstName} ${lastName}`, customerId, email]);
    haystacks.set(user, haystack);
  }
  return haystack;
}

/** The list as the plain rules make it: every record, filtered as matchesSearch does, sorted by sortCustomerUsers. */
function referenceList(users: readonly CustomerUser[], search: string, sort: CustomerUserSort, validity?: Validity) {
  const matches = compileSearch(search);
  const found = users.filter(
    (user) => (validity === undefined || user.validity === validity) && matches(haystackOf(user)),
  );
  return sortCustomerUsers(found, sort);
}

function expectListsAsReference(store: DemoStore) {
  const users = store.customerUsers.all();
  for (const search of queries) {
    for (const sort of sorts) {
      for (const validity of validities) {
        const expected = referenceList(users, search, sort, validity);
        const query = { search, sort, validity, offset: 0, limit: 1000 };
        const page = store.customerUsers.list(query);
        const label = JSON.stringify({ search, sort, validity });
        expect(page.total, label).toBe(expected.length);
        expect(
          page.items.map((user) => user.id),
          label,
        ).toEqual(expected.slice(0, 1000).map((user) => user.id));
        const later = store.customerUsers.list({ ...query, offset: 37, limit: 13 });
        expect(later.items, label).toEqual(expected.slice(37, 50));
        expect(later.total, label).toBe(expected.length);
      }
    }
  }
}

const current = (store: DemoStore, id: string) => storedCustomerUser(id, store);
const editable = (store: DemoStore, id: string) => ({ ...editableFields(current(store, id)), password: '' });

/** Writes of every kind: renames, new names and emails, a new user, validity changes, a record written twice. */
function writeSome(store: DemoStore) {
  const users = store.customerUsers.list({ search: '', sort: 'login', offset: 0, limit: 1000 }).items;
  const [first, second, third, fourth, fifth] = [0, 5, 40, 77, 120].map((index) => users[index] as CustomerUser) as [
    CustomerUser,
    CustomerUser,
    CustomerUser,
    CustomerUser,
    CustomerUser,
  ];
  const customerId = demoCustomers['nordwind-logistics'].customerId;
  const write = (result: { ok: boolean }) => expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  write(
    store.customerUsers.update(first.id, { ...editable(store, first.id), login: 'zz.renamed', firstName: 'Álvaro' }),
  );
  write(
    store.customerUsers.update(second.id, {
      ...editable(store, second.id),
      lastName: 'Garcia',
      firstName: 'Maria',
      email: 'new.address@lisbon.example',
    }),
  );
  write(store.customerUsers.update(third.id, { ...editable(store, third.id), validity: 'invalid-temporarily' }));
  write(store.customerUsers.update(third.id, { ...editable(store, third.id), city: 'Lisbon', login: 'Aaa.First' }));
  write(
    store.customerUsers.create({
      firstName: 'Łukasz',
      lastName: 'Nowak',
      login: 'lnowak.new',
      email: 'lukasz@new.example',
      customerId,
    }),
  );
  write(
    store.customerUsers.create({
      firstName: 'Anna',
      lastName: 'Marín',
      login: fourth.login.toUpperCase().replace(/^./, 'Z'),
      email: 'anna.marin@new.example',
      customerId,
    }),
  );
  const validities = store.customerUsers.setValidities([
    { id: fourth.id, version: current(store, fourth.id).version, validity: 'invalid' },
    { id: fifth.id, version: current(store, fifth.id).version, validity: 'valid' },
  ]);
  expect(validities.map((result) => result.status)).toEqual(['updated', 'updated']);
  // The old username is free again, the new one taken.
  expect(store.customerUsers.findByLogin(first.login)).toBeUndefined();
  expect(store.customerUsers.findByLogin('ZZ.RENAMED')?.id).toBe(first.id);
  const taken = store.customerUsers.update(fifth.id, {
    ...editable(store, fifth.id),
    login: 'zz.renamed',
    email: 'NEW.address@lisbon.example',
  });
  expect(taken).toMatchObject({
    ok: false,
    errors: { login: { code: 'username.taken' }, email: { code: 'email.taken' } },
  });
  write(
    store.customerUsers.update(fifth.id, {
      ...editable(store, fifth.id),
      login: first.login,
      email: 'taken.over@new.example',
    }),
  );
}

describe('the customer user list over compact generated users', { timeout: 120_000 }, () => {
  it('lists, searches, sorts, filters and pages as the plain rules over every record', () => {
    const store = new DemoStore({ kind: 'generated', customerUsers: 2000 });
    for (const user of store.customerUsers.all().slice(0, 50)) customerUserSchema.parse(user);
    expectListsAsReference(store);
  });

  it('still does after writes of every kind, and after a snapshot is restored', () => {
    const store = new DemoStore({ kind: 'generated', customerUsers: 2000 });
    // Sort orders already built before the writes are updated, not rebuilt.
    for (const sort of sorts) store.customerUsers.list({ search: 'mar', sort, offset: 0, limit: 5 });
    writeSome(store);
    expect(store.customerUsers.all()).toHaveLength(2002);
    expectListsAsReference(store);

    const copy = new DemoStore({ kind: 'empty' });
    copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.customerUsers.written()).toEqual(store.customerUsers.written());
    expect(copy.customerUsers.all()).toEqual(store.customerUsers.all());
    expectListsAsReference(copy);
  });

  it('finds usernames and emails of seeded and written users in any letter case', () => {
    const store = new DemoStore({ kind: 'generated', customerUsers: 2000 });
    const [user] = store.customerUsers.list({ search: '', sort: '-email', offset: 0, limit: 1 }).items;
    if (!user) throw new Error('no users');
    expect(store.customerUsers.findByLogin(user.login.toUpperCase())?.id).toBe(user.id);
    const customerId = user.customerId;
    const duplicate = store.customerUsers.create({
      firstName: 'A',
      lastName: 'B',
      login: ` ${user.login.toUpperCase()} `,
      email: user.email.toUpperCase(),
      customerId,
    });
    expect(duplicate).toMatchObject({
      ok: false,
      errors: { login: { code: 'username.taken' }, email: { code: 'email.taken' } },
    });
  });
});

describe('the customer user list over the demo seed', { timeout: 60_000 }, () => {
  it('lists as the plain rules, before and after writes', () => {
    const store = new DemoStore({ kind: 'demo' });
    expectListsAsReference(store);
    writeSome(store);
    expectListsAsReference(store);
    const renamed = store.customerUsers.findByLogin('zz.renamed');
    expect(renamed && matchesSearch('zz.renamed', [renamed.login])).toBe(true);
  });
});
