import type { StoreResult } from '@mocks/store/result';
import { HttpResponse } from 'msw';
import type { Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';

/**
 * Answers a store result the way the API contract says: every error answer is a problem (`code`, `params`,
 * English `message`); a 400 adds a problem per field, a 409 the current record. `headers` go with a success.
 */
export function respond<Value>(result: StoreResult<Value>, successStatus = 200, headers?: Record<string, string>) {
  if (result.ok) return HttpResponse.json(result.value as never, { status: successStatus, headers });
  switch (result.status) {
    case 400:
      return HttpResponse.json(
        { ...(result.problem ?? englishProblem('request.invalid')), errors: result.errors } as never,
        { status: 400 },
      );
    case 403:
    case 404:
      return HttpResponse.json(result.problem, { status: result.status });
    case 409:
      return HttpResponse.json({ ...result.problem, current: result.current } as never, { status: 409 });
  }
}

export function methodNotAllowed(problem: Problem) {
  return HttpResponse.json(problem, { status: 405, headers: { Allow: 'GET, PUT' } });
}

/** The request's JSON body; undefined when it has none or it is not JSON (the schema then names `body`). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** The request's query string as an object, for a list query schema. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
