/**
 * Where the demo store's snapshot is kept between reloads, shared by the tabs of one origin: IndexedDB in
 * the browser (`indexed-db-storage.ts`), memory in tests (`memory-storage.ts`). The snapshot is kept as
 * entries (one per written record, `snapshot-entries.ts`), so a write stores only the entries it changed.
 */
export interface DemoStorage {
  /** The stored snapshot's revision (new with every write), or undefined when none is stored. Cheap. */
  revision(): Promise<string | undefined>;
  /** The stored snapshot's entries and revision, read at one moment; undefined when none is stored. */
  getSnapshot(): Promise<StoredSnapshot | undefined>;
  /**
   * Applies one write's changes, all or none, and tells the other tabs. Answers the new revision; rejects with
   * the storage's error (a `QuotaExceededError` DOMException when it is full) and then has changed nothing.
   */
  setSnapshot(changes: SnapshotChanges): Promise<string>;
  /** Removes the stored snapshot and tells the other tabs. */
  removeSnapshot(): Promise<void>;
  /** A stored value that could not be read, kept for a look in DevTools. */
  getSetAside(): Promise<unknown>;
  setSetAside(value: unknown): Promise<void>;
  /** Calls back with the new revision when another tab changed the snapshot; answers how to stop. */
  onChange(listener: (revision: string | undefined) => void): () => void;
}

export interface StoredSnapshot {
  revision: string;
  entries: ReadonlyMap<string, unknown>;
}

/** What one write changes in the stored entries. */
export interface SnapshotChanges {
  /** Remove every stored entry first: `put` then holds the whole snapshot. */
  clear: boolean;
  put: ReadonlyMap<string, unknown>;
  delete: readonly string[];
}

/** A revision no other write has: a stored one is compared for equality only. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
