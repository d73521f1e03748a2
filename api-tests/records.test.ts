import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, call } from './client';
import {
  type Customer,
  type CustomerUser,
  createCustomer,
  createCustomerUser,
  editable,
  expectProblem,
  newCustomerUser,
  paths,
  read,
  unique,
} from './support';

// Customer users and customers: created (201), read, updated with a version (a stale one is a 409 with
// the current record), never deleted (405); unknown ids are 404s; a repeated Idempotency-Key replays.

let customer: Customer;
beforeAll(async () => {
  customer = await createCustomer();
});

describe('customer users', () => {
  it('a create trims the input, starts at version 1 and valid, and says a generated password once', async () => {
    const fields = newCustomerUser(customer.customerId);
    const answer = await api.post(paths.customerUsers, { ...fields, login: `  ${fields.login}  `, zip: '0' });
    expect(answer.status).toBe(201);
    const { customerUser, generatedPassword } = answer.body;
    expect(customerUser).toMatchObject({ ...fields, zip: '0', title: '', validity: 'valid', version: 1 });
    expect(generatedPassword).toMatch(/^.{12,}$/);
    const stored = await api.get(paths.customerUser(customerUser.id));
    expect(stored.body).toEqual(customerUser);
    expect(stored.text).not.toContain(generatedPassword);
    expect(Object.keys(stored.body)).not.toContain('password');
  });

  it('a create with a password of its own answers no generated one, and never returns the password', async () => {
    const password = `Pw-${randomUUID()}`;
    const answer = await api.post(paths.customerUsers, { ...newCustomerUser(customer.customerId), password });
    expect(answer.status).toBe(201);
    expect(answer.body.generatedPassword).toBeUndefined();
    expect(answer.text).not.toContain(password);
  });

  it('takes a mail address without a top-level domain, as Znuny does', async () => {
    const fields = newCustomerUser(customer.customerId);
    const answer = await api.post(paths.customerUsers, { ...fields, email: `${fields.login}@localhost` });
    expect(answer.status).toBe(201);
    expect(answer.body.customerUser.email).toBe(`${fields.login}@localhost`);
  });

  it('stores NFC, and compares composed and decomposed letters as one username', async () => {
    const mark = unique('nfc');
    const created = await api.post(
      paths.customerUsers,
      newCustomerUser(customer.customerId, { login: `${mark}-jose\u0301` }),
    );
    expect(created.status).toBe(201);
    expect(created.body.customerUser.login).toBe(`${mark}-jos\u00e9`);
    const again = await api.post(
      paths.customerUsers,
      newCustomerUser(customer.customerId, { login: `${mark.toUpperCase()}-JOS\u00c9` }),
    );
    expect(again.status).toBe(400);
    expect(again.body.errors.login.code).toBe('username.taken');
  });

  it('an update with the version read gives a new version and keeps the id, also on a rename', async () => {
    const user = await createCustomerUser(customer.customerId);
    const login = unique('renamed');
    const password = `Pw-${randomUUID()}`;
    const answer = await api.put(paths.customerUser(user.id), { ...editable(user), login, city: 'Kiel', password });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: user.id, login, city: 'Kiel', version: user.version + 1 });
    expect(answer.body.createdAt).toBe(user.createdAt);
    expect(answer.text).not.toContain(password);
    expect(await read(paths.customerUser(user.id))).toEqual(answer.body);
  });

  it('a user keeps its customer after the customer turned invalid, and can still be saved', async () => {
    const own = await createCustomer();
    const user = await createCustomerUser(own.customerId);
    const invalid = await api.put(paths.customer(own.customerId), { ...editable(own), validity: 'invalid' });
    expect(invalid.status).toBe(200);
    const saved = await api.put(paths.customerUser(user.id), { ...editable(user), city: 'Lübeck' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ customerId: own.customerId, city: 'Lübeck' });
  });

  it('a stale version is a 409 with the current record, and nothing is written', async () => {
    const user = await createCustomerUser(customer.customerId);
    const first = await api.put(paths.customerUser(user.id), { ...editable(user), city: 'Bremen' });
    expect(first.status).toBe(200);
    const second = await api.put(paths.customerUser(user.id), { ...editable(user), city: 'Hamburg' });
    expectProblem(second, 409, 'customer_user.version_conflict');
    expect(second.body.current).toEqual(first.body);
    expect(await read(paths.customerUser(user.id))).toEqual(first.body);
  });

  it('a version from the future is a conflict too', async () => {
    const user = await createCustomerUser(customer.customerId);
    const answer = await api.put(paths.customerUser(user.id), { ...editable(user), version: user.version + 5 });
    expectProblem(answer, 409, 'customer_user.version_conflict');
    expect(answer.body.current).toEqual(user);
  });

  it('an unknown id is a 404 for every path below it', async () => {
    const id = unique('nobody');
    const user = await createCustomerUser(customer.customerId);
    expectProblem(await api.get(paths.customerUser(id)), 404, 'customer_user.not_found');
    expectProblem(await api.put(paths.customerUser(id), editable(user)), 404, 'customer_user.not_found');
    expectProblem(await api.get(paths.history(id)), 404, 'customer_user.not_found');
    expectProblem(await api.get(paths.effectivePermissions(id)), 404, 'customer_user.not_found');
    expect((await api.get(paths.customerUser(id))).body.params).toEqual({ id });
  });
});

