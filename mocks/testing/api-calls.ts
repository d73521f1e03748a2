/** One call to the mock API, as a client would make it: the answer's status, headers and parsed JSON body. */
export async function callApiWithHeaders(method: string, path: string, body?: unknown, raw?: string) {
  const response = await fetch(new URL(`/api${path}`, window.location.href), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** One call to the mock API: the answer's status and its parsed JSON body. */
export async function callApi(method: string, path: string, body?: unknown, raw?: string) {
  const { status, body: answer } = await callApiWithHeaders(method, path, body, raw);
  return { status, body: answer };
}

/** A grant or revoke of one permission cell, as an assignment save sends it. */
export function cell(row: string, type: 'ro' | 'rw', granted: boolean, field = 'permissions') {
  return { row, field, type, granted };
}
