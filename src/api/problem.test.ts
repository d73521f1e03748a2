import { afterEach, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { customerFieldsSchema } from './customer-schema';
import { customerUserWriteSchema } from './customer-user-write-schema';
import { permissionChangesSchema } from './permission-schema';
import { problemOfIssue, problemSchema, setProblemTranslator, validationErrorBodySchema } from './problem';
import { englishIssueMessage, englishProblem, englishProblemMessage } from './problem-english';
import { settingsSchema } from './settings-schema';

afterEach(() => setProblemTranslator(englishProblemMessage));

const user = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace@example.com',
  customerId: 'acme',
};
const settings = { customerGroupSupport: true, alwaysGroups: ['users'], otherCustomersContext: false, listLimit: 1000 };

/** The problem of the first issue a parse finds, with the message it was said in. */
function firstProblem(schema: z.ZodMiniType, input: unknown) {
  const parsed = schema.safeParse(input, { error: englishIssueMessage });
  const issue = parsed.error?.issues[0];
  if (!issue) throw new Error('The input parsed.');
  return { ...problemOfIssue(issue), message: issue.message };
}

describe('every rule of the contract carries a stable code and its params', () => {
  it.each([
    ['required (missing)', { ...user, firstName: undefined }, 'text.required', { field: 'customerUser.firstName' }],
    ['required (blank)', { ...user, lastName: ' \u200B ' }, 'text.required', { field: 'customerUser.lastName' }],
    ['required (not text)', { ...user, login: 42 }, 'text.required', { field: 'customerUser.login' }],
    ['optional not text', { ...user, city: 7 }, 'text.not_text', { field: 'customerUser.city' }],
    [
      'too long',
      { ...user, email: `${'a'.repeat(150)}@x.example` },
      'text.too_long',
      { field: 'customerUser.email', max: 150 },
    ],
    ['email syntax', { ...user, email: 'grace@' }, 'email.invalid', { field: 'customerUser.email' }],
    ['wildcard', { ...user, login: 'g*hopper' }, 'name.wildcard', { field: 'customerUser.login' }],
    [
      'control characters',
      { ...user, login: 'g\u202Ehopper' },
      'id.control_characters',
      { field: 'customerUser.login' },
    ],
    ['"." or ".."', { ...user, customerId: '..' }, 'id.dot_segment', { field: 'customerUser.customerId' }],
    ['URL breaker', { ...user, login: 'g?hopper' }, 'id.url_breaker', { field: 'customerUser.login', character: '?' }],
    ['validity', { ...user, validity: 'deleted' }, 'validity.invalid', {}],
    ['version', { ...user, version: 1.5 }, 'version.invalid', {}],
    ['version below 0', { ...user, version: -1 }, 'version.invalid', {}],
  ])('a customer user: %s', (_name, input, code, params) => {
    const problem = firstProblem(customerUserWriteSchema, input);
    expect(problem).toEqual({ code, params, message: englishProblemMessage({ code, params }) });
  });

  it('names the customer’s fields as the customer’s', () => {
    expect(firstProblem(customerFieldsSchema, { customerId: 'a/b', name: 'Acme' })).toEqual({
      code: 'id.url_breaker',
      params: { field: 'customer.customerId', character: '/' },
      message: 'Customer ID may not contain “/”: it would break links.',
    });
    expect(firstProblem(customerFieldsSchema, { customerId: 'acme', name: '' })).toMatchObject({
      code: 'text.required',
      message: 'Customer name is required.',
    });
  });

  it('names the row of a permission cell', () => {
    const changes = { changes: [{ row: '.', field: 'permissions', type: 'ro', granted: true }] };
    expect(firstProblem(permissionChangesSchema, changes)).toEqual({
      code: 'id.dot_segment',
      params: { field: 'cell.row' },
      message: 'The row of a cell cannot be “.” or “..”: links to it would point elsewhere.',
    });
  });

  it.each([
    ['customerGroupSupport', 'yes', 'settings.customer_group_support.invalid'],
    ['otherCustomersContext', null, 'settings.other_customers_context.invalid'],
    ['alwaysGroups', 'users', 'settings.always_groups.not_list'],
    ['alwaysGroups', [1], 'settings.always_groups.not_names'],
    ['listLimit', 0, 'settings.list_limit.invalid'],
    ['listLimit', 10001, 'settings.list_limit.invalid'],
    ['listLimit', 2.5, 'settings.list_limit.invalid'],
  ])('settings: %s = %j', (field, value, code) => {
    expect(firstProblem(settingsSchema, { ...settings, [field]: value }).code).toBe(code);
  });

  it('says the list limit’s range as before', () => {
    expect(firstProblem(settingsSchema, { ...settings, listLimit: 0 }).message).toBe(
      'List limit must be a whole number from 1 to 10000.',
    );
  });

  it('calls a value no rule names `value.invalid`, in zod’s words', () => {
    const unknown = firstProblem(customerUserWriteSchema, {
      ...user,
      password: undefined,
      phone: undefined,
      isAdmin: 1,
    });
    expect(unknown).toEqual({ code: 'value.invalid', params: {}, message: 'Invalid input' });
  });
});

describe('the caller’s language', () => {
  it('a parse says its issues through the installed translator, unless it brings its own map', () => {
    setProblemTranslator((problem) => `[${problem.code}]`);
    const input = { ...user, email: 'grace@' };
    expect(customerUserWriteSchema.safeParse(input).error?.issues[0]?.message).toBe('[email.invalid]');
    expect(customerUserWriteSchema.safeParse(input, { error: englishIssueMessage }).error?.issues[0]?.message).toBe(
      'Email must be a valid email address.',
    );
  });

  it('a problem keeps its own message for a code English does not know', () => {
    expect(englishProblemMessage({ code: 'x.y', params: {}, message: 'Said otherwise.' })).toBe('Said otherwise.');
  });
});

describe('the problem in the contract', () => {
  it('is a code, params and the English message', () => {
    expect(problemSchema.parse(englishProblem('text.too_long', { field: 'customer.name', max: 200 }))).toEqual({
      code: 'text.too_long',
      params: { field: 'customer.name', max: 200 },
      message: 'Customer name must be at most 200 characters.',
    });
    expect(
      validationErrorBodySchema.safeParse({
        ...englishProblem('request.invalid'),
        errors: { email: englishProblem('email.taken') },
      }).success,
    ).toBe(true);
    expect(validationErrorBodySchema.safeParse({ message: 'x', errors: { email: 'taken' } }).success).toBe(false);
  });
});
