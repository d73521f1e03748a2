import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers, demoGroups, unknownIds } from '@mocks/seed/fixtures';
import { callApi, cell } from '@mocks/testing/api-calls';
import { describe, expect, it } from 'vitest';
import { errorBodySchema, problemSchema, validationErrorBodySchema } from '@/api/problem';
import { englishProblemMessage } from '@/api/problem-english';

// Every error answer of the mock API is a problem: a stable code, its params and the English message
// (as it said before codes existed), so the console can say it in the admin's language.

const { jdoe, msmith } = demoCustomerUsers;
const nordwind = demoCustomers['nordwind-logistics'];
const oldMill = demoCustomers['old-mill-bakery'];
const { admin, users } = demoGroups;
const legacy = demoGroups['legacy-portal'];

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace@example.com',
  customerId: nordwind.customerId,
};
const newCustomer = { customerId: 'acme', name: 'Acme' };

function current<Value>(result: { ok: true; value: Value } | { ok: false }): Value {
  if (!result.ok) throw new Error('not found');
  return result.value;
}

/** A 400's problem on `field`: parses with the contract, and says its code's English sentence. */
function fieldProblem(answer: { status: number; body: unknown }, field: string) {
  expect(answer.status).toBe(400);
  const body = validationErrorBodySchema.parse(answer.body);
  expect(body.code).toBe('request.invalid');
  expect(body.message).toBe('Some fields are not valid.');
  const problem = problemSchema.parse(body.errors[field]);
  expect(problem.message).toBe(englishProblemMessage(problem));
  return problem;
}

/** Another error answer's problem: parses with the contract, and says its code's English sentence. */
function answerProblem(answer: { status: number; body: unknown }, status: number) {
  expect(answer.status).toBe(status);
  const body = errorBodySchema.parse(answer.body);
  expect(body.message).toBe(englishProblemMessage({ code: body.code, params: body.params ?? {} }));
  return body;
}

