import { useSyncExternalStore } from 'react';

export interface FlashMessage {
  id: number;
  text: string;
  /** Shown once, e.g. a generated password to hand over; it is gone when the message is dismissed. */
  secret?: { label: string; value: string };
  /** The screen (path and query) the message is for; it waits for it, and goes when the admin moves on. */
  on: string;
}

let messages: FlashMessage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** A message for a screen ("Customer user jdoe added!"); kept in memory only, never in the URL or history. */
export function showFlash(on: string, text: string, secret?: FlashMessage['secret']): void {
  messages = [...messages, { id: nextId++, on, text, secret }];
  emit();
}

export function dismissFlash(id: number): void {
  messages = messages.filter((message) => message.id !== id);
  emit();
}

export function clearFlashes(): void {
  messages = [];
  emit();
}

export function useFlashMessages(): FlashMessage[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => messages,
  );
}
