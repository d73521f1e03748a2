import { cappedSeed, type DemoStore } from '@mocks/store/demo-store';
import { ok, parseWith } from '@mocks/store/result';
import { apiPaths } from '@/api/api-paths';
import { type DemoState, demoResetSchema, demoStateChangeSchema } from '@/api/demo-schema';
import { respond } from './respond';
import type { Router } from './route';

/** Every switch as it is now: the data set the store was seeded with, the latency and the fault mode. */
export function demoStateOf(store: DemoStore): DemoState {
  return {
    dataSet: cappedSeed(store.seed),
    latencyMs: store.latency,
    faults: store.faults.mode,
  };
}

/** A body that may be left out: none (or an empty one) is `{}`; anything but JSON is undefined (a 400). */
async function optionalJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Mock-only: the demo's switches (the Demo panel, QA's fixtures), answered at once, never delayed by the
 * latency nor failed by the faults. `GET /demo/state` reads them, `PATCH /demo/state` changes the latency and the
 * faults, `POST /demo/reset` puts a data set back (the hand-made seed when none is named).
 */
export function demoHandlers({ store, instant }: Router) {
  return [
    instant.get(apiPaths.demoState, () => respond(ok(demoStateOf(store)))),
    instant.patch(apiPaths.demoState, async ({ request }) => {
      const change = parseWith(demoStateChangeSchema, await optionalJsonBody(request));
      if (!change.ok) return respond(change);
      const { latencyMs, faults } = change.value;
      if (latencyMs !== undefined) store.latency = latencyMs;
      if (faults !== undefined) store.faults.mode = faults;
      return respond(ok(demoStateOf(store)));
    }),
    instant.post(apiPaths.demoReset, async ({ request }) => {
      const reset = parseWith(demoResetSchema, await optionalJsonBody(request));
      if (!reset.ok) return respond(reset);
      store.reset(reset.value.dataSet ?? { kind: 'demo' });
      return respond(ok(demoStateOf(store)));
    }),
  ];
}
