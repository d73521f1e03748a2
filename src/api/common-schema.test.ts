import { describe, expect, it } from 'vitest';
import { comparableText } from './common-schema';
import { customerFieldsSchema } from './customer-schema';
import { customerUserFormSchema } from './customer-user-write-schema';

const user = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace@example.com',
  customerId: 'acme',
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe('the contract’s text rules, which the form and the API share', () => {
  it('normalises to NFC and trims; a value of only invisible characters is empty', () => {
    const parsed = customerUserFormSchema.safeParse({ ...user, firstName: ' Jose\u0301 ', lastName: '\u200B\u200D' });
    expect(errorsOf(parsed)).toEqual({ lastName: 'Lastname is required.' });
    const good = customerUserFormSchema.parse({ ...user, firstName: ' Jose\u0301 ' });
    expect(good.firstName).toBe('Jos\u00e9');
  });

  it('refuses IDs with control characters, bidi controls or what breaks a URL, saying why', () => {
    expect(errorsOf(customerUserFormSchema.safeParse({ ...user, login: 'g\u202Ehopper' }))).toEqual({
      login: 'Username may not contain control characters or invisible direction marks.',
    });
    expect(errorsOf(customerFieldsSchema.safeParse({ customerId: '..', name: 'Acme' })).customerId).toMatch(/“\.\.”/);
    expect(errorsOf(customerFieldsSchema.safeParse({ customerId: 'a/b', name: 'Acme' })).customerId).toBe(
      'Customer ID may not contain “/”: it would break links.',
    );
  });

  it('compares text without case, zero-width characters or composition differences', () => {
    expect(comparableText('jdoe\u200B')).toBe(comparableText('JDOE'));
    expect(comparableText('jose\u0301')).toBe(comparableText('JOS\u00c9'));
    expect(comparableText('Stra\u00dfe')).toBe(comparableText('STRASSE'));
    expect(comparableText('jdoe')).not.toBe(comparableText('jdoe2'));
  });
});
