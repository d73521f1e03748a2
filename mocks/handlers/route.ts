import { createFaults } from '@mocks/faults';
import { IdempotentAnswers, idempotencyHeader, type WriteOutcome } from '@mocks/idempotency';
import { type DemoStore, StoreWriteError } from '@mocks/store/demo-store';
import { delay, HttpResponse, http } from 'msw';
import type { PathParam } from 'react-router';
import type { ApiPath } from '@/api/api-paths';

/** A path's `:params`, each as one string. */
export type RouteParams<Path extends ApiPath> = Record<PathParam<Path>, string>;

/** What a route's resolver gets: the path's params, the request, and the store the route serves. */
export interface RouteCall<Path extends ApiPath> {
  params: RouteParams<Path>;
  request: Request;
  store: DemoStore;
}

export type RouteResolver<Path extends ApiPath> = (call: RouteCall<Path>) => Response | Promise<Response>;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Runs a write inside the store's transaction; a write the browser's storage refused is a 507, not kept. */
async function atomicWrite(store: DemoStore, write: () => Response | Promise<Response>): Promise<WriteOutcome> {
  try {
    return { response: await store.transaction(async () => write()), keep: true };
  } catch (error) {
    if (!(error instanceof StoreWriteError)) throw error;
    return { response: HttpResponse.json(error.problem, { status: 507 }), keep: false };
  }
}

/**
 * Registers handlers on the API's named paths under a base URL. Every answer waits out the store's
 * latency first and then meets the store's fault switch, except the `instant` ones (the demo's own
 * controls). Every write (POST, PUT, PATCH) runs its check-and-write as one transaction, and a repeated
 * `Idempotency-Key` is answered with the first answer instead of writing again.
 */
export function createRouter(store: DemoStore, baseUrl: string) {
  const fault = createFaults();
  const answers = new IdempotentAnswers();
  const on =
    (method: Method, instant = false) =>
    <Path extends ApiPath>(path: Path, resolve: RouteResolver<Path>) =>
      http[method](`${baseUrl}${path}`, async ({ params, request }) => {
        const isWrite = method === 'post' || method === 'put' || method === 'patch';
        if (!instant && store.latency > 0) await delay(store.latency);
        const faulted = instant ? undefined : fault(store.faults.mode, isWrite);
        if (faulted) return faulted;
        const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
        const call = { params: values as RouteParams<Path>, request, store };
        if (!isWrite) return resolve(call);
        const key = request.headers.get(idempotencyHeader);
        const scope = key ? `${store.epoch} ${request.method} ${request.url} ${key}` : undefined;
        const { response, replayed } = await answers.once(scope, () => atomicWrite(store, () => resolve(call)));
        const lost = !instant && !replayed && store.faults.mode === 'lost-answers';
        return lost ? HttpResponse.error() : response;
      });
  return {
    store,
    get: on('get'),
    post: on('post'),
    put: on('put'),
    delete: on('delete'),
    /** The demo API's own routes (`/demo/*`): neither delayed by the latency nor failed by the faults. */
    instant: { get: on('get', true), post: on('post', true), patch: on('patch', true) },
  };
}

export type Router = ReturnType<typeof createRouter>;
