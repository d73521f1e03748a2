import {
  type CustomerUser,
  type CustomerUserListQuery,
  type CustomerUserPage,
  customerUserFieldsSchema,
} from '@/api/customer-user-schema';
import { customerUserWriteSchema } from '@/api/customer-user-write-schema';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { type ValidityResult, validityChangeSchema } from '@/api/validity-batch-schema';
import { customerUserId } from './customer-user-id';
import { CustomerUserIndex } from './customer-user-index';
import { CustomerUserKeys } from './customer-user-keys';
import { createdChanges, type HistoryStore, updatedChanges } from './history-store';
import { generatePassword } from './password';
import { ok, parseWith, type StoreResult } from './result';
import { type SeededCustomerUsers, SeededRecords } from './seeded-customer-users';
import { VersionedRecords, type WriteContext } from './versioned-records';

type Fields = Pick<CustomerUser, 'login' | 'email' | 'customerId'>;

/** The owner's check of what a customer user refers to outside this store: its customer. */
export type CustomerUserReferences = (fields: Fields, current: CustomerUser | undefined) => FieldProblems;

export interface CustomerUserCreated {
  customerUser: CustomerUser;
  generatedPassword?: string;
}

/**
 * Customer users: the records (the seeded ones, perhaps compact, and the written ones over them), their
 * passwords (kept, never served), id allocation, the sorted search index, and unique usernames and emails
 * in any letter case.
 */
export class CustomerUserStore extends VersionedRecords<CustomerUser, typeof customerUserWriteSchema> {
  private readonly index = new CustomerUserIndex(() => this.writtenByKey);
  private readonly keys = new CustomerUserKeys(() => this.writtenByKey);
  private readonly passwords = new Map<string, string>();
  private nextId = 1;
  /** Whether the write under way sets a new password: its history entry says so, without the value. */
  private passwordChanging = false;

  constructor(
    context: WriteContext,
    private readonly references: CustomerUserReferences,
    private readonly history: HistoryStore,
  ) {
    super({ what: 'customer_user', keyOf: (user) => user.id, schema: customerUserWriteSchema, context });
  }

  /** Seeds the customer users: records, or a compact source of its own (100000 generated ones). */
  override reset(users: readonly CustomerUser[] | SeededCustomerUsers): void {
    const seeded = isSeeded(users) ? users : new SeededRecords(users);
    super.reset(seeded);
    this.passwords.clear();
    this.nextId = this.size + 1;
    this.index.reset(seeded);
    this.keys.reset(seeded);
  }

  override restore(written: readonly CustomerUser[]): void {
    super.restore(written);
    this.nextId = this.size + 1;
    this.index.clear();
    this.keys.clear();
  }

  list(query: CustomerUserListQuery): CustomerUserPage {
    return this.index.list(query);
  }

  /** Creates a user at version 1; without a password it generates one, answered this once only. */
  create(input: unknown): StoreResult<CustomerUserCreated> {
    const checked = this.checkNew(input);
    if (!checked.ok) return checked;
    const { password, ...fields } = checked.value;
    const id = this.newId();
    const generatedPassword = password === '' ? generatePassword() : undefined;
    this.passwords.set(id, generatedPassword ?? password);
    const customerUser = this.insert({ ...fields, id });
    return ok(generatedPassword ? { customerUser, generatedPassword } : { customerUser });
  }

  /** Updates a user; an empty password keeps the current one. */
  update(id: string, input: unknown): StoreResult<CustomerUser> {
    const checked = this.checkChange(id, input);
    if (!checked.ok) return checked;
    const { password, ...fields } = checked.value.fields;
    this.passwordChanging = password !== '' && password !== this.passwords.get(id);
    if (password !== '') this.passwords.set(id, password);
    return ok(this.replace(checked.value.current, fields));
  }

