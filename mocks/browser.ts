import { type FaultSwitch, faultModeOf } from '@mocks/faults';
import { createHandlers } from '@mocks/handlers/create-handlers';
import type { SeedOptions } from '@mocks/seed/seed';
import { DemoStore, maxSeedGroups, maxSeedUsers } from '@mocks/store/demo-store';
import { setupWorker } from 'msw/browser';
import { problemMessage } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { demoNoticeKey, persistStore, unreadableNotice } from './persistence';

const maxLatency = 30_000;
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
  persistStore(store);
  applyUrlSwitches(store);
  const worker = setupWorker(...createHandlers(store, baseUrl));
  const apiUrl = new URL(baseUrl, window.location.origin).href;
  try {
    await worker.start({
      serviceWorker: { url: `/mock-api-worker.js?api=${encodeURIComponent(apiUrl)}` },
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

function applyUrlSwitches(store: DemoStore): void {
  const url = new URL(window.location.href);
  const params = url.searchParams;
  const seed = seedFromUrl(params);
  if (seed) store.reset(seed);

  const latency = params.get('demo-latency');
  if (latency !== null) sessionStorage.setItem(latencyKey, latency);
  const remembered = Number(sessionStorage.getItem(latencyKey) ?? 0) || 0;
  store.latency = Math.min(maxLatency, Math.max(0, remembered));

  const faults = params.get('demo-errors');
  if (faults !== null) sessionStorage.setItem(faultsKey, faultModeOf(faults));
  store.faults = sessionFaultSwitch();

  for (const switchName of ['demo-users', 'demo-groups', 'demo', 'demo-latency', 'demo-errors'])
    params.delete(switchName);
  window.history.replaceState(window.history.state, '', url);
}

function countParam(params: URLSearchParams, name: string, max: number): number | undefined {
  const value = params.get(name);
  return value === null ? undefined : Math.min(max, Math.max(0, Math.floor(Number(value) || 0)));
}

function seedFromUrl(params: URLSearchParams): SeedOptions | undefined {
  const users = countParam(params, 'demo-users', maxSeedUsers);
  const groups = countParam(params, 'demo-groups', maxSeedGroups);
  if (users !== undefined) return { kind: 'generated', customerUsers: users, groups };
  if (groups !== undefined) return { kind: 'demo', groups };
  switch (params.get('demo')) {
    case 'empty':
      return { kind: 'empty' };
    case 'reset':
      return { kind: 'demo' };
    default:
      return undefined;
  }
}
