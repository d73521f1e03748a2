import type { PermissionType } from '@/api/group-schema';
import { normalizePermissions, type PermissionContext, type PermissionSet } from '@/api/permission-schema';

type ContextSets = { same: PermissionSet; other: PermissionSet };

export interface PermissionSnapshot {
  userGroups: [customerUserId: string, groupId: string, permissions: PermissionSet][];
  customerGroups: [customerId: string, groupId: string, same: PermissionSet, other: PermissionSet][];
  extraCustomers: [customerUserId: string, customerIds: string[]][];
}

const empty: ContextSets = { same: [], other: [] };

/** A change of one customer user's memberships: a group's permissions, or the extra customers. */
export type MembershipChange =
  | { kind: 'group'; groupId: string; from: PermissionSet; to: PermissionSet }
  | { kind: 'customers'; from: string[]; to: string[] };

/**
 * Group memberships, kept by stable ids: renaming a username keeps its groups and extra customers.
 * Every set is stored normalized (rw with ro); empty sets are not stored.
 */
export class PermissionStore {
  private userGroups = new Map<string, Map<string, PermissionSet>>();
  private customerGroups = new Map<string, Map<string, ContextSets>>();
  private extraCustomers = new Map<string, string[]>();
  /** Told of every change of a customer user's memberships (not of a restore): the history listens. */
  onMembershipChange?: (customerUserId: string, change: MembershipChange) => void;

  userPermissions(customerUserId: string): ReadonlyMap<string, PermissionSet> {
    return this.userGroups.get(customerUserId) ?? new Map();
  }

  setUserPermissions(customerUserId: string, groupId: string, permissions: readonly PermissionType[]): void {
    const sets = this.userGroups.get(customerUserId) ?? new Map<string, PermissionSet>();
    const normalized = normalizePermissions(permissions);
    const before = sets.get(groupId) ?? [];
    if (before.join() !== normalized.join()) {
      this.onMembershipChange?.(customerUserId, { kind: 'group', groupId, from: before, to: normalized });
    }
    if (normalized.length === 0) sets.delete(groupId);
    else sets.set(groupId, normalized);
    this.userGroups.set(customerUserId, sets);
  }

  allCustomerGroups(): ReadonlyMap<string, ReadonlyMap<string, ContextSets>> {
    return this.customerGroups;
  }

  customerPermissions(customerId: string, groupId: string): ContextSets {
    return this.customerGroups.get(customerId)?.get(groupId) ?? empty;
  }

  setCustomerPermissions(customerId: string, groupId: string, sets: Partial<Record<PermissionContext, PermissionSet>>) {
    const current = this.customerPermissions(customerId, groupId);
    const next = {
      same: normalizePermissions(sets.same ?? current.same),
      other: normalizePermissions(sets.other ?? current.other),
    };
    const groups = this.customerGroups.get(customerId) ?? new Map<string, ContextSets>();
    if (next.same.length === 0 && next.other.length === 0) groups.delete(groupId);
    else groups.set(groupId, next);
    this.customerGroups.set(customerId, groups);
  }

  extraCustomersOf(customerUserId: string): string[] {
    return this.extraCustomers.get(customerUserId) ?? [];
  }

  setExtraCustomers(customerUserId: string, customerIds: readonly string[]): void {
    const unique = [...new Set(customerIds)].sort();
    const before = this.extraCustomersOf(customerUserId);
    if (before.join('\n') !== unique.join('\n')) {
      this.onMembershipChange?.(customerUserId, { kind: 'customers', from: before, to: unique });
    }
    if (unique.length === 0) this.extraCustomers.delete(customerUserId);
    else this.extraCustomers.set(customerUserId, unique);
  }

  snapshot(): PermissionSnapshot {
    return {
      userGroups: [...this.userGroups].flatMap(([userId, sets]) =>
        [...sets].map(
          ([groupId, permissions]) => [userId, groupId, permissions] as PermissionSnapshot['userGroups'][number],
        ),
      ),
      customerGroups: [...this.customerGroups].flatMap(([customerId, sets]) =>
        [...sets].map(
          ([groupId, { same, other }]) =>
            [customerId, groupId, same, other] as PermissionSnapshot['customerGroups'][number],
        ),
      ),
      extraCustomers: [...this.extraCustomers],
    };
  }

  restore(snapshot: PermissionSnapshot): void {
    const listener = this.onMembershipChange;
    this.onMembershipChange = undefined;
    try {
      this.load(snapshot);
    } finally {
      this.onMembershipChange = listener;
    }
  }

  private load(snapshot: PermissionSnapshot): void {
    this.userGroups.clear();
    this.customerGroups.clear();
    this.extraCustomers.clear();
    for (const [userId, groupId, permissions] of snapshot.userGroups)
      this.setUserPermissions(userId, groupId, permissions);
    for (const [customerId, groupId, same, other] of snapshot.customerGroups) {
      this.setCustomerPermissions(customerId, groupId, { same, other });
    }
    for (const [userId, customerIds] of snapshot.extraCustomers) this.setExtraCustomers(userId, customerIds);
  }
}
