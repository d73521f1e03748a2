import { randomUUID } from 'node:crypto';
import { ContractChecker } from './openapi-check';

// The suite's one door to the API: plain HTTP. With `API_BASE_URL` it talks to that server; without, to
// the mock API in this process: msw/node intercepts `fetch` to a made-up base URL and answers with the
// same handlers the dev server and `npm run mock-server` use, over a fresh store per test file. Either
// way every answer is checked against the OpenAPI document before a test sees it, so a test fails on an
// undocumented status or a body that does not match its schema, whatever it asserts itself.

const externalBase = process.env.API_BASE_URL?.trim().replace(/\/+$/, '');

/** Where the requests go, and whether it is the in-process mock (which a test may say in a skip note). */
export const target = externalBase
  ? ({ kind: 'server', baseUrl: externalBase } as const)
  : ({ kind: 'in-process', baseUrl: 'http://api.test/api' } as const);

/** How long one request may take before the test fails (a server with `--latency` stays well inside it). */
const requestTimeoutMs = Number(process.env.API_TIMEOUT_MS ?? 10_000);

let stopInProcess: (() => void) | undefined;

/** Starts the in-process mock when there is no `API_BASE_URL` (the setup file calls it before each file). */
export async function startTarget(): Promise<void> {
  if (target.kind !== 'in-process' || stopInProcess) return;
  // Imported only here, so a run against a server loads nothing of the mock.
  const [{ setupServer }, { createHandlers }, { DemoStore }] = await Promise.all([
    import('msw/node'),
    import('@mocks/handlers/create-handlers'),
    import('@mocks/store/demo-store'),
  ]);
  const server = setupServer(...createHandlers(new DemoStore(), target.baseUrl));
  server.listen({ onUnhandledFrame: 'error' });
  stopInProcess = () => server.close();
}

export function stopTarget(): void {
  stopInProcess?.();
  stopInProcess = undefined;
}

let checker: ContractChecker | undefined;
/** The OpenAPI checker, made on first use (a missing document fails the first call, with how to make it). */
export function contract(): ContractChecker {
  checker ??= ContractChecker.fromFile();
  return checker;
}

/** An answer that breaks the documented contract: the test that made the call fails with the reasons. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export interface CallOptions {
  /** The JSON body. */
  body?: unknown;
  /** The body as sent, instead of `body` (bad JSON). */
  raw?: string;
  /** Query parameters; undefined ones are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** A write's `Idempotency-Key`: a fresh one per call unless given; `false` sends none. */
  idempotencyKey?: string | false;
  /** The path may be missing from the document (the mock's `/demo` API): checked only if it is there. */
  mayBeUndocumented?: boolean;
}

/** One answer: its status, headers, body as text and as JSON (undefined when empty or not JSON). */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON: the contract check has vouched for its shape, so tests read it freely. */
  body: ReturnType<typeof JSON.parse>;
}

function withQuery(path: string, query: CallOptions['query']): string {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return path;
  return `${path}?${new URLSearchParams(entries.map(([name, value]) => [name, String(value)]))}`;
}

/** Sends one request to the API (path below the base URL) and checks the answer against the OpenAPI document. */
export async function call(method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const checked = contract();
  const fullPath = withQuery(path, options.query);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const write = method === 'POST' || method === 'PUT' || method === 'PATCH';
  if (write && options.idempotencyKey !== false) headers['Idempotency-Key'] ??= options.idempotencyKey || randomUUID();
  const response = await fetch(`${target.baseUrl}${fullPath}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  const text = await response.text();
  const problems = checked.check(
    { method, path: fullPath, status: response.status, headers: response.headers, text },
    { mayBeUndocumented: options.mayBeUndocumented },
  );
  if (problems.length > 0) throw new ContractViolation(problems.join('\n'));
  return { status: response.status, headers: response.headers, text, body: parseJson(text) };
}

function parseJson(text: string): ReturnType<typeof JSON.parse> {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type BodyOptions = Omit<CallOptions, 'body'>;

/** The API's methods, each one `call`. */
export const api = {
  get: (path: string, options?: CallOptions) => call('GET', path, options),
  post: (path: string, body?: unknown, options?: BodyOptions) => call('POST', path, { ...options, body }),
  put: (path: string, body?: unknown, options?: BodyOptions) => call('PUT', path, { ...options, body }),
  patch: (path: string, body?: unknown, options?: BodyOptions) => call('PATCH', path, { ...options, body }),
  delete: (path: string, options?: CallOptions) => call('DELETE', path, options),
};
