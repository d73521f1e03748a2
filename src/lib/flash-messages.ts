import { useSyncExternalStore } from 'react';

/** A link inside a message's text, e.g. the username of a just-added customer user to its edit screen. */
export interface FlashLink {
  text: string;
  href: string;
}

/** A message's words: plain, or parts of which some are links (`['Customer user ', { text, href }, ' added!']`). */
export type FlashWords = string | readonly (string | FlashLink)[];

/**
 * A message's text: its words, or a function that gives them (a message function such as
 * `m.customers_updated`, or `() => [...]`), which keeps the message in the language on view when the
 * admin changes it while the message is shown.
 */
export type FlashText = FlashWords | (() => FlashWords);

/** The words of a message's text, in the language on view. */
export function flashWords(text: FlashText): FlashWords {
  return typeof text === 'function' ? text() : text;
}

export interface FlashMessage {
  id: number;
  text: FlashText;
  /** Shown once, e.g. a generated password to hand over; it is gone when the message is dismissed. */
  secret?: { label: string | (() => string); value: string };
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
export function showFlash(on: string, text: FlashText, secret?: FlashMessage['secret']): void {
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
