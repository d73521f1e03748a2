import * as z from 'zod/mini';
import { env } from '@/config/env';
import { ApiError, type ApiErrorKind } from './api-error';
import { type ApiPath, type ApiPathParams, buildApiPath } from './api-paths';
import { errorBodySchema, type FieldProblems, type Problem, problemSchema } from './problem';

type QueryValue = string | number | boolean | undefined;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type RequestOptions<Path extends ApiPath, Schema extends z.ZodMiniType> = ApiPathParams<Path> & {
  schema: Schema;
  method?: Method;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
};

const kindByStatus: Record<number, ApiErrorKind> = {
  400: 'validation',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
};

/** How long a request may take before it fails as a `timeout`, reads and writes apart. */
export const defaultApiTimeouts = { readMs: 15_000, writeMs: 30_000 };
let timeouts = { ...defaultApiTimeouts };

/** Sets the timeouts (tests shorten them); returns the ones before, to put back. */
export function setApiTimeouts(next: Partial<typeof defaultApiTimeouts>): typeof defaultApiTimeouts {
  const before = timeouts;
  timeouts = { ...timeouts, ...next };
  return before;
}

/** The writes in flight, so a "Cancel save" can stop them. */
const writesInFlight = new Set<AbortController>();

/** Aborts every write in flight (the save the admin is waiting for); each fails as `cancelled`. */
export function cancelWrites(): void {
  for (const controller of writesInFlight) controller.abort(new ApiError('cancelled'));
}

/**
 * The `Idempotency-Key` of each write still pending, one per method and URL: a retry of the same
 * input (after a network error, a timeout, a cancel or an answer the console did not understand)
 * sends the same key; other input, or a new save after a success, gets a new one.
 */
const pending = new Map<string, { body: string; key: string }>();

function idempotencyKeyFor(scope: string, body: string): string {
  const kept = pending.get(scope);
  if (kept && kept.body === body) return kept.key;
  const key = crypto.randomUUID();
  pending.set(scope, { body, key });
  return key;
}

/** The server gave its answer: the next write here, even of the same input, is a new one. */
function settleIdempotencyKey(scope: string): void {
  pending.delete(scope);
}

function apiUrl(path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(`${env.apiBaseUrl}${path}`, window.location.href);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

const isWrite = (method: Method) => method !== 'GET';

/**
 * The one way the console talks to the API: answers are parsed with the contract, failures become
 * ApiError. Every request has a timeout; every write carries an `Idempotency-Key` that stays the same
 * for a retry of the same input until it has succeeded, so the server can answer a retry with the first answer.
 */
export async function apiRequest<Path extends ApiPath, Schema extends z.ZodMiniType>(
  path: Path,
  { schema, method = 'GET', query, body, signal, params }: RequestOptions<Path, Schema>,
): Promise<z.output<Schema>> {
  const url = apiUrl(buildApiPath(path, params), query);
  const json = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const write = isWrite(method);
  const scope = `${method} ${url.href}`;
  if (write) headers['Idempotency-Key'] = idempotencyKeyFor(scope, json ?? '');

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ApiError('timeout')), write ? timeouts.writeMs : timeouts.readMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  if (write) writesInFlight.add(controller);

  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, { method, signal: controller.signal, headers, body: json });
    payload = await readJson(response);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof ApiError) throw reason;
    throw new ApiError('network', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    writesInFlight.delete(controller);
  }

  if (!response.ok) {
    // The server answered: only a gateway's fault leaves open whether the write happened.
    if (write && response.status !== 502 && response.status !== 504) settleIdempotencyKey(scope);
    throw toApiError(response.status, payload);
  }

  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('contract', { status: response.status, cause: parsed.error, body: payload });
  if (write) settleIdempotencyKey(scope);
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What the client reads of an error answer: a problem, or at least a message (a server without codes). */
const errorAnswerSchema = z.object({
  code: z.optional(z.string()),
  message: z.string(),
  params: z.optional(errorBodySchema.shape.params),
});
/** The per-field problems of a 400; a plain message per field is read as a problem without a code. */
const fieldAnswersSchema = z.object({
  errors: z.record(z.string(), z.union([problemSchema, z.string()])),
});

function toApiError(status: number, payload: unknown): ApiError {
  const kind = kindByStatus[status] ?? 'server';
  const answer = errorAnswerSchema.safeParse(payload);
  const problem: Problem | undefined = answer.success
    ? { code: answer.data.code ?? '', params: answer.data.params ?? {}, message: answer.data.message }
    : undefined;
  const fields = fieldAnswersSchema.safeParse(payload);
  const fieldProblems: FieldProblems | undefined = fields.success
    ? Object.fromEntries(
        Object.entries(fields.data.errors).map(([field, value]) => [
          field,
          typeof value === 'string' ? { code: '', params: {}, message: value } : value,
        ]),
      )
    : undefined;
  return new ApiError(kind, { status, problem, fieldProblems, body: payload });
}
