import { expect, type TestContext } from 'vitest';
import { apiPaths, buildApiPath } from '@/api/api-paths';
import { type ApiAnswer, api, target } from './client';

// What the tests share: names unique to this run, records made through the API, what the caller may do,
// and how an error answer looks. Nothing here reaches into a server: a test that needs a state makes it.

/** This run's mark: every name a test makes carries it, so runs and other data never collide. */
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;

/** A lowercase name no other run and no other test of this run uses: `prefix-<run>-<n>`. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${runId}-${counter}`;
}

/** The API's paths with their params filled in. */
export const paths = {
  session: apiPaths.session,
  settings: apiPaths.settings,
  groups: apiPaths.groups,
  customers: apiPaths.customers,
  customerUsers: apiPaths.customerUsers,
  validityBatch: apiPaths.customerUserValidityBatch,
  import: apiPaths.customerUserImport,
  customer: (customerId: string) => buildApiPath(apiPaths.customer, { customerId }),
  customerGroups: (customerId: string) => buildApiPath(apiPaths.customerGroups, { customerId }),
  customerUser: (customerUserId: string) => buildApiPath(apiPaths.customerUser, { customerUserId }),
  customerUserGroups: (customerUserId: string) => buildApiPath(apiPaths.customerUserGroups, { customerUserId }),
  customerUserCustomers: (customerUserId: string) => buildApiPath(apiPaths.customerUserCustomers, { customerUserId }),
  effectivePermissions: (customerUserId: string) =>
    buildApiPath(apiPaths.customerUserEffectivePermissions, { customerUserId }),
  history: (customerUserId: string) => buildApiPath(apiPaths.customerUserHistory, { customerUserId }),
  groupCustomerUsers: (groupId: string) => buildApiPath(apiPaths.groupCustomerUsers, { groupId }),
  groupCustomers: (groupId: string) => buildApiPath(apiPaths.groupCustomers, { groupId }),
};

// -- Error answers --

/** An error answer: the status, and a problem (`code`, `params`, `message`) as its body. */
export function expectProblem(answer: ApiAnswer, status: number, code?: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body).toMatchObject({
    code: expect.any(String),
    params: expect.any(Object),
    message: expect.any(String),
  });
  if (code !== undefined) expect(answer.body.code).toBe(code);
  return answer.body as { code: string; params: Record<string, string | number>; message: string };
}

/** A 400 that names `field`: the request's problem, and the field's own problem (`code`, `params`, `message`). */
export function expectFieldProblem(answer: ApiAnswer, field: string, code?: string) {
  expectProblem(answer, 400, 'request.invalid');
  const problem = answer.body.errors?.[field];
  expect(problem, `errors.${field} in ${answer.text}`).toMatchObject({
    code: expect.any(String),
    params: expect.any(Object),
    message: expect.any(String),
  });
  expect(problem.message).not.toBe('');
  if (code !== undefined) expect(problem.code).toBe(code);
  return problem as { code: string; params: Record<string, string | number>; message: string };
}

// -- Records made through the API --

export interface Customer {
  customerId: string;
  name: string;
  validity: string;
  version: number;
  [field: string]: unknown;
}

export interface CustomerUser {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  customerId: string;
  validity: string;
  version: number;
  [field: string]: unknown;
}

