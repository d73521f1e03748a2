import { createHandlers } from '@mocks/handlers/create-handlers';
import { server } from '@mocks/node';
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { DemoStore } from '@mocks/store/demo-store';
import { describe, expect, it, vi } from 'vitest';
import {
  demoNoticeKey,
  persistStore,
  setAsideKey,
  storageFullMessage,
  storageKey,
  unreadableNotice,
} from './persistence';

/** A Storage in memory that can be made to refuse writes the way a full browser storage does. */
class MemoryStorage implements Storage {
  full = false;
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
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const jdoeId = demoCustomerUsers.jdoe.id;

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

type Locks = ReturnType<typeof sharedLocks>;

function tab(storage: Storage, notices: Storage = new MemoryStorage(), baseUrl = '/tab-api', locks?: Locks) {
  const store = new DemoStore();
  persistStore(store, { storage, notices, locks });
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

describe('persisted demo data', () => {
  it.each([
    ['not JSON', '{"seed":'],
    ['an old shape', JSON.stringify({ seed: { kind: 'demo' }, customerUsers: [{ login: 'x' }], customers: [] })],
    [
      'a seed over the cap',
      JSON.stringify({ seed: { kind: 'generated', customerUsers: 10_000_000 }, customerUsers: [], customers: [] }),
    ],
  ])('sets %s aside, restores the seed and leaves a notice', (_, saved) => {
    const storage = new MemoryStorage();
    const notices = new MemoryStorage();
    storage.setItem(storageKey, saved);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const store = tab(storage, notices);
    expect(store.seed).toEqual({ kind: 'demo' });
    expect(jdoeOf(store).firstName).toBe(demoCustomerUsers.jdoe.firstName);
    expect(storage.getItem(storageKey)).toBeNull();
    expect(storage.getItem(setAsideKey)).toBe(saved);
    expect(notices.getItem(demoNoticeKey)).toBe(unreadableNotice);
    expect(info).toHaveBeenCalledWith(unreadableNotice);
  });

  it('restores a valid snapshot without a notice', async () => {
    const storage = new MemoryStorage();
    const notices = new MemoryStorage();
    expect((await saveJdoe(tab(storage, notices), 'Johnny')).status).toBe(200);
    expect(jdoeOf(tab(storage, notices)).firstName).toBe('Johnny');
    expect(notices.getItem(demoNoticeKey)).toBeNull();
  });

  it('answers a write the full storage refuses with 507 and rolls the store back', async () => {
    const storage = new MemoryStorage();
    const store = tab(storage);
    const before = jdoeOf(store);
    storage.full = true;
    const response = await saveJdoe(store, 'Johnny');
    expect(response.status).toBe(507);
    expect(await response.json()).toEqual({ code: 'demo.storage_full', params: {}, message: storageFullMessage });
    expect(jdoeOf(store)).toEqual(before);
    storage.full = false;
    expect(jdoeOf(tab(storage)).firstName).toBe(before.firstName);
  });

  it('checks a write against what another tab stored, so the same version saved twice is a conflict', async () => {
    const storage = new MemoryStorage();
    const locks = sharedLocks();
    const first = tab(storage, undefined, '/first-tab', locks);
    const second = tab(storage, undefined, '/second-tab', locks);
    // Both tabs read version 1; the storage event of the first tab's write has not reached the second.
    const [firstSave, secondSave] = [saveJdoe(first, 'First', '/first-tab'), saveJdoe(second, 'Second', '/second-tab')];
    const statuses = [(await firstSave).status, (await secondSave).status];
    expect([...statuses].sort()).toEqual([200, 409]);
    expect(jdoeOf(tab(storage)).firstName).toBe(statuses[0] === 200 ? 'First' : 'Second');
  });

  it('runs each write under the demo-store Web Lock when the browser has one', async () => {
    const storage = new MemoryStorage();
    const locks = sharedLocks();
    const request = vi.spyOn(locks, 'request');
    expect((await saveJdoe(tab(storage, undefined, '/tab-api', locks), 'Johnny')).status).toBe(200);
    expect(request).toHaveBeenCalledWith('demo-store', expect.any(Function));
  });
});
