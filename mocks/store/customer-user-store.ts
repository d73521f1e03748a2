import {
  type CustomerUser,
  type CustomerUserListQuery,
  type CustomerUserPage,
  customerUserWriteSchema,
} from '@/api/customer-user-schema';
import type { FieldProblems } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { customerUserId } from './customer-user-id';
import { CustomerUserIndex } from './customer-user-index';
import { generatePassword } from './password';
import { ok, type StoreResult } from './result';
import { VersionedRecords, type WriteContext } from './versioned-records';

type Fields = Pick<CustomerUser, 'login' | 'email' | 'customerId'>;

/** The owner's check of what a customer user refers to outside this store: its customer. */
export type CustomerUserReferences = (fields: Fields, current: CustomerUser | undefined) => FieldProblems;

export interface CustomerUserCreated {
  customerUser: CustomerUser;
  generatedPassword?: string;
}

/**
 * Customer users: the records, their passwords (kept, never served), id allocation, the sorted search
 * index, and unique usernames and emails in any letter case.
 */
export class CustomerUserStore extends VersionedRecords<CustomerUser, typeof customerUserWriteSchema> {
  private readonly index = new CustomerUserIndex(() => this.values());
  private readonly passwords = new Map<string, string>();
  private nextId = 1;

  constructor(
    context: WriteContext,
    private readonly references: CustomerUserReferences,
  ) {
    super({ what: 'customer_user', keyOf: (user) => user.id, schema: customerUserWriteSchema, context });
  }

  override reset(users: readonly CustomerUser[]): void {
    super.reset(users);
    this.passwords.clear();
    this.nextId = this.size + 1;
    this.index.clear();
  }

  override restore(written: readonly CustomerUser[]): void {
    super.restore(written);
    this.nextId = this.size + 1;
    this.index.clear();
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
    if (password !== '') this.passwords.set(id, password);
    return ok(this.replace(checked.value.current, fields));
  }

  /** For tests: the password kept for a user (it is never served). */
  passwordOf(id: string): string | undefined {
    return this.passwords.get(id);
  }

  protected conflicts(fields: Fields, current: CustomerUser | undefined): FieldProblems {
    const unique = { login: englishProblem('username.taken'), email: englishProblem('email.taken') };
    return { ...this.duplicates(fields, current, unique), ...this.references(fields, current) };
  }

  protected override afterWrite(): void {
    this.index.clear();
  }

  private newId(): string {
    let id: string;
    do {
      id = customerUserId(this.nextId++);
    } while (this.has(id));
    return id;
  }
}
