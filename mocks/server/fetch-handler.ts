import { createHandlers } from '@mocks/handlers/create-handlers';
import type { DemoStore } from '@mocks/store/demo-store';
import { getResponse, HttpResponse } from 'msw';
import { englishProblem } from '@/api/problem-english';
import { isLocalOrigin, isPreflight, preflightAnswer, withCors } from './cors';

/** Where the API lives on the server: the console's default `VITE_API_BASE_URL`. */
export const apiBasePath = '/api';

/**
 * The mock API as a fetch handler: MSW's own `getResponse` runs the request through the same handlers
 * the dev server's worker and the tests use (they do the routing, the latency, the faults and the
 * idempotency). Around them, only CORS: pages on this machine may call it, other pages are refused.
 * An answer of type `error` is a lost answer (`--errors lost-answers`): the server drops the connection.
 */
export function createFetchHandler(store: DemoStore, log: (line: string) => void) {
  const handlers = createHandlers(store, apiBasePath);
  return async (request: Request): Promise<Response> => {
    const origin = request.headers.get('Origin');
    if (origin !== null && !isLocalOrigin(origin)) {
      return HttpResponse.json(englishProblem('api.forbidden'), { status: 403 });
    }
    if (origin !== null && isPreflight(request)) return preflightAnswer(origin);
    let response: Response;
    try {
      // The handlers' paths are relative (`/api/…`): they match on whichever host name the request used.
      const baseUrl = new URL(request.url).origin;
      response =
        (await getResponse(handlers, request, { baseUrl })) ??
        HttpResponse.json(englishProblem('api.not_found'), { status: 404 });
    } catch (error) {
      log(
        `${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
      response = HttpResponse.json(englishProblem('api.server'), { status: 500 });
    }
    return origin === null || response.type === 'error' ? response : withCors(response, origin);
  };
}
