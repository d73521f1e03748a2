import { effectivePermissions } from '@mocks/permissions/effective-permissions';
import { seedPermissions } from '@mocks/seed/permissions';
import { createSeed, type SeedOptions } from '@mocks/seed/seed';
import type { FieldErrors } from '@/api/common-schema';
import type { Customer } from '@/api/customer-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import type { EffectivePermissions } from '@/api/permission-schema';
import type { Settings } from '@/api/settings-schema';
import { CustomerStore } from './customer-store';
import { CustomerUserStore } from './customer-user-store';
import { GroupStore } from './group-store';
import { type PermissionSnapshot, PermissionStore } from './permission-store';
import { ok, type StoreResult } from './result';
import { type Agent, defaultAgent, defaultSettings } from './settings';
import type { WriteContext } from './versioned-records';

export type { Agent } from './settings';

/** What survives a reload: how the store was seeded, and every record written since. */
export interface StoreSnapshot {
  seed: SeedOptions;
  customerUsers: CustomerUser[];
  customers: Customer[];
  permissions?: PermissionSnapshot;
  settings?: Settings;
  agent?: Agent;
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
  /** Artificial network delay in milliseconds, for seeing loading states. */
  latency = 0;

  private readonly writes: WriteContext = { agentLogin: () => this.agent.login, changed: () => this.changed() };
  readonly customerUsers = new CustomerUserStore(this.writes, (fields, current) =>
    this.customerOfUserErrors(fields.customerId, current),
  );
  readonly customers = new CustomerStore(this.writes);
  readonly groups = new GroupStore();
  readonly permissions = new PermissionStore();
  private readonly changeListeners = new Set<() => void>();

  constructor(seed: SeedOptions = { kind: 'demo' }) {
    this.reset(seed);
  }

  reset(seed: SeedOptions = { kind: 'demo' }): void {
    const data = createSeed(seed);
    this.seed = seed;
    this.settings = { ...defaultSettings };
    this.agent = { ...defaultAgent };
    this.customerUsers.reset(data.customerUsers);
    this.customers.reset(data.customers);
    this.groups.reset(data.groups);
    this.permissions.restore(seedPermissions(seed));
    this.changed();
  }

  snapshot(): StoreSnapshot {
    return {
      seed: this.seed,
      permissions: this.permissions.snapshot(),
      settings: this.settings,
      agent: this.agent,
      customerUsers: this.customerUsers.written(),
      customers: this.customers.written(),
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.reset(snapshot.seed);
    this.customerUsers.restore(snapshot.customerUsers);
    this.customers.restore(snapshot.customers);
    if (snapshot.permissions) this.permissions.restore(snapshot.permissions);
    if (snapshot.settings) this.settings = snapshot.settings;
    if (snapshot.agent) this.agent = snapshot.agent;
    this.changed();
  }

  /** Tells the listeners about a write; the resource stores call it, handlers after settings and memberships. */
  changed(): void {
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

  /** A customer user's customer must exist, and be valid unless the user already had it. */
  private customerOfUserErrors(customerId: string, current: CustomerUser | undefined): FieldErrors {
    const customer = this.customers.get(customerId);
    if (!customer.ok) return { customerId: `There is no customer "${customerId}".` };
    if (customer.value.validity !== 'valid' && current?.customerId !== customerId) {
      return { customerId: `Customer "${customerId}" is not valid. Choose a valid customer.` };
    }
    return {};
  }
}
