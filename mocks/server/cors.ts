import { idempotencyHeader } from '@mocks/idempotency';

/** The methods the API answers across origins (it deletes nothing: DELETE is always a 405). */
export const corsMethods = ['GET', 'POST', 'PUT', 'PATCH'] as const;
/** The request headers the console sends beyond the safelisted ones. */
export const corsRequestHeaders = ['Content-Type', idempotencyHeader] as const;
/** The answer headers a page may read: the 405's methods, the store's timing, a replayed write. */
export const corsExposedHeaders = ['Allow', 'Server-Timing', 'Idempotent-Replayed'] as const;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a page at this `Origin` may call the API: http or https on this machine (localhost, 127.0.0.1,
 * [::1]), any port. Everything else, `null` included, is refused.
 */
export function isLocalOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && localHosts.has(url.hostname);
}

/** The headers that let a local page read an answer (no credentials: the API has no cookies). */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': corsExposedHeaders.join(', '),
    // So the page's Resource Timing shows the store's `Server-Timing`, as with the dev server.
    'Timing-Allow-Origin': origin,
    Vary: 'Origin',
  };
}

/** Whether a request is a CORS preflight (an OPTIONS that names the method to come). */
export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

/** The answer to a local page's preflight: what it may send. The browser itself refuses anything else. */
export function preflightAnswer(origin: string): Response {
  return new Response(null, {
    status: 204,
    statusText: 'No Content',
    headers: {
      ...corsHeaders(origin),
      'Access-Control-Allow-Methods': corsMethods.join(', '),
      'Access-Control-Allow-Headers': corsRequestHeaders.join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
}

/** The answer with the CORS headers for a local page added. */
export function withCors(response: Response, origin: string): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(corsHeaders(origin))) {
    if (name === 'Vary' && headers.has('Vary')) headers.append('Vary', value);
    else headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
