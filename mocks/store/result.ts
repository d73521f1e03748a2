import type * as z from 'zod/mini';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishIssueMessage } from '@/api/problem-english';
import { toFieldProblems } from './field-errors';

/** What a store operation answers, shaped like the HTTP answer a real server would give. */
export type StoreResult<Value> =
  | { ok: true; value: Value }
  | { ok: false; status: 400; errors: FieldProblems; problem?: Problem }
  | { ok: false; status: 403 | 404; problem: Problem }
  | { ok: false; status: 409; problem: Problem; current: unknown };

export function ok<Value>(value: Value): StoreResult<Value> {
  return { ok: true, value };
}

export function invalid(errors: FieldProblems, problem?: Problem): StoreResult<never> {
  return { ok: false, status: 400, errors, problem };
}

export function forbidden(problem: Problem): StoreResult<never> {
  return { ok: false, status: 403, problem };
}

export function notFound(problem: Problem): StoreResult<never> {
  return { ok: false, status: 404, problem };
}

export function conflict(problem: Problem, current: unknown): StoreResult<never> {
  return { ok: false, status: 409, problem, current };
}

/** Parses input with a contract schema, in English (the server's language): its value, or a 400 with a problem per field. */
export function parseWith<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): StoreResult<z.output<Schema>> {
  const parsed = schema.safeParse(input, { error: englishIssueMessage });
  return parsed.success ? ok(parsed.data as z.output<Schema>) : invalid(toFieldProblems(parsed.error));
}
