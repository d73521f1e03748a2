import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers, unknownIds } from '@mocks/seed/fixtures';
import { callApi } from '@mocks/testing/api-calls';
import { editableFields, storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';

const { jdoe: jdoeFixture, 'jane.doe': janeDoe } = demoCustomerUsers;

const valid = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace.hopper@example.com',
  customerId: demoCustomers['nordwind-logistics'].customerId,
};

function snapshotOfStore() {
  return JSON.stringify(testStore.customerUsers.list({ search: '', offset: 0, limit: 1000, sort: 'login' }));
}

const jdoe = () => storedCustomerUser(jdoeFixture.id);
const editable = () => editableFields(jdoe());

type BadInput = [name: string, field: string, body: () => unknown];

const badCreates: BadInput[] = [
  ['missing first name', 'firstName', () => ({ ...valid, firstName: undefined })],
  ['blank first name', 'firstName', () => ({ ...valid, firstName: '   ' })],
  ['missing last name', 'lastName', () => ({ ...valid, lastName: undefined })],
  ['blank last name', 'lastName', () => ({ ...valid, lastName: '' })],
  ['missing username', 'login', () => ({ ...valid, login: undefined })],
  ['blank username', 'login', () => ({ ...valid, login: ' \t ' })],
  ['missing email', 'email', () => ({ ...valid, email: undefined })],
  ['blank email', 'email', () => ({ ...valid, email: '  ' })],
  ['missing customer', 'customerId', () => ({ ...valid, customerId: undefined })],
  ['blank customer', 'customerId', () => ({ ...valid, customerId: ' ' })],
  ['title over 50', 'title', () => ({ ...valid, title: 't'.repeat(51) })],
  ['first name over 100', 'firstName', () => ({ ...valid, firstName: 'f'.repeat(101) })],
  ['last name over 100', 'lastName', () => ({ ...valid, lastName: 'l'.repeat(101) })],
  ['username over 200', 'login', () => ({ ...valid, login: 'u'.repeat(201) })],
  ['password over 100', 'password', () => ({ ...valid, password: 'p'.repeat(101) })],
  ['email over 150', 'email', () => ({ ...valid, email: `${'e'.repeat(140)}@example.com` })],
  ['phone over 150', 'phone', () => ({ ...valid, phone: '1'.repeat(151) })],
  ['zip over 200', 'zip', () => ({ ...valid, zip: '9'.repeat(201) })],
  ['comment over 250', 'comment', () => ({ ...valid, comment: 'c'.repeat(251) })],
  ['email without @', 'email', () => ({ ...valid, email: 'grace.example.com' })],
  ['email without domain', 'email', () => ({ ...valid, email: 'grace@' })],
  ['email with spaces inside', 'email', () => ({ ...valid, email: 'grace hopper@example.com' })],
  ['duplicate username, other case', 'login', () => ({ ...valid, login: 'JDoe' })],
  ['duplicate email, other case', 'email', () => ({ ...valid, email: jdoe().email.toUpperCase() })],
  ['duplicate username of an invalid user', 'login', () => ({ ...valid, login: 'SKierkegaard' })],
  ['unknown customer', 'customerId', () => ({ ...valid, customerId: unknownIds.customer })],
  ['invalid customer', 'customerId', () => ({ ...valid, customerId: demoCustomers['old-mill-bakery'].customerId })],
  ['unknown validity', 'validity', () => ({ ...valid, validity: 'deleted' })],
  ['number as name', 'firstName', () => ({ ...valid, firstName: 42 })],
  ['array as email', 'email', () => ({ ...valid, email: ['a@b.example'] })],
  ['null username', 'login', () => ({ ...valid, login: null })],
  ['extra field', 'isAdmin', () => ({ ...valid, isAdmin: true })],
  ['username with the search wildcard', 'login', () => ({ ...valid, login: 'g*hopper' })],
  ['a password hash sent along', 'passwordHash', () => ({ ...valid, passwordHash: 'x' })],
];

