import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers } from '@mocks/seed/fixtures';
import { callApi } from '@mocks/testing/api-calls';
import { storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';
import { importResultsSchema } from '@/api/customer-user-import-schema';
import { customerUserPageSchema, customerUserSchema } from '@/api/customer-user-schema';
import { historyPageSchema } from '@/api/history-schema';
import { validationErrorBodySchema } from '@/api/problem';
import { englishProblemMessage } from '@/api/problem-english';

const path = '/customer-users/import';
const { jdoe, 'jane.doe': janeDoe, mmueller } = demoCustomerUsers;
const nordwind = demoCustomers['nordwind-logistics'];
const oldMill = demoCustomers['old-mill-bakery'];

/** A new customer user's row, as a file with the usual columns gives it. */
const grace = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace.hopper@example.com',
  customerId: nordwind.customerId,
};

const current = (id: string) => storedCustomerUser(id);

function countUsers() {
  return testStore.customerUsers.all().length;
}

async function historyOf(id: string) {
  const answer = await callApi('GET', `/customer-users/${id}/history`);
  expect(answer.status).toBe(200);
  return historyPageSchema.parse(answer.body);
}

async function importRows(dryRun: boolean, rows: unknown[]) {
  const answer = await callApi('POST', path, { dryRun, rows });
  expect(answer.status).toBe(200);
  const { results } = importResultsSchema.parse(answer.body);
  expect(results).toHaveLength(rows.length);
  for (const problem of results.flatMap((result) => Object.values(result.problems ?? {}))) {
    expect(problem.message).toBe(englishProblemMessage(problem));
  }
  return results;
}

describe('POST /customer-users/import, dry run', () => {
  it('answers add, update and unchanged in the order sent, and writes nothing', async () => {
    const before = { jdoe: current(jdoe.id), janeDoe: current(janeDoe.id), count: countUsers() };
    const results = await importRows(true, [
      { ...grace, version: 7 },
      { login: 'JDOE', city: 'Bremen' },
      { login: janeDoe.login, email: ` ${janeDoe.email} `, firstName: janeDoe.firstName },
      { login: jdoe.login, city: 'Hamburg' },
    ]);
    expect(results).toEqual([
      { status: 'add' },
      { status: 'update', id: jdoe.id, version: before.jdoe.version },
      { status: 'unchanged', id: janeDoe.id, version: before.janeDoe.version },
      { status: 'invalid', problems: { login: expect.objectContaining({ code: 'import.login_repeated' }) } },
    ]);
    expect(current(jdoe.id)).toBe(before.jdoe);
    expect(current(janeDoe.id)).toBe(before.janeDoe);
    expect(countUsers()).toBe(before.count);
    expect(testStore.customerUsers.findByLogin(grace.login)).toBeUndefined();
    expect((await historyOf(jdoe.id)).total).toBe(0);
  });

  it('compares after the schema’s normalisation: trimmed NFC values equal to the stored ones are unchanged', async () => {
    const stored = current(mmueller.id);
    const [result] = await importRows(true, [
      { login: ` ${mmueller.login.toUpperCase()}`, lastName: 'Mu\u0308ller ', city: stored.city },
    ]);
    // The username itself differs in letter case, so the row is an update of it; the rest compares equal.
    expect(result).toEqual({ status: 'update', id: mmueller.id, version: stored.version });
    const [same] = await importRows(true, [{ login: mmueller.login, lastName: 'Mu\u0308ller ', title: ' Dr.' }]);
    expect(same).toEqual({ status: 'unchanged', id: mmueller.id, version: stored.version });
  });

  it('updates only the columns sent and keeps the rest, checked like the form (a changed validity too)', async () => {
    const before = current(jdoe.id);
    const [result] = await importRows(true, [{ login: jdoe.login, validity: 'invalid-temporarily' }]);
    expect(result).toEqual({ status: 'update', id: jdoe.id, version: before.version });
    const [blanked] = await importRows(true, [{ login: jdoe.login, lastName: ' ' }]);
    expect(blanked).toMatchObject({ status: 'invalid', problems: { lastName: { code: 'text.required' } } });
  });
});

