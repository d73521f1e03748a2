import { useSyncExternalStore } from 'react';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

const storageKey = 'cua.theme';
const listeners = new Set<() => void>();
let current: ThemePreference | undefined;

export function isThemePreference(value: unknown): value is ThemePreference {
  return themePreferences.includes(value as ThemePreference);
}

/** The remembered choice; System when there is none (or storage is blocked). */
function readStoredPreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** An explicit choice pins the tokens' `color-scheme`; System leaves it to the OS. */
function applyToRoot(preference: ThemePreference) {
  const root = document.documentElement;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
}

function notify() {
  for (const listener of listeners) listener();
}

/** Before the first render, so the first paint is already in the chosen theme. */
export function applyStoredThemePreference() {
  current = readStoredPreference();
  applyToRoot(current);
  notify();
}

export function setThemePreference(preference: ThemePreference) {
  try {
    if (preference === 'system') window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, preference);
  } catch {
    // Storage blocked: the choice holds until the page is reloaded.
  }
  current = preference;
  applyToRoot(preference);
  notify();
}

// A choice made in another tab applies here too.
function onStorage(event: StorageEvent) {
  if (event.key === storageKey || event.key === null) applyStoredThemePreference();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function getPreference(): ThemePreference {
  current ??= readStoredPreference();
  return current;
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, getPreference, () => 'system');
}