describe('400: a problem per field, by rule', () => {
  it.each([
    ['required', { ...newUser, firstName: ' ' }, 'firstName', 'text.required', { field: 'customerUser.firstName' }],
    [
      'too long',
      { ...newUser, city: 'x'.repeat(201) },
      'city',
      'text.too_long',
      { field: 'customerUser.city', max: 200 },
    ],
    ['email syntax', { ...newUser, email: 'grace@' }, 'email', 'email.invalid', { field: 'customerUser.email' }],
    ['wildcard', { ...newUser, login: 'g*' }, 'login', 'name.wildcard', { field: 'customerUser.login' }],
    [
      'control characters',
      { ...newUser, login: 'g\u0007' },
      'login',
      'id.control_characters',
      { field: 'customerUser.login' },
    ],
    [
      'URL breaker',
      { ...newUser, login: 'g#h' },
      'login',
      'id.url_breaker',
      { field: 'customerUser.login', character: '#' },
    ],
    ['"." or ".."', { ...newUser, login: '.' }, 'login', 'id.dot_segment', { field: 'customerUser.login' }],
    ['not text', { ...newUser, phone: 1 }, 'phone', 'text.not_text', { field: 'customerUser.phone' }],
    ['validity', { ...newUser, validity: 'gone' }, 'validity', 'validity.invalid', {}],
    ['username taken', { ...newUser, login: 'JDOE' }, 'login', 'username.taken', {}],
    ['email taken', { ...newUser, email: jdoe.email.toUpperCase() }, 'email', 'email.taken', {}],
    [
      'unknown customer',
      { ...newUser, customerId: 'nobody' },
      'customerId',
      'customer.unknown',
      { customerId: 'nobody' },
    ],
    [
      'invalid customer',
      { ...newUser, customerId: oldMill.customerId },
      'customerId',
      'customer.not_valid',
      { customerId: oldMill.customerId },
    ],
    ['unknown field', { ...newUser, isAdmin: true }, 'isAdmin', 'request.unknown_field', { key: 'isAdmin' }],
  ])('a customer user: %s', async (_name, body, field, code, params) => {
    const problem = fieldProblem(await callApi('POST', '/customer-users', body), field);
    expect(problem).toMatchObject({ code, params });
  });

  it('a body that is not a JSON object', async () => {
    const problem = fieldProblem(await callApi('POST', '/customer-users', undefined, '{oops'), 'body');
    expect(problem.code).toBe('request.not_json_object');
  });

  it('a customer: ID and name taken, ID unchangeable, version required', async () => {
    const taken = await callApi('POST', '/customers', {
      customerId: nordwind.customerId.toUpperCase(),
      name: nordwind.name,
    });
    expect(fieldProblem(taken, 'customerId').code).toBe('customer_id.taken');
    expect(fieldProblem(taken, 'name').code).toBe('customer_name.taken');
    const { customerId, name, version } = current(testStore.customers.get(nordwind.customerId));
    const renamed = await callApi('PUT', `/customers/${customerId}`, { customerId: 'other', name, version });
    expect(fieldProblem(renamed, 'customerId').code).toBe('customer_id.unchangeable');
    const unversioned = await callApi('PUT', `/customers/${customerId}`, { customerId, name });
    expect(fieldProblem(unversioned, 'version').code).toBe('customer.version_required');
    expect(fieldProblem(await callApi('POST', '/customers', { ...newCustomer, name: '' }), 'name')).toMatchObject({
      code: 'text.required',
      params: { field: 'customer.name' },
      message: 'Customer name is required.',
    });
  });

  it('a customer user’s update without a version', async () => {
    const {
      id,
      version: _version,
      createdAt,
      createdBy,
      changedAt,
      changedBy,
      ...fields
    } = current(testStore.customerUsers.get(jdoe.id));
    void [createdAt, createdBy, changedAt, changedBy];
    const answer = await callApi('PUT', `/customer-users/${id}`, fields);
    expect(fieldProblem(answer, 'version').code).toBe('customer_user.version_required');
  });

  it('settings: a default group that does not exist or is listed twice, a list limit out of range', async () => {
    const settings = { ...testStore.settings };
    const unknown = await callApi('PUT', '/settings', { ...settings, alwaysGroups: ['nope'] });
    expect(fieldProblem(unknown, 'alwaysGroups')).toMatchObject({
      code: 'settings.always_groups.unknown',
      params: { group: 'nope' },
    });
    const twice = await callApi('PUT', '/settings', { ...settings, alwaysGroups: ['users', 'users'] });
    expect(fieldProblem(twice, 'alwaysGroups').code).toBe('settings.always_groups.twice');
    const limit = await callApi('PUT', '/settings', { ...settings, listLimit: 0 });
    expect(fieldProblem(limit, 'listLimit')).toMatchObject({
      code: 'settings.list_limit.invalid',
      params: { min: 1, max: 10000 },
    });
  });

  it.each([
    ['an unknown group', () => [cell(unknownIds.group, 'ro', true)], 'cell.unknown_group'],
    ['a default group', () => [cell(users.id, 'ro', false)], 'cell.default_group'],
    ['an invalid group', () => [cell(legacy.id, 'ro', true)], 'cell.invalid_group'],
    ['a cell sent twice', () => [cell(admin.id, 'ro', true), cell(admin.id, 'ro', false)], 'cell.sent_twice'],
    ['a context this path does not have', () => [cell(admin.id, 'ro', true, 'same')], 'cell.no_such_field'],
  ])('permission cells: %s', async (_name, changes, code) => {
    const answer = await callApi('PUT', `/customer-users/${jdoe.id}/groups`, { changes: changes() });
    expect(fieldProblem(answer, 'changes').code).toBe(code);
  });

  it('permission cells: the Other Customers context while it is off, an unknown customer user', async () => {
    const other = await callApi('PUT', `/groups/${admin.id}/customers`, {
      changes: [cell(nordwind.customerId, 'ro', true, 'other')],
    });
    expect(fieldProblem(other, 'changes').code).toBe('cell.other_context_off');
    const nobody = await callApi('PUT', `/groups/${admin.id}/customer-users`, {
      changes: [cell(unknownIds.customerUser, 'ro', true)],
    });
    expect(fieldProblem(nobody, 'changes').code).toBe('cell.unknown_customer_user');
    const noCustomer = await callApi('PUT', `/groups/${admin.id}/customers`, {
      changes: [cell('nobody', 'ro', true, 'same')],
    });
    expect(fieldProblem(noCustomer, 'changes').code).toBe('cell.unknown_customer');
  });

  it('extra customers: unknown, not valid, the primary one, sent twice', async () => {
    const path = `/customer-users/${jdoe.id}/customers`;
    const extra = (row: string, granted = true) => ({ row, granted });
    const codeOf = async (changes: unknown[]) => fieldProblem(await callApi('PUT', path, { changes }), 'changes').code;
    expect(await codeOf([extra('nobody')])).toBe('cell.unknown_customer');
    expect(await codeOf([extra(oldMill.customerId)])).toBe('extra_customer.not_valid');
    expect(await codeOf([extra(jdoe.customerId)])).toBe('extra_customer.primary');
    expect(await codeOf([extra(nordwind.customerId), extra(nordwind.customerId, false)])).toBe(
      jdoe.customerId === nordwind.customerId ? 'extra_customer.primary' : 'extra_customer.sent_twice',
    );
  });
});

