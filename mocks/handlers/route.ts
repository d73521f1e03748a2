import type { DemoStore } from '@mocks/store/demo-store';
import { delay, http } from 'msw';
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

type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * Registers handlers on the API's named paths under a base URL. Every answer waits out the store's
 * latency first, except the `instant` ones (the demo's own controls).
 */
export function createRouter(store: DemoStore, baseUrl: string) {
  const on =
    (method: Method, instant = false) =>
    <Path extends ApiPath>(path: Path, resolve: RouteResolver<Path>) =>
      http[method](`${baseUrl}${path}`, async ({ params, request }) => {
        if (!instant && store.latency > 0) await delay(store.latency);
        const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
        return resolve({ params: values as RouteParams<Path>, request, store });
      });
  return {
    store,
    get: on('get'),
    post: on('post'),
    put: on('put'),
    delete: on('delete'),
    instant: { post: on('post', true) },
  };
}

export type Router = ReturnType<typeof createRouter>;
