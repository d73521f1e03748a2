import { createHandlers } from '@mocks/handlers/create-handlers';
import { server } from '@mocks/node';
import { persistStore } from '@mocks/persistence';
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { DemoStore } from '@mocks/store/demo-store';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexedDbStorage } from './indexed-db-storage';

// fake-indexeddb: the IndexedDB API in memory, to the spec, so the adapter's own calls are tested here.
const opened: IndexedDbStorage[] = [];
function open(factory: IDBFactory, name = 'test-demo-store') {
  const storage = new IndexedDbStorage(factory, name);
  opened.push(storage);
  return storage;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

const write = (put: [string, unknown][], remove: string[] = [], clear = false) => ({
  clear,
  put: new Map(put),
  delete: remove,
});

describe('IndexedDbStorage', () => {
  it('stores a write’s entries and its revision together, and reads them back as one snapshot', async () => {
    const factory = new IDBFactory();
    const storage = open(factory);
    expect(await storage.revision()).toBeUndefined();
    expect(await storage.getSnapshot()).toBeUndefined();
    const first = await storage.setSnapshot(
      write([
        ['meta', { seed: { kind: 'demo' } }],
        ['user/a', ['a']],
        ['user/b', ['b']],
      ]),
    );
    const second = await storage.setSnapshot(write([['user/c', ['c']]], ['user/a']));
    expect(second).not.toBe(first);
    const reopened = open(factory);
    expect(await reopened.revision()).toBe(second);
    expect(await reopened.getSnapshot()).toEqual({
      revision: second,
      entries: new Map<string, unknown>([
        ['meta', { seed: { kind: 'demo' } }],
        ['user/b', ['b']],
        ['user/c', ['c']],
      ]),
    });
    await storage.setSnapshot(write([['meta', { seed: { kind: 'empty' } }]], [], true));
    expect((await reopened.getSnapshot())?.entries).toEqual(new Map([['meta', { seed: { kind: 'empty' } }]]));
  });

  it('keeps nothing of a write it refuses, and rejects with the error', async () => {
    const storage = open(new IDBFactory());
    const kept = await storage.setSnapshot(write([['user/a', ['a']]]));
    // A function cannot be cloned: the put throws, as a full disk aborts the transaction.
    await expect(
      storage.setSnapshot(
        write(
          [
            ['user/b', ['b']],
            ['user/c', () => 'c'],
          ],
          ['user/a'],
        ),
      ),
    ).rejects.toThrow();
    expect(await storage.getSnapshot()).toEqual({ revision: kept, entries: new Map([['user/a', ['a']]]) });
  });

  it('removes the snapshot and keeps the set-aside value apart', async () => {
    const storage = open(new IDBFactory());
    await storage.setSnapshot(write([['user/a', ['a']]]));
    await storage.setSetAside({ 'user/a': 'unreadable' });
    await storage.removeSnapshot();
    expect(await storage.revision()).toBeUndefined();
    expect(await storage.getSnapshot()).toBeUndefined();
    expect(await storage.getSetAside()).toEqual({ 'user/a': 'unreadable' });
  });

  it('tells the other tabs of a write, with its revision', async () => {
    const factory = new IDBFactory();
    const [first, second] = [open(factory, 'told-demo-store'), open(factory, 'told-demo-store')];
    const heard = vi.fn();
    second.onChange(heard);
    const own = vi.fn();
    first.onChange(own);
    const revision = await first.setSnapshot(write([['user/a', ['a']]]));
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(revision));
    await first.removeSnapshot();
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith(undefined));
    expect(own).not.toHaveBeenCalled();
  });

  it('keeps the demo store across a reload', async () => {
    const factory = new IDBFactory();
    const jdoeId = demoCustomerUsers.jdoe.id;
    const store = new DemoStore();
    const notices = window.sessionStorage;
    await persistStore(store, { storage: open(factory), notices, legacy: undefined });
    server.use(...createHandlers(store, '/idb-api'));
    const found = store.customerUsers.get(jdoeId);
    if (!found.ok) throw new Error('the seed has no jdoe');
    const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = found.value;
    const response = await fetch(new URL(`/idb-api/customer-users/${jdoeId}`, window.location.href), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...fields, firstName: 'Stored' }),
    });
    expect(response.status).toBe(200);
    const reloaded = new DemoStore();
    await persistStore(reloaded, { storage: open(factory), notices, legacy: undefined });
    const again = reloaded.customerUsers.get(jdoeId);
    expect(again.ok && again.value.firstName).toBe('Stored');
    expect(reloaded.history.page(jdoeId, { offset: 0, limit: 25 }).total).toBe(1);
  });
});
