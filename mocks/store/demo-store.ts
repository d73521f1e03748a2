import {
  type Customer,
  type CustomerListQuery,
  type CustomerPage,
  customerWriteSchema,
} from '../../src/api/customer-schema';
import {
  type CustomerUser,
  type CustomerUserListQuery,
  type CustomerUserPage,
  type CustomerUserSort,
  customerUserWriteSchema,
} from '../../src/api/customer-user-schema';
import type { Group } from '../../src/api/group-schema';
import type { EffectivePermissions } from '../../src/api/permission-schema';
import type { Settings } from '../../src/api/settings-schema';
import {
  buildSearchHaystack,
  compileSearch,
  createSearchIndex,
  normalizeForSearch,
} from '../../src/lib/search-matching';
import { effectivePermissions } from '../permissions/effective-permissions';
import { seedPermissions } from '../seed/permissions';
import { createSeed, type SeedOptions } from '../seed/seed';
import { toFieldErrors } from './field-errors';
import { generatePassword } from './password';
import { type PermissionSnapshot, PermissionStore } from './permission-store';
import { conflict, invalid, notFound, ok, type StoreResult } from './result';
import { sortCustomerUsers } from './sorting';

export interface Agent {
  login: string;
  name: string;
  isAdministrator: boolean;
}

/** What survives a reload: how the store was seeded, and every record written since. */
export interface StoreSnapshot {
  seed: SeedOptions;
  customerUsers: CustomerUser[];
  customers: Customer[];
  permissions?: PermissionSnapshot;
  settings?: Settings;
  agent?: Agent;
}

export const defaultSettings: Settings = {
  customerGroupSupport: true,
  alwaysGroups: ['users'],
  otherCustomersContext: false,
  listLimit: 1000,
};

const defaultAgent: Agent = { login: 'admin', name: 'Admin Istrator', isAdministrator: true };

/**
 * The mock server's data: an in-memory store that checks every write the way a real server would.
 * Records are immutable; a write replaces the record, which keeps caches keyed by record correct.
 */
export class DemoStore {
  seed: SeedOptions = { kind: 'demo' };
  settings: Settings = { ...defaultSettings };
  agent: Agent = { ...defaultAgent };
  /** Artificial network delay in milliseconds, for seeing loading states. */
  latency = 0;

  private customerUsers = new Map<string, CustomerUser>();
  private customers = new Map<string, Customer>();
  private groups = new Map<string, Group>();
  private passwords = new Map<string, string>();
  private written = { customerUsers: new Set<string>(), customers: new Set<string>() };
  /** Per sort order: the users in that order, and a search index over them. */
  private sorted = new Map<CustomerUserSort, { users: CustomerUser[]; search: ReturnType<typeof createSearchIndex> }>();
  private haystacks = new WeakMap<CustomerUser, string>();
  private nextId = 1;
  private changeListeners = new Set<() => void>();
  readonly permissions = new PermissionStore();

  constructor(seed: SeedOptions = { kind: 'demo' }) {
    this.reset(seed);
  }

  reset(seed: SeedOptions = { kind: 'demo' }): void {
    const data = createSeed(seed);
    this.seed = seed;
    this.settings = { ...defaultSettings };
    this.agent = { ...defaultAgent };
    this.customerUsers = new Map(data.customerUsers.map((user) => [user.id, user]));
    this.customers = new Map(data.customers.map((customer) => [customer.customerId, customer]));
    this.groups = new Map(data.groups.map((group) => [group.id, group]));
    this.passwords.clear();
    this.written = { customerUsers: new Set(), customers: new Set() };
    this.nextId = this.customerUsers.size + 1;
    this.permissions.restore(seedPermissions(seed));
    this.customerUsersChanged();
  }

