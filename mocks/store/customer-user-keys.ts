import { comparableText } from '@/api/common-schema';
import type { CustomerUser } from '@/api/customer-user-schema';

/** The fields no two customer users may share, in any letter case. */
export type UniqueField = 'login' | 'email';
const uniqueFields: readonly UniqueField[] = ['login', 'email'];

const ascii = /^\p{ASCII}*$/u;

/**
 * A value as `comparableText` compares it. ASCII has no format characters and is its own NFC, so its
 * comparable text is its lower case: the fast way for almost every username and email.
 */
export function comparableKey(value: string): string {
  return ascii.test(value) ? value.toLowerCase() : comparableText(value);
}

/** The seeded customer users, as the lookups read them. */
export interface SeededKeys {
  /** The positions whose `field` is `key` as `comparableKey` makes it. */
  positionsWith(field: UniqueField, key: string): number[];
  idAt(position: number): string;
}

/**
 * The customer users by comparable username and email, for uniqueness checks and lookups without a scan
 * of every record. The seeded ones are looked up in the seed's own order (no map of 100000 keys); the
 * written ones, which take the place of their seeded versions, in maps built on the first lookup and kept
 * up to date on every write.
 */
export class CustomerUserKeys {
  private seeded: SeededKeys = { positionsWith: () => [], idAt: () => '' };
  /** By field, the written records' comparable value's id, or ids in the rare case that records share one. */
  private maps: Record<UniqueField, Map<string, string | string[]>> | undefined;

  /** `written`: the records written since seeding, by id. */
  constructor(private readonly written: () => ReadonlyMap<string, CustomerUser>) {}

  reset(seeded: SeededKeys): void {
    this.seeded = seeded;
    this.maps = undefined;
  }

  /** After a restore: the written records are others now. */
  clear(): void {
    this.maps = undefined;
  }

  /** The ids of the customer users whose `field` compares equal to `value` (a parsed, trimmed value). */
  idsWith(field: UniqueField, value: string): readonly string[] {
    const key = comparableKey(value);
    const written = this.written();
    const ids = this.built()[field].get(key);
    const found = ids === undefined ? [] : typeof ids === 'string' ? [ids] : [...ids];
    for (const position of this.seeded.positionsWith(field, key)) {
      const id = this.seeded.idAt(position);
      // A seeded record written since has its current values in the maps.
      if (!written.has(id)) found.push(id);
    }
    return found;
  }

  /** After a write: `user` replaces `previous` (undefined for a new one). */
  replaced(user: CustomerUser, previous: CustomerUser | undefined): void {
    if (!this.maps) return;
    for (const field of uniqueFields) {
      const map = this.maps[field];
      if (previous) remove(map, comparableKey(previous[field]), previous.id);
      add(map, comparableKey(user[field]), user.id);
    }
  }

  private built(): Record<UniqueField, Map<string, string | string[]>> {
    if (!this.maps) {
      const login = new Map<string, string | string[]>();
      const email = new Map<string, string | string[]>();
      for (const user of this.written().values()) {
        add(login, comparableKey(user.login), user.id);
        add(email, comparableKey(user.email), user.id);
      }
      this.maps = { login, email };
    }
    return this.maps;
  }
}

function add(map: Map<string, string | string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'string') {
    if (ids !== id) map.set(key, [ids, id]);
  } else if (!ids.includes(id)) ids.push(id);
}

function remove(map: Map<string, string | string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === id) map.delete(key);
  else if (Array.isArray(ids)) {
    const rest = ids.filter((other) => other !== id);
    map.set(key, rest.length === 1 ? (rest[0] as string) : rest);
  }
}
