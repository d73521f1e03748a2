import type { PermissionSnapshot } from '@mocks/store/permission-store';
import type { PermissionSet } from '@/api/permission-schema';
import type { SeedCustomerId } from './customers';
import { demoCustomerUsers, demoGroups } from './fixtures';
import type { SeedGroupName } from './groups';
import type { SeedOptions } from './seed';

type DemoLogin = keyof typeof demoCustomerUsers;

const userGroups: [DemoLogin, SeedGroupName, PermissionSet][] = [
  ['jdoe', 'support', ['ro', 'rw']],
  ['jdoe', 'hardware', ['ro']],
  ['msmith', 'billing', ['ro']],
  ['mmueller', 'management', ['ro', 'rw']],
  ['skierkegaard', 'support', ['ro']],
];

const customerGroups: [SeedCustomerId, SeedGroupName, same: PermissionSet, other: PermissionSet][] = [
  ['nordwind-logistics', 'billing', ['ro'], []],
  ['nordwind-logistics', 'support', ['ro'], ['ro']],
  ['atlas-medical', 'support', ['ro', 'rw'], []],
  ['baltic-shipping', 'support', ['ro'], []],
  ['sakura-trading', 'sales', ['ro'], []],
  ['ganges-software', 'software', ['ro', 'rw'], ['ro']],
  ['old-mill-bakery', 'billing', ['ro'], []],
];

const extraCustomers: [DemoLogin, SeedCustomerId[]][] = [['jdoe', ['baltic-shipping']]];

/** Demo memberships that make the effective-permissions table interesting from the first click. */
export function seedPermissions(options: SeedOptions): PermissionSnapshot {
  if (options.kind === 'empty') return { userGroups: [], customerGroups: [], extraCustomers: [] };
  return {
    userGroups: userGroups.map(([login, group, set]) => [demoCustomerUsers[login].id, demoGroups[group].id, set]),
    customerGroups: customerGroups.map(([customerId, group, same, other]) => [
      customerId,
      demoGroups[group].id,
      same,
      other,
    ]),
    extraCustomers: extraCustomers.map(([login, customerIds]) => [demoCustomerUsers[login].id, customerIds]),
  };
}
