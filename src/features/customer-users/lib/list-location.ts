import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { paths } from '@/config/paths';

let lastListHref = paths.customerUsers.list.href();

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
