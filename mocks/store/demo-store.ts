import type { FaultSwitch } from '@mocks/faults';
import { effectivePermissions } from '@mocks/permissions/effective-permissions';
import { seedPermissions } from '@mocks/seed/permissions';
import { createStoreSeed, type SeedOptions } from '@mocks/seed/seed';
import type { Customer } from '@/api/customer-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import { maxDemoGroups, maxDemoLatency, maxDemoUsers } from '@/api/demo-schema';
import type { HistoryChange } from '@/api/history-schema';
import type { EffectivePermissions } from '@/api/permission-schema';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import type { Settings } from '@/api/settings-schema';
import { CustomerStore } from './customer-store';
import { CustomerUserStore } from './customer-user-store';
import { GroupStore } from './group-store';
import { type HistorySnapshot, HistoryStore } from './history-store';
import { type MembershipChange, type PermissionSnapshot, PermissionStore } from './permission-store';
import { ok, type StoreResult } from './result';
import { type Agent, defaultAgent, defaultSettings } from './settings';
import type { WriteContext } from './versioned-records';

export type { Agent } from './settings';

/** Where the router reads the latency on every request: a field in Node, the tab's sessionStorage in the browser. */
export interface LatencySwitch {
  ms: number;
}

/** A latency as the demo API keeps it: whole milliseconds within 0..maxDemoLatency (anything else is 0). */
export function cappedLatency(ms: number): number {
  return Math.min(maxDemoLatency, Math.max(0, Math.floor(ms) || 0));
}

/** What survives a reload: how the store was seeded, and every record written since. */
export interface StoreSnapshot {
  seed: SeedOptions;
  customerUsers: CustomerUser[];
  customers: Customer[];
  permissions?: PermissionSnapshot;
  settings?: Settings;
  agent?: Agent;
  history?: HistorySnapshot;
}

/** A write the store could not keep (the browser's storage refused it); the store change was rolled back. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';

  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Runs one write's check-and-write; the browser's persistence serialises it across tabs and stores it. */
export type WriteTransaction = <Result>(write: () => Promise<Result>) => Promise<Result>;

export const maxSeedUsers = maxDemoUsers;
export const maxSeedGroups = maxDemoGroups;

/** A seed within the caps, so a switch or a saved value cannot make the tab generate forever. */
export function cappedSeed(seed: SeedOptions): SeedOptions {
  const cap = (value: number | undefined, max: number) =>
    value === undefined ? undefined : Math.min(max, Math.max(0, Math.floor(value) || 0));
  if (seed.kind === 'empty') return seed;
  const groups = cap(seed.groups, maxSeedGroups);
  if (seed.kind === 'demo') return groups === seed.groups ? seed : { ...seed, groups };
  const customerUsers = cap(seed.customerUsers, maxSeedUsers) ?? 0;
  return groups === seed.groups && customerUsers === seed.customerUsers ? seed : { ...seed, customerUsers, groups };
}

/**
 * The mock server's data: one store per resource, owned here. This facade seeds, snapshots and
 * restores them, tells listeners about writes, and checks what spans resources (a customer user's
 * customer, effective permissions).
 */
export class DemoStore {
  seed: SeedOptions = { kind: 'demo' };
  settings: Settings = { ...defaultSettings };
  agent: Agent = { ...defaultAgent };
  /** Where the latency lives (the browser keeps it per tab, as `?demo-latency=` does). */
  latencySwitch: LatencySwitch = { ms: 0 };
  /** The demo's fault switch (`?demo-errors=`), read by the router on every request. */
  faults: FaultSwitch = { mode: 'off' };
  /** Counts resets to the seed, so answers kept for idempotency keys do not outlive the data they answered. */
  epoch = 0;
  /** Runs a write's check-and-write; directly, unless the browser's persistence serialises it. */
  transaction: WriteTransaction = (write) => write();

  private readonly writes: WriteContext = { agentLogin: () => this.agent.login, changed: () => this.changed() };
  /** Every write to a customer user: what it changed, when and by whom. */
  readonly history = new HistoryStore(() => this.agent.login);
  readonly customerUsers = new CustomerUserStore(
    this.writes,
    (fields, current) => this.customerOfUserErrors(fields.customerId, current),
    this.history,
  );
  readonly customers = new CustomerStore(this.writes);
  readonly groups = new GroupStore();
  readonly permissions = new PermissionStore();
  private readonly changeListeners = new Set<() => void>();
  /** The membership changes of the write under way, per customer user: one history entry each once it is done. */
  private readonly membershipChanges = new Map<string, HistoryChange[]>();

