import { type DemoStorage, newRevision, type SnapshotChanges, type StoredSnapshot } from './demo-storage';

/**
 * An origin's demo data in memory, for tests: each `tab()` is one tab's DemoStorage over it. Values are
 * stored as structured clones, as IndexedDB stores them, and a change is told to the other tabs later,
 * as a BroadcastChannel tells them.
 */
export class MemoryDemoData {
  readonly entries = new Map<string, unknown>();
  revision: string | undefined;
  setAside: unknown;
  /** When set, every write is refused with it, as a full or broken storage refuses (a QuotaExceededError DOMException). */
  refuse: unknown;
  /** The changes of every write that went through, oldest first. */
  readonly writes: SnapshotChanges[] = [];
  private readonly listeners = new Set<{ tab: object; listener: (revision: string | undefined) => void }>();

  tab(): DemoStorage {
    const tab = {};
    const announce = (revision: string | undefined) => {
      for (const other of this.listeners) if (other.tab !== tab) setTimeout(() => other.listener(revision), 0);
    };
    const write = () => {
      if (this.refuse !== undefined) return Promise.reject(this.refuse);
      return Promise.resolve();
    };
    return {
      revision: async () => this.revision,
      getSnapshot: async (): Promise<StoredSnapshot | undefined> =>
        this.revision === undefined ? undefined : { revision: this.revision, entries: structuredClone(this.entries) },
      setSnapshot: async (changes) => {
        await write();
        const put = structuredClone(changes.put);
        if (changes.clear) this.entries.clear();
        for (const key of changes.delete) this.entries.delete(key);
        for (const [key, value] of put) this.entries.set(key, value);
        this.revision = newRevision();
        this.writes.push(changes);
        announce(this.revision);
        return this.revision;
      },
      removeSnapshot: async () => {
        await write();
        this.entries.clear();
        this.revision = undefined;
        announce(undefined);
      },
      getSetAside: async () => structuredClone(this.setAside),
      setSetAside: async (value) => {
        await write();
        this.setAside = structuredClone(value);
      },
      onChange: (listener) => {
        const entry = { tab, listener };
        this.listeners.add(entry);
        return () => this.listeners.delete(entry);
      },
    };
  }
}
