import { latencySwitch, seedSwitch } from '@mocks/demo-switches';
import { type FaultSwitch, faultModeOf } from '@mocks/faults';
import { createHandlers } from '@mocks/handlers/create-handlers';
import { DemoStore, type LatencySwitch } from '@mocks/store/demo-store';
import { setupWorker } from 'msw/browser';
import { problemMessage } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { demoNoticeKey, persistStore, unreadableNotice } from './persistence';

/** The tab's remembered switches (sessionStorage keys). */
export const latencyKey = 'demo-latency';
export const faultsKey = 'demo-errors';

/**
 * Starts the mock API in the browser. URL switches, read once and then removed from the address bar:
 * `?demo-users=N` reseeds with N generated customer users, `?demo-groups=N` adds N generated groups,
 * `?demo=empty` starts like a fresh installation,
 * `?demo=reset` puts the seed back, `?demo-latency=MS` delays every answer, `?demo-errors=MODE` fakes
 * faults (see mocks/faults.ts). The latency and fault switches are remembered for the tab.
 * Throws when the browser cannot run the mock API's service worker. Answers what the console should
 * tell the designer once, such as saved demo data that could not be read.
 */
export async function startMockApi(baseUrl: string): Promise<{ notice?: string }> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker) {
    throw new Error(
      'The demo API cannot start: this browser offers no service workers here. They need http://localhost ' +
        'or https, and some private windows turn them off. Open the demo in a normal window at the dev server URL.',
    );
  }
  const store = new DemoStore();
  // The stored demo data (IndexedDB) is loaded before the first request is answered.
  await persistStore(store);
  applyUrlSwitches(store);
  const worker = setupWorker(...createHandlers(store, baseUrl));
  const apiUrl = new URL(baseUrl, window.location.origin).href;
  try {
    await worker.start({
      // Beside index.html, wherever the app is served (its `<base href>`); its scope is that path.
      serviceWorker: { url: new URL(`mock-api-worker.js?api=${encodeURIComponent(apiUrl)}`, document.baseURI).href },
      onUnhandledFrame: 'bypass',
      quiet: true,
    });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // Said to the admin on the page, so in their language (the translator src/i18n installed at start).
    throw new Error(problemMessage(englishProblem('demo.worker_refused', { reason })), { cause });
  }
  const stored = sessionStorage.getItem(demoNoticeKey) ?? undefined;
  sessionStorage.removeItem(demoNoticeKey);
  const notice = stored === unreadableNotice ? problemMessage(englishProblem('demo.data_unreadable')) : stored;
  return { notice };
}

/** The fault mode, read from the tab's sessionStorage on every request, so it can be changed without a reload. */
function sessionFaultSwitch(): FaultSwitch {
  return {
    get mode() {
      return faultModeOf(sessionStorage.getItem(faultsKey));
    },
    set mode(mode) {
      sessionStorage.setItem(faultsKey, mode);
    },
  };
}

/** The latency, read from the tab's sessionStorage on every request, so it can be changed without a reload. */
function sessionLatencySwitch(): LatencySwitch {
  return {
    get ms() {
      return latencySwitch(sessionStorage.getItem(latencyKey));
    },
    set ms(ms) {
      sessionStorage.setItem(latencyKey, String(ms));
    },
  };
}

function applyUrlSwitches(store: DemoStore): void {
  const url = new URL(window.location.href);
  const params = url.searchParams;
  const seed = seedSwitch({
    users: params.get('demo-users'),
    groups: params.get('demo-groups'),
    demo: params.get('demo'),
  });
  if (seed) store.reset(seed);

  const latency = params.get('demo-latency');
  if (latency !== null) sessionStorage.setItem(latencyKey, latency);
  store.latencySwitch = sessionLatencySwitch();

  const faults = params.get('demo-errors');
  if (faults !== null) sessionStorage.setItem(faultsKey, faultModeOf(faults));
  store.faults = sessionFaultSwitch();

  for (const switchName of ['demo-users', 'demo-groups', 'demo', 'demo-latency', 'demo-errors'])
    params.delete(switchName);
  window.history.replaceState(window.history.state, '', url);
}
