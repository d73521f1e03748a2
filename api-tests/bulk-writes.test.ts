import { beforeAll, describe, expect, it } from 'vitest';
import { api } from './client';
import {
  type Customer,
  type CustomerUser,
  createCustomer,
  createCustomerUser,
  editable,
  expectFieldProblem,
  paths,
  read,
  unique,
} from './support';

// The two writes of many customer users at once: an import from a file (a dry run answers what a write
// would do and writes nothing) and a validity batch. A bad row refuses itself, not the request.

let customer: Customer;
let invalidCustomer: Customer;
let existing: CustomerUser;
let other: CustomerUser;

beforeAll(async () => {
  customer = await createCustomer();
  invalidCustomer = await createCustomer({ validity: 'invalid' });
  existing = await createCustomerUser(customer.customerId, { city: 'Kiel' });
  other = await createCustomerUser(customer.customerId);
});

interface ImportResult {
  status: string;
  id?: string;
  version?: number;
  problems?: Record<string, { code: string; params: Record<string, unknown>; message: string }>;
  generatedPassword?: string;
}

async function importRows(dryRun: boolean, rows: unknown[]): Promise<ImportResult[]> {
  const answer = await api.post(paths.import, { dryRun, rows });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.body.results).toHaveLength(rows.length);
  return answer.body.results;
}

/** A new user's row, as a file with the usual columns gives it. */
function newRow(mark = unique('imp')) {
  return {
    firstName: 'Ada',
    lastName: 'Lovelace',
    login: mark,
    email: `${mark}@example.com`,
    customerId: customer.customerId,
  };
}

async function countOf(search: string): Promise<number> {
  return (await api.get(paths.customerUsers, { query: { search } })).body.total;
}

