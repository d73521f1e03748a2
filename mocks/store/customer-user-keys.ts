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

/**
 * The customer users by comparable username and email, for uniqueness checks and lookups without a scan
 * of every record. Built on the first lookup, kept up to date on every write, dropped on reset and restore.
 */
export class CustomerUserKeys {
  /** By field, the comparable value's id, or ids in the rare case that seeded records share one. */
  private maps: Record<UniqueField, Map<string, string | string[]>> | undefined;

  constructor(private readonly users: () => Iterable<CustomerUser>) {}

  clear(): void {
    this.maps = undefined;
  }

  /** The ids of the customer users whose `field` compares equal to `value` (a parsed, trimmed value). */
  idsWith(field: UniqueField, value: string): readonly string[] {
    const ids = this.built()[field].get(comparableKey(value));
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
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
      for (const user of this.users()) {
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
