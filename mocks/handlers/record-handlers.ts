import { ok, parseWith, type StoreResult } from '@mocks/store/result';
import type { PathParam } from 'react-router';
import type * as z from 'zod/mini';
import type { ApiPath } from '@/api/api-paths';
import type { Problem } from '@/api/problem';
import { methodNotAllowed, readJsonBody, respond, searchParamsOf } from './respond';
import type { Router } from './route';

/**
 * A list answer says how long the store took to make it (`Server-Timing: store;dur=<ms>`), so the
 * bench can tell the store's work from the request's round trip through the service worker.
 */
export const storeTimingHeader = 'Server-Timing';

/** What a store of versioned records offers the API. */
export interface RecordStore<Query> {
  list(query: Query): unknown;
  create(input: unknown): StoreResult<unknown>;
  get(key: string): StoreResult<unknown>;
  update(key: string, input: unknown): StoreResult<unknown>;
}

/** The list path, the path of one record, and the param of that path that names the record. */
export interface RecordPaths<Item extends ApiPath> {
  list: ApiPath;
  item: Item;
  key: PathParam<Item>;
}

/** A resource of versioned records: list, create (201), read, update; never deleted, only made invalid. */
export function recordHandlers<Item extends ApiPath, QuerySchema extends z.ZodMiniType>(
  router: Router,
  { list, item, key }: RecordPaths<Item>,
  /** The contract's list query: a 400 with field errors when the query string does not parse. */
  query: QuerySchema,
  records: RecordStore<z.output<QuerySchema>>,
  /** The 405 answer to a DELETE. */
  notDeletable: Problem,
) {
  return [
    router.get(list, ({ request }) => {
      const parsed = parseWith(query, searchParamsOf(request));
      if (!parsed.ok) return respond(parsed);
      const started = performance.now();
      const page = records.list(parsed.value);
      return respond(ok(page), 200, { [storeTimingHeader]: `store;dur=${(performance.now() - started).toFixed(2)}` });
    }),
    router.post(list, async ({ request }) => respond(records.create(await readJsonBody(request)), 201)),
    router.get(item, ({ params }) => respond(records.get(params[key]))),
    router.put(item, async ({ params, request }) => respond(records.update(params[key], await readJsonBody(request)))),
    router.delete(item, () => methodNotAllowed(notDeletable)),
  ];
}
