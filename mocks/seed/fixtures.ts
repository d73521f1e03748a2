/**
 * The demo seed's records by name, for tests and seeded memberships: `demoCustomerUsers.jdoe.id`
 * instead of `'cu-000001'`. Derived from the seed itself, so they cannot drift from it.
 */
import { customerUserId } from '@mocks/store/customer-user-id';
import type { Customer } from '@/api/customer-schema';
import { type SeedCustomerId, seedCustomers } from './customers';
import { type SeedGroupName, seedGroups } from './groups';
import { type CustomerUserFields, handPickedUsers } from './hand-picked-users';

type HandPickedLogin = (typeof handPickedUsers)[number]['login'];

/** The hand-picked customer users by username, with the id the demo seed gives them. */
export const demoCustomerUsers = Object.fromEntries(
  handPickedUsers.map((user, index) => [user.login, { ...user, id: customerUserId(index + 1) }]),
) as { readonly [Login in HandPickedLogin]: CustomerUserFields & { readonly id: string; readonly login: Login } };

/** The seeded customers by Customer ID. */
export const demoCustomers = Object.fromEntries(seedCustomers.map((customer) => [customer.customerId, customer])) as {
  readonly [Id in SeedCustomerId]: Customer & { readonly customerId: Id };
};

/** The seeded groups by name: `demoGroups.support.id` is `'g-support'`. */
export const demoGroups = Object.fromEntries(seedGroups.map((group) => [group.name, group])) as {
  readonly [Name in SeedGroupName]: Extract<(typeof seedGroups)[number], { name: Name }>;
};

/** Ids no seed has, for the 404 and unknown-reference cases. */
export const unknownIds = {
  customerUser: customerUserId(999_999),
  customer: 'no-such-customer',
  group: 'g-no-such-group',
} as const;
