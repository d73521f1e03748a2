import { delay, HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { failureOf } from '@/testing/api-failure';
import { server } from '@/testing/mock-api';
import { apiRequest, cancelWrites, defaultApiTimeouts, setApiTimeouts } from './api-client';
import { ApiError } from './api-error';
import { apiPaths } from './api-paths';

const okSchema = z.object({ ok: z.literal(true) });

/** Answers PUT /settings with the given answers in turn, noting each request's Idempotency-Key. */
function answerPuts(...answers: (() => Response | Promise<Response>)[]) {
  const keys: (string | null)[] = [];
  server.use(
    http.put('/api/settings', async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      return (answers[keys.length - 1] ?? answers[answers.length - 1] ?? (() => HttpResponse.error()))();
    }),
  );
  return keys;
}

const ok = () => HttpResponse.json({ ok: true });
const hang = async () => {
  await delay('infinite');
  return ok();
};
const put = (body: unknown) => apiRequest(apiPaths.settings, { schema: okSchema, method: 'PUT', body });

describe('apiRequest: idempotency keys', () => {
  afterEach(() => setApiTimeouts(defaultApiTimeouts));

  it('sends a key with every write, and none with a read', async () => {
    let readKey: string | null = 'none seen';
    server.use(
      http.get('/api/settings', ({ request }) => {
        readKey = request.headers.get('Idempotency-Key');
        return ok();
      }),
    );
    const keys = answerPuts(ok);
    await apiRequest(apiPaths.settings, { schema: okSchema });
    await put({ a: 1 });
    expect(readKey).toBeNull();
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same key again when the same input is retried after a network error or a bad answer', async () => {
    const keys = answerPuts(
      () => HttpResponse.error(),
      () => HttpResponse.json({ ok: 'maybe' }),
      ok,
    );
    expect((await failureOf(put({ a: 1 }))).kind).toBe('network');
    expect((await failureOf(put({ a: 1 }))).kind).toBe('contract');
    await put({ a: 1 });
    expect(new Set(keys).size).toBe(1);
  });

  it('sends the same key after a timeout or a cancelled save', async () => {
    setApiTimeouts({ writeMs: 50 });
    const keys = answerPuts(hang, hang, ok);
    expect((await failureOf(put({ a: 1 }))).kind).toBe('timeout');
    setApiTimeouts({ writeMs: 5000 });
    const cancelled = failureOf(put({ a: 1 }));
    await delay(20);
    cancelWrites();
    expect((await cancelled).kind).toBe('cancelled');
    await put({ a: 1 });
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('sends a new key for a new save after a success, for changed input, and after a server fault', async () => {
    const keys = answerPuts(
      ok,
      ok,
      () => HttpResponse.error(),
      () => HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
      ok,
    );
    await put({ a: 1 });
    await put({ a: 1 });
    await failureOf(put({ a: 1 }));
    await failureOf(put({ a: 2 }));
    await put({ a: 2 });
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[2]);
    expect(keys[4]).not.toBe(keys[3]);
  });
});

describe('apiRequest: timeouts', () => {
  beforeEach(() => setApiTimeouts({ readMs: 40, writeMs: 120 }));
  afterEach(() => setApiTimeouts(defaultApiTimeouts));

  it('fails a read that gets no answer in time as a timeout', async () => {
    server.use(http.get('/api/settings', hang));
    const error = await failureOf(apiRequest(apiPaths.settings, { schema: okSchema }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The server did not answer in time.');
  });

  it('gives a write longer than a read', async () => {
    server.use(
      http.put('/api/settings', async () => {
        await delay(70);
        return ok();
      }),
    );
    await expect(put({ a: 1 })).resolves.toEqual({ ok: true });
  });

  it('leaves a caller’s own abort as it was (no timeout, no network error)', async () => {
    server.use(http.get('/api/settings', hang));
    const controller = new AbortController();
    const request = apiRequest(apiPaths.settings, { schema: okSchema, signal: controller.signal });
    controller.abort();
    await expect(request).rejects.not.toBeInstanceOf(ApiError);
  });

  it('has defaults of 15 s for reads and 30 s for writes', () => {
    expect(defaultApiTimeouts).toEqual({ readMs: 15_000, writeMs: 30_000 });
  });
});
