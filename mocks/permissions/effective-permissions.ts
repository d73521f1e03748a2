import type { Customer } from '@/api/customer-schema';
import type { Group, PermissionType } from '@/api/group-schema';
import type { EffectivePermissions, PermissionSet } from '@/api/permission-schema';
import type { Settings } from '@/api/settings-schema';

export interface PermissionFacts {
  settings: Pick<Settings, 'customerGroupSupport' | 'alwaysGroups' | 'otherCustomersContext'>;
  groups: readonly Group[];
  customers: readonly Customer[];
  /** The user's own customers: the primary one and the extra ones. */
  customerIds: readonly string[];
  /** The user's direct permissions, by group id. */
  direct: ReadonlyMap<string, PermissionSet>;
  /** Every customer's permissions per context, by customer ID and group id. */
  customerGroups: ReadonlyMap<string, ReadonlyMap<string, { same: PermissionSet; other: PermissionSet }>>;
}

const holds = (set: PermissionSet | undefined, type: PermissionType) =>
  set !== undefined && (set.includes(type) || set.includes('rw'));

/**
 * What a customer user may do, by the rule of the spec: a type T on a valid group G holds when the
 * user has T (or rw) on G directly, one of the user's customers has T (or rw) on G in the Same
 * Customer context, or G is an always-group; with group support off, every type on every valid group.
 */
export function effectivePermissions(facts: PermissionFacts): EffectivePermissions {
  const { settings } = facts;
  const validGroups = facts.groups
    .filter((group) => group.validity === 'valid')
    .sort((a, b) => a.name.localeCompare(b.name));
  const validCustomers = new Map(
    facts.customers.filter((customer) => customer.validity === 'valid').map((c) => [c.customerId, c]),
  );
  const ownCustomers = [...new Set(facts.customerIds)].filter((id) => validCustomers.has(id));

  const has = (group: Group, type: PermissionType) =>
    !settings.customerGroupSupport ||
    settings.alwaysGroups.includes(group.name) ||
    holds(facts.direct.get(group.id), type) ||
    ownCustomers.some((customerId) => holds(facts.customerGroups.get(customerId)?.get(group.id)?.same, type));

  const groups = validGroups
    .map((group) => ({ groupId: group.id, name: group.name, ro: has(group, 'ro'), rw: has(group, 'rw') }))
    .filter((row) => row.ro || row.rw);

  // Other Customers: a group one of the user's customers holds in that context opens every other
  // customer holding the same group.
  const otherGroups = new Set<string>();
  if (settings.customerGroupSupport && settings.otherCustomersContext) {
    for (const customerId of ownCustomers) {
      for (const [groupId, contexts] of facts.customerGroups.get(customerId) ?? []) {
        if (contexts.other.length > 0 && validGroups.some((group) => group.id === groupId)) otherGroups.add(groupId);
      }
    }
  }
  const reachedIndirectly = (customerId: string) =>
    [...otherGroups].some((groupId) => (facts.customerGroups.get(customerId)?.get(groupId)?.same.length ?? 0) > 0);

  const customerAccess = [...validCustomers.values()]
    .map((customer) => ({
      customerId: customer.customerId,
      name: customer.name,
      direct: ownCustomers.includes(customer.customerId),
      indirect: !ownCustomers.includes(customer.customerId) && reachedIndirectly(customer.customerId),
    }))
    .filter((row) => row.direct || row.indirect)
    .sort((a, b) => a.customerId.localeCompare(b.customerId));

  return { groups, customerAccess };
}
