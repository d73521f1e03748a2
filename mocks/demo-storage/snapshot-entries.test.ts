import { parseStoredSnapshot } from '@mocks/snapshot-schema';
import { DemoStore, type StoreSnapshot } from '@mocks/store/demo-store';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  changesSince,
  customersKey,
  entrySources,
  metaKey,
  snapshotEntries,
  snapshotFromEntries,
  userFields,
} from './snapshot-entries';

/** A snapshot with a written customer user and customer, and a history with every kind of change. */
function writtenSnapshot(): StoreSnapshot {
  const store = new DemoStore();
  const [user] = store.customerUsers.all();
  const [customer] = store.customers.all();
  if (!user || !customer) throw new Error('the seed has no records');
  const at = '2026-01-02T03:04:05.000Z';
  return {
    ...store.snapshot(),
    customerUsers: [{ ...user, city: 'Kiel', version: user.version + 1 }],
    customers: [{ ...customer, name: 'Renamed', version: customer.version + 1 }],
    history: [
      [
        user.id,
        [
          { id: '1', at, by: 'admin', action: 'updated', changes: [{ field: 'city', from: 'Bonn', to: 'Kiel' }] },
          { id: '2', at, by: 'admin', action: 'updated', changes: [{ field: 'password', changed: true }] },
          {
            id: '3',
            at,
            by: 'admin',
            action: 'permissions',
            changes: [{ field: 'group', group: 'support', from: '', to: 'ro, rw' }],
          },
        ],
      ],
    ],
  };
}

describe('snapshot entries', () => {
  it('make the snapshot they were made from, checked by the snapshot schema', () => {
    const snapshot = writtenSnapshot();
    const [user] = snapshot.customerUsers;
    if (!user) throw new Error('no written user');
    const entries = structuredClone(snapshotEntries(snapshot));
    expect([...entries.keys()].sort()).toEqual([customersKey, metaKey, bucketOf(user.id)].sort());
    // A customer user is its values, in the order the meta names them, beside the history in its bucket.
    expect(entries.get(bucketOf(user.id))).toMatchObject({ users: [userFields.map((field) => user[field])] });
    expect(parseStoredSnapshot(snapshotFromEntries(entries))).toEqual(snapshot);
  });

  it('put customer users in buckets of 100 ids', () => {
    expect(['cu-000001', 'cu-000099', 'cu-000100', 'cu-012345', 'x'].map(bucketOf)).toEqual([
      'users/00000',
      'users/00000',
      'users/00001',
      'users/00123',
      'users/other',
    ]);
  });

  it('read a customer user by the field order its meta names, and refuse one that does not fit', () => {
    const snapshot = writtenSnapshot();
    const entries = snapshotEntries(snapshot);
    const key = bucketOf(snapshot.customerUsers[0]?.id ?? '');
    const bucket = entries.get(key) as { users: unknown[][]; histories: unknown[] };
    const meta = entries.get(metaKey) as { userFields: string[] };
    entries.set(metaKey, { ...meta, userFields: [...meta.userFields].reverse() });
    entries.set(key, { ...bucket, users: bucket.users.map((values) => [...values].reverse()) });
    expect(parseStoredSnapshot(snapshotFromEntries(entries))).toEqual(snapshot);
    entries.set(key, { ...bucket, users: bucket.users.map((values) => values.slice(1)) });
    expect(parseStoredSnapshot(snapshotFromEntries(entries))).toBeUndefined();
    entries.set(key, { users: 'none' });
    expect(snapshotFromEntries(entries)).toBeUndefined();
  });

  it('change only the buckets where a record was replaced, added or removed, or a history grew', () => {
    const snapshot = writtenSnapshot();
    const sources = entrySources(snapshot);
    expect(changesSince(sources, { ...snapshot }).changes).toEqual({ clear: false, put: new Map(), delete: [] });
    const [user] = snapshot.customerUsers;
    const [history] = snapshot.history ?? [];
    const oldest = history?.[1][0];
    if (!user || !history || !oldest) throw new Error('no written user');
    const grown: StoreSnapshot = { ...snapshot, history: [[history[0], [...history[1], { ...oldest, id: '4' }]]] };
    expect([...changesSince(sources, grown).changes.put.keys()]).toEqual([bucketOf(user.id)]);
    const added: StoreSnapshot = { ...snapshot, customerUsers: [user, { ...user, id: 'cu-004711' }] };
    expect([...changesSince(sources, added).changes.put.keys()]).toEqual(['users/00047']);
    const emptied = changesSince(sources, { ...snapshot, customerUsers: [], history: [], customers: [] }).changes;
    expect(emptied.put.size).toBe(0);
    expect([...emptied.delete].sort()).toEqual([customersKey, bucketOf(user.id)].sort());
    expect(
      changesSince(sources, { ...snapshot, settings: snapshot.settings && { ...snapshot.settings } }).changes.put.size,
    ).toBe(0);
    expect(changesSince(undefined, snapshot).changes).toMatchObject({ clear: true, delete: [] });
  });
});
