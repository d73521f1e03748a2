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

// Bad input to creates and updates is a 400 with a problem per field (`errors.<field>`: code, params,
// message), and changes nothing. The cases are those of mocks/handlers/customer-users.api.test.ts and
// input-faults.api.test.ts, with the records they need made through the API.

let customer: Customer;
let invalidCustomer: Customer;
let taken: CustomerUser;
let takenInvalid: CustomerUser;

beforeAll(async () => {
  customer = await createCustomer();
  invalidCustomer = await createCustomer({ validity: 'invalid' });
  taken = await createCustomerUser(customer.customerId);
  takenInvalid = await createCustomerUser(customer.customerId, { validity: 'invalid' });
});

/** How many customer users a search for `mark` finds. */
async function countOf(mark: string): Promise<number> {
  const answer = await api.get(paths.customerUsers, { query: { search: mark, limit: 1000 } });
  expect(answer.status).toBe(200);
  return answer.body.total;
}

/** A good new customer user; every field but the customer carries `mark`, so a search finds it. */
function goodUser(mark: string) {
  return {
    firstName: 'Grace',
    lastName: `Hopper ${mark}`,
    login: mark,
    email: `${mark}@example.com`,
    customerId: customer.customerId,
  };
}

type Good = ReturnType<typeof goodUser>;
type BadCreate = [name: string, field: string, code: string | undefined, body: (good: Good) => unknown];

