import { describe, expect, it } from 'vitest';
import type { Customer } from '@/api/customer-schema';
import type { Group } from '@/api/group-schema';
import type { PermissionSet } from '@/api/permission-schema';
import { normalizePermissions } from '@/api/permission-schema';
import { effectivePermissions, type PermissionFacts } from './effective-permissions';

const group = (name: string, validity: Group['validity'] = 'valid'): Group => ({
  id: `g-${name}`,
  name,
  comment: '',
  validity,
});
const customer = (customerId: string, validity: Customer['validity'] = 'valid') =>
  ({ customerId, name: `${customerId} Ltd`, validity }) as Customer;

const groups = [group('users'), group('support'), group('billing'), group('sales'), group('legacy', 'invalid')];
const customers = [customer('acme'), customer('globex'), customer('initech'), customer('closed', 'invalid')];

function facts(overrides: Partial<PermissionFacts> = {}): PermissionFacts {
  return {
    settings: { customerGroupSupport: true, alwaysGroups: [], otherCustomersContext: false },
    groups,
    customers,
    customerIds: ['acme'],
    direct: new Map(),
    customerGroups: new Map(),
    ...overrides,
  };
}

const contexts = (same: PermissionSet, other: PermissionSet = []) => ({ same, other });
const table = (result: ReturnType<typeof effectivePermissions>) =>
  Object.fromEntries(result.groups.map((row) => [row.name, `${row.ro ? 'ro' : '-'}/${row.rw ? 'rw' : '-'}`]));

describe('effective permissions', () => {
  it('direct ro gives ro only', () => {
    expect(table(effectivePermissions(facts({ direct: new Map([['g-support', ['ro']]]) })))).toEqual({
      support: 'ro/-',
    });
  });

  it('direct rw implies ro', () => {
    expect(table(effectivePermissions(facts({ direct: new Map([['g-support', ['rw']]]) })))).toEqual({
      support: 'ro/rw',
    });
  });

  it('the customer’s groups in the Same Customer context count, the Other context does not', () => {
    const customerGroups = new Map([
      [
        'acme',
        new Map([
          ['g-billing', contexts(['ro'])],
          ['g-sales', contexts([], ['rw'])],
        ]),
      ],
    ]);
    expect(table(effectivePermissions(facts({ customerGroups })))).toEqual({ billing: 'ro/-' });
  });

  it('a user with two customers gets the groups of both', () => {
    const customerGroups = new Map([
      ['acme', new Map([['g-billing', contexts(['ro'])]])],
      ['globex', new Map([['g-sales', contexts(['ro', 'rw'])]])],
    ]);
    const result = effectivePermissions(facts({ customerIds: ['acme', 'globex'], customerGroups }));
    expect(table(result)).toEqual({ billing: 'ro/-', sales: 'ro/rw' });
    expect(result.customerAccess.map((row) => [row.customerId, row.direct])).toEqual([
      ['acme', true],
      ['globex', true],
    ]);
  });

  it('drops invalid groups, and invalid customers give nothing', () => {
    const customerGroups = new Map([['closed', new Map([['g-billing', contexts(['rw'])]])]]);
    const result = effectivePermissions(
      facts({ customerIds: ['closed'], direct: new Map([['g-legacy', ['rw']]]), customerGroups }),
    );
    expect(result.groups).toEqual([]);
    expect(result.customerAccess).toEqual([]);
  });

  it('always-groups give every type', () => {
    const result = effectivePermissions(
      facts({ settings: { customerGroupSupport: true, alwaysGroups: ['users'], otherCustomersContext: false } }),
    );
    expect(table(result)).toEqual({ users: 'ro/rw' });
  });

  it('with group support off, every type on every valid group', () => {
    const result = effectivePermissions(
      facts({ settings: { customerGroupSupport: false, alwaysGroups: [], otherCustomersContext: false } }),
    );
    expect(table(result)).toEqual({ billing: 'ro/rw', sales: 'ro/rw', support: 'ro/rw', users: 'ro/rw' });
  });

  it('sorts the groups by name', () => {
    const direct = new Map<string, PermissionSet>([
      ['g-support', ['ro']],
      ['g-billing', ['ro']],
      ['g-sales', ['ro']],
    ]);
    expect(effectivePermissions(facts({ direct })).groups.map((row) => row.name)).toEqual([
      'billing',
      'sales',
      'support',
    ]);
  });

  it('gives Indirect access to other customers holding a group the user’s customer has in the Other context', () => {
    const customerGroups = new Map([
      ['acme', new Map([['g-support', contexts([], ['ro'])]])],
      ['globex', new Map([['g-support', contexts(['ro'])]])],
      ['initech', new Map([['g-billing', contexts(['ro'])]])],
    ]);
    const on = effectivePermissions(
      facts({
        customerGroups,
        settings: { customerGroupSupport: true, alwaysGroups: [], otherCustomersContext: true },
      }),
    );
    expect(on.customerAccess).toEqual([
      { customerId: 'acme', name: 'acme Ltd', direct: true, indirect: false },
      { customerId: 'globex', name: 'globex Ltd', direct: false, indirect: true },
    ]);
    const off = effectivePermissions(facts({ customerGroups }));
    expect(off.customerAccess.map((row) => row.customerId)).toEqual(['acme']);
  });
});

describe('normalizePermissions', () => {
  it('adds ro to rw and drops duplicates', () => {
    expect(normalizePermissions(['rw'])).toEqual(['ro', 'rw']);
    expect(normalizePermissions(['ro', 'ro'])).toEqual(['ro']);
    expect(normalizePermissions([])).toEqual([]);
  });
});