describe('customers', () => {
  it('a create answers the customer at version 1; an update the next version', async () => {
    const customerId = unique('cust');
    const created = await api.post(paths.customers, { customerId, name: `Name ${customerId}`, city: ' Kiel ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ customerId, city: 'Kiel', validity: 'valid', version: 1 });
    const updated = await api.put(paths.customer(customerId), {
      ...editable(created.body),
      url: 'https://example.com',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ customerId, url: 'https://example.com', version: 2 });
    expect(await read(paths.customer(customerId))).toEqual(updated.body);
  });

  it('a stale version is a 409 with the current customer', async () => {
    const own = await createCustomer();
    const first = await api.put(paths.customer(own.customerId), { ...editable(own), city: 'Bremen' });
    expect(first.status).toBe(200);
    const stale = await api.put(paths.customer(own.customerId), { ...editable(own), city: 'Hamburg' });
    expectProblem(stale, 409, 'customer.version_conflict');
    expect(stale.body.current).toEqual(first.body);
  });

  it('an unknown Customer ID is a 404', async () => {
    const customerId = unique('nobody');
    expectProblem(await api.get(paths.customer(customerId)), 404, 'customer.not_found');
    const body = { customerId, name: customerId, version: 1 };
    expectProblem(await api.put(paths.customer(customerId), body), 404, 'customer.not_found');
  });
});

describe('405: nothing is deleted, and every path says which methods it has', () => {
  it('DELETE of a customer user or a customer: 405 with the reason, and the record stays', async () => {
    const user = await createCustomerUser(customer.customerId);
    const deleteUser = await api.delete(paths.customerUser(user.id));
    expectProblem(deleteUser, 405, 'customer_user.not_deletable');
    expect(allowed(deleteUser.headers)).toEqual(['GET', 'PUT']);
    expect(await read(paths.customerUser(user.id))).toEqual(user);
    const deleteCustomer = await api.delete(paths.customer(customer.customerId));
    expectProblem(deleteCustomer, 405, 'customer.not_deletable');
    expect(allowed(deleteCustomer.headers)).toEqual(['GET', 'PUT']);
  });

  it.each([
    ['PATCH', paths.customerUsers, ['GET', 'POST']],
    ['DELETE', paths.customerUsers, ['GET', 'POST']],
    ['POST', paths.customerUser(unique('any')), ['GET', 'PUT']],
    ['PATCH', paths.customerUser(unique('any')), ['GET', 'PUT']],
    ['PUT', paths.customers, ['GET', 'POST']],
    ['DELETE', paths.settings, ['GET', 'PUT']],
    ['PATCH', paths.settings, ['GET', 'PUT']],
    ['POST', paths.session, ['GET']],
    ['PUT', paths.groups, ['GET']],
    ['POST', paths.customerUserGroups(unique('any')), ['GET', 'PUT']],
    ['DELETE', paths.customerGroups(unique('any')), ['GET', 'PUT']],
    ['POST', paths.history(unique('any')), ['GET']],
    ['PUT', paths.effectivePermissions(unique('any')), ['GET']],
  ] as const)('%s %s: 405 with Allow', async (method, path, allow) => {
    const answer = await call(method, path, method === 'DELETE' ? {} : { body: {} });
    expectProblem(answer, 405, 'method.not_allowed');
    expect(allowed(answer.headers)).toEqual([...allow].sort());
    expect(answer.body.params).toMatchObject({ method });
  });
});

// A path of its own beside a record's path (`/customer-users/validity-batch` beside `/customer-users/{id}`)
// answers its other methods 405 with `Allow: POST` too: OpenAPI matches a concrete path before a templated
// one, so the segment is never taken for an id.
describe('405 on a fixed path beside a record’s path', () => {
  it.each(
    ['GET', 'PUT', 'PATCH', 'DELETE'].flatMap((method) => [
      [method, paths.validityBatch],
      [method, paths.import],
    ]),
  )('%s %s: 405 with Allow: POST', async (method, path) => {
    const answer = await call(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: {} });
    expectProblem(answer, 405, 'method.not_allowed');
    expect(allowed(answer.headers)).toEqual(['POST']);
  });
});

function allowed(headers: Headers): string[] {
  return (headers.get('Allow') ?? '')
    .split(',')
    .map((method) => method.trim())
    .filter(Boolean)
    .sort();
}

describe('Idempotency-Key: a repeated write is answered, not done, again', () => {
  it('a create sent twice with one key adds one customer user, and answers the same both times', async () => {
    const key = randomUUID();
    const fields = newCustomerUser(customer.customerId);
    const first = await api.post(paths.customerUsers, fields, { idempotencyKey: key });
    const second = await api.post(paths.customerUsers, fields, { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const found = await api.get(paths.customerUsers, { query: { search: fields.login } });
    expect(found.body.total).toBe(1);
  });

  it('an update sent twice with one key is one new version, not a conflict', async () => {
    const user = await createCustomerUser(customer.customerId);
    const key = randomUUID();
    const body = { ...editable(user), city: 'Rostock' };
    const first = await api.put(paths.customerUser(user.id), body, { idempotencyKey: key });
    const second = await api.put(paths.customerUser(user.id), body, { idempotencyKey: key });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect((await read<CustomerUser>(paths.customerUser(user.id))).version).toBe(user.version + 1);
  });
});