const badCreates: BadCreate[] = [
  ['missing first name', 'firstName', 'text.required', (good) => ({ ...good, firstName: undefined })],
  ['blank first name', 'firstName', 'text.required', (good) => ({ ...good, firstName: '   ' })],
  ['missing last name', 'lastName', 'text.required', (good) => ({ ...good, lastName: undefined })],
  ['blank last name', 'lastName', 'text.required', (good) => ({ ...good, lastName: '' })],
  ['missing username', 'login', 'text.required', (good) => ({ ...good, login: undefined })],
  ['blank username', 'login', 'text.required', (good) => ({ ...good, login: ' \t ' })],
  ['missing email', 'email', 'text.required', (good) => ({ ...good, email: undefined })],
  ['blank email', 'email', 'text.required', (good) => ({ ...good, email: '  ' })],
  ['missing customer', 'customerId', 'text.required', (good) => ({ ...good, customerId: undefined })],
  ['blank customer', 'customerId', 'text.required', (good) => ({ ...good, customerId: ' ' })],
  ['title over 50', 'title', 'text.too_long', (good) => ({ ...good, title: 't'.repeat(51) })],
  ['first name over 100', 'firstName', 'text.too_long', (good) => ({ ...good, firstName: 'f'.repeat(101) })],
  ['last name over 100', 'lastName', 'text.too_long', (good) => ({ ...good, lastName: 'l'.repeat(101) })],
  ['username over 200', 'login', 'text.too_long', (good) => ({ ...good, login: `${good.login}${'u'.repeat(201)}` })],
  ['password over 100', 'password', 'text.too_long', (good) => ({ ...good, password: 'p'.repeat(101) })],
  ['email over 150', 'email', 'text.too_long', (good) => ({ ...good, email: `${'e'.repeat(140)}@example.com` })],
  ['phone over 150', 'phone', 'text.too_long', (good) => ({ ...good, phone: '1'.repeat(151) })],
  ['zip over 200', 'zip', 'text.too_long', (good) => ({ ...good, zip: '9'.repeat(201) })],
  ['comment over 250', 'comment', 'text.too_long', (good) => ({ ...good, comment: 'c'.repeat(251) })],
  ['email without @', 'email', 'email.invalid', (good) => ({ ...good, email: 'grace.example.com' })],
  ['email without domain', 'email', 'email.invalid', (good) => ({ ...good, email: 'grace@' })],
  ['email with spaces inside', 'email', 'email.invalid', (good) => ({ ...good, email: 'grace hopper@example.com' })],
  [
    'duplicate username, other case',
    'login',
    'username.taken',
    (good) => ({ ...good, login: taken.login.toUpperCase() }),
  ],
  ['duplicate email, other case', 'email', 'email.taken', (good) => ({ ...good, email: taken.email.toUpperCase() })],
  [
    'duplicate username of an invalid user',
    'login',
    'username.taken',
    (good) => ({ ...good, login: takenInvalid.login }),
  ],
  ['duplicate email of an invalid user', 'email', 'email.taken', (good) => ({ ...good, email: takenInvalid.email })],
  ['unknown customer', 'customerId', 'customer.unknown', (good) => ({ ...good, customerId: unique('nobody') })],
  [
    'invalid customer',
    'customerId',
    'customer.not_valid',
    (good) => ({ ...good, customerId: invalidCustomer.customerId }),
  ],
  ['unknown validity', 'validity', 'validity.invalid', (good) => ({ ...good, validity: 'deleted' })],
  ['number as name', 'firstName', undefined, (good) => ({ ...good, firstName: 42 })],
  ['array as email', 'email', undefined, (good) => ({ ...good, email: ['a@b.example'] })],
  ['null username', 'login', undefined, (good) => ({ ...good, login: null })],
  ['number as phone', 'phone', 'text.not_text', (good) => ({ ...good, phone: 1 })],
  ['extra field', 'isAdmin', 'request.unknown_field', (good) => ({ ...good, isAdmin: true })],
  ['username with the search wildcard', 'login', 'name.wildcard', (good) => ({ ...good, login: `${good.login}*` })],
  ['a password hash sent along', 'passwordHash', 'request.unknown_field', (good) => ({ ...good, passwordHash: 'x' })],
  ['an id sent along', 'id', 'request.unknown_field', (good) => ({ ...good, id: 'cu-1' })],
  ['first name of a zero-width space', 'firstName', 'text.required', (good) => ({ ...good, firstName: '\u200B' })],
  [
    'first name of a zero-width joiner in spaces',
    'firstName',
    'text.required',
    (good) => ({ ...good, firstName: ' \u200D ' }),
  ],
  [
    'first name of a bidi mark and a bell',
    'firstName',
    'text.required',
    (good) => ({ ...good, firstName: '\u200E\u0007' }),
  ],
  [
    'a taken username with a zero-width space',
    'login',
    'username.taken',
    (good) => ({ ...good, login: `${taken.login}\u200B` }),
  ],
  [
    'a taken username in capitals with a soft hyphen',
    'login',
    'username.taken',
    (good) => ({ ...good, login: `\u00AD${taken.login.toUpperCase()}` }),
  ],
  [
    'a taken email behind a zero-width space',
    'email',
    undefined,
    (good) => ({ ...good, email: `\u200B${taken.email.toUpperCase()}` }),
  ],
  [
    'a username with a control character',
    'login',
    'id.control_characters',
    (good) => ({ ...good, login: `${good.login}\u0000x` }),
  ],
  [
    'a username with a right-to-left override',
    'login',
    'id.control_characters',
    (good) => ({ ...good, login: `${good.login}\u202Ex` }),
  ],
  [
    'a username with an isolate',
    'login',
    'id.control_characters',
    (good) => ({ ...good, login: `\u2066${good.login}\u2069` }),
  ],
  [
    'a username with a left-to-right mark',
    'login',
    'id.control_characters',
    (good) => ({ ...good, login: `${good.login}\u200E` }),
  ],
  ['the username ".."', 'login', 'id.dot_segment', (good) => ({ ...good, login: '..' })],
  ['a username with "/"', 'login', 'id.url_breaker', (good) => ({ ...good, login: `${good.login}/x` })],
  ['a username with "%"', 'login', 'id.url_breaker', (good) => ({ ...good, login: `${good.login}%2Fx` })],
  ['a username with "#"', 'login', 'id.url_breaker', (good) => ({ ...good, login: `${good.login}#x` })],
];

