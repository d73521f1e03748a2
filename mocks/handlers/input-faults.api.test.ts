import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers } from '@mocks/seed/fixtures';
import { callApi, callApiWithHeaders } from '@mocks/testing/api-calls';
import { describe, expect, it } from 'vitest';
import { apiPaths, buildApiPath } from '@/api/api-paths';

// Faults never cost the admin work: text that looks empty or like something else, IDs that break
// URLs, and bad input to the permissions and settings API are each a 400 naming the field.

const { jdoe } = demoCustomerUsers;
const nordwind = demoCustomers['nordwind-logistics'].customerId;

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace@example.com',
  customerId: nordwind,
};

const userCount = () => testStore.customerUsers.all().length;
const customerCount = () => testStore.customers.all().length;

describe('text that looks empty or like something else', () => {
  it.each([
    ['a zero-width space', '\u200B'],
    ['spaces around a zero-width joiner', ' \u200D '],
    ['a bidi mark and a control character', '\u200E\u0007'],
  ])('a required name of only %s is empty', async (_name, firstName) => {
    const before = userCount();
    const answer = await callApi('POST', '/customer-users', { ...newUser, firstName });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.firstName.message).toBe('Firstname is required.');
    expect(userCount()).toBe(before);
  });

  it.each([
    ['jdoe with a zero-width space', 'jdoe\u200B'],
    ['jdoe in capitals with a soft hyphen', 'JD\u00ADOE'],
  ])('a username that only looks different collides: %s', async (_name, login) => {
    const before = userCount();
    const answer = await callApi('POST', '/customer-users', { ...newUser, login });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.login.message).toBe('This username is already taken.');
    expect(userCount()).toBe(before);
  });

  it('stores NFC and compares composed and decomposed letters as one', async () => {
    const created = await callApi('POST', '/customer-users', { ...newUser, login: 'jose\u0301' });
    expect(created.status).toBe(201);
    expect(created.body.customerUser.login).toBe('jos\u00e9');
    const again = await callApi('POST', '/customer-users', {
      ...newUser,
      login: 'JOS\u00c9',
      email: 'other@example.com',
    });
    expect(again.status).toBe(400);
    expect(again.body.errors.login.message).toBe('This username is already taken.');
  });

  it('compares emails the same way', async () => {
    const answer = await callApi('POST', '/customer-users', { ...newUser, email: `\u200B${jdoe.email.toUpperCase()}` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.email.message).toEqual(expect.any(String));
  });

  it.each([
    ['login', 'a control character', 'g\u0000hopper'],
    ['login', 'a right-to-left override', 'ghop\u202Eper'],
    ['login', 'an isolate', '\u2066ghopper\u2069'],
    ['login', 'a left-to-right mark', 'ghopper\u200E'],
  ])('a %s with %s is refused', async (field, _name, value) => {
    const answer = await callApi('POST', '/customer-users', { ...newUser, [field]: value });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[field].message).toMatch(/control characters or invisible direction marks/);
  });

  it('a Customer ID with a bidi override is refused', async () => {
    const answer = await callApi('POST', '/customers', { customerId: 'acme\u202Egnp', name: 'Acme' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.customerId.message).toMatch(/direction marks/);
  });
});

describe('IDs that break URLs', () => {
  it.each(['.', '..', 'acme/east', 'acme\\east', '100%', 'acme?x=1', 'acme#top'])(
    'the Customer ID %j is refused with a reason',
    async (customerId) => {
      const before = customerCount();
      const answer = await callApi('POST', '/customers', { customerId, name: 'Acme' });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.customerId.message).toMatch(/links/);
      expect(customerCount()).toBe(before);
    },
  );

  it.each(['..', 'g/hopper', 'g%2Fhopper', 'g#hopper'])('the username %j is refused', async (login) => {
    const answer = await callApi('POST', '/customer-users', { ...newUser, login });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.login.message).toMatch(/links/);
  });

  it.each([
    ['PATCH', apiPaths.customerUsers, 'GET, POST'],
    ['DELETE', apiPaths.customerUsers, 'GET, POST'],
    ['POST', apiPaths.customerUser, 'GET, PUT'],
    ['DELETE', apiPaths.customerUser, 'GET, PUT'],
    ['DELETE', apiPaths.settings, 'GET, PUT'],
    ['POST', apiPaths.customerUserGroups, 'GET, PUT'],
    ['PUT', apiPaths.groups, 'GET'],
    ['GET', apiPaths.demoReset, 'POST'],
  ] as const)('%s %s answers 405 with Allow: %s', async (method, path, allow) => {
    const url = buildApiPath(path, { customerUserId: jdoe.id });
    const answer = await callApiWithHeaders(method, url, method === 'GET' ? undefined : {});
    expect(answer.status).toBe(405);
    expect(answer.headers.get('Allow')).toBe(allow);
    expect(answer.body.message).toEqual(expect.any(String));
  });
});
