import type { FieldErrors } from '../../src/api/common-schema';

/** What a store operation answers, shaped like the HTTP answer a real server would give. */
export type StoreResult<Value> =
  | { ok: true; value: Value }
  | { ok: false; status: 400; errors: FieldErrors; message?: string }
  | { ok: false; status: 404; message: string }
  | { ok: false; status: 409; message: string; current: unknown };

export function ok<Value>(value: Value): StoreResult<Value> {
  return { ok: true, value };
}

export function invalid(errors: FieldErrors, message?: string): StoreResult<never> {
  return { ok: false, status: 400, errors, message };
}

export function notFound(message: string): StoreResult<never> {
  return { ok: false, status: 404, message };
}

export function conflict(message: string, current: unknown): StoreResult<never> {
  return { ok: false, status: 409, message, current };
}
