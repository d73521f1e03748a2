import { createHandlers } from '@mocks/handlers/create-handlers';
import type { SeedOptions } from '@mocks/seed/seed';
import { DemoStore } from '@mocks/store/demo-store';
import { setupWorker } from 'msw/browser';
import { persistStore } from './persistence';

const maxDemoUsers = 100_000;
const maxDemoGroups = 5000;

/**
 * Starts the mock API in the browser. URL switches, read once and then removed from the address bar:
 * `?demo-users=N` reseeds with N generated customer users, `?demo-groups=N` adds N generated groups,
 * `?demo=empty` starts like a fresh installation,
 * `?demo=reset` puts the seed back, `?demo-latency=MS` delays every answer.
 */
export async function startMockApi(baseUrl: string): Promise<void> {
  const store = new DemoStore();
  persistStore(store);
  applyUrlSwitches(store);
  const worker = setupWorker(...createHandlers(store, baseUrl));
  const apiUrl = new URL(baseUrl, window.location.origin).href;
  await worker.start({
    serviceWorker: { url: `/mock-api-worker.js?api=${encodeURIComponent(apiUrl)}` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}

function applyUrlSwitches(store: DemoStore): void {
  const url = new URL(window.location.href);
  const params = url.searchParams;
  const seed = seedFromUrl(params);
  if (seed) store.reset(seed);

  const latency = params.get('demo-latency');
  if (latency !== null) sessionStorage.setItem('demo-latency', latency);
  store.latency = Math.max(0, Number(sessionStorage.getItem('demo-latency') ?? 0) || 0);

  for (const switchName of ['demo-users', 'demo-groups', 'demo', 'demo-latency']) params.delete(switchName);
  window.history.replaceState(window.history.state, '', url);
}

function countParam(params: URLSearchParams, name: string, max: number): number | undefined {
  const value = params.get(name);
  return value === null ? undefined : Math.min(max, Math.max(0, Math.floor(Number(value) || 0)));
}

function seedFromUrl(params: URLSearchParams): SeedOptions | undefined {
  const users = countParam(params, 'demo-users', maxDemoUsers);
  const groups = countParam(params, 'demo-groups', maxDemoGroups);
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