describe('POST /customer-users refuses bad input with a 400 naming the field, and adds no one', () => {
  it.each(badCreates)('%s', async (_name, field, code, body) => {
    const mark = unique('bad');
    const answer = await api.post(paths.customerUsers, body(goodUser(mark)));
    expectFieldProblem(answer, field, code);
    expect(await countOf(mark)).toBe(0);
  });

  it.each([
    ['a body that is not JSON', '{not json'],
    ['a JSON array', '[]'],
    ['a JSON string', '"grace"'],
    ['no body at all', ''],
  ])('%s', async (_name, raw) => {
    const answer = await api.post(paths.customerUsers, undefined, { raw });
    expectFieldProblem(answer, 'body', 'request.not_json_object');
  });

  it('the good input next to them is taken (the cases differ from it in one field only)', async () => {
    const mark = unique('good');
    const answer = await api.post(paths.customerUsers, goodUser(mark));
    expect(answer.status).toBe(201);
    expect(await countOf(mark)).toBe(1);
  });
});

describe('PUT /customer-users/:id refuses bad input with a 400 naming the field, and changes nothing', () => {
  let user: CustomerUser;
  beforeAll(async () => {
    user = await createCustomerUser(customer.customerId, { city: 'Bremen' });
  });

  type BadUpdate = [
    name: string,
    field: string,
    code: string | undefined,
    body: (fields: Record<string, unknown>) => unknown,
  ];
  const badUpdates: BadUpdate[] = [
    ['no version', 'version', 'customer_user.version_required', ({ version: _version, ...fields }) => fields],
    ['a version that is text', 'version', 'version.invalid', (fields) => ({ ...fields, version: 'one' })],
    ['a version that is a fraction', 'version', 'version.invalid', (fields) => ({ ...fields, version: 1.5 })],
    ['a negative version', 'version', undefined, (fields) => ({ ...fields, version: -1 })],
    ['a blank last name', 'lastName', 'text.required', (fields) => ({ ...fields, lastName: ' ' })],
    ['a city over 200', 'city', 'text.too_long', (fields) => ({ ...fields, city: 'x'.repeat(201) })],
    ['an email that is not one', 'email', 'email.invalid', (fields) => ({ ...fields, email: 'grace@' })],
    [
      'another user’s email, in capitals',
      'email',
      'email.taken',
      (fields) => ({ ...fields, email: taken.email.toUpperCase() }),
    ],
    [
      'another user’s username, in capitals',
      'login',
      'username.taken',
      (fields) => ({ ...fields, login: taken.login.toUpperCase() }),
    ],
    [
      'an invalid customer it did not have',
      'customerId',
      'customer.not_valid',
      (fields) => ({ ...fields, customerId: invalidCustomer.customerId }),
    ],
    [
      'an unknown customer',
      'customerId',
      'customer.unknown',
      (fields) => ({ ...fields, customerId: unique('nobody') }),
    ],
    ['an unknown validity', 'validity', 'validity.invalid', (fields) => ({ ...fields, validity: 'gone' })],
    ['an unknown field', 'isAdmin', 'request.unknown_field', (fields) => ({ ...fields, isAdmin: true })],
    [
      'the audit sent back',
      'createdAt',
      'request.unknown_field',
      (fields) => ({ ...fields, createdAt: user.createdAt }),
    ],
  ];

  it.each(badUpdates)('%s', async (_name, field, code, body) => {
    const before = await read<CustomerUser>(paths.customerUser(user.id));
    const answer = await api.put(paths.customerUser(user.id), body(editable(before)));
    expectFieldProblem(answer, field, code);
    expect(await read(paths.customerUser(user.id))).toEqual(before);
  });

  it('a body that is not JSON', async () => {
    const before = await read<CustomerUser>(paths.customerUser(user.id));
    const answer = await api.put(paths.customerUser(user.id), undefined, { raw: '{"version": 1,' });
    expectFieldProblem(answer, 'body', 'request.not_json_object');
    expect(await read(paths.customerUser(user.id))).toEqual(before);
  });
});