/** A new customer (valid unless told), with a Customer ID and name unique to this run. */
export async function createCustomer(fields: Record<string, unknown> = {}): Promise<Customer> {
  const customerId = unique('cust');
  const answer = await api.post(paths.customers, { customerId, name: `Customer ${customerId}`, ...fields });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

/** What a new customer user needs, with a username and email unique to this run. */
export function newCustomerUser(customerId: string, fields: Record<string, unknown> = {}) {
  const login = unique('cu');
  return {
    firstName: 'Grace',
    lastName: `Hopper ${login}`,
    login,
    email: `${login}@example.com`,
    customerId,
    ...fields,
  };
}

/** A new customer user of `customerId` (valid unless told). */
export async function createCustomerUser(
  customerId: string,
  fields: Record<string, unknown> = {},
): Promise<CustomerUser> {
  const answer = await api.post(paths.customerUsers, newCustomerUser(customerId, fields));
  expect(answer.status, answer.text).toBe(201);
  return answer.body.customerUser;
}

/** What a client sends back to update a record unchanged: its fields and version, no id and no audit. */
export function editable<Record extends { [field: string]: unknown }>(record: Record) {
  const {
    id: _id,
    createdAt: _createdAt,
    createdBy: _createdBy,
    changedAt: _changedAt,
    changedBy: _changedBy,
    ...fields
  } = record;
  return fields;
}

/** A record as the API has it now. */
export async function read<Value>(path: string): Promise<Value> {
  const answer = await api.get(path);
  expect(answer.status, answer.text).toBe(200);
  return answer.body;
}

// -- What the caller may do --

export interface Session {
  login: string;
  name: string;
  isAdministrator: boolean;
}

export interface Settings {
  customerGroupSupport: boolean;
  alwaysGroups: string[];
  otherCustomersContext: boolean;
  listLimit: number;
}

let demoApi: Promise<boolean> | undefined;
/**
 * Whether the server is the mock, with its `/demo` API (a real backend has none): asked once, by reads.
 * `GET /demo/state` answers it; so does the 405 (`Allow: POST`) of `GET /demo/session`, the switch used here.
 */
export function hasDemoApi(): Promise<boolean> {
  const answers = (path: string, yes: (answer: ApiAnswer) => boolean) =>
    api.get(path, { mayBeUndocumented: true }).then(yes, () => false);
  demoApi ??= answers('/demo/state', (answer) => answer.status === 200).then(
    (found) =>
      found ||
      answers('/demo/session', (answer) => answer.status === 405 && /\bPOST\b/.test(answer.headers.get('Allow') ?? '')),
  );
  return demoApi;
}

/** Whether the target is the mock API (in this process, or `npm run mock-server`). */
export async function isMock(): Promise<boolean> {
  return target.kind === 'in-process' || (await hasDemoApi());
}

/** Switches the mock's session (administrator or not) through its demo API, and back after the test. */
async function actAs(context: TestContext, isAdministrator: boolean): Promise<void> {
  const before = await read<Session>(paths.session);
  if (before.isAdministrator === isAdministrator) return;
  const switched = await api.post('/demo/session', { isAdministrator }, { mayBeUndocumented: true });
  expect(switched.status, switched.text).toBe(200);
  context.onTestFinished(async () => {
    await api.post('/demo/session', { isAdministrator: before.isAdministrator }, { mayBeUndocumented: true });
  });
}

/**
 * Makes the caller an administrator for this test, or skips it: the session says whether it is one, and
 * only the mock can be switched (its demo session, put back afterwards).
 */
export async function asAdministrator(context: TestContext): Promise<void> {
  const session = await read<Session>(paths.session);
  if (session.isAdministrator) return;
  if (!(await hasDemoApi())) {
    context.skip(`The caller (${session.login}) is not an administrator on ${target.baseUrl}: run the suite as one.`);
  }
  await actAs(context, true);
}

/**
 * Makes the caller a non-administrator for this test, or skips it: an administrator on a real server
 * cannot become anything else through the API; the mock's demo session can (put back afterwards).
 */
export async function asNonAdministrator(context: TestContext): Promise<void> {
  const session = await read<Session>(paths.session);
  if (!session.isAdministrator) return;
  if (!(await hasDemoApi())) {
    context.skip(
      `The caller (${session.login}) is an administrator on ${target.baseUrl}: 403s are checked only as a non-administrator (or on the mock).`,
    );
  }
  await actAs(context, false);
}

/** Puts settings in place for this test (as an administrator) and the ones before back after it. */
export async function withSettings(context: TestContext, change: Partial<Settings>): Promise<Settings> {
  await asAdministrator(context);
  const before = await read<Settings>(paths.settings);
  const wanted = { ...before, ...change };
  if (JSON.stringify(wanted) === JSON.stringify(before)) return before;
  const answer = await api.put(paths.settings, wanted);
  expect(answer.status, answer.text).toBe(200);
  context.onTestFinished(async () => {
    const restored = await api.put(paths.settings, before);
    expect(restored.status, restored.text).toBe(200);
  });
  return wanted;
}

export interface Group {
  id: string;
  name: string;
  comment: string;
  validity: string;
}

/** Valid groups that are not default groups: what a test may grant and take. */
export async function grantableGroups(context: TestContext, needed: number): Promise<Group[]> {
  const [{ items }, settings] = await Promise.all([
    read<{ items: Group[] }>(paths.groups),
    read<Settings>(paths.settings),
  ]);
  const groups = items.filter((group) => group.validity === 'valid' && !settings.alwaysGroups.includes(group.name));
  if (groups.length < needed) {
    context.skip(
      `The server has ${groups.length} valid non-default groups; this test needs ${needed}. Groups cannot be made through the API.`,
    );
  }
  return groups.slice(0, needed);
}

/** One permission cell of a matrix save. */
export function cell(row: string, type: 'ro' | 'rw', granted: boolean, field = 'permissions') {
  return { row, field, type, granted };
}
