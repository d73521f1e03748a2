import { MemoryDemoData } from '@mocks/demo-storage/memory-storage';
import { bucketOf, metaKey } from '@mocks/demo-storage/snapshot-entries';
import { createHandlers } from '@mocks/handlers/create-handlers';
import { server } from '@mocks/node';
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { importCustomerUsers } from '@mocks/store/customer-user-import';
import { DemoStore } from '@mocks/store/demo-store';
import { describe, expect, it, vi } from 'vitest';
import { demoNoticeKey, legacyStorageKey, persistStore, storageFullMessage, unreadableNotice } from './persistence';

/** A Storage in memory (localStorage, sessionStorage). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const jdoeId = demoCustomerUsers.jdoe.id;
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Web Locks shared by the tabs of one test: one callback at a time per name, in order. */
function sharedLocks() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    request<Result>(_name: string, callback: () => Promise<Result>): Promise<Result> {
      const result = queue.then(callback);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

interface TabOptions {
  notices?: Storage;
  legacy?: Storage;
  baseUrl?: string;
  locks?: ReturnType<typeof sharedLocks>;
}

/** A tab of the demo over the origin's stored data: its store, loaded, serving `baseUrl`. */
async function tab(
  data: MemoryDemoData,
  { notices = new MemoryStorage(), legacy, baseUrl = '/tab-api', locks }: TabOptions = {},
) {
  const store = new DemoStore();
  await persistStore(store, { storage: data.tab(), notices, legacy, locks });
  server.use(...createHandlers(store, baseUrl));
  return store;
}

function jdoeOf(store: DemoStore) {
  const found = store.customerUsers.get(jdoeId);
  if (!found.ok) throw new Error('the seed has no jdoe');
  return found.value;
}

function saveJdoe(store: DemoStore, firstName: string, baseUrl = '/tab-api') {
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = jdoeOf(store);
  return fetch(new URL(`${baseUrl}/customer-users/${jdoeId}`, window.location.href), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...fields, firstName }),
  });
}

/** The entries a valid stored snapshot has once jdoe was saved as `firstName`. */
async function storedWithJdoe(firstName: string) {
  const data = new MemoryDemoData();
  expect((await saveJdoe(await tab(data), firstName)).status).toBe(200);
  return data;
}