describe('every other error answer is one problem', () => {
  it('403: only administrators change group membership and the settings; the feature may be off', async () => {
    testStore.agent = { ...testStore.agent, isAdministrator: false };
    const groups = await callApi('GET', `/customer-users/${jdoe.id}/groups`);
    expect(answerProblem(groups, 403).code).toBe('membership.administrators_only');
    const settings = await callApi('PUT', '/settings', testStore.settings);
    expect(answerProblem(settings, 403).code).toBe('settings.administrators_only');
    testStore.agent = { ...testStore.agent, isAdministrator: true };
    testStore.settings = { ...testStore.settings, customerGroupSupport: false };
    expect(answerProblem(await callApi('GET', `/customer-users/${jdoe.id}/groups`), 403).code).toBe(
      'membership.disabled',
    );
  });

  it('404: a customer user, customer or group that does not exist', async () => {
    expect(answerProblem(await callApi('GET', `/customer-users/${unknownIds.customerUser}`), 404)).toMatchObject({
      code: 'customer_user.not_found',
      params: { id: unknownIds.customerUser },
    });
    expect(answerProblem(await callApi('GET', '/customers/nobody'), 404).code).toBe('customer.not_found');
    expect(answerProblem(await callApi('GET', `/groups/${unknownIds.group}/customers`), 404).code).toBe(
      'group.not_found',
    );
  });

  it('405: records are not deleted; other methods are not supported', async () => {
    expect(answerProblem(await callApi('DELETE', `/customer-users/${jdoe.id}`), 405).code).toBe(
      'customer_user.not_deletable',
    );
    expect(answerProblem(await callApi('DELETE', `/customers/${nordwind.customerId}`), 405).code).toBe(
      'customer.not_deletable',
    );
    expect(answerProblem(await callApi('PATCH', '/settings', {}), 405)).toMatchObject({
      code: 'method.not_allowed',
      params: { method: 'PATCH', allow: 'GET, PUT' },
    });
  });

  it('409: a stale version, and permission cells someone changed since', async () => {
    const user = current(testStore.customerUsers.get(msmith.id));
    const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = user;
    void [createdAt, createdBy, changedAt, changedBy];
    const stale = await callApi('PUT', `/customer-users/${id}`, { ...fields, version: user.version - 1 });
    expect(answerProblem(stale, 409).code).toBe('customer_user.version_conflict');
    const customer = current(testStore.customers.get(nordwind.customerId));
    const staleCustomer = await callApi('PUT', `/customers/${customer.customerId}`, {
      customerId: customer.customerId,
      name: customer.name,
      version: customer.version + 1,
    });
    expect(answerProblem(staleCustomer, 409).code).toBe('customer.version_conflict');
    await callApi('PUT', `/customer-users/${jdoe.id}/groups`, { changes: [cell(admin.id, 'ro', true)] });
    const cells = await callApi('PUT', `/customer-users/${jdoe.id}/groups`, { changes: [cell(admin.id, 'ro', true)] });
    expect(answerProblem(cells, 409).code).toBe('permissions.conflict');
  });

  it('500: the demo’s simulated faults', async () => {
    testStore.faults = { mode: 'reads' };
    expect(answerProblem(await callApi('GET', '/groups'), 500).code).toBe('demo.fault_reads');
    testStore.faults = { mode: 'off' };
  });
});
