import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { editableFields, storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';
import { comparableText } from '@/api/common-schema';
import { comparableKey } from './customer-user-keys';
import { DemoStore } from './demo-store';

const { jdoe, 'jane.doe': janeDoe } = demoCustomerUsers;

const editable = (store: DemoStore, id: string) => ({ ...editableFields(storedCustomerUser(id, store)), password: '' });

describe('customer user lookups by username and email', () => {
  it('compares as comparableText does', () => {
    for (const value of ['JDoe', 'jdoe\u200B', 'JOSE\u0301', 'Straße', 'İstanbul', 'a@b.example']) {
      expect(comparableKey(value), value).toBe(comparableText(value));
    }
  });

  it('finds a user by username in any letter case, and follows renames and email changes', () => {
    const store = new DemoStore();
    expect(store.customerUsers.findByLogin(` ${jdoe.login.toUpperCase()} `)?.id).toBe(jdoe.id);
    expect(store.customerUsers.findByLogin('nobody')).toBeUndefined();

    const renamed = store.customerUsers.update(jdoe.id, {
      ...editable(store, jdoe.id),
      login: 'john',
      email: 'john@new.example',
    });
    expect(renamed.ok).toBe(true);
    expect(store.customerUsers.findByLogin(jdoe.login)).toBeUndefined();
    expect(store.customerUsers.findByLogin('JOHN')?.id).toBe(jdoe.id);

    // The old username and email are free now; the new ones are taken.
    const fields = editable(store, janeDoe.id);
    const taken = store.customerUsers.update(janeDoe.id, { ...fields, login: 'John', email: 'JOHN@new.example' });
    expect(taken).toMatchObject({
      ok: false,
      status: 400,
      errors: { login: { code: 'username.taken' }, email: { code: 'email.taken' } },
    });
    const free = store.customerUsers.update(janeDoe.id, { ...fields, login: jdoe.login, email: jdoe.email });
    expect(free.ok).toBe(true);
    expect(store.customerUsers.findByLogin(jdoe.login)?.id).toBe(janeDoe.id);
  });

  it('forgets the lookups on a reset', () => {
    const store = new DemoStore();
    expect(store.customerUsers.findByLogin(jdoe.login)?.id).toBe(jdoe.id);
    store.reset({ kind: 'empty' });
    expect(store.customerUsers.findByLogin(jdoe.login)).toBeUndefined();
  });
});
