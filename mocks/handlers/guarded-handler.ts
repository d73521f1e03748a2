import type { DemoStore } from '@mocks/store/demo-store';
import { forbidden, invalid, ok, parseWith, type StoreResult } from '@mocks/store/result';
import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import type { ApiPath } from '@/api/api-paths';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { readJsonBody, respond } from './respond';
import type { RouteCall, RouteParams, RouteResolver, Router } from './route';

interface Guarded<Path extends ApiPath, Target> {
  /** Finds what the path names: a 404 when it does not exist. Without it, the path names nothing. */
  find?: (params: RouteParams<Path>) => StoreResult<Target>;
  /** Why the caller may not do this (a 403), or undefined. */
  refuse?: (store: DemoStore) => Problem | undefined;
}

export interface ReadSpec<Path extends ApiPath, Target> extends Guarded<Path, Target> {
  answer: (target: Target, call: RouteCall<Path>) => unknown;
}

export interface WriteSpec<Path extends ApiPath, Target, Schema extends z.ZodMiniType> extends Guarded<Path, Target> {
  /** The contract's schema of the body: a 400 with field errors when it does not parse. */
  schema: Schema;
  /** Field problems for what the body refers to that does not exist (a 400), or undefined. */
  check?: (body: z.output<Schema>, target: Target) => FieldProblems | undefined;
  /** What changed since the caller read it (a 409 with those cells and the current rows; nothing is written), or undefined. */
  conflict?: (body: z.output<Schema>, target: Target) => Conflict | undefined;
  write: (body: z.output<Schema>, target: Target) => void;
  /** The answer after the write; the body as parsed unless given. */
  answer?: (body: z.output<Schema>, target: Target) => unknown;
}

/** A 409's body besides its message: the cells as they are now, and the rows the save named. */
export interface Conflict {
  changed: unknown[];
  current: unknown;
}

function guard<Path extends ApiPath, Target>(spec: Guarded<Path, Target>, call: RouteCall<Path>) {
  const found = spec.find ? spec.find(call.params) : ok(undefined as Target);
  if (!found.ok) return found;
  const refusal = spec.refuse?.(call.store);
  return refusal ? forbidden(refusal) : found;
}

/** A read: find (404) → refuse (403) → answer. */
export function readHandler<Path extends ApiPath, Target>(spec: ReadSpec<Path, Target>): RouteResolver<Path> {
  return (call) => {
    const target = guard(spec, call);
    return respond(target.ok ? ok(spec.answer(target.value, call)) : target);
  };
}

/**
 * A write: find (404) → refuse (403) → parse the body (400) → check references (400) → conflict (409)
 * → write → answer.
 */
export function writeHandler<Path extends ApiPath, Target, Schema extends z.ZodMiniType>(
  spec: WriteSpec<Path, Target, Schema>,
): RouteResolver<Path> {
  return async (call) => {
    const target = guard(spec, call);
    if (!target.ok) return respond(target);
    const body = parseWith(spec.schema, await readJsonBody(call.request));
    if (!body.ok) return respond(body);
    const errors = spec.check?.(body.value, target.value);
    if (errors) return respond(invalid(errors));
    const conflict = spec.conflict?.(body.value, target.value);
    if (conflict) {
      return HttpResponse.json({ ...englishProblem('permissions.conflict'), ...conflict } as never, { status: 409 });
    }
    spec.write(body.value, target.value);
    call.store.changed();
    return respond(ok(spec.answer ? spec.answer(body.value, target.value) : body.value));
  };
}

/** Only administrators see and change group membership, and only while customer group support is on. */
export function membershipRefusal(store: DemoStore): Problem | undefined {
  if (!store.agent.isAdministrator) return englishProblem('membership.administrators_only');
  if (!store.settings.customerGroupSupport) return englishProblem('membership.disabled');
  return undefined;
}

type MembershipSpec<Path extends ApiPath, Target, Schema extends z.ZodMiniType> = Omit<
  WriteSpec<Path, Target, Schema>,
  'refuse'
> & {
  find: (params: RouteParams<Path>) => StoreResult<Target>;
  /** The GET's answer. */
  read: (target: Target, call: RouteCall<Path>) => unknown;
};

/** GET and PUT of one membership path, both behind `membershipRefusal`. */
export function membershipHandlers<Path extends ApiPath, Target, Schema extends z.ZodMiniType>(
  router: Router,
  path: Path,
  spec: MembershipSpec<Path, Target, Schema>,
) {
  return [
    router.get(path, readHandler({ find: spec.find, refuse: membershipRefusal, answer: spec.read })),
    router.put(path, writeHandler({ ...spec, refuse: membershipRefusal })),
  ];
}

/** A field problem on `field` when some row refers to something that does not exist. */
export function unknownRows<Row>(
  rows: readonly Row[],
  exists: (row: Row) => boolean,
  problem: Problem,
  field = 'items',
): FieldProblems | undefined {
  return rows.every(exists) ? undefined : { [field]: problem };
}
