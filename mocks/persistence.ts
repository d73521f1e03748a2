import type { DemoStore, StoreSnapshot } from '@mocks/store/demo-store';

const storageKey = 'customer-user-administration:demo-store';

/**
 * Keeps designers' changes across reloads (only the seed options and written records are stored),
 * and shares them between tabs, so two tabs behave like two admins on one server.
 */
export function persistStore(store: DemoStore, storage: Storage = window.localStorage): void {
  let applying = false;
  function apply(saved: string | null) {
    if (!saved) return;
    applying = true;
    try {
      store.restore(JSON.parse(saved) as StoreSnapshot);
    } catch {
      storage.removeItem(storageKey);
    } finally {
      applying = false;
    }
  }

  apply(storage.getItem(storageKey));
  store.onChange(() => {
    if (applying) return;
    try {
      storage.setItem(storageKey, JSON.stringify(store.snapshot()));
    } catch {
      // Storage full or blocked: the demo keeps working, only without surviving a reload.
    }
  });
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey && event.storageArea === storage) apply(event.newValue);
  });
}
