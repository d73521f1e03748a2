import { type FormEvent, useCallback, useRef } from 'react';
import { submittedWithFinish } from './form-actions';

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

/**
 * A form's submit: one save at a time, Save or Save and finish by the button used, and a `retry` (Try
 * again) that repeats the last one with the input as it is now.
 */
export function useFormSubmit(submit: (finish: boolean) => Promise<unknown>): {
  saveLock: ReturnType<typeof useSaveLock>;
  onSubmit: (event: FormEvent) => void;
  retry: () => void;
} {
  const saveLock = useSaveLock();
  const lastFinish = useRef(false);
  const trySave = (finish: boolean) => {
    lastFinish.current = finish;
    return saveLock(() => submit(finish));
  };
  return {
    saveLock,
    onSubmit: (event) => {
      event.preventDefault();
      void trySave(submittedWithFinish(event));
    },
    retry: () => void trySave(lastFinish.current),
  };
}
