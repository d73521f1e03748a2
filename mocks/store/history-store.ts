import type { CustomerUser } from '@/api/customer-user-schema';
import type { HistoryAction, HistoryChange, HistoryEntry, HistoryPage, HistoryQuery } from '@/api/history-schema';
import { customerUserLabels } from '@/api/labels';

/** A customer user's history in a snapshot: their id, and their entries oldest first. */
export type HistorySnapshot = [customerUserId: string, entries: HistoryEntry[]][];

/** The fields of a customer user the history compares: every form field but the password, which is never kept. */
const recordedFields = (Object.keys(customerUserLabels) as (keyof typeof customerUserLabels)[]).filter(
  (field): field is Exclude<keyof typeof customerUserLabels, 'password'> => field !== 'password',
);

/** The fields a new customer user was created with: every field that has a value. */
export function createdChanges(user: CustomerUser): HistoryChange[] {
  return recordedFields.filter((field) => user[field] !== '').map((field) => ({ field, from: '', to: user[field] }));
}

/** The fields that differ between two versions of a customer user, from the old value to the new. */
export function updatedChanges(before: CustomerUser, after: CustomerUser): HistoryChange[] {
  return recordedFields
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, from: before[field], to: after[field] }));
}

/**
 * Every write to a customer user, kept per user in the order written; served newest first. A write that
 * changed nothing is not recorded (a create always is).
 */
export class HistoryStore {
  private entries = new Map<string, HistoryEntry[]>();
  private nextId = 1;

  constructor(private readonly agentLogin: () => string) {}

  reset(): void {
    this.entries.clear();
    this.nextId = 1;
  }

  record(customerUserId: string, action: HistoryAction, changes: HistoryChange[]): void {
    if (changes.length === 0 && action !== 'created') return;
    const entry: HistoryEntry = {
      id: String(this.nextId++),
      at: new Date().toISOString(),
      by: this.agentLogin(),
      action,
      changes,
    };
    const list = this.entries.get(customerUserId) ?? [];
    list.push(entry);
    this.entries.set(customerUserId, list);
  }

  /** A page of a customer user's entries, newest first. */
  page(customerUserId: string, { offset, limit }: HistoryQuery): HistoryPage {
    const newestFirst = [...(this.entries.get(customerUserId) ?? [])].reverse();
    return { items: newestFirst.slice(offset, offset + limit), total: newestFirst.length, offset, limit };
  }

  snapshot(): HistorySnapshot {
    return [...this.entries];
  }

  restore(snapshot: HistorySnapshot): void {
    this.reset();
    for (const [customerUserId, entries] of snapshot) this.entries.set(customerUserId, [...entries]);
    let last = 0;
    for (const [, entries] of snapshot) for (const entry of entries) last = Math.max(last, Number(entry.id) || 0);
    this.nextId = last + 1;
  }
}
