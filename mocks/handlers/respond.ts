import { delay, HttpResponse } from 'msw';
import type { DemoStore } from '../store/demo-store';
import type { StoreResult } from '../store/result';

/** Answers a store result the way the API contract says: 400 with field errors, 404, 409 with the current record. */
export function respond<Value>(result: StoreResult<Value>, successStatus = 200) {
  if (result.ok) return HttpResponse.json(result.value as never, { status: successStatus });
  switch (result.status) {
    case 400:
      return HttpResponse.json(
        { message: result.message ?? 'Some fields are not valid.', errors: result.errors },
        { status: 400 },
      );
    case 404:
      return HttpResponse.json({ message: result.message }, { status: 404 });
    case 409:
      return HttpResponse.json({ message: result.message, current: result.current } as never, { status: 409 });
  }
}

export function methodNotAllowed(message: string) {
  return HttpResponse.json({ message }, { status: 405, headers: { Allow: 'GET, PUT' } });
}

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export async function simulateNetwork(store: DemoStore): Promise<void> {
  if (store.latency > 0) await delay(store.latency);
}
