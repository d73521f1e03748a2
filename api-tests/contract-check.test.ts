import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/api/api-paths';
import { api, contract } from './client';
import type { CheckedAnswer } from './openapi-check';
import { isMock } from './support';

// The check every call goes through must bite: answers made up here, each wrong in one way, are refused.

const json = { 'Content-Type': 'application/json' };
const session = { login: 'admin', name: 'Admin Istrator', isAdministrator: true };
const problem = { code: 'customer_user.not_found', params: { id: 'x' }, message: 'Customer user "x" does not exist.' };

function answer(
  method: string,
  path: string,
  status: number,
  body: unknown,
  headers: HeadersInit = json,
): CheckedAnswer {
  return { method, path, status, headers: new Headers(headers), text: body === undefined ? '' : JSON.stringify(body) };
}

describe('the OpenAPI check', () => {
  it('the document describes every path of the contract', () => {
    for (const path of Object.values(apiPaths)) {
      expect(contract().documents(path.replace(/:(\w+)/g, 'some-$1')), path).toBe(true);
    }
  });

  it('lets a documented answer through', () => {
    expect(contract().check(answer('GET', '/session', 200, session))).toEqual([]);
    expect(contract().check(answer('GET', '/customer-users/x?limit=5', 404, problem))).toEqual([]);
    expect(contract().check(answer('GET', '/customer-users/x', 500, { ...problem, code: 'x' }))).toEqual([]);
  });

  it('refuses a body that does not match the schema of its status', () => {
    const [missing] = contract().check(answer('GET', '/session', 200, { login: 'admin', name: 'A' }));
    expect(missing).toMatch(/does not match the documented schema[\s\S]*isAdministrator/);
    const [wrongType] = contract().check(answer('GET', '/customer-users/x', 404, { ...problem, code: 404 }));
    expect(wrongType).toMatch(/\/code: must be string/);
  });

  it('refuses a status the operation does not document; `default` covers only 5xx', () => {
    expect(contract().check(answer('GET', '/session', 418, problem))[0]).toMatch(/status 418 is not documented/);
    expect(contract().check(answer('GET', '/customer-users/x', 403, problem))[0]).toMatch(
      /status 403 is not documented/,
    );
  });

  it('refuses a body that is not JSON, or is not said to be', () => {
    const text = { ...answer('GET', '/session', 200, undefined), text: '<html>' };
    expect(contract().check(text).join('\n')).toMatch(/not JSON/);
    const plain = answer('GET', '/session', 200, session, { 'Content-Type': 'text/plain' });
    expect(contract().check(plain)[0]).toMatch(/Content-Type is "text\/plain"/);
  });

  it('wants a 405 with the documented methods in Allow for a method the path does not have', () => {
    const notAllowed = { code: 'method.not_allowed', params: { method: 'PATCH', allow: 'GET, PUT' }, message: 'No.' };
    const right = answer('PATCH', '/settings', 405, notAllowed, { ...json, Allow: 'GET, PUT' });
    expect(contract().check(right)).toEqual([]);
    expect(contract().check(answer('PATCH', '/settings', 405, notAllowed))[0]).toMatch(/must say in Allow/);
    const wrongAllow = answer('PATCH', '/settings', 405, notAllowed, { ...json, Allow: 'GET' });
    expect(contract().check(wrongAllow)[0]).toMatch(/Allow is "GET", the document has GET, PUT/);
    expect(contract().check(answer('PATCH', '/settings', 200, session))[0]).toMatch(/must be 405/);
  });

  it('refuses a path the document does not have, unless the call says it may be missing', () => {
    expect(contract().check(answer('GET', '/nowhere', 200, {}))[0]).toMatch(/no path for \/nowhere/);
    expect(contract().check(answer('GET', '/nowhere', 200, {}), { mayBeUndocumented: true })).toEqual([]);
  });
});

describe('GET /openapi.json', () => {
  it('the mock serves the very document the suite checks against', async (context) => {
    if (!(await isMock())) context.skip('Only the mock must serve the document; a real backend may, but need not.');
    const answer = await api.get('/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(contract().document);
  });
});
