import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetLocale } from '@/i18n/locale';
// Problems (errors, validation) in the language on view from the first test on; the app loads it on demand.
import { installProblemTranslator } from '@/i18n/problems';
import { clearFlashes } from '@/lib/flash-messages';
import { server, testStore } from './mock-api';

/*
 * jsdom has no matchMedia. This one answers min-width and max-width queries (px, rem, em at 16 px) from
 * window.innerWidth, jsdom's 1024 px unless a test narrows it (set innerWidth, then dispatch "resize");
 * any other feature does not match.
 */
function mediaQueryMatches(query: string): boolean {
  return query.split(/\s+and\s+/).every((condition) => {
    const width = /^\(\s*(min|max)-width:\s*([\d.]+)(px|r?em)\s*\)$/.exec(condition.trim());
    if (!width) return false;
    const [, bound, amount, unit] = width;
    const pixels = Number(amount) * (unit === 'px' ? 1 : 16);
    return bound === 'min' ? window.innerWidth >= pixels : window.innerWidth <= pixels;
  });
}

const watchedMediaQueries = new Set<TestMediaQueryList>();

class TestMediaQueryList extends EventTarget {
  onchange = null;
  #matched: boolean;
  constructor(readonly media: string) {
    super();
    this.#matched = this.matches;
  }
  get matches() {
    return mediaQueryMatches(this.media);
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    super.addEventListener(...args);
    watchedMediaQueries.add(this);
  }
  addListener(listener: EventListener) {
    this.addEventListener('change', listener);
  }
  removeListener(listener: EventListener) {
    this.removeEventListener('change', listener);
  }
  notifyIfChanged() {
    if (this.matches === this.#matched) return;
    this.#matched = this.matches;
    this.dispatchEvent(new Event('change'));
  }
}

// Node-environment test files (`// @vitest-environment node`) share this set-up but have no window.
const hasWindow = typeof window !== 'undefined';
const defaultViewportWidth = hasWindow ? window.innerWidth : 0;
if (hasWindow) {
  window.matchMedia = (query: string) => new TestMediaQueryList(query) as unknown as MediaQueryList;
  window.addEventListener('resize', () => {
    for (const list of watchedMediaQueries) list.notifyIfChanged();
  });
}

/*
 * jsdom has no modal dialogs. This `showModal` and `close` open and close a <dialog> (its `open`
 * attribute, the `close` event), and Esc on an open one fires `cancel` and closes it unless cancelled,
 * as browsers do; focus is the dialog's own business, as in browsers that move it.
 */
if (hasWindow && typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const dialog = [...document.querySelectorAll('dialog[open]')].at(-1);
    if (!(dialog instanceof HTMLDialogElement)) return;
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  });
}

// The suite runs on two shared cores: a whole screen can take longer than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

beforeEach(() => {
  testStore.reset({ kind: 'demo' });
  clearFlashes();
  // Test files share a module graph and a jsdom (vite.config.ts): what one test changed, the next starts without.
  installProblemTranslator();
  if (hasWindow) {
    resetLocale();
    localStorage.clear();
    sessionStorage.clear();
  }
  // An unexpected console error or warning (act(), keys, failed props) fails the test.
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`Unexpected console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  if (hasWindow) window.innerWidth = defaultViewportWidth;
  watchedMediaQueries.clear();
  server.resetHandlers();
});

afterAll(() => server.close());
