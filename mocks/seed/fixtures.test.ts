import { describe, expect, it } from 'vitest';
import { demoCustomers, demoCustomerUsers, demoGroups, unknownIds } from './fixtures';
import { createSeed } from './seed';

describe('fixtures', () => {
  const demo = createSeed({ kind: 'demo' });

  it('name the records the demo seed has', () => {
    const byId = new Map(demo.customerUsers.map((user) => [user.id, user]));
    for (const fixture of Object.values(demoCustomerUsers)) {
      expect(byId.get(fixture.id)).toMatchObject({ login: fixture.login, email: fixture.email });
    }
    expect(Object.values(demoCustomers)).toEqual(demo.customers);
    expect(Object.values(demoGroups)).toEqual(demo.groups);
  });

  it('number the hand-picked users the way bookmarks and end-to-end tests know them', () => {
    expect(demoCustomerUsers.jdoe.id).toBe('cu-000001');
    expect(demoCustomerUsers.ohaddad.id).toBe('cu-000004');
  });

  it('have unknown ids no seed uses', () => {
    expect(demo.customerUsers.some((user) => user.id === unknownIds.customerUser)).toBe(false);
    expect(demoCustomers).not.toHaveProperty(unknownIds.customer);
    expect(demo.groups.some((group) => group.id === unknownIds.group)).toBe(false);
  });
});