describe('persisted demo data', () => {
  it('restores a valid snapshot without a notice', async () => {
    const data = await storedWithJdoe('Johnny');
    const notices = new MemoryStorage();
    expect(jdoeOf(await tab(data, { notices })).firstName).toBe('Johnny');
    expect(notices.getItem(demoNoticeKey)).toBeNull();
  });

  it.each([
    ['without its meta entry', (entries: Map<string, unknown>) => entries.delete(metaKey)],
    [
      'with a customer user whose values do not fit',
      (entries: Map<string, unknown>) => entries.set(bucketOf(jdoeId), { users: [[42]], histories: [] }),
    ],
    [
      'with a seed over the cap',
      (entries: Map<string, unknown>) =>
        entries.set(metaKey, { ...(entries.get(metaKey) as object), seed: { kind: 'generated', customerUsers: 1e7 } }),
    ],
    ['with an entry of a kind it does not know', (entries: Map<string, unknown>) => entries.set('widget/1', {})],
  ])('sets stored data %s aside, restores the seed and leaves a notice', async (_, spoil) => {
    const data = await storedWithJdoe('Johnny');
    spoil(data.entries);
    const unreadable = Object.fromEntries(data.entries);
    const notices = new MemoryStorage();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const store = await tab(data, { notices });
    expect(store.seed).toEqual({ kind: 'demo' });
    expect(jdoeOf(store).firstName).toBe(demoCustomerUsers.jdoe.firstName);
    expect(data.revision).toBeUndefined();
    expect(data.entries.size).toBe(0);
    expect(data.setAside).toEqual(unreadable);
    expect(notices.getItem(demoNoticeKey)).toBe(unreadableNotice);
    expect(info).toHaveBeenCalledWith(unreadableNotice);
  });

  it('moves a snapshot an earlier version left in localStorage into the storage, once', async () => {
    const seeded = new DemoStore();
    const earlier = { ...seeded.snapshot(), customerUsers: [{ ...jdoeOf(seeded), firstName: 'Legacy', version: 2 }] };
    const legacy = new MemoryStorage();
    legacy.setItem(legacyStorageKey, JSON.stringify(earlier));
    const data = await storedWithJdoe('Johnny');
    const notices = new MemoryStorage();
    expect(jdoeOf(await tab(data, { legacy, notices })).firstName).toBe('Legacy');
    expect(legacy.getItem(legacyStorageKey)).toBeNull();
    expect(data.writes.at(-1)?.clear).toBe(true);
    expect(jdoeOf(await tab(data, { legacy })).firstName).toBe('Legacy');
    expect(notices.getItem(demoNoticeKey)).toBeNull();
  });

  it('keeps a snapshot in localStorage for the next start when the storage refuses to take it', async () => {
    const seeded = new DemoStore();
    const earlier = { ...seeded.snapshot(), customerUsers: [{ ...jdoeOf(seeded), firstName: 'Legacy', version: 2 }] };
    const legacy = new MemoryStorage();
    legacy.setItem(legacyStorageKey, JSON.stringify(earlier));
    const data = new MemoryDemoData();
    data.refuse = quotaError();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = await tab(data, { legacy });
    expect(jdoeOf(store).firstName).toBe('Legacy');
    expect(legacy.getItem(legacyStorageKey)).not.toBeNull();
    expect(warn).toHaveBeenCalled();
    // This tab does without storage: its writes are answered, and kept until it closes.
    expect((await saveJdoe(store, 'Johnny')).status).toBe(200);
  });

  it.each([
    ['not JSON', '{"seed":'],
    ['an old shape', JSON.stringify({ seed: { kind: 'demo' }, customerUsers: [{ login: 'x' }], customers: [] })],
    [
      'a seed over the cap',
      JSON.stringify({ seed: { kind: 'generated', customerUsers: 10_000_000 }, customerUsers: [], customers: [] }),
    ],
  ])('sets a value in localStorage that is %s aside, restores the seed and leaves a notice', async (_, saved) => {
    const data = await storedWithJdoe('Johnny');
    const legacy = new MemoryStorage();
    legacy.setItem(legacyStorageKey, saved);
    const notices = new MemoryStorage();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const store = await tab(data, { legacy, notices });
    expect(store.seed).toEqual({ kind: 'demo' });
    expect(jdoeOf(store).firstName).toBe(demoCustomerUsers.jdoe.firstName);
    expect(legacy.getItem(legacyStorageKey)).toBeNull();
    expect(data.setAside).toBe(saved);
    expect(data.revision).toBeUndefined();
    expect(notices.getItem(demoNoticeKey)).toBe(unreadableNotice);
    expect(info).toHaveBeenCalledWith(unreadableNotice);
  });

  it('answers a write the full storage refuses with 507 and rolls the store and its history back', async () => {
    const data = new MemoryDemoData();
    const store = await tab(data);
    const history = () => store.history.page(jdoeId, { offset: 0, limit: 25 }).total;
    expect((await saveJdoe(store, 'Jon')).status).toBe(200);
    const before = jdoeOf(store);
    data.refuse = quotaError();
    const response = await saveJdoe(store, 'Johnny');
    expect(response.status).toBe(507);
    expect(await response.json()).toEqual({ code: 'demo.storage_full', params: {}, message: storageFullMessage });
    expect(jdoeOf(store)).toEqual(before);
    expect(history()).toBe(1);
    data.refuse = undefined;
    expect(jdoeOf(await tab(data, { baseUrl: '/reloaded-tab' })).firstName).toBe('Jon');
    expect((await saveJdoe(store, 'Johnny')).status).toBe(200);
    expect(history()).toBe(2);
  });

  it('answers a write the storage refuses for another reason with 507 demo.storage_failed', async () => {
    const data = new MemoryDemoData();
    const store = await tab(data);
    data.refuse = new DOMException('The disk is gone.', 'UnknownError');
    const response = await saveJdoe(store, 'Johnny');
    expect(response.status).toBe(507);
    expect(await response.json()).toMatchObject({ code: 'demo.storage_failed' });
    expect(jdoeOf(store).firstName).toBe(demoCustomerUsers.jdoe.firstName);
  });

  it('checks a write against what another tab stored, so the same version saved twice is a conflict', async () => {
    const data = new MemoryDemoData();
    const locks = sharedLocks();
    const first = await tab(data, { baseUrl: '/first-tab', locks });
    const second = await tab(data, { baseUrl: '/second-tab', locks });
    // Both tabs read version 1; the first tab's message has not reached the second.
    const [firstSave, secondSave] = [saveJdoe(first, 'First', '/first-tab'), saveJdoe(second, 'Second', '/second-tab')];
    const statuses = [(await firstSave).status, (await secondSave).status];
    expect([...statuses].sort()).toEqual([200, 409]);
    expect(jdoeOf(await tab(data)).firstName).toBe(statuses[0] === 200 ? 'First' : 'Second');
  });

  it('applies what another tab stored once it hears of it', async () => {
    const data = new MemoryDemoData();
    const first = await tab(data, { baseUrl: '/first-tab' });
    const second = await tab(data, { baseUrl: '/second-tab' });
    expect((await saveJdoe(first, 'First', '/first-tab')).status).toBe(200);
    await vi.waitFor(() => expect(jdoeOf(second).firstName).toBe('First'));
    expect((await saveJdoe(second, 'Second', '/second-tab')).status).toBe(200);
    await vi.waitFor(() => expect(jdoeOf(first).firstName).toBe('Second'));
  });

  it('runs each write under the demo-store Web Lock when the browser has one', async () => {
    const locks = sharedLocks();
    const request = vi.spyOn(locks, 'request');
    expect((await saveJdoe(await tab(new MemoryDemoData(), { locks }), 'Johnny')).status).toBe(200);
    expect(request).toHaveBeenCalledWith('demo-store', expect.any(Function));
  });

  it('stores a change outside a write (a switch in the URL) as well', async () => {
    const data = new MemoryDemoData();
    const store = await tab(data);
    store.reset({ kind: 'empty' });
    await vi.waitFor(() => expect(data.revision).toBeDefined());
    expect((await tab(data)).seed).toEqual({ kind: 'empty' });
  });

  it('keeps the demo working, without surviving a reload, when the storage cannot be read', async () => {
    const data = new MemoryDemoData();
    const storage = { ...data.tab(), getSnapshot: () => Promise.reject(new DOMException('No.', 'InvalidStateError')) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new DemoStore();
    await persistStore(store, { storage, notices: new MemoryStorage() });
    server.use(...createHandlers(store, '/tab-api'));
    expect((await saveJdoe(store, 'Johnny')).status).toBe(200);
    expect(warn).toHaveBeenCalled();
    expect(data.revision).toBeUndefined();
  });

  it('stores only the entries a write changed, also among 10 000 written customer users', async () => {
    const data = new MemoryDemoData();
    const store = await tab(data);
    const customerId = demoCustomerUsers.jdoe.customerId;
    await store.transaction(async () =>
      importCustomerUsers(
        store.customerUsers,
        Array.from({ length: 10_000 }, (_, n) => ({
          login: `import-${n}`,
          firstName: 'Imported',
          lastName: `Row ${n}`,
          email: `i${n}@import.example`,
          customerId,
        })),
        false,
      ),
    );
    // The meta, and the new users (cu-000301 to cu-010300) with their histories in 101 buckets of 100 ids.
    expect(data.writes.at(-1)?.put.size).toBe(1 + 101);
    expect((await saveJdoe(store, 'Johnny')).status).toBe(200);
    expect(data.writes.at(-1)).toEqual({
      clear: false,
      put: new Map([[bucketOf(jdoeId), expect.any(Object)]]),
      delete: [],
    });
    const reloaded = await tab(data);
    expect(reloaded.customerUsers.written()).toHaveLength(10_001);
    expect(jdoeOf(reloaded).firstName).toBe('Johnny');
  }, 30_000);
});
