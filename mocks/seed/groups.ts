import type { Validity } from '@/api/common-schema';
import type { Group } from '@/api/group-schema';

function group<Name extends string>(name: Name, comment: string, validity: Validity = 'valid') {
  return { id: `g-${name}`, name, comment, validity } as const satisfies Group;
}

/** The groups of a fresh installation. */
export const systemGroups = [
  group('users', 'Group for default access.'),
  group('admin', 'Group of all administrators.'),
  group('stats', 'Group for statistics access.'),
] as const;

/** The demo's groups: the system ones and a service desk's usual teams. */
export const seedGroups = [
  ...systemGroups,
  group('support', 'First and second level support.'),
  group('sales', 'Offers, orders and contract questions.'),
  group('billing', 'Invoices and payment questions.'),
  group('hardware', 'Devices, spare parts and repairs.'),
  group('software', 'Licences and application support.'),
  group('network', 'Connectivity, VPN and firewall requests.'),
  group('management', 'Escalations to the management.'),
  group('legacy-portal', 'The old customer portal, switched off.', 'invalid'),
] as const;

/** A seeded group's name. */
export type SeedGroupName = (typeof seedGroups)[number]['name'];

/** Groups for scale work on the permissions matrix: team-0001, team-0002… */
export function generatedGroups(count: number): Group[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    return { id: `g-team-${number}`, name: `team-${number}`, comment: `Generated team ${number}.`, validity: 'valid' };
  });
}