describe('POST /customer-users/import, a row refused on its own', () => {
  const tooLongCity = 'x'.repeat(201);
  it.each([
    ['a required field missing', () => ({ ...grace, firstName: undefined }), 'firstName', 'text.required'],
    ['a required field empty', () => ({ ...grace, lastName: '  ' }), 'lastName', 'text.required'],
    ['the username missing', () => ({ ...grace, login: undefined }), 'login', 'text.required'],
    ['a field too long', () => ({ ...grace, city: tooLongCity }), 'city', 'text.too_long'],
    ['a field too long on an update', () => ({ login: jdoe.login, city: tooLongCity }), 'city', 'text.too_long'],
    ['an email that is not one', () => ({ ...grace, email: 'grace@' }), 'email', 'email.invalid'],
    ['a username with a wildcard', () => ({ ...grace, login: 'g*' }), 'login', 'name.wildcard'],
    ['an unknown customer', () => ({ ...grace, customerId: 'nobody' }), 'customerId', 'customer.unknown'],
    ['an invalid customer', () => ({ ...grace, customerId: oldMill.customerId }), 'customerId', 'customer.not_valid'],
    [
      'an invalid customer on an update',
      () => ({ login: jdoe.login, customerId: oldMill.customerId }),
      'customerId',
      'customer.not_valid',
    ],
    ['an email another user has', () => ({ ...grace, email: jdoe.email.toUpperCase() }), 'email', 'email.taken'],
    [
      'an email another user has, on an update',
      () => ({ login: jdoe.login, email: janeDoe.email }),
      'email',
      'email.taken',
    ],
    ['a validity label instead of its value', () => ({ ...grace, validity: 'Valid' }), 'validity', 'validity.invalid'],
    ['a validity that is none', () => ({ login: jdoe.login, validity: 'gone' }), 'validity', 'validity.invalid'],
    ['a column that is not text', () => ({ ...grace, phone: 12345 }), 'phone', 'text.not_text'],
    [
      'a version that is not one',
      () => ({ login: jdoe.login, city: 'Bremen', version: 'one' }),
      'version',
      'version.invalid',
    ],
    ['an unknown column', () => ({ ...grace, isAdmin: 'yes' }), 'row', 'request.unknown_field'],
    ['a password column', () => ({ ...grace, password: 'secret' }), 'row', 'request.unknown_field'],
    ['a row that is not an object', () => 'ghopper;Grace;Hopper', 'row', 'value.invalid'],
  ])('%s', async (_name, row, field, code) => {
    const before = current(jdoe.id);
    const count = countUsers();
    for (const dryRun of [true, false]) {
      const [result] = await importRows(dryRun, [row()]);
      expect(result?.status).toBe('invalid');
      expect(result?.problems?.[field]?.code).toBe(code);
      expect(result?.id).toBeUndefined();
    }
    expect(countUsers()).toBe(count);
    expect(current(jdoe.id)).toBe(before);
  });

  it('says which field and column: the params of the form’s problems, the unknown key', async () => {
    const [tooLong, unknown, customer] = await importRows(true, [
      { ...grace, city: tooLongCity },
      { ...grace, login: 'other', email: 'other@example.com', isAdmin: 'yes' },
      { ...grace, login: 'third', email: 'third@example.com', customerId: 'nobody' },
    ]);
    expect(tooLong?.problems?.city?.params).toEqual({ field: 'customerUser.city', max: 200 });
    expect(unknown?.problems).toEqual({
      row: { code: 'request.unknown_field', params: { key: 'isAdmin' }, message: 'Unknown field "isAdmin".' },
    });
    expect(customer?.problems?.customerId?.params).toEqual({ customerId: 'nobody' });
  });

  it('refuses a username or email repeated in one request, naming the earlier row; a write adds the first only', async () => {
    const rows = [
      grace,
      { ...grace, login: 'GHOPPER', email: 'other@example.com' },
      { ...grace, login: 'amazing.grace', email: ` ${grace.email.toUpperCase()}` },
      { login: jdoe.login, city: 'Bremen' },
      { login: 'other', firstName: 'O', lastName: 'Ther', email: 'else@example.com', customerId: nordwind.customerId },
      { login: ` ${jdoe.login.toUpperCase()}`, city: 'Kiel', email: 'else@example.com' },
    ];
    const expected = (first?: Record<string, unknown>) => [
      { status: 'add', ...first },
      {
        status: 'invalid',
        problems: { login: expect.objectContaining({ code: 'import.login_repeated', params: { row: 1 } }) },
      },
      {
        status: 'invalid',
        problems: { email: expect.objectContaining({ code: 'import.email_repeated', params: { row: 1 } }) },
      },
      { status: 'update', id: jdoe.id, version: expect.any(Number) },
      { status: 'add', ...(first && { id: expect.any(String), generatedPassword: expect.any(String) }) },
      {
        status: 'invalid',
        problems: {
          login: expect.objectContaining({ code: 'import.login_repeated', params: { row: 4 } }),
          email: expect.objectContaining({ code: 'import.email_repeated', params: { row: 5 } }),
        },
      },
    ];
    expect(await importRows(true, rows)).toEqual(expected());
    const count = countUsers();
    const written = await importRows(false, rows);
    expect(written).toEqual(expected({ id: expect.any(String), generatedPassword: expect.any(String) }));
    expect(countUsers()).toBe(count + 2);
    expect(current(jdoe.id).city).toBe('Bremen');
    expect(testStore.customerUsers.findByLogin('amazing.grace')).toBeUndefined();
    expect(written[1]?.problems?.login?.message).toBe('This username is already in row 1 of the file.');
  });
});

