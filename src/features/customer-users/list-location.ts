import { useEffect } from 'react';
import { useLocation } from 'react-router';

let lastListHref = '/customer-users';

/** The list remembers where it was, so the edit screen's way back returns to the same results. */
export function useRememberListLocation(): void {
  const location = useLocation();
  useEffect(() => {
    lastListHref = `${location.pathname}${location.search}`;
  }, [location.pathname, location.search]);
}

export function rememberedListHref(): string {
  return lastListHref;
}
