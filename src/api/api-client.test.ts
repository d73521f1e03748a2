import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { failureOf } from '@/testing/api-failure';
import { server } from '@/testing/mock-api';
import { apiRequest } from './api-client';
import { apiPaths } from './api-paths';

const okSchema = z.object({ ok: z.literal(true) });

describe('apiRequest', () => {
  it('parses a good answer with the schema', async () => {
    server.use(http.get('/api/settings', () => HttpResponse.json({ ok: true })));
    await expect(apiRequest(apiPaths.settings, { schema: okSchema })).resolves.toEqual({ ok: true });
  });

  it.each([
    [400, 'validation'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'method-not-allowed'],
    [409, 'conflict'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('turns status %i into a %s error', async (status, kind) => {
    server.use(http.get('/api/settings', () => HttpResponse.json({ message: `status ${status}` }, { status })));
    const error = await failureOf(apiRequest(apiPaths.settings, { schema: okSchema }));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`status ${status}`);
  });

  it('carries the field errors of a 400', async () => {
    server.use(
      http.post('/api/settings', () => HttpResponse.json({ errors: { email: 'Email is required.' } }, { status: 400 })),
    );
    const error = await failureOf(apiRequest(apiPaths.settings, { schema: okSchema, method: 'POST', body: {} }));
    expect(error.fieldErrors).toEqual({ email: 'Email is required.' });
  });

  it('reports a network failure', async () => {
    server.use(http.get('/api/settings', () => HttpResponse.error()));
    expect((await failureOf(apiRequest(apiPaths.settings, { schema: okSchema }))).kind).toBe('network');
  });

  it('reports an answer that breaks the contract', async () => {
    server.use(http.get('/api/settings', () => HttpResponse.json({ ok: 'yes' })));
    expect((await failureOf(apiRequest(apiPaths.settings, { schema: okSchema }))).kind).toBe('contract');
  });

  it('sends query parameters, leaving out empty ones', async () => {
    let seen = '';
    server.use(
      http.get('/api/settings', ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({ ok: true });
      }),
    );
    await apiRequest(apiPaths.settings, {
      schema: okSchema,
      query: { search: 'john doe', offset: 0, empty: '', none: undefined },
    });
    expect(seen).toBe('?search=john+doe&offset=0');
  });
});