describe('POST /customer-users/import, a write', () => {
  it('adds a customer user with a generated password, answered once and never served again', async () => {
    const count = countUsers();
    const [result] = await importRows(false, [grace]);
    expect(result).toEqual({ status: 'add', id: expect.any(String), generatedPassword: expect.any(String) });
    const id = result?.id ?? '';
    const password = result?.generatedPassword ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(testStore.customerUsers.passwordOf(id)).toBe(password);
    expect(countUsers()).toBe(count + 1);

    const read = await callApi('GET', `/customer-users/${id}`);
    expect(read.status).toBe(200);
    expect(customerUserSchema.parse(read.body)).toMatchObject({
      ...grace,
      id,
      title: '',
      phone: '',
      city: '',
      comment: '',
      validity: 'valid',
      version: 1,
    });
    const list = await callApi('GET', `/customer-users?search=${grace.login}`);
    expect(customerUserPageSchema.parse(list.body).items.map((user) => user.id)).toEqual([id]);
    const history = await historyOf(id);
    expect(history.items.map((entry) => entry.action)).toEqual(['created']);
    for (const answer of [read.body, list.body, history]) expect(JSON.stringify(answer)).not.toContain(password);
  });

  it('updates with a new version, records the changed fields in the history, and keeps the columns not sent', async () => {
    const before = current(jdoe.id);
    const [result] = await importRows(false, [
      { login: jdoe.login, city: 'Bremen', comment: before.comment, version: before.version },
    ]);
    expect(result).toEqual({ status: 'update', id: jdoe.id, version: before.version + 1 });
    const { changedAt: _at, changedBy: _by, ...kept } = before;
    expect(current(jdoe.id)).toEqual({
      ...kept,
      changedAt: expect.any(String),
      changedBy: testStore.agent.login,
      city: 'Bremen',
      version: before.version + 1,
    });
    const history = await historyOf(jdoe.id);
    expect(history.total).toBe(1);
    expect(history.items[0]).toMatchObject({
      action: 'updated',
      changes: [{ field: 'city', from: before.city, to: 'Bremen' }],
    });
  });

  it('writes a row without a version at the current one', async () => {
    const before = current(janeDoe.id);
    const [result] = await importRows(false, [{ login: janeDoe.login, validity: 'invalid' }]);
    expect(result).toEqual({ status: 'update', id: janeDoe.id, version: before.version + 1 });
    expect(current(janeDoe.id).validity).toBe('invalid');
  });

  it('leaves unchanged rows alone: no new version, no history entry', async () => {
    const before = current(jdoe.id);
    const [result] = await importRows(false, [
      { login: jdoe.login, city: `${before.city} `, email: before.email.toLowerCase(), version: before.version },
    ]);
    expect(result).toEqual({ status: 'unchanged', id: jdoe.id, version: before.version });
    expect(current(jdoe.id)).toBe(before);
    expect((await historyOf(jdoe.id)).total).toBe(0);
  });

  it('writes nothing the second time the same rows are written: every row unchanged', async () => {
    const rows = [grace, { login: jdoe.login, city: 'Bremen', version: current(jdoe.id).version }];
    const first = await importRows(false, rows);
    expect(first.map((result) => result.status)).toEqual(['add', 'update']);
    const added = first[0]?.id ?? '';
    const count = countUsers();
    const versions = [current(added).version, current(jdoe.id).version];
    const entries = [(await historyOf(added)).total, (await historyOf(jdoe.id)).total];

    const second = await importRows(false, rows);
    expect(second).toEqual([
      { status: 'unchanged', id: added, version: versions[0] },
      { status: 'unchanged', id: jdoe.id, version: versions[1] },
    ]);
    expect(countUsers()).toBe(count);
    expect([current(added).version, current(jdoe.id).version]).toEqual(versions);
    expect([(await historyOf(added)).total, (await historyOf(jdoe.id)).total]).toEqual(entries);
  });

  it('answers a row changed since the preview with a conflict and the current version, and writes nothing of it', async () => {
    const previewed = current(jdoe.id).version;
    const [preview] = await importRows(true, [{ login: jdoe.login, city: 'Bremen' }]);
    expect(preview).toEqual({ status: 'update', id: jdoe.id, version: previewed });
    const { id: _id, createdAt, createdBy, changedAt, changedBy, ...fields } = current(jdoe.id);
    expect(
      (await callApi('PUT', `/customer-users/${jdoe.id}`, { ...fields, comment: 'changed meanwhile' })).status,
    ).toBe(200);
    const meanwhile = current(jdoe.id);
    const [again] = await importRows(true, [{ login: jdoe.login, city: 'Bremen', version: previewed }]);
    expect(again).toEqual({ status: 'conflict', id: jdoe.id, version: previewed + 1 });

    const results = await importRows(false, [
      { login: jdoe.login, city: 'Bremen', version: previewed },
      { login: janeDoe.login, city: 'Leeds', version: current(janeDoe.id).version },
    ]);
    expect(results).toEqual([
      { status: 'conflict', id: jdoe.id, version: previewed + 1 },
      { status: 'update', id: janeDoe.id, version: expect.any(Number) },
    ]);
    expect(current(jdoe.id)).toBe(meanwhile);
    expect(current(janeDoe.id).city).toBe('Leeds');
  });

  it('evaluates a previewed add afresh when someone added that username meanwhile', async () => {
    const [preview] = await importRows(true, [grace]);
    expect(preview).toEqual({ status: 'add' });
    const created = await callApi('POST', '/customer-users', { ...grace, login: 'GHopper', city: 'Boston' });
    expect(created.status).toBe(201);
    const id = created.body.customerUser.id;
    const [written] = await importRows(false, [grace]);
    expect(written).toEqual({ status: 'update', id, version: 2 });
    expect(current(id)).toMatchObject({ login: 'ghopper', city: 'Boston' });
  });

  it('replays a repeated Idempotency-Key instead of writing again', async () => {
    const send = () =>
      fetch(new URL(`/api${path}`, window.location.href), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'import-1' },
        body: JSON.stringify({ dryRun: false, rows: [grace] }),
      }).then((response) => response.json());
    const count = countUsers();
    const first = await send();
    const second = await send();
    expect(second).toEqual(first);
    expect(first.results[0]).toMatchObject({ status: 'add', generatedPassword: expect.any(String) });
    expect(countUsers()).toBe(count + 1);
  });

  it('answers the simulated write fault with a 500 and writes nothing', async () => {
    testStore.faults = { mode: 'writes' };
    const count = countUsers();
    const answer = await callApi('POST', path, { dryRun: false, rows: [grace] });
    testStore.faults = { mode: 'off' };
    expect(answer.status).toBe(500);
    expect(countUsers()).toBe(count);
  });
});

