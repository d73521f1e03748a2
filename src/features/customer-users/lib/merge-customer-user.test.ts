import { describe, expect, it } from 'vitest';
import type { CustomerUser } from '@/api/customer-user-schema';
import type { CustomerUserFormOutput } from '@/api/customer-user-write-schema';
import { changedFields, conflictingFields, mergeOntoCurrent } from './merge-customer-user';

const base: CustomerUser = {
  id: 'cu-1',
  title: '',
  firstName: 'John',
  lastName: 'Doe',
  login: 'jdoe',
  email: 'john@example.com',
  customerId: 'acme',
  phone: '',
  fax: '',
  mobile: '',
  street: '',
  zip: '',
  city: 'Hamburg',
  country: '',
  comment: '',
  validity: 'valid',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'root',
  changedAt: '2026-01-01T00:00:00.000Z',
  changedBy: 'root',
  version: 1,
};
const { id, createdAt, createdBy, changedAt, changedBy, version, ...baseFields } = base;
const mine = (changes: Partial<CustomerUserFormOutput>): CustomerUserFormOutput => ({
  ...baseFields,
  password: '',
  ...changes,
});
const theirs = (changes: Partial<CustomerUser>): CustomerUser => ({ ...base, version: 2, ...changes });

describe('three-way merge of a customer user', () => {
  it('finds the fields I changed, comparing input trimmed as it is saved', () => {
    expect(changedFields(base, mine({ city: ' Hamburg ', phone: '123' }))).toEqual(['phone']);
  });

  it('has no conflict when we changed different fields, and keeps both changes', () => {
    const current = theirs({ city: 'Bremen' });
    expect(conflictingFields(base, mine({ phone: '123' }), current)).toEqual([]);
    expect(mergeOntoCurrent(base, mine({ phone: '123' }), current)).toMatchObject({
      city: 'Bremen',
      phone: '123',
      version: 2,
    });
  });

  it('reports a field both changed to different values, and puts mine there', () => {
    const current = theirs({ city: 'Porto', street: 'Rua Nova 5' });
    const input = mine({ city: 'Lisbon', password: 'new-secret' });
    expect(conflictingFields(base, input, current)).toEqual([{ field: 'city', mine: 'Lisbon', theirs: 'Porto' }]);
    expect(mergeOntoCurrent(base, input, current)).toMatchObject({
      city: 'Lisbon',
      street: 'Rua Nova 5',
      password: 'new-secret',
      version: 2,
    });
  });

  it('does not report a field both changed to the same value', () => {
    expect(conflictingFields(base, mine({ city: 'Porto' }), theirs({ city: 'Porto' }))).toEqual([]);
  });

  it('never reverts a field they changed and I did not', () => {
    const current = theirs({ validity: 'invalid', comment: 'left the company' });
    expect(mergeOntoCurrent(base, mine({ phone: '1' }), current)).toMatchObject({
      validity: 'invalid',
      comment: 'left the company',
    });
  });
});