describe('POST /customer-users/import, dry run', () => {
  it('answers add, update, unchanged and invalid in the order sent, and writes nothing', async () => {
    const added = newRow();
    const results = await importRows(true, [
      added,
      { login: existing.login.toUpperCase(), city: 'Bremen' },
      { login: other.login, email: ` ${other.email} `, firstName: other.firstName },
      { login: existing.login, city: 'Hamburg' },
    ]);
    expect(results).toEqual([
      { status: 'add' },
      { status: 'update', id: existing.id, version: existing.version },
      { status: 'unchanged', id: other.id, version: other.version },
      {
        status: 'invalid',
        problems: { login: expect.objectContaining({ code: 'import.login_repeated', params: { row: 2 } }) },
      },
    ]);
    expect(await countOf(added.login)).toBe(0);
    expect(await read(paths.customerUser(existing.id))).toEqual(existing);
  });

  it.each<[string, (row: ReturnType<typeof newRow>) => unknown, string, string]>([
    ['a required field missing', (row) => ({ ...row, firstName: undefined }), 'firstName', 'text.required'],
    ['a required field empty', (row) => ({ ...row, lastName: '  ' }), 'lastName', 'text.required'],
    ['a field too long', (row) => ({ ...row, city: 'x'.repeat(201) }), 'city', 'text.too_long'],
    ['an email that is not one', (row) => ({ ...row, email: 'ada@' }), 'email', 'email.invalid'],
    ['a taken email, other case', (row) => ({ ...row, email: other.email.toUpperCase() }), 'email', 'email.taken'],
    ['a username with the wildcard', (row) => ({ ...row, login: `${row.login}*` }), 'login', 'name.wildcard'],
    ['an unknown customer', (row) => ({ ...row, customerId: unique('nobody') }), 'customerId', 'customer.unknown'],
    [
      'an invalid customer',
      (row) => ({ ...row, customerId: invalidCustomer.customerId }),
      'customerId',
      'customer.not_valid',
    ],
    ['a validity label', (row) => ({ ...row, validity: 'Valid' }), 'validity', 'validity.invalid'],
    ['a column that is not text', (row) => ({ ...row, phone: 12345 }), 'phone', 'text.not_text'],
    ['an unknown column', (row) => ({ ...row, isAdmin: 'yes' }), 'row', 'request.unknown_field'],
    ['a password column', (row) => ({ ...row, password: 'secret' }), 'row', 'request.unknown_field'],
    ['a row that is not an object', (row) => `${row.login};Ada;Lovelace`, 'row', 'value.invalid'],
    [
      'an update taking another user’s email',
      () => ({ login: existing.login, email: other.email }),
      'email',
      'email.taken',
    ],
    [
      'an update with a version that is not one',
      () => ({ login: existing.login, city: 'Ulm', version: 'one' }),
      'version',
      'version.invalid',
    ],
  ])('a row with %s is invalid on its own', async (_name, row, field, code) => {
    const [bad, good] = await importRows(true, [row(newRow()), newRow()]);
    expect(bad).toMatchObject({ status: 'invalid', problems: { [field]: expect.objectContaining({ code }) } });
    expect(bad?.id).toBeUndefined();
    expect(good).toEqual({ status: 'add' });
  });

  it('an update previewed at an older version is a conflict', async () => {
    const user = await createCustomerUser(customer.customerId);
    const changed = await api.put(paths.customerUser(user.id), { ...editable(user), comment: 'meanwhile' });
    expect(changed.status).toBe(200);
    const [result] = await importRows(true, [{ login: user.login, city: 'Bremen', version: user.version }]);
    expect(result).toEqual({ status: 'conflict', id: user.id, version: user.version + 1 });
  });

  it('refuses no rows, more than 1000, or a request without dryRun, as a whole', async () => {
    const row = newRow();
    expectFieldProblem(await api.post(paths.import, { dryRun: true, rows: [] }), 'rows', 'import.size');
    const tooMany = Array.from({ length: 1001 }, () => row);
    expectFieldProblem(await api.post(paths.import, { dryRun: true, rows: tooMany }), 'rows', 'import.size');
    expectFieldProblem(await api.post(paths.import, { rows: [row] }), 'dryRun', 'import.dry_run_invalid');
    expectFieldProblem(await api.post(paths.import, { dryRun: 'no', rows: [row] }), 'dryRun', 'import.dry_run_invalid');
    expectFieldProblem(await api.post(paths.import, undefined, { raw: '{' }), 'body', 'request.not_json_object');
    expect(await countOf(row.login)).toBe(0);
  });
});

describe('POST /customer-users/import, a write', () => {
  it('adds with a generated password said once, updates with a new version, and a second run changes nothing', async () => {
    const user = await createCustomerUser(customer.customerId);
    const rows = [newRow(), { login: user.login, city: 'Bremen', version: user.version }];
    const [add, update] = await importRows(false, rows);
    expect(add).toEqual({
      status: 'add',
      id: expect.any(String),
      generatedPassword: expect.stringMatching(/^.{12,}$/),
    });
    expect(update).toEqual({ status: 'update', id: user.id, version: user.version + 1 });
    const stored = await api.get(paths.customerUser(add?.id ?? ''));
    expect(stored.body).toMatchObject({ ...rows[0], version: 1, validity: 'valid', title: '' });
    expect(stored.text).not.toContain(add?.generatedPassword);
    expect(await read(paths.customerUser(user.id))).toMatchObject({ city: 'Bremen', email: user.email });

    const again = await importRows(false, [rows[0], { login: user.login, city: 'Bremen' }]);
    expect(again).toEqual([
      { status: 'unchanged', id: add?.id, version: 1 },
      { status: 'unchanged', id: user.id, version: user.version + 1 },
    ]);
  });
});

