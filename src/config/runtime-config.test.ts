import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/mock-api';
import { env } from './env';
import { appBasePath, loadRuntimeConfig } from './runtime-config';

const buildTimeDefault = env.apiBaseUrl;

/** The app served under `path` (a trailing slash), as index.html's `<base href>` says after deployment. */
function serveUnder(path: string) {
  const base = document.createElement('base');
  base.href = path;
  document.head.prepend(base);
}

/** config.json beside index.html answers with `response`. */
function configJson(response: () => Response) {
  server.use(http.get(new URL('config.json', document.baseURI).href, response));
}

describe('loadRuntimeConfig', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    env.apiBaseUrl = buildTimeDefault;
    for (const base of document.querySelectorAll('base')) base.remove();
  });

  it('uses the API base URL config.json names, resolved against the app and without a trailing slash', async () => {
    serveUnder('/admin/customer-users/');
    configJson(() => HttpResponse.json({ apiBaseUrl: 'runtime-api/' }));

    await loadRuntimeConfig();

    expect(env.apiBaseUrl).toBe(`${window.location.origin}/admin/customer-users/runtime-api`);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps an absolute API base URL as it is', async () => {
    configJson(() => HttpResponse.json({ apiBaseUrl: 'https://api.example.com/v1' }));

    await loadRuntimeConfig();

    expect(env.apiBaseUrl).toBe('https://api.example.com/v1');
  });

  it('uses the build-time default, silently, when config.json names no API base URL', async () => {
    configJson(() => HttpResponse.json({}));

    await loadRuntimeConfig();

    expect(env.apiBaseUrl).toBe(`${window.location.origin}${buildTimeDefault}`);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', () => new HttpResponse(null, { status: 404 }), /HTTP 404/],
    ['not JSON (a server answering index.html)', () => HttpResponse.html('<!doctype html>'), /SyntaxError/],
    ['of the wrong shape', () => HttpResponse.json({ apiBaseUrl: 42 }), /apiBaseUrl/],
    ['misspelt', () => HttpResponse.json({ apiBaseURL: '/other' }), /apiBaseURL/],
    ['empty', () => HttpResponse.json({ apiBaseUrl: '' }), /apiBaseUrl/],
    ['not a URL', () => HttpResponse.json({ apiBaseUrl: 'http://' }), /Invalid URL/],
  ])('falls back to the build-time default when config.json is %s, and says so once', async (_, response, reason) => {
    serveUnder('/admin/customer-users/');
    configJson(response);

    await loadRuntimeConfig();

    // The build-time `/api` is from the host's root, so a sub-path does not change it.
    expect(env.apiBaseUrl).toBe(`${window.location.origin}${buildTimeDefault}`);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(reason);
    expect(String(warn.mock.calls[0]?.[0])).toContain(buildTimeDefault);
  });

  it('falls back to the build-time default when config.json cannot be fetched', async () => {
    configJson(() => HttpResponse.error());

    await loadRuntimeConfig();

    expect(env.apiBaseUrl).toBe(`${window.location.origin}${buildTimeDefault}`);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('appBasePath', () => {
  afterEach(() => {
    for (const base of document.querySelectorAll('base')) base.remove();
  });

  it('is empty at the host root', () => {
    expect(appBasePath()).toBe('');
  });

  it("is the path of index.html's <base href>, without its trailing slash, whatever screen is shown", () => {
    window.history.pushState(null, '', '/admin/customer-users/customer-users/cu-1/groups');
    serveUnder('/admin/customer-users/');

    expect(appBasePath()).toBe('/admin/customer-users');
    window.history.pushState(null, '', '/');
  });
});
