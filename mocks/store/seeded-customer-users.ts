import type { Validity } from '@/api/common-schema';
import type { CustomerUser, CustomerUserSortKey } from '@/api/customer-user-schema';
import {
  buildSearchHaystack,
  compileTerms,
  forEachMatchingRecord,
  type JoinedTexts,
  joinTexts,
  scanFirst,
} from '@/lib/search-matching';
import { comparableKey, type UniqueField } from './customer-user-keys';
import { customerUserSortValue, sortCustomerUsers } from './sorting';
import type { BaseRecords } from './versioned-records';

/**
 * The customer users a seed made, read-only, by position. Position order is the list's default order
 * (`sort=login`: the username as it sorts, then the id), so that list is a walk over the positions, and
 * a tie in any other sort falls back to the position. A source may keep no record objects at all
 * (see mocks/seed/generated-users.ts): `at` makes one when asked.
 */
export interface SeededCustomerUsers extends BaseRecords<CustomerUser> {
  readonly size: number;
  /** The record at a position, made on each call. */
  at(position: number): CustomerUser;
  idAt(position: number): string;
  /** The position of the record with this id, or -1. */
  positionOf(id: string): number;
  validityAt(position: number): Validity;
  /** What a sort by `key` compares of the record at `position`: `customerUserSortValue[key]` of it. */
  sortValue(position: number, key: CustomerUserSortKey): string;
  /** The positions whose username or email is `key` as `comparableKey` makes it. */
  positionsWith(field: UniqueField, key: string): number[];
  /**
   * The positions matching every term (parsed and narrowing, as `narrowingTerms` gives them), marked 1 in
   * a new array of `size`: the same records as `compileSearch` over `customerUserHaystack`.
   */
  search(terms: readonly string[]): Uint8Array;
  /** Makes what `search` needs ahead of it (when the browser is idle after the first list). */
  prepareSearch(): void;
}

/** The text the sidebar search looks in: username, names, the full name, Customer ID, email. */
export function customerUserHaystack(user: CustomerUser): string {
  return buildSearchHaystack([
    user.login,
    user.firstName,
    user.lastName,
    `${user.firstName} ${user.lastName}`,
    user.customerId,
    user.email,
  ]);
}

/** Seeded customer users held as records: the small demo seed, and no seed at all. */
export class SeededRecords implements SeededCustomerUsers {
  private readonly rows: CustomerUser[];
  private readonly positions: Map<string, number>;
  private texts: JoinedTexts | undefined;
  private keys: Record<UniqueField, Map<string, number[]>> | undefined;

  constructor(rows: readonly CustomerUser[]) {
    this.rows = sortCustomerUsers(rows, 'login');
    this.positions = new Map(this.rows.map((row, position) => [row.id, position]));
  }

  get size(): number {
    return this.rows.length;
  }

  at(position: number): CustomerUser {
    return this.rows[position] as CustomerUser;
  }

  idAt(position: number): string {
    return this.at(position).id;
  }

  positionOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  get(id: string): CustomerUser | undefined {
    const position = this.positionOf(id);
    return position < 0 ? undefined : this.at(position);
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  values(): Iterable<CustomerUser> {
    return this.rows;
  }

  validityAt(position: number): Validity {
    return this.at(position).validity;
  }

  sortValue(position: number, key: CustomerUserSortKey): string {
    return customerUserSortValue[key](this.at(position));
  }

  positionsWith(field: UniqueField, key: string): number[] {
    if (!this.keys) {
      const keys: Record<UniqueField, Map<string, number[]>> = { login: new Map(), email: new Map() };
      this.rows.forEach((row, position) => {
        for (const name of ['login', 'email'] as const) {
          const value = comparableKey(row[name]);
          keys[name].set(value, [...(keys[name].get(value) ?? []), position]);
        }
      });
      this.keys = keys;
    }
    return this.keys[field].get(key) ?? [];
  }

  prepareSearch(): void {
    this.texts ??= joinTexts(this.rows.map(customerUserHaystack));
  }

  search(terms: readonly string[]): Uint8Array {
    const found = new Uint8Array(this.size);
    this.prepareSearch();
    const texts = this.texts as JoinedTexts;
    const [driver = '', ...others] = scanFirst(terms);
    const rest = compileTerms(others);
    forEachMatchingRecord(texts, driver, (position) => {
      const haystack = texts.text.slice(texts.starts[position], (texts.starts[position + 1] ?? 1) - 1);
      if (rest(haystack)) found[position] = 1;
    });
    return found;
  }
}
