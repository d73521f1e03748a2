import { describe, expect, it } from 'vitest';
import { customerSchema } from '@/api/customer-schema';
import { customerUserSchema } from '@/api/customer-user-schema';
import { groupSchema } from '@/api/group-schema';
import { demoCustomerUsers } from './fixtures';
import { createSeed } from './seed';

function expectUnique(values: string[]) {
  expect(new Set(values.map((value) => value.toLowerCase())).size).toBe(values.length);
}

describe('demo seed', () => {
  const demo = createSeed({ kind: 'demo' });

  it('parses with the contract', () => {
    for (const user of demo.customerUsers) customerUserSchema.parse(user);
    for (const customer of demo.customers) customerSchema.parse(customer);
    for (const group of demo.groups) groupSchema.parse(group);
  });

  it('has about 300 users with unique ids, usernames and emails', () => {
    expect(demo.customerUsers).toHaveLength(300);
    expectUnique(demo.customerUsers.map((user) => user.id));
    expectUnique(demo.customerUsers.map((user) => user.login));
    expectUnique(demo.customerUsers.map((user) => user.email));
  });

  it('starts with the hand-picked users', () => {
    const handPicked = Object.values(demoCustomerUsers);
    expect(handPicked.map((user) => user.login)).toEqual([
      'jdoe',
      'jane.doe',
      'msmith',
      'ohaddad',
      'mnovak',
      'mmueller',
      'alovelace',
      'skierkegaard',
      'cwei',
    ]);
    expect(demo.customerUsers.slice(0, handPicked.length).map((user) => `${user.id} ${user.login}`)).toEqual(
      handPicked.map((user) => `${user.id} ${user.login}`),
    );
  });

  it('keeps "doe", "john" and "lovelace" to the hand-picked users', () => {
    const fieldsOf = (user: (typeof demo.customerUsers)[number]) =>
      [user.login, user.firstName, user.lastName, user.email].join(' ').toLowerCase();
    const others = demo.customerUsers.slice(Object.keys(demoCustomerUsers).length).map(fieldsOf);
    expect(others.filter((text) => /doe|john|lovelace/.test(text))).toEqual([]);
  });

  it('has one invalid customer, and users of every validity, all with existing customers', () => {
    expect(demo.customers.filter((customer) => customer.validity !== 'valid')).toHaveLength(1);
    const validities = new Set(demo.customerUsers.map((user) => user.validity));
    expect([...validities].sort()).toEqual(['invalid', 'invalid-temporarily', 'valid']);
    const customerIds = new Set(demo.customers.map((customer) => customer.customerId));
    expect(demo.customerUsers.every((user) => customerIds.has(user.customerId))).toBe(true);
  });

  it('is deterministic', () => {
    expect(createSeed({ kind: 'demo' })).toEqual(demo);
  });
});

describe('generated and empty seeds', () => {
  it('generates exactly N users with unique ids, usernames and emails', () => {
    const { customerUsers } = createSeed({ kind: 'generated', customerUsers: 5000 });
    expect(customerUsers).toHaveLength(5000);
    expectUnique(customerUsers.map((user) => user.id));
    expectUnique(customerUsers.map((user) => user.login));
    expectUnique(customerUsers.map((user) => user.email));
    customerUserSchema.parse(customerUsers[4999]);
  });

  it('starts a fresh installation with no customers and the system groups', () => {
    const empty = createSeed({ kind: 'empty' });
    expect(empty.customers).toEqual([]);
    expect(empty.customerUsers).toEqual([]);
    expect(empty.groups.map((group) => group.name)).toEqual(['users', 'admin', 'stats']);
  });
});