describe('POST /customer-users/import, a bad request as a whole', () => {
  it('refuses no rows, or more than 1000, and writes nothing', async () => {
    const count = countUsers();
    for (const rows of [[], Array.from({ length: 1001 }, (_, index) => ({ ...grace, login: `g${index}` }))]) {
      const answer = await callApi('POST', path, { dryRun: false, rows });
      expect(answer.status).toBe(400);
      expect(validationErrorBodySchema.parse(answer.body).errors.rows).toEqual({
        code: 'import.size',
        params: { min: 1, max: 1000 },
        message: 'Send from 1 to 1000 rows at once.',
      });
    }
    expect(countUsers()).toBe(count);
    const thousand = Array.from({ length: 1000 }, (_, index) => ({ login: `g${index}` }));
    expect((await callApi('POST', path, { dryRun: true, rows: thousand })).status).toBe(200);
  });

  it.each([
    ['no body', undefined, 'body', 'request.not_json_object'],
    ['rows without dryRun', { rows: [grace] }, 'dryRun', 'import.dry_run_invalid'],
    ['dryRun that is not true or false', { dryRun: 'yes', rows: [grace] }, 'dryRun', 'import.dry_run_invalid'],
    ['no rows', { dryRun: true }, 'rows', 'value.invalid'],
    ['rows that are not a list', { dryRun: true, rows: grace }, 'rows', 'value.invalid'],
    ['an unknown field', { dryRun: true, rows: [grace], mode: 'all' }, 'mode', 'request.unknown_field'],
  ])('refuses %s', async (_name, body, field, code) => {
    const answer = await callApi('POST', path, body);
    expect(answer.status).toBe(400);
    const problems = validationErrorBodySchema.parse(answer.body).errors;
    expect(problems[field]?.code).toBe(code);
  });

  it('refuses a body that is not JSON', async () => {
    const answer = await callApi('POST', path, undefined, '{dryRun: true');
    expect(answer.status).toBe(400);
    expect(validationErrorBodySchema.parse(answer.body).errors.body?.code).toBe('request.not_json_object');
  });
});
