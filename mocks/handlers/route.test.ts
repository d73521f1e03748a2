import { faultMessages } from '@mocks/faults';
import { testStore } from '@mocks/node';
import { demoCustomers, demoCustomerUsers } from '@mocks/seed/fixtures';
import { editableFields, storedCustomerUser } from '@mocks/testing/stored-records';
import { afterEach, describe, expect, it } from 'vitest';

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace.hopper@example.com',
  customerId: demoCustomers['nordwind-logistics'].customerId,
};

function send(method: string, path: string, body?: unknown, key?: string, signal?: AbortSignal) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key) headers['Idempotency-Key'] = key;
  return fetch(new URL(`/api${path}`, window.location.href), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
}

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

const ghoppers = () => testStore.customerUsers.list({ search: 'ghopper', offset: 0, limit: 10, sort: 'login' }).total;

const jdoeUpdate = (firstName: string) => ({
  ...editableFields(storedCustomerUser(demoCustomerUsers.jdoe.id)),
  firstName,
});

afterEach(() => {
  testStore.faults.mode = 'off';
});

describe('Idempotency-Key', () => {
  it('answers a repeated create with the first answer, generated password included, and creates once', async () => {
    const first = await answer(await send('POST', '/customer-users', newUser, 'key-create'));
    const again = await send('POST', '/customer-users', newUser, 'key-create');
    expect(first.status).toBe(201);
    expect(first.body.generatedPassword).toMatch(/^.{12,}$/);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await answer(again)).toEqual(first);
    expect(ghoppers()).toBe(1);
  });

  it('waits for the first answer when the repeat arrives while the first is under way', async () => {
    testStore.latency = 20;
    try {
      const answers = await Promise.all([1, 2].map(() => send('POST', '/customer-users', newUser, 'key-race')));
      expect(answers.map((response) => response.status)).toEqual([201, 201]);
      expect(ghoppers()).toBe(1);
    } finally {
      testStore.latency = 0;
    }
  });

  it('writes again without a key, or with another one', async () => {
    const body = jdoeUpdate('Johnny');
    expect((await send('PUT', `/customer-users/${demoCustomerUsers.jdoe.id}`, body, 'a')).status).toBe(200);
    expect((await send('PUT', `/customer-users/${demoCustomerUsers.jdoe.id}`, body, 'a')).status).toBe(200);
    expect((await send('PUT', `/customer-users/${demoCustomerUsers.jdoe.id}`, body, 'b')).status).toBe(409);
    expect((await send('PUT', `/customer-users/${demoCustomerUsers.jdoe.id}`, body)).status).toBe(409);
  });

  it('keeps no answer across a reset to the seed', async () => {
    expect((await send('POST', '/customer-users', newUser, 'key-reset')).status).toBe(201);
    testStore.reset({ kind: 'demo' });
    expect((await send('POST', '/customer-users', newUser, 'key-reset')).status).toBe(201);
    expect(ghoppers()).toBe(1);
  });
});

describe('fault switches', () => {
  it('reads: every GET fails with 500, writes and the demo controls still work', async () => {
    testStore.faults.mode = 'reads';
    expect(await answer(await send('GET', '/customer-users'))).toEqual({
      status: 500,
      body: { code: 'demo.fault_reads', params: {}, message: faultMessages.reads },
    });
    expect((await send('POST', '/customer-users', newUser)).status).toBe(201);
    expect((await send('GET', '/demo/state')).status).toBe(200);
    expect((await send('POST', '/demo/reset')).status).toBe(200);
  });

  it('writes: every write fails with 500 and stores nothing; a retry with the same key writes once faults are off', async () => {
    testStore.faults.mode = 'writes';
    const failed = await answer(await send('POST', '/customer-users', newUser, 'key-writes'));
    expect(failed).toEqual({
      status: 500,
      body: { code: 'demo.fault_writes', params: {}, message: faultMessages.writes },
    });
    expect(ghoppers()).toBe(0);
    expect((await send('GET', '/customer-users')).status).toBe(200);
    expect((await send('POST', '/demo/session', { isAdministrator: false })).status).toBe(200);
    testStore.faults.mode = 'off';
    expect((await send('POST', '/customer-users', newUser, 'key-writes')).status).toBe(201);
    expect(ghoppers()).toBe(1);
  });

  it('lost-answers: the write is stored but the answer is a network error; the retry gets the first answer', async () => {
    testStore.faults.mode = 'lost-answers';
    await expect(send('POST', '/customer-users', newUser, 'key-lost')).rejects.toThrow();
    expect(ghoppers()).toBe(1);
    const retry = await answer(await send('POST', '/customer-users', newUser, 'key-lost'));
    expect(retry.status).toBe(201);
    expect(retry.body.generatedPassword).toMatch(/^.{12,}$/);
    expect(ghoppers()).toBe(1);
  });

  it('hang: a request never answers', async () => {
    testStore.faults.mode = 'hang';
    const aborted = new AbortController();
    const pending = send('GET', '/session', undefined, undefined, aborted.signal).then(() => 'answered');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('pending'), 100));
    expect(await Promise.race([pending, timeout])).toBe('pending');
    aborted.abort();
    await pending.catch(() => undefined);
  });

  it('flaky: one request in five fails, deterministically', async () => {
    testStore.faults.mode = 'flaky';
    const statuses: number[] = [];
    for (let request = 0; request < 10; request += 1) statuses.push((await send('GET', '/session')).status);
    expect(statuses.filter((status) => status === 500)).toHaveLength(2);
    expect(statuses.indexOf(500) % 5).toBe(statuses.lastIndexOf(500) % 5);
  });
});