describe('customers refuse bad input the same way', () => {
  it.each(['.', '..', 'acme/east', 'acme\\east', '100%', 'acme?x=1', 'acme#top'])(
    'the Customer ID %j, which would break links',
    async (id) => {
      const answer = await api.post(paths.customers, { customerId: id, name: unique('Acme') });
      const problem = expectFieldProblem(answer, 'customerId');
      expect(['id.dot_segment', 'id.url_breaker']).toContain(problem.code);
    },
  );

  it.each<[string, string, string, (mark: string) => Record<string, unknown>]>([
    [
      'a Customer ID with the wildcard',
      'customerId',
      'name.wildcard',
      (mark) => ({ customerId: `${mark}*`, name: mark }),
    ],
    [
      'a Customer ID with a bidi override',
      'customerId',
      'id.control_characters',
      (mark) => ({ customerId: `${mark}\u202Egnp`, name: mark }),
    ],
    ['no name', 'name', 'text.required', (mark) => ({ customerId: mark })],
    ['a blank name', 'name', 'text.required', (mark) => ({ customerId: mark, name: ' ' })],
    ['a name over 200', 'name', 'text.too_long', (mark) => ({ customerId: mark, name: 'n'.repeat(201) })],
    [
      'a Customer ID over 150',
      'customerId',
      'text.too_long',
      (mark) => ({ customerId: `${mark}${'c'.repeat(150)}`, name: mark }),
    ],
    [
      'an unknown validity',
      'validity',
      'validity.invalid',
      (mark) => ({ customerId: mark, name: mark, validity: 'gone' }),
    ],
    ['an unknown field', 'vip', 'request.unknown_field', (mark) => ({ customerId: mark, name: mark, vip: true })],
    [
      'a taken Customer ID, other case',
      'customerId',
      'customer_id.taken',
      (mark) => ({ customerId: customer.customerId.toUpperCase(), name: mark }),
    ],
    ['a taken name', 'name', 'customer_name.taken', (mark) => ({ customerId: mark, name: customer.name })],
  ])('%s', async (_name, field, code, body) => {
    const mark = unique('badcust');
    expectFieldProblem(await api.post(paths.customers, body(mark)), field, code);
    const found = await api.get(paths.customers, { query: { search: mark } });
    expect(found.body.total).toBe(0);
  });

  it('an update without a version, or that changes the Customer ID', async () => {
    const own = await createCustomer({ city: 'Kiel' });
    const { version: _version, ...unversioned } = editable(own);
    expectFieldProblem(
      await api.put(paths.customer(own.customerId), unversioned),
      'version',
      'customer.version_required',
    );
    const renamed = { ...editable(own), customerId: unique('other') };
    expectFieldProblem(
      await api.put(paths.customer(own.customerId), renamed),
      'customerId',
      'customer_id.unchangeable',
    );
    expect(await read(paths.customer(own.customerId))).toEqual(own);
  });
});

describe('list queries out of range are a 400 naming the parameter', () => {
  it.each([
    ['limit', { limit: 0 }],
    ['limit', { limit: 1001 }],
    ['limit', { limit: 'ten' }],
    ['limit', { limit: 2.5 }],
    ['offset', { offset: -1 }],
    ['sort', { sort: 'password' }],
    ['sort', { sort: '--login' }],
    ['validity', { validity: 'gone' }],
  ])('customer users: %s in %j', async (field, query) => {
    expectFieldProblem(await api.get(paths.customerUsers, { query }), field);
  });

  it.each([
    ['limit', { limit: 1001 }],
    ['offset', { offset: -5 }],
    ['sort', { sort: 'login' }],
    ['validity', { validity: 'deleted' }],
  ])('customers: %s in %j', async (field, query) => {
    expectFieldProblem(await api.get(paths.customers, { query }), field);
  });

  it('a history page over 1000', async () => {
    expectFieldProblem(await api.get(paths.history(taken.id), { query: { limit: 1001 } }), 'limit');
  });
});