describe('POST /customer-users/validity-batch', () => {
  interface ValidityResult {
    id: string;
    status: string;
    version?: number;
    problem?: { code: string; params: Record<string, unknown>; message: string };
  }
  async function batch(changes: unknown[]): Promise<ValidityResult[]> {
    const answer = await api.post(paths.validityBatch, { changes });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.results).toHaveLength(changes.length);
    return answer.body.results;
  }

  it('sets each row’s validity at a new version, answering in the order sent', async () => {
    const a = await createCustomerUser(customer.customerId);
    const b = await createCustomerUser(customer.customerId);
    const results = await batch([
      { id: a.id, version: a.version, validity: 'invalid' },
      { id: b.id, version: b.version, validity: 'invalid-temporarily' },
    ]);
    expect(results).toEqual([
      { id: a.id, status: 'updated', version: a.version + 1 },
      { id: b.id, status: 'updated', version: b.version + 1 },
    ]);
    expect(await read(paths.customerUser(a.id))).toMatchObject({
      ...editable(a),
      validity: 'invalid',
      version: a.version + 1,
    });
    expect((await read<CustomerUser>(paths.customerUser(b.id))).validity).toBe('invalid-temporarily');
  });

  it('a row changed since it was read is a conflict with its current version; the others are written', async () => {
    const a = await createCustomerUser(customer.customerId);
    const b = await createCustomerUser(customer.customerId);
    expect((await api.put(paths.customerUser(a.id), { ...editable(a), comment: 'meanwhile' })).status).toBe(200);
    const [conflict, updated] = await batch([
      { id: a.id, version: a.version, validity: 'invalid' },
      { id: b.id, version: b.version, validity: 'invalid' },
    ]);
    expect(conflict).toMatchObject({
      id: a.id,
      status: 'conflict',
      version: a.version + 1,
      problem: { code: 'customer_user.version_conflict' },
    });
    expect(updated).toMatchObject({ id: b.id, status: 'updated' });
    expect(await read(paths.customerUser(a.id))).toMatchObject({ validity: 'valid', comment: 'meanwhile' });
  });

  it('answers bad rows one by one with their problem, and still writes the good ones', async () => {
    const a = await createCustomerUser(customer.customerId);
    const b = await createCustomerUser(customer.customerId);
    const nobody = unique('nobody');
    const results = await batch([
      { id: b.id, version: b.version, validity: 'gone' },
      { id: b.id, version: 'one', validity: 'invalid' },
      { version: 1, validity: 'invalid' },
      { id: nobody, version: 1, validity: 'invalid' },
      { id: a.id, version: a.version, validity: 'invalid' },
      { id: a.id, version: a.version, validity: 'invalid' },
    ]);
    expect(results.map((result) => [result.status, result.problem?.code])).toEqual([
      ['invalid', 'validity.invalid'],
      ['invalid', 'version.invalid'],
      ['invalid', 'validity_batch.id_invalid'],
      ['not-found', 'customer_user.not_found'],
      ['updated', undefined],
      ['invalid', 'validity_batch.sent_twice'],
    ]);
    expect(results[3]).toMatchObject({ id: nobody, problem: { params: { id: nobody } } });
    for (const result of results) if (result.problem) expect(result.problem.message).toEqual(expect.any(String));
    expect((await read<CustomerUser>(paths.customerUser(b.id))).validity).toBe('valid');
    expect((await read<CustomerUser>(paths.customerUser(a.id))).validity).toBe('invalid');
  });

  it('refuses no changes, more than 1000, or unknown keys, as a whole', async () => {
    const a = await createCustomerUser(customer.customerId);
    const change = { id: a.id, version: a.version, validity: 'invalid' };
    for (const changes of [[], Array.from({ length: 1001 }, () => change)]) {
      const problem = expectFieldProblem(
        await api.post(paths.validityBatch, { changes }),
        'changes',
        'validity_batch.size',
      );
      expect(problem.params).toEqual({ min: 1, max: 1000 });
    }
    expectFieldProblem(await api.post(paths.validityBatch, {}), 'changes');
    expectFieldProblem(
      await api.post(paths.validityBatch, { changes: [change], extra: 1 }),
      'extra',
      'request.unknown_field',
    );
    expect(await read(paths.customerUser(a.id))).toEqual(a);
  });
});
