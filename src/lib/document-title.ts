import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { m } from '@/i18n';

/** The product's name in the language on view: "Customer User Administration" / „Kundenbenutzer-Verwaltung“. */
export function productName(): string {
  return m.ui_product_name();
}

/** A screen's title, most specific part first: `documentTitle('jdoe', 'Edit Customer User')`. Empty parts drop out. */
export function documentTitle(...parts: (string | false | null | undefined)[]): string {
  return [...parts, productName()].filter((part): part is string => Boolean(part)).join(' – ');
}

/** The title the current screen set, with the path it was set on (a title left over from the last screen is not this one's). */
export interface ScreenTitle {
  title: string;
  pathname: string;
}

let current: ScreenTitle | undefined;
const listeners = new Set<() => void>();

/**
 * Sets the document title for the screen that calls it (one component per screen), e.g.
 * `useDocumentTitle(user?.login, 'Edit Customer User')` → "jdoe – Edit Customer User – Customer User Administration".
 */
export function useDocumentTitle(...parts: (string | false | null | undefined)[]): void {
  const { pathname } = useLocation();
  const title = documentTitle(...parts);
  useEffect(() => {
    document.title = title;
    current = { title, pathname };
    for (const listener of listeners) listener();
  }, [title, pathname]);
}

/** The title the screen on view has set (for the route announcer). */
export function useScreenTitle(): ScreenTitle | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