  snapshot(): StoreSnapshot {
    return {
      seed: this.seed,
      permissions: this.permissions.snapshot(),
      settings: this.settings,
      agent: this.agent,
      customerUsers: [...this.written.customerUsers].flatMap((id) => this.customerUsers.get(id) ?? []),
      customers: [...this.written.customers].flatMap((id) => this.customers.get(id) ?? []),
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.reset(snapshot.seed);
    for (const user of snapshot.customerUsers) {
      this.customerUsers.set(user.id, user);
      this.written.customerUsers.add(user.id);
    }
    for (const customer of snapshot.customers) {
      this.customers.set(customer.customerId, customer);
      this.written.customers.add(customer.customerId);
    }
    this.nextId = this.customerUsers.size + 1;
    if (snapshot.permissions) this.permissions.restore(snapshot.permissions);
    if (snapshot.settings) this.settings = snapshot.settings;
    if (snapshot.agent) this.agent = snapshot.agent;
    this.customerUsersChanged();
  }

  /** Tells the listeners (persistence) about a write that is not a record: settings, memberships. */
  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  hasGroup(groupId: string): boolean {
    return this.groups.has(groupId);
  }

  hasCustomer(customerId: string): boolean {
    return this.customers.has(customerId);
  }

  hasCustomerUser(id: string): boolean {
    return this.customerUsers.has(id);
  }

  effectivePermissionsOf(customerUserId: string): StoreResult<EffectivePermissions> {
    const user = this.customerUsers.get(customerUserId);
    if (!user) return notFound(`Customer user "${customerUserId}" does not exist.`);
    return ok(
      effectivePermissions({
        settings: this.settings,
        groups: [...this.groups.values()],
        customers: [...this.customers.values()],
        customerIds: [user.customerId, ...this.permissions.extraCustomersOf(user.id)],
        direct: this.permissions.userPermissions(user.id),
        customerGroups: this.permissions.allCustomerGroups(),
      }),
    );
  }

  /** Called after every write; the browser mock persists the snapshot there. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  // Customer users

  listCustomerUsers(query: CustomerUserListQuery): CustomerUserPage {
    const { users, search } = this.customerUsersSortedBy(query.sort);
    const found = search(query.search);
    const items: CustomerUser[] = [];
    let total = 0;
    const count = found === 'all' ? users.length : found.length;
    for (let index = 0; index < count; index += 1) {
      const user = users[found === 'all' ? index : (found[index] ?? 0)] as CustomerUser;
      if (query.validity !== undefined && user.validity !== query.validity) continue;
      if (total >= query.offset && items.length < query.limit) items.push(user);
      total += 1;
    }
    return { items, total, offset: query.offset, limit: query.limit };
  }

  getCustomerUser(id: string): StoreResult<CustomerUser> {
    const user = this.customerUsers.get(id);
    return user ? ok(user) : notFound(`Customer user "${id}" does not exist.`);
  }

  createCustomerUser(input: unknown): StoreResult<{ customerUser: CustomerUser; generatedPassword?: string }> {
    const parsed = customerUserWriteSchema.safeParse(input);
    if (!parsed.success) return invalid(toFieldErrors(parsed.error));
    const { password, version: _version, ...fields } = parsed.data;
    const errors = this.customerUserConflicts(fields, undefined);
    if (errors) return invalid(errors);

    const id = this.newCustomerUserId();
    const now = new Date().toISOString();
    const customerUser: CustomerUser = {
      ...fields,
      id,
      createdAt: now,
      createdBy: this.agent.login,
      changedAt: now,
      changedBy: this.agent.login,
      version: 1,
    };
    const generatedPassword = password === '' ? generatePassword() : undefined;
    this.passwords.set(id, generatedPassword ?? password);
    this.writeCustomerUser(customerUser);
    return ok(generatedPassword ? { customerUser, generatedPassword } : { customerUser });
  }

  updateCustomerUser(id: string, input: unknown): StoreResult<CustomerUser> {
    const current = this.customerUsers.get(id);
    if (!current) return notFound(`Customer user "${id}" does not exist.`);
    const parsed = customerUserWriteSchema.safeParse(input);
    if (!parsed.success) return invalid(toFieldErrors(parsed.error));
    const { password, version, ...fields } = parsed.data;
    if (version === undefined) return invalid({ version: 'Version is required to update a customer user.' });
    if (version !== current.version) {
      return conflict('Someone else changed this customer user in the meantime.', current);
    }
    const errors = this.customerUserConflicts(fields, current);
    if (errors) return invalid(errors);

    const customerUser: CustomerUser = {
      ...current,
      ...fields,
      changedAt: new Date().toISOString(),
      changedBy: this.agent.login,
      version: current.version + 1,
    };
    if (password !== '') this.passwords.set(id, password);
    this.writeCustomerUser(customerUser);
    return ok(customerUser);
  }

  /** For tests: whether a password is kept for the user (it is never served). */
  hasPassword(id: string): boolean {
    return (this.passwords.get(id) ?? '') !== '';
  }

  passwordOf(id: string): string | undefined {
    return this.passwords.get(id);
  }

  // Customers and groups

  listCustomers(query: CustomerListQuery = { search: '', offset: 0, limit: 1000 }): CustomerPage {
    const matches = compileSearch(query.search);
    const found = [...this.customers.values()]
      .filter((customer) => query.validity === undefined || customer.validity === query.validity)
      .filter((customer) => matches(buildSearchHaystack([customer.customerId, customer.name])))
      .sort((a, b) => compareFolded(a.customerId, b.customerId));
    return {
      items: found.slice(query.offset, query.offset + query.limit),
      total: found.length,
      offset: query.offset,
      limit: query.limit,
    };
  }

  createCustomer(input: unknown): StoreResult<Customer> {
    const parsed = customerWriteSchema.safeParse(input);
    if (!parsed.success) return invalid(toFieldErrors(parsed.error));
    const { version: _version, ...fields } = parsed.data;
    const errors = this.customerConflicts(fields, undefined);
    if (errors) return invalid(errors);
    const now = new Date().toISOString();
    const customer: Customer = {
      ...fields,
      createdAt: now,
      createdBy: this.agent.login,
      changedAt: now,
      changedBy: this.agent.login,
      version: 1,
    };
    this.writeCustomer(customer);
    return ok(customer);
  }

  updateCustomer(customerId: string, input: unknown): StoreResult<Customer> {
    const current = this.customers.get(customerId);
    if (!current) return notFound(`Customer "${customerId}" does not exist.`);
    const parsed = customerWriteSchema.safeParse(input);
    if (!parsed.success) return invalid(toFieldErrors(parsed.error));
    const { version, ...fields } = parsed.data;
    if (version === undefined) return invalid({ version: 'Version is required to update a customer.' });
    if (version !== current.version) return conflict('Someone else changed this customer in the meantime.', current);
    if (fields.customerId !== current.customerId) {
      return invalid({ customerId: 'The Customer ID cannot be changed: customer users refer to it.' });
    }
    const errors = this.customerConflicts(fields, current);
    if (errors) return invalid(errors);
    const customer: Customer = {
      ...current,
      ...fields,
      changedAt: new Date().toISOString(),
      changedBy: this.agent.login,
      version: current.version + 1,
    };
    this.writeCustomer(customer);
    return ok(customer);
  }

  getCustomer(customerId: string): StoreResult<Customer> {
    const customer = this.customers.get(customerId);
    return customer ? ok(customer) : notFound(`Customer "${customerId}" does not exist.`);
  }

  listGroups(): Group[] {
    return [...this.groups.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  // Internals

  private customerUserConflicts(
    fields: Pick<CustomerUser, 'login' | 'email' | 'customerId'>,
    current: CustomerUser | undefined,
  ) {
    const errors: Record<string, string> = {};
    const login = fields.login.toLowerCase();
    const email = fields.email.toLowerCase();
    for (const other of this.customerUsers.values()) {
      if (other.id === current?.id) continue;
      if (other.login.toLowerCase() === login) errors.login ??= 'This username is already taken.';
      if (other.email.toLowerCase() === email)
        errors.email ??= 'This email address is already used by another customer user.';
    }
    const customer = this.customers.get(fields.customerId);
    if (!customer) {
      errors.customerId = `There is no customer "${fields.customerId}".`;
    } else if (customer.validity !== 'valid' && current?.customerId !== fields.customerId) {
      errors.customerId = `Customer "${fields.customerId}" is not valid. Choose a valid customer.`;
    }
    return Object.keys(errors).length > 0 ? errors : undefined;
  }

  private customerConflicts(fields: Pick<Customer, 'customerId' | 'name'>, current: Customer | undefined) {
    const errors: Record<string, string> = {};
    for (const other of this.customers.values()) {
      if (other.customerId === current?.customerId) continue;
      if (other.customerId.toLowerCase() === fields.customerId.toLowerCase()) {
        errors.customerId ??= 'This Customer ID is already taken.';
      }
      if (other.name.toLowerCase() === fields.name.toLowerCase()) {
        errors.name ??= 'Another customer already has this name.';
      }
    }
    return Object.keys(errors).length > 0 ? errors : undefined;
  }

  private writeCustomer(customer: Customer): void {
    this.customers.set(customer.customerId, customer);
    this.written.customers.add(customer.customerId);
    for (const listener of this.changeListeners) listener();
  }

  private newCustomerUserId(): string {
    let id: string;
    do {
      id = `cu-${String(this.nextId++).padStart(6, '0')}`;
    } while (this.customerUsers.has(id));
    return id;
  }

  private writeCustomerUser(user: CustomerUser): void {
    this.customerUsers.set(user.id, user);
    this.written.customerUsers.add(user.id);
    this.customerUsersChanged();
  }

  private customerUsersChanged(): void {
    this.sorted.clear();
    for (const listener of this.changeListeners) listener();
  }

  private customerUsersSortedBy(sort: CustomerUserSort) {
    let sorted = this.sorted.get(sort);
    if (!sorted) {
      const users = sortCustomerUsers(this.customerUsers.values(), sort);
      sorted = { users, search: createSearchIndex(users.map((user) => this.haystackOf(user))) };
      this.sorted.set(sort, sorted);
    }
    return sorted;
  }

  private haystackOf(user: CustomerUser): string {
    let haystack = this.haystacks.get(user);
    if (haystack === undefined) {
      haystack = buildSearchHaystack([
        user.login,
        user.firstName,
        user.lastName,
        `${user.firstName} ${user.lastName}`,
        user.customerId,
        user.email,
      ]);
      this.haystacks.set(user, haystack);
    }
    return haystack;
  }
}

function compareFolded(a: string, b: string): number {
  const left = normalizeForSearch(a);
  const right = normalizeForSearch(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
