import { customerUserId } from '@mocks/store/customer-user-id';
import type { Customer } from '@/api/customer-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import type { Group } from '@/api/group-schema';
import { seedCustomers } from './customers';
import { auditAt, drawAudit, drawnRecords, drawUsers, GeneratedCustomerUsers } from './generated-users';
import { generatedGroups, seedGroups, systemGroups } from './groups';
import { handPickedUsers } from './hand-picked-users';
import { createRandom } from './random';

/** `groups` adds that many generated groups to the demo ones, for scale work on the permissions matrix. */
export type SeedOptions =
  | { kind: 'demo'; groups?: number }
  | { kind: 'empty' }
  | { kind: 'generated'; customerUsers: number; groups?: number };

export interface SeedData {
  customers: Customer[];
  customerUsers: CustomerUser[];
  groups: Group[];
}

const demoSize = 300;

/** The seed as the store takes it: generated customer users stay compact (columns, in username order). */
export interface StoreSeed {
  customers: Customer[];
  customerUsers: CustomerUser[] | GeneratedCustomerUsers;
  groups: Group[];
}

/** Deterministic demo data as the store takes it: the same options give the same records on every call and machine. */
export function createStoreSeed(options: SeedOptions): StoreSeed {
  if (options.kind === 'empty') return { customers: [], customerUsers: [], groups: [...systemGroups] };
  const random = createRandom(options.kind === 'demo' ? 20261125 : 4242);
  const taken = new Set<string>(handPickedUsers.map((user) => user.login));
  let customerUsers: StoreSeed['customerUsers'];
  if (options.kind === 'demo') {
    // The hand-picked users first, in their order, so they get the first ids; the rest as drawn.
    const drawn = drawUsers(demoSize - handPickedUsers.length, random, taken);
    const audit = drawAudit(demoSize, random);
    customerUsers = [
      ...handPickedUsers.map((user, index) => ({ ...user, id: customerUserId(index + 1), ...auditAt(audit, index) })),
      ...drawnRecords(drawn, audit, handPickedUsers.length, handPickedUsers.length + 1),
    ];
  } else {
    const drawn = drawUsers(options.customerUsers, random, taken);
    customerUsers = new GeneratedCustomerUsers(drawn, drawAudit(options.customerUsers, random));
  }
  return {
    customers: [...seedCustomers],
    customerUsers,
    groups: [...seedGroups, ...generatedGroups(options.groups ?? 0)],
  };
}

/**
 * Deterministic demo data, every record made: the same options give the same records on every call and
 * machine. Generated customer users come in username order, numbered in it.
 */
export function createSeed(options: SeedOptions): SeedData {
  const seed = createStoreSeed(options);
  const { customerUsers } = seed;
  return { ...seed, customerUsers: Array.isArray(customerUsers) ? customerUsers : [...customerUsers.values()] };
}
