import { type DemoStorage, newRevision, type SnapshotChanges, type StoredSnapshot } from './demo-storage';

/** The database (and BroadcastChannel) name: DevTools › Application › IndexedDB lists it. */
export const databaseName = 'customer-user-administration:demo-store';
/** The snapshot's entries, by key (`meta`, `user/<id>`, …). */
const entriesStore = 'snapshot';
/** The snapshot's revision (`revision`) and a value that could not be read (`set-aside`). */
const stateStore = 'state';
const revisionKey = 'revision';
const setAsideKey = 'set-aside';

/**
 * The demo data in IndexedDB, with the raw API: each call is one transaction over both object stores, so a
 * write's entries and its revision are stored together or not at all, and a call settles when its
 * transaction has (a refused write rejects with the error that aborted it, `QuotaExceededError` when full).
 * Values are stored as structured clones, not JSON. Other tabs hear of a write through a BroadcastChannel.
 */
export class IndexedDbStorage implements DemoStorage {
  private opened: Promise<IDBDatabase> | undefined;
  private readonly channel: BroadcastChannel | undefined;

  constructor(
    private readonly factory: IDBFactory = indexedDB,
    private readonly name = databaseName,
  ) {
    this.channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  }

  revision(): Promise<string | undefined> {
    return this.run('readonly', (_, state) => {
      const revision = state.get(revisionKey);
      return () => revisionOf(revision.result);
    });
  }

  getSnapshot(): Promise<StoredSnapshot | undefined> {
    return this.run('readonly', (entries, state) => {
      const revision = state.get(revisionKey);
      const keys = entries.getAllKeys();
      const values = entries.getAll();
      return () => {
        const stored = revisionOf(revision.result);
        if (stored === undefined) return undefined;
        return { revision: stored, entries: new Map(keys.result.map((key, i) => [String(key), values.result[i]])) };
      };
    });
  }

  async setSnapshot(changes: SnapshotChanges): Promise<string> {
    const revision = newRevision();
    await this.run('readwrite', (entries, state) => {
      if (changes.clear) entries.clear();
      for (const key of changes.delete) entries.delete(key);
      for (const [key, value] of changes.put) entries.put(value, key);
      state.put(revision, revisionKey);
      return () => undefined;
    });
    this.channel?.postMessage(revision);
    return revision;
  }

  async removeSnapshot(): Promise<void> {
    await this.run('readwrite', (entries, state) => {
      entries.clear();
      state.delete(revisionKey);
      return () => undefined;
    });
    this.channel?.postMessage(null);
  }

  getSetAside(): Promise<unknown> {
    return this.run('readonly', (_, state) => {
      const value = state.get(setAsideKey);
      return () => value.result;
    });
  }

  async setSetAside(value: unknown): Promise<void> {
    await this.run('readwrite', (_, state) => {
      state.put(value, setAsideKey);
      return () => undefined;
    });
  }

  onChange(listener: (revision: string | undefined) => void): () => void {
    const channel = this.channel;
    if (!channel) return () => undefined;
    const onMessage = (event: MessageEvent) => listener(revisionOf(event.data));
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }

  /** Closes the database and the channel (tests; a page keeps them open). */
  async close(): Promise<void> {
    this.channel?.close();
    const opened = this.opened;
    this.opened = undefined;
    (await opened?.catch(() => undefined))?.close();
  }

  private database(): Promise<IDBDatabase> {
    if (this.opened) return this.opened;
    const opened = new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.factory.open(this.name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(entriesStore);
        request.result.createObjectStore(stateStore);
      };
      request.onsuccess = () => {
        const database = request.result;
        // A later version opened in another tab: step aside, and open again on the next call.
        database.onversionchange = () => {
          database.close();
          if (this.opened === opened) this.opened = undefined;
        };
        resolve(database);
      };
      request.onerror = () => reject(request.error);
    });
    this.opened = opened;
    opened.catch(() => {
      if (this.opened === opened) this.opened = undefined;
    });
    return opened;
  }

  /**
   * Runs `work` in one transaction over both stores and answers what its returned function reads once the
   * transaction committed; rejects with the error that aborted it (or that `work` threw, after aborting).
   */
  private async run<Result>(
    mode: IDBTransactionMode,
    work: (entries: IDBObjectStore, state: IDBObjectStore) => () => Result,
  ): Promise<Result> {
    const database = await this.database();
    // Relaxed: the demo's data need not survive a power cut, and the commit does not wait for the disk to flush.
    const transaction = database.transaction([entriesStore, stateStore], mode, { durability: 'relaxed' });
    const finished = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () =>
        reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    });
    let read: () => Result;
    try {
      read = work(transaction.objectStore(entriesStore), transaction.objectStore(stateStore));
    } catch (error) {
      // A value that cannot be cloned throws at once: nothing of the write is kept.
      finished.catch(() => undefined);
      try {
        transaction.abort();
      } catch {
        // Already aborted.
      }
      throw error;
    }
    await finished;
    return read();
  }
}

function revisionOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
