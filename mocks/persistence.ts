import { parseSnapshot } from '@mocks/snapshot-schema';
import { type DemoStore, type StoreSnapshot, StoreWriteError } from '@mocks/store/demo-store';
import { englishProblem } from '@/api/problem-english';

export const storageKey = 'customer-user-administration:demo-store';
/** Where a persisted value that could not be read is set aside (in the same storage), for a look in DevTools. */
export const setAsideKey = 'customer-user-administration:demo-store:set-aside';
/** The sessionStorage key of a notice the UI may show once (and then remove). */
export const demoNoticeKey = 'customer-user-administration:demo-notice';
export const unreadableNotice = englishProblem('demo.data_unreadable').message;
export const storageFullMessage = englishProblem('demo.storage_full').message;

interface Locks {
  request<Result>(name: string, callback: () => Promise<Result>): Promise<Result>;
}

export interface PersistOptions {
  storage?: Storage;
  /** Where the notice about unreadable data goes. */
  notices?: Storage;
  /** The Web Locks API; without it (Node, old browsers) writes run directly. */
  locks?: Locks | undefined;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/**
 * Keeps designers' changes across reloads (only the seed options and written records are stored),
 * and shares them between tabs, so two tabs behave like two admins on one server. Each write's
 * check-and-write runs under the `demo-store` Web Lock, on the store as persisted right then, and is
 * rolled back (a StoreWriteError) when the storage refuses it.
 */
export function persistStore(store: DemoStore, options: PersistOptions = {}): void {
  const {
    storage = window.localStorage,
    notices = window.sessionStorage,
    locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as Locks | undefined),
  } = options;
  let lastSaved: string | null = null;
  let applying = false;
  let inWrite = false;
  let dirty = false;

  /** Restores a persisted value; false when it could not be read (the store then holds the seed). */
  function apply(saved: string): boolean {
    lastSaved = saved;
    const snapshot = parseSnapshot(saved);
    applying = true;
    try {
      if (snapshot) store.restore(snapshot);
      return snapshot !== undefined;
    } catch {
      store.restore({ seed: { kind: 'demo' }, customerUsers: [], customers: [] });
      return false;
    } finally {
      applying = false;
    }
  }

  function setAside(saved: string) {
    try {
      storage.setItem(setAsideKey, saved);
    } catch {
      // No room to keep it: it is dropped.
    }
    storage.removeItem(storageKey);
    lastSaved = null;
    console.info(unreadableNotice);
    notices.setItem(demoNoticeKey, unreadableNotice);
  }

  function save() {
    const value = JSON.stringify(store.snapshot());
    storage.setItem(storageKey, value);
    lastSaved = value;
  }

  /** Stores what the write changed, or rolls the store back to `before` and throws a StoreWriteError. */
  function commit(before: StoreSnapshot) {
    try {
      save();
    } catch (error) {
      applying = true;
      store.restore(before);
      applying = false;
      throw new StoreWriteError(
        isQuotaError(error)
          ? englishProblem('demo.storage_full')
          : englishProblem('demo.storage_failed', { reason: String(error) }),
      );
    }
  }

  async function transaction<Result>(write: () => Promise<Result>): Promise<Result> {
    const saved = storage.getItem(storageKey);
    if (saved !== null && saved !== lastSaved) apply(saved);
    const before = store.snapshot();
    inWrite = true;
    dirty = false;
    let result: Result;
    try {
      result = await write();
    } finally {
      inWrite = false;
    }
    if (dirty) commit(before);
    return result;
  }

  const saved = storage.getItem(storageKey);
  if (saved !== null && !apply(saved)) setAside(saved);
  // One write at a time in this tab, and under the lock one at a time across tabs.
  let queue: Promise<unknown> = Promise.resolve();
  store.transaction = (write) => {
    const run = () => (locks ? locks.request('demo-store', () => transaction(write)) : transaction(write));
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
  store.onChange(() => {
    if (applying) return;
    if (inWrite) {
      dirty = true;
      return;
    }
    try {
      save();
    } catch {
      // Storage full or blocked outside a write (a switch in the URL): the demo works, without surviving a reload.
    }
  });
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey && event.storageArea === storage && event.newValue && event.newValue !== lastSaved) {
      apply(event.newValue);
    }
  });
}
