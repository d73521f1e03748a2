import type { DemoStorage, StoredSnapshot } from '@mocks/demo-storage/demo-storage';
import { IndexedDbStorage } from '@mocks/demo-storage/indexed-db-storage';
import {
  changesSince,
  type EntrySources,
  entrySources,
  noEntries,
  snapshotFromEntries,
} from '@mocks/demo-storage/snapshot-entries';
import { serialQueue } from '@mocks/serial-queue';
import { parseSnapshot, parseStoredSnapshot } from '@mocks/snapshot-schema';
import { type DemoStore, type StoreSnapshot, StoreWriteError } from '@mocks/store/demo-store';
import { englishProblem } from '@/api/problem-english';

/** Where an earlier version kept the snapshot, as JSON in localStorage: moved into the storage once, then removed. */
export const legacyStorageKey = 'customer-user-administration:demo-store';
/** The sessionStorage key of a notice the UI may show once (and then remove). */
export const demoNoticeKey = 'customer-user-administration:demo-notice';
export const unreadableNotice = englishProblem('demo.data_unreadable').message;
export const storageFullMessage = englishProblem('demo.storage_full').message;

interface Locks {
  request<Result>(name: string, callback: () => Promise<Result>): Promise<Result>;
}

export interface PersistOptions {
  /** Where the snapshot is kept: IndexedDB unless a test passes another. */
  storage?: DemoStorage;
  /** Where an earlier version left it (localStorage); undefined: nowhere. */
  legacy?: Storage | undefined;
  /** Where the notice about unreadable data goes. */
  notices?: Storage;
  /** The Web Locks API; without it (Node, old browsers) writes run directly. */
  locks?: Locks | undefined;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

function storeWriteError(error: unknown): StoreWriteError {
  return new StoreWriteError(
    isQuotaError(error)
      ? englishProblem('demo.storage_full')
      : englishProblem('demo.storage_failed', { reason: String(error) }),
  );
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // Storage blocked for the site: there is no earlier value to move.
  }
}

/**
 * Keeps designers' changes across reloads (the seed options and the records written since) and shares them
 * between tabs, so two tabs behave like two admins on one server. Answers once the stored data is loaded
 * into the store. Each write's check-and-write runs under the `demo-store` Web Lock, on the store as stored
 * right then, stores only the entries it changed, and is rolled back (a StoreWriteError) when the storage
 * refuses it. Stored data that cannot be read is set aside, and the seed comes back with a notice.
 */
export async function persistStore(store: DemoStore, options: PersistOptions = {}): Promise<void> {
  const {
    storage = new IndexedDbStorage(),
    legacy = localStorageOrUndefined(),
    notices = window.sessionStorage,
    locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as Locks | undefined),
  } = options;
  /** The stored revision the store is known to match. */
  let revision: string | undefined;
  /** What the stored entries were made from; undefined when not known, and the next save writes them all. */
  let persisted: EntrySources | undefined = noEntries();
  let applying = false;
  let inWrite = false;
  let dirty = false;

  function restore(snapshot: StoreSnapshot) {
    applying = true;
    try {
      store.restore(snapshot);
    } finally {
      applying = false;
    }
  }

  /** Restores a snapshot; false when it is none or cannot be restored (the store then holds the seed). */
  function restored(snapshot: StoreSnapshot | undefined): boolean {
    if (!snapshot) return false;
    try {
      restore(snapshot);
      return true;
    } catch {
      restore({ seed: { kind: 'demo' }, customerUsers: [], customers: [] });
      return false;
    }
  }

  /** Restores stored entries; false when they could not be read (the store then keeps what it held). */
  function apply(stored: StoredSnapshot): boolean {
    revision = stored.revision;
    const readable = restored(parseStoredSnapshot(snapshotFromEntries(stored.entries)));
    persisted = readable ? entrySources(store.snapshot()) : undefined;
    return readable;
  }

  /** Keeps an unreadable value for a look in DevTools, removes it where it was read, and leaves the notice. */
  async function setAside(value: unknown) {
    try {
      await storage.setSetAside(value);
    } catch {
      // No room to keep it: it is dropped.
    }
    persisted = undefined;
    revision = undefined;
    await storage.removeSnapshot().catch(() => undefined);
    console.info(unreadableNotice);
    notices.setItem(demoNoticeKey, unreadableNotice);
  }

  /** Stores what changed since the last save (everything when that is not known). */
  async function save() {
    const { changes, adopt } = changesSince(persisted, store.snapshot());
    if (!changes.clear && changes.put.size === 0 && changes.delete.length === 0) return;
    revision = await storage.setSnapshot(changes);
    persisted = adopt();
  }

  /**
   * Moves the JSON an earlier version kept in localStorage into the storage (or sets it aside), once. When
   * the storage refuses it, it stays in localStorage for the next start, and this tab does without storage.
   */
  async function migrate(saved: string) {
    if (restored(parseSnapshot(saved))) {
      persisted = undefined;
      await save();
    } else {
      await setAside(saved);
    }
    legacy?.removeItem(legacyStorageKey);
  }

  async function load() {
    let saved: string | null = null;
    try {
      saved = legacy?.getItem(legacyStorageKey) ?? null;
    } catch {
      // Storage blocked for the site: there is no earlier value to move.
    }
    if (saved !== null) return migrate(saved);
    const stored = await storage.getSnapshot();
    if (stored && !apply(stored)) await setAside(Object.fromEntries(stored.entries));
  }

  /** Follows what another tab stored since this tab last read or wrote. */
  async function refresh() {
    if ((await storage.revision()) === revision) return;
    const stored = await storage.getSnapshot();
    if (stored) apply(stored);
    else {
      // Removed (set aside, or by hand in DevTools): the next save stores the store as it is.
      revision = undefined;
      persisted = undefined;
    }
  }

  /** The store's snapshot with copies of the histories, which the store only appends to in place. */
  function rollbackPoint(): StoreSnapshot {
    const snapshot = store.snapshot();
    return { ...snapshot, history: snapshot.history?.map(([id, entries]) => [id, [...entries]]) };
  }

  async function transaction<Result>(write: () => Promise<Result>): Promise<Result> {
    try {
      await refresh();
    } catch (error) {
      throw storeWriteError(error);
    }
    const before = rollbackPoint();
    inWrite = true;
    dirty = false;
    let result: Result;
    try {
      result = await write();
    } finally {
      inWrite = false;
    }
    if (!dirty) return result;
    try {
      await save();
    } catch (error) {
      restore(before);
      throw storeWriteError(error);
    }
    return result;
  }

  // One task at a time in this tab (loading, writes, following other tabs), and writes one at a time across tabs.
  const enqueue = serialQueue();
  const locked = <Result>(task: () => Promise<Result>): Promise<Result> =>
    locks ? locks.request('demo-store', task) : task();

  try {
    await enqueue(() => locked(load));
  } catch (error) {
    console.warn('The demo data cannot be stored in this browser: changes last until the tab closes.', error);
    return;
  }
  store.transaction = (write) => enqueue(() => locked(() => transaction(write)));
  store.onChange(() => {
    if (applying) return;
    if (inWrite) {
      dirty = true;
      return;
    }
    // A change outside a write (a switch in the URL): stored as it is, over whatever another tab stored.
    enqueue(() =>
      locked(async () => {
        if ((await storage.revision()) !== revision) persisted = undefined;
        await save();
      }),
    ).catch(() => {
      // Storage full or blocked: the demo works, without surviving a reload.
    });
  });
  storage.onChange((changed) => {
    if (changed !== revision) enqueue(refresh).catch(() => undefined);
  });
}
