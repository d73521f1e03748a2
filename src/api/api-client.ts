import type * as z from 'zod/mini';
import { env } from '@/config/env';
import { ApiError, type ApiErrorKind } from './api-error';
import { type ApiPath, type ApiPathParams, buildApiPath } from './api-paths';
import { fieldErrorsSchema } from './common-schema';

type QueryValue = string | number | boolean | undefined;

type RequestOptions<Path extends ApiPath, Schema extends z.ZodMiniType> = ApiPathParams<Path> & {
  schema: Schema;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
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

function apiUrl(path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(`${env.apiBaseUrl}${path}`, window.location.href);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

/** The one way the console talks to the API: answers are parsed with the contract, failures become ApiError. */
export async function apiRequest<Path extends ApiPath, Schema extends z.ZodMiniType>(
  path: Path,
  { schema, method = 'GET', query, body, signal, params }: RequestOptions<Path, Schema>,
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(buildApiPath(path, params), query), {
      method,
      signal,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', { cause });
  }

  const payload = await readJson(response);

  if (!response.ok) throw toApiError(response.status, payload);

  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('contract', { status: response.status, cause: parsed.error, body: payload });
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

function toApiError(status: number, payload: unknown): ApiError {
  const kind = kindByStatus[status] ?? 'server';
  const message =
    typeof payload === 'object' && payload !== null && 'message' in payload && typeof payload.message === 'string'
      ? payload.message
      : undefined;
  const fieldErrors = fieldErrorsSchema.safeParse(payload);
  return new ApiError(kind, {
    status,
    message,
    fieldErrors: fieldErrors.success ? fieldErrors.data.errors : undefined,
    body: payload,
  });
}
