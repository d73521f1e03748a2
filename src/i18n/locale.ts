import { useSyncExternalStore } from 'react';
import { baseLocale, isLocale, type Locale, locales, overwriteGetLocale } from '@/paraglide/runtime.js';
import { startProblemTranslator } from './problem-translator';

export type { Locale };
export { locales };

/** Each language named in its own language, as a language menu shows them. */
export const languageNames: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

const storageKey = 'cua.language';
const listeners = new Set<() => void>();

/** The admin's earlier choice, else the browser's preferred languages in order, else English. */
function initialLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.toLowerCase().split('-')[0];
    if (language && isLocale(language)) return language;
  }
  return baseLocale;
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored && isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

let current: Locale = baseLocale;
// Every message function asks for the locale; answer from memory rather than re-running detection.
overwriteGetLocale(() => current);

/**
 * Decides the language before the first render and puts it on `<html lang>`; from then on the API's
 * messages (errors, the forms' validation) are said in it too.
 */
export function startLocale(): void {
  void startProblemTranslator();
  current = initialLocale();
  document.documentElement.lang = current;
}

/** Changes the language at once (no reload), remembers it, and re-renders whoever uses `useLocale`. */
export function changeLocale(locale: Locale): void {
  current = locale;
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or full storage: the choice holds for this visit.
  }
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function getLocale(): Locale {
  return current;
}

/**
 * The language on view. The app's root uses it so a change re-renders every screen; a memoized
 * component that shows messages uses it too, or it keeps the old language.
 */
export function useLocale(): Locale {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getLocale);
}

/** For tests: back to English and no stored choice. */
export function resetLocale(): void {
  changeLocale(baseLocale);
  localStorage.removeItem(storageKey);
}