  /**
   * Sets the validity of many users, each row on its own and checked like any update (its version, its
   * customer…): a row changed since the caller read it is answered `conflict` with its current version
   * and left as it is; a bad row is answered `invalid` with its problem. Results in the order sent.
   */
  setValidities(changes: readonly unknown[]): ValidityResult[] {
    const seen = new Set<string>();
    return changes.map((change) => {
      const sentId = typeof change === 'object' && change !== null && 'id' in change ? change.id : undefined;
      const id = typeof sentId === 'string' ? sentId : '';
      const parsed = parseWith(validityChangeSchema, change);
      if (!parsed.ok) return { id, status: 'invalid', problem: firstProblem(parsed) };
      if (seen.has(id)) return { id, status: 'invalid', problem: englishProblem('validity_batch.sent_twice', { id }) };
      seen.add(id);
      const found = this.get(id);
      if (!found.ok) return { id, status: 'not-found', problem: firstProblem(found) };
      const current = found.value;
      const { version, validity } = parsed.value;
      if (version === current.version && validity === current.validity) {
        return { id, status: 'updated', version: current.version };
      }
      const fields = Object.fromEntries(
        Object.keys(customerUserFieldsSchema.shape).map((key) => [key, current[key as keyof CustomerUser]]),
      );
      const updated = this.update(id, { ...fields, validity, version, password: '' });
      if (updated.ok) return { id, status: 'updated', version: updated.value.version };
      if (updated.status === 409) return { id, status: 'conflict', version: current.version, problem: updated.problem };
      if (updated.status === 404) return { id, status: 'not-found', problem: updated.problem };
      return { id, status: 'invalid', problem: firstProblem(updated) };
    });
  }

  /** The customer user with this username, in any letter case (as uniqueness compares it), or undefined. */
  findByLogin(login: string): CustomerUser | undefined {
    const [id] = this.keys.idsWith('login', login.normalize('NFC').trim());
    const found = id === undefined ? undefined : this.get(id);
    return found?.ok ? found.value : undefined;
  }

  /**
   * What already parsed fields conflict with (username or email taken, the customer unknown or not
   * valid), by field, exactly as a create (`current` undefined) or an update of `current` checks them.
   */
  conflictsOf(fields: Fields, current: CustomerUser | undefined): FieldProblems {
    return this.conflicts(fields, current);
  }

  /** For tests: the password kept for a user (it is never served). */
  passwordOf(id: string): string | undefined {
    return this.passwords.get(id);
  }

  protected conflicts(fields: Fields, current: CustomerUser | undefined): FieldProblems {
    return { ...this.taken(fields, current), ...this.references(fields, current) };
  }

  /** The username and email another customer user already has, found by lookup rather than a scan. */
  private taken(fields: Fields, current: CustomerUser | undefined): FieldProblems {
    const errors: FieldProblems = {};
    const other = (field: 'login' | 'email') =>
      this.keys.idsWith(field, fields[field]).some((id) => id !== current?.id);
    if (other('login')) errors.login = englishProblem('username.taken');
    if (other('email')) errors.email = englishProblem('email.taken');
    return errors;
  }

  /** Every write goes into the history: a create with the fields set, an update with what differs. */
  protected override afterWrite(user: CustomerUser, previous: CustomerUser | undefined): void {
    this.index.replaced(user, previous);
    this.keys.replaced(user, previous);
    if (!previous) {
      this.history.record(user.id, 'created', createdChanges(user));
      return;
    }
    const password = this.passwordChanging ? [{ field: 'password' as const, changed: true as const }] : [];
    this.passwordChanging = false;
    this.history.record(user.id, 'updated', [...updatedChanges(previous, user), ...password]);
  }

  private newId(): string {
    let id: string;
    do {
      id = customerUserId(this.nextId++);
    } while (this.has(id));
    return id;
  }
}

function isSeeded(users: readonly CustomerUser[] | SeededCustomerUsers): users is SeededCustomerUsers {
  return !Array.isArray(users);
}

/** The problem of a failed result: its own, or its first field's. */
function firstProblem(result: StoreResult<unknown>): Problem {
  if (result.ok) return englishProblem('value.invalid');
  if (result.status === 400) return Object.values(result.errors)[0] ?? englishProblem('request.invalid');
  return result.problem;
}
