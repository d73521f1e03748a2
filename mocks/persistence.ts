import type { DemoStore, StoreSnapshot } from './store/demo-store';

const storageKey = 'customer-user-administration:demo-store';

/** Keeps designers' changes across reloads: only the seed options and written records are stored. */
export function persistStore(store: DemoStore, storage: Storage = window.localStorage): void {
  const saved = storage.getItem(storageKey);
  if (saved) {
    try {
      store.restore(JSON.parse(saved) as StoreSnapshot);
    } catch {
      storage.removeItem(storageKey);
    }
  }
  store.onChange(() => {
    try {
      storage.setItem(storageKey, JSON.stringify(store.snapshot()));
    } catch {
      // Storage full or blocked: the demo keeps working, only without surviving a reload.
    }
  });
}