  constructor(seed: SeedOptions = { kind: 'demo' }) {
    this.permissions.onMembershipChange = (customerUserId, change) => this.noteMembership(customerUserId, change);
    this.reset(seed);
  }

  /** Artificial network delay in milliseconds, for seeing loading states (`?demo-latency=`, PATCH /demo/state). */
  get latency(): number {
    return cappedLatency(this.latencySwitch.ms);
  }

  set latency(ms: number) {
    this.latencySwitch.ms = cappedLatency(ms);
  }

  reset(seed: SeedOptions = { kind: 'demo' }): void {
    this.epoch += 1;
    this.load(seed);
    this.changed();
  }

  private load(requested: SeedOptions): void {
    const seed = cappedSeed(requested);
    const data = createStoreSeed(seed);
    this.seed = seed;
    this.settings = { ...defaultSettings };
    this.agent = { ...defaultAgent };
    this.customerUsers.reset(data.customerUsers);
    this.customers.reset(data.customers);
    this.groups.reset(data.groups);
    this.permissions.restore(seedPermissions(seed));
    this.history.reset();
    this.membershipChanges.clear();
  }

  snapshot(): StoreSnapshot {
    return {
      seed: this.seed,
      permissions: this.permissions.snapshot(),
      settings: this.settings,
      agent: this.agent,
      customerUsers: this.customerUsers.written(),
      customers: this.customers.written(),
      history: this.history.snapshot(),
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.load(snapshot.seed);
    this.customerUsers.restore(snapshot.customerUsers);
    this.customers.restore(snapshot.customers);
    if (snapshot.permissions) this.permissions.restore(snapshot.permissions);
    if (snapshot.settings) this.settings = snapshot.settings;
    if (snapshot.agent) this.agent = snapshot.agent;
    if (snapshot.history) this.history.restore(snapshot.history);
    this.changed();
  }

  /** Tells the listeners about a write; the resource stores call it, handlers after settings and memberships. */
  changed(): void {
    this.recordMemberships();
    for (const listener of this.changeListeners) listener();
  }

  /** Called after every write; the browser mock persists the snapshot there. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** What a customer user may do: their groups, their customers' groups, the settings. */
  effectivePermissionsOf(customerUserId: string): StoreResult<EffectivePermissions> {
    const found = this.customerUsers.get(customerUserId);
    if (!found.ok) return found;
    const user = found.value;
    return ok(
      effectivePermissions({
        settings: this.settings,
        groups: this.groups.all(),
        customers: this.customers.all(),
        customerIds: [user.customerId, ...this.permissions.extraCustomersOf(user.id)],
        direct: this.permissions.userPermissions(user.id),
        customerGroups: this.permissions.allCustomerGroups(),
      }),
    );
  }

  /** Notes a membership change for the history; a later change of the same group or list in the same write merges into it. */
  private noteMembership(customerUserId: string, change: MembershipChange): void {
    const changes = this.membershipChanges.get(customerUserId) ?? [];
    const field = change.kind === 'group' ? 'group' : 'customers';
    const group = change.kind === 'group' ? this.groupName(change.groupId) : undefined;
    const to = change.to.join(', ');
    const earlier = changes.find((noted) => 'from' in noted && noted.field === field && noted.group === group);
    if (earlier && 'from' in earlier) earlier.to = to;
    else changes.push({ field, ...(group === undefined ? {} : { group }), from: change.from.join(', '), to });
    this.membershipChanges.set(customerUserId, changes);
  }

  /** One history entry per customer user whose memberships the finished write changed. */
  private recordMemberships(): void {
    for (const [customerUserId, changes] of this.membershipChanges) {
      const real = changes.filter((change) => !('from' in change) || change.from !== change.to);
      this.history.record(customerUserId, 'permissions', real);
    }
    this.membershipChanges.clear();
  }

  private groupName(groupId: string): string {
    const group = this.groups.get(groupId);
    return group.ok ? group.value.name : groupId;
  }

  /** A customer user's customer must exist, and be valid unless the user already had it. */
  private customerOfUserErrors(customerId: string, current: CustomerUser | undefined): FieldProblems {
    const customer = this.customers.get(customerId);
    if (!customer.ok) return { customerId: englishProblem('customer.unknown', { customerId }) };
    if (customer.value.validity !== 'valid' && current?.customerId !== customerId) {
      return { customerId: englishProblem('customer.not_valid', { customerId }) };
    }
    return {};
  }
}
