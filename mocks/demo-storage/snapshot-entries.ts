import type { StoreSnapshot } from '@mocks/store/demo-store';
import { type CustomerUser, customerUserSchema } from '@/api/customer-user-schema';
import type { HistoryChange, HistoryEntry } from '@/api/history-schema';
import type { SnapshotChanges } from './demo-storage';

/**
 * A store snapshot as stored entries: `meta` (seed, permissions, settings, agent), `customers` (the written
 * customers), and the written customer users with their histories in buckets of 100 ids
 * (`users/00012`: cu-001200 to cu-001299). A write stores only the buckets it changed: one for an edit,
 * about ten for an import of 1000 new users (a storage's cost is more per entry than per byte, so not one
 * entry per record). A customer user is stored as its values in `meta.userFields`' order, a history
 * entry and change as lists too: no field name repeated per record. Nothing here checks values:
 * `parseStoredSnapshot` (snapshot-schema.ts) checks the snapshot the entries make.
 */
export const metaKey = 'meta';
export const customersKey = 'customers';
const bucketPrefix = 'users/';
const bucketSize = 100;

/** The bucket a customer user's id falls in (its number over 100), or -1 for an id of another form. */
function bucketIndex(customerUserId: string): number {
  const sequence = customerUserId.startsWith('cu-') ? Number(customerUserId.slice(3)) : Number.NaN;
  return Number.isInteger(sequence) ? Math.floor(sequence / bucketSize) : -1;
}

function bucketKey(index: number): string {
  return bucketPrefix + (index < 0 ? 'other' : String(index).padStart(5, '0'));
}

/** The key of the bucket a customer user and their history are stored in. */
export function bucketOf(customerUserId: string): string {
  return bucketKey(bucketIndex(customerUserId));
}

/** A customer user's fields in the order a stored one lists its values: the contract's order. */
export const userFields = Object.keys(customerUserSchema.shape) as (keyof CustomerUser)[];

interface Bucket {
  users: unknown[][];
  histories: [customerUserId: string, entries: unknown[]][];
}

function encodeChange(change: HistoryChange): string[] {
  if ('changed' in change) return [change.field];
  return change.group === undefined
    ? [change.field, change.from, change.to]
    : [change.field, change.from, change.to, change.group];
}

function encodeEntry({ id, at, by, action, changes }: HistoryEntry): unknown[] {
  return [id, at, by, action, changes.map(encodeChange)];
}

function encodeMeta({ seed, permissions, settings, agent }: StoreSnapshot) {
  return { seed, permissions, settings, agent, userFields };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeChange(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1) return { field: value[0], changed: true };
  const [field, from, to, group] = value;
  return group === undefined ? { field, from, to } : { field, from, to, group };
}

function decodeEntry(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const [id, at, by, action, changes] = value;
  return { id, at, by, action, changes: Array.isArray(changes) ? changes.map(decodeChange) : changes };
}

/** Every entry of a snapshot: what a full write stores. */
export function snapshotEntries(snapshot: StoreSnapshot): Map<string, unknown> {
  return changesSince(undefined, snapshot).changes.put as Map<string, unknown>;
}

/**
 * The snapshot stored entries make, unchecked: undefined when they have no meta or an entry this version
 * does not know, fields missing where a record's values do not fit `meta.userFields`.
 */
export function snapshotFromEntries(entries: ReadonlyMap<string, unknown>): unknown {
  const meta = entries.get(metaKey);
  if (!isRecord(meta)) return undefined;
  const { userFields: fields, ...rest } = meta;
  const names: unknown[] = Array.isArray(fields) ? fields : [];
  const decodeUser = (values: unknown) =>
    Array.isArray(values) ? Object.fromEntries(names.map((name, i) => [name, values[i]])) : values;
  const decodeHistory = (value: unknown) => {
    if (!Array.isArray(value)) return value;
    const [id, list] = value;
    return [id, Array.isArray(list) ? list.map(decodeEntry) : list];
  };
  const customerUsers: unknown[] = [];
  const history: unknown[] = [];
  for (const [key, value] of entries) {
    if (key === metaKey || key === customersKey) continue;
    if (!key.startsWith(bucketPrefix) || !isRecord(value)) return undefined;
    const { users, histories } = value;
    if (!Array.isArray(users) || !Array.isArray(histories)) return undefined;
    customerUsers.push(...users.map(decodeUser));
    history.push(...histories.map(decodeHistory));
  }
  return { ...rest, customerUsers, customers: entries.get(customersKey) ?? [], history };
}

