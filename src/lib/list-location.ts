import { useState } from 'react';
import { useLocation, useOutletContext } from 'react-router';

/**
 * Where the list at `listPath` was last shown (path and query), for a layout around the list and its
 * edit screens: their way back returns to the same results. It starts over when the layout mounts.
 */
export function useRememberedListHref(listPath: string): string {
  const { pathname, search } = useLocation();
  const [href, setHref] = useState(listPath);
  const current = `${pathname}${search}`;
  if (pathname === listPath && current !== href) setHref(current);
  return pathname === listPath ? current : href;
}

/** The remembered list URL, inside a layout that passes `{ listHref }` to its outlet; the list itself elsewhere. */
export function useListHref(listPath: string): string {
  return useOutletContext<{ listHref?: string } | undefined>()?.listHref ?? listPath;
}
