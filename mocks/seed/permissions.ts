import type { PermissionSnapshot } from '../store/permission-store';
import type { SeedOptions } from './seed';

/** Demo memberships that make the effective-permissions table interesting from the first click. */
export function seedPermissions(options: SeedOptions): PermissionSnapshot {
  if (options.kind === 'empty') return { userGroups: [], customerGroups: [], extraCustomers: [] };
  return {
    userGroups: [
      ['cu-000001', 'g-support', ['ro', 'rw']],
      ['cu-000001', 'g-hardware', ['ro']],
      ['cu-000003', 'g-billing', ['ro']],
      ['cu-000006', 'g-management', ['ro', 'rw']],
      ['cu-000008', 'g-support', ['ro']],
    ],
    customerGroups: [
      ['nordwind-logistics', 'g-billing', ['ro'], []],
      ['nordwind-logistics', 'g-support', ['ro'], ['ro']],
      ['atlas-medical', 'g-support', ['ro', 'rw'], []],
      ['baltic-shipping', 'g-support', ['ro'], []],
      ['sakura-trading', 'g-sales', ['ro'], []],
      ['ganges-software', 'g-software', ['ro', 'rw'], ['ro']],
      ['old-mill-bakery', 'g-billing', ['ro'], []],
    ],
    extraCustomers: [['cu-000001', ['baltic-shipping']]],
  };
}
