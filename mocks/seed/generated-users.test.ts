import { customerUserId } from '@mocks/store/customer-user-id';
import { sortCustomerUsers } from '@mocks/store/sorting';
import { describe, expect, it } from 'vitest';
import type { CustomerUser } from '@/api/customer-user-schema';
import { drawUsers, GeneratedCustomerUsers } from './generated-users';
import { createRandom } from './random';
import { generateUsers, recordByRecordUsers } from './record-by-record-seed';
import { createSeed, createStoreSeed } from './seed';

const withoutId = ({ id: _id, ...user }: CustomerUser) => user;
const byLogin = (a: { login: string }, b: { login: string }) => (a.login < b.login ? -1 : 1);

describe('generated customer users, kept as columns', () => {
  it('make the demo seed exactly as the record-by-record generator did', () => {
    expect(createSeed({ kind: 'demo' }).customerUsers).toEqual(recordByRecordUsers('demo'));
  });

  it('make the same records as the record-by-record generator, in username order and numbered in it', () => {
    const reference = recordByRecordUsers('generated', 2000);
    const generated = createSeed({ kind: 'generated', customerUsers: 2000 }).customerUsers;
    expect(generated.map(withoutId)).toEqual(reference.map(withoutId).sort(byLogin));
    expect(generated.map((user) => user.id)).toEqual(generated.map((_, index) => customerUserId(index + 1)));
    expect(sortCustomerUsers(generated, 'login')).toEqual(generated);
  });

  it('keep the username order where numbers run past 9 ("jdoe10" before "jdoe2") and bases share a start', () => {
    const seed = createStoreSeed({ kind: 'generated', customerUsers: 30_000 }).customerUsers;
    if (Array.isArray(seed)) throw new Error('not compact');
    const logins = Array.from({ length: seed.size }, (_, position) => seed.sortValue(position, 'login'));
    expect(logins.some((login) => /[a-z]1\d$/.test(login))).toBe(true);
    for (let index = 1; index < logins.length; index += 1) {
      expect((logins[index - 1] as string) < (logins[index] as string), logins[index]).toBe(true);
    }
    expect(seed.positionsWith('login', logins[1234] as string)).toEqual([1234]);
    expect(seed.positionsWith('email', seed.sortValue(777, 'email'))).toEqual([777]);
    expect(seed.positionsWith('email', `${logins[777]}@elsewhere.example`)).toEqual([]);
    expect(seed.positionsWith('login', 'no.such.user')).toEqual([]);
    expect(seed.positionOf(customerUserId(30_000))).toBe(29_999);
    expect(seed.positionOf(customerUserId(30_001))).toBe(-1);
    expect(seed.positionOf('cu-1')).toBe(-1);
  });

  it('skip usernames already taken, as the record-by-record generator did', () => {
    const frequent = generateUsers(3000, createRandom(7), new Set()).map((user) => user.login);
    const base = frequent.find((login) => frequent.includes(`${login}3`)) ?? '';
    const taken = [base, `${base}2`, `${base}4`, `${base}x`, 'jdoe'];
    const reference = generateUsers(3000, createRandom(7), new Set(taken)).map((user) => user.login);
    const drawn = drawUsers(3000, createRandom(7), new Set(taken));
    const seeded = new GeneratedCustomerUsers(drawn, {
      created: new Uint32Array(3000),
      changed: new Uint32Array(3000),
      changedBy: new Uint8Array(3000),
      version: new Uint8Array(3000).fill(1),
    });
    const logins = Array.from({ length: seeded.size }, (_, position) => seeded.sortValue(position, 'login'));
    expect(logins).toEqual([...reference].sort());
    expect(logins).not.toContain(`${base}2`);
    expect(logins).toContain(`${base}3`);
  });
});
