import type * as z from 'zod/mini';
import type { FieldErrors } from '@/api/common-schema';
import { toFieldErrors } from './field-errors';

/** What a store operation answers, shaped like the HTTP answer a real server would give. */
export type StoreResult<Value> =
  | { ok: true; value: Value }
  | { ok: false; status: 400; errors: FieldErrors; message?: string }
  | { ok: false; status: 403 | 404; message: string }
  | { ok: false; status: 409; message: string; current: unknown };

export function ok<Value>(value: Value): StoreResult<Value> {
  return { ok: true, value };
}

export function invalid(errors: FieldErrors, message?: string): StoreResult<never> {
  return { ok: false, status: 400, errors, message };
}

export function forbidden(message: string): StoreResult<never> {
  return { ok: false, status: 403, message };
}

export function notFound(message: string): StoreResult<never> {
  return { ok: false, status: 404, message };
}

export function conflict(message: string, current: unknown): StoreResult<never> {
  return { ok: false, status: 409, message, current };
}

/** Parses input with a contract schema: its value, or a 400 with one message per field. */
export function parseWith<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): StoreResult<z.output<Schema>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data as z.output<Schema>) : invalid(toFieldErrors(parsed.error));
}