/**
 * What the stored entries were made from, by id, to tell which ones a write changed: a record (records
 * are immutable: a write replaces one), a history's newest entry (a history only grows), the meta's JSON.
 * Its maps are updated in place when a write was stored (see `changesSince`).
 */
export interface EntrySources {
  meta: string;
  users: Map<string, unknown>;
  customers: Map<string, unknown>;
  histories: Map<string, unknown>;
}

/** The sources of no entries: what an empty storage holds. */
export function noEntries(): EntrySources {
  return { meta: '', users: new Map(), customers: new Map(), histories: new Map() };
}

/** The sources of a snapshot's entries: what the storage holds right after storing or restoring it. */
export function entrySources(snapshot: StoreSnapshot): EntrySources {
  return changesSince(undefined, snapshot).adopt();
}

/**
 * Compares one kind of records with their sources and calls `changed` with the id of each one changed,
 * added or removed. Answers how to bring the sources up to date (in place: no copy of them per write).
 */
function compareKind<Item>(
  previous: Map<string, unknown> | undefined,
  items: readonly Item[],
  idOf: (item: Item) => string,
  sourceOf: (item: Item) => unknown,
  changed: (id: string) => void,
): () => Map<string, unknown> {
  const sources = previous ?? new Map<string, unknown>();
  const updates: [string, unknown][] = [];
  let kept = 0;
  for (const item of items) {
    const id = idOf(item);
    const source = sourceOf(item);
    if (sources.has(id)) {
      kept += 1;
      if (sources.get(id) === source) continue;
    }
    updates.push([id, source]);
    changed(id);
  }
  const removed: string[] = [];
  if (kept < sources.size) {
    const ids = new Set(items.map(idOf));
    for (const id of sources.keys()) {
      if (ids.has(id)) continue;
      removed.push(id);
      changed(id);
    }
  }
  return () => {
    for (const [id, source] of updates) sources.set(id, source);
    for (const id of removed) sources.delete(id);
    return sources;
  };
}

/**
 * The changes that store `snapshot` over the entries made from `previous` (all of them, over a cleared
 * storage, when `previous` is undefined), and `adopt`, to call once they are stored: it updates `previous`
 * to the new entries' sources and answers them. Only the changed entries are encoded, so a write's cost
 * follows what it changed; finding them is a pass over the written records.
 */
export function changesSince(
  previous: EntrySources | undefined,
  snapshot: StoreSnapshot,
): { changes: SnapshotChanges; adopt: () => EntrySources } {
  const changes = { clear: previous === undefined, put: new Map<string, unknown>(), delete: [] as string[] };
  const meta = encodeMeta(snapshot);
  const metaJson = JSON.stringify(meta);
  if (previous?.meta !== metaJson) changes.put.set(metaKey, meta);
  const dirty = new Set<number>();
  let customersChanged = false;
  const history = snapshot.history ?? [];
  const users = compareKind(
    previous?.users,
    snapshot.customerUsers,
    (user) => user.id,
    (user) => user,
    (id) => dirty.add(bucketIndex(id)),
  );
  const histories = compareKind(
    previous?.histories,
    history,
    ([id]) => id,
    ([, entries]) => entries.at(-1),
    (id) => dirty.add(bucketIndex(id)),
  );
  const customers = compareKind(
    previous?.customers,
    snapshot.customers,
    (customer) => customer.customerId,
    (customer) => customer,
    () => {
      customersChanged = true;
    },
  );
  if (customersChanged) {
    if (snapshot.customers.length > 0) changes.put.set(customersKey, snapshot.customers);
    else changes.delete.push(customersKey);
  }
  if (dirty.size > 0) {
    const buckets = new Map<number, Bucket>([...dirty].map((index) => [index, { users: [], histories: [] }]));
    for (const user of snapshot.customerUsers)
      buckets.get(bucketIndex(user.id))?.users.push(userFields.map((field) => user[field]));
    for (const [id, entries] of history) buckets.get(bucketIndex(id))?.histories.push([id, entries.map(encodeEntry)]);
    for (const [index, bucket] of buckets) {
      if (bucket.users.length > 0 || bucket.histories.length > 0) changes.put.set(bucketKey(index), bucket);
      else changes.delete.push(bucketKey(index));
    }
  }
  const adopt = () => ({ meta: metaJson, users: users(), histories: histories(), customers: customers() });
  return { changes, adopt };
}
