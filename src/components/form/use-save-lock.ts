import { useCallback, useRef } from 'react';

/**
 * Lets one save run at a time: a second click or Enter before the first save has even started its
 * request (a re-render disables the buttons only later) is ignored, so one task sends one request.
 */
export function useSaveLock() {
  const busy = useRef(false);
  return useCallback(async (work: () => Promise<unknown>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);
}