describe('POST /api/customer-users refuses bad input with a 400 naming the field, and changes nothing', () => {
  it.each(badCreates)('%s', async (_name, field, body) => {
    const before = snapshotOfStore();
    const answer = await callApi('POST', '/customer-users', body());
    expect(answer.status).toBe(400);
    expect(answer.body.errors[field].message).toEqual(expect.any(String));
    expect(snapshotOfStore()).toBe(before);
  });

  it('a body that is not JSON', async () => {
    const before = snapshotOfStore();
    const answer = await callApi('POST', '/customer-users', undefined, '{not json');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.body.message).toEqual(expect.any(String));
    expect(snapshotOfStore()).toBe(before);
  });
});

describe('PUT /api/customer-users/:id', () => {
  it('refuses a stale version with 409 and the current record, and changes nothing', async () => {
    const before = snapshotOfStore();
    const answer = await callApi('PUT', `/customer-users/${jdoeFixture.id}`, {
      ...editable(),
      version: 0,
      city: 'Nowhere',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.current).toMatchObject({ id: jdoeFixture.id, login: 'jdoe' });
    expect(snapshotOfStore()).toBe(before);
  });

  it('refuses an update without a version', async () => {
    const { version: _version, ...withoutVersion } = editable();
    const answer = await callApi('PUT', `/customer-users/${jdoeFixture.id}`, withoutVersion);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.version.message).toEqual(expect.any(String));
  });

  it('refuses taking another user’s email, in other letter case', async () => {
    const other = testStore.customerUsers.get(janeDoe.id);
    if (!other.ok) throw new Error('no second user');
    const answer = await callApi('PUT', `/customer-users/${jdoeFixture.id}`, {
      ...editable(),
      email: other.value.email.toUpperCase(),
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { errors: { email: { code: 'email.taken', message: expect.any(String) } } },
    });
  });

  it('answers 404 for an unknown id', async () => {
    expect((await callApi('PUT', `/customer-users/${unknownIds.customerUser}`, editable())).status).toBe(404);
    expect((await callApi('GET', `/customer-users/${unknownIds.customerUser}`)).status).toBe(404);
  });

  it('keeps the id and version chain on a rename, and never returns a password', async () => {
    const answer = await callApi('PUT', `/customer-users/${jdoeFixture.id}`, {
      ...editable(),
      login: 'john.doe',
      password: 'n3w-Secret-pass',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: jdoeFixture.id, login: 'john.doe', version: jdoe().version });
    expect(JSON.stringify(answer.body)).not.toContain('n3w-Secret-pass');
    expect(Object.keys(answer.body)).not.toContain('password');
  });
});

describe('DELETE', () => {
  it('answers 405: customer users are never deleted', async () => {
    const before = snapshotOfStore();
    const answer = await callApi('DELETE', `/customer-users/${jdoeFixture.id}`);
    expect(answer.status).toBe(405);
    expect(snapshotOfStore()).toBe(before);
  });

  it('answers 405 for customers too', async () => {
    expect((await callApi('DELETE', `/customers/${valid.customerId}`)).status).toBe(405);
  });
});

describe('POST /api/customer-users accepts good input', () => {
  it('creates, trims, generates a password it never returns again', async () => {
    const answer = await callApi('POST', '/customer-users', { ...valid, login: '  ghopper  ', zip: '0' });
    expect(answer.status).toBe(201);
    expect(answer.body.customerUser).toMatchObject({ login: 'ghopper', zip: '0', validity: 'valid', version: 1 });
    expect(answer.body.generatedPassword).toMatch(/^.{12,}$/);
    const read = await callApi('GET', `/customer-users/${answer.body.customerUser.id}`);
    expect(JSON.stringify(read.body)).not.toContain(answer.body.generatedPassword);
  });

  it('takes a mail address without a top-level domain, as Znuny does', async () => {
    const answer = await callApi('POST', '/customer-users', { ...valid, email: 'root@localhost' });
    expect(answer.status).toBe(201);
    expect(answer.body.customerUser.email).toBe('root@localhost');
  });
});

describe('POST /api/customers', () => {
  it('refuses a Customer ID with the search wildcard, naming the field', async () => {
    const answer = await callApi('POST', '/customers', { customerId: 'acme*', name: 'Acme' });
    expect(answer).toMatchObject({
      status: 400,
      body: { errors: { customerId: { code: 'name.wildcard', message: expect.stringContaining('*') } } },
    });
  });
});
