import { testStore } from '@mocks/node';
import { callApi, callApiWithHeaders } from '@mocks/testing/api-calls';
import { afterEach, describe, expect, it } from 'vitest';
import { demoStateSchema } from '@/api/demo-schema';
import { sessionSchema } from '@/api/session-schema';

// The demo API (mock only): the switches the Demo panel and QA's fixtures drive.

const seedState = { dataSet: { kind: 'demo' }, latencyMs: 0, faults: 'off' };

const userCount = () => testStore.customerUsers.list({ search: '', offset: 0, limit: 1, sort: 'login' }).total;

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace@example.com',
  customerId: 'nordwind-logistics',
};

/** A call that may never be answered (the `hang` fault): its status, or undefined after `ms`. */
async function statusWithin(ms: number, method: string, path: string, body?: unknown) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await fetch(new URL(`/api${path}`, window.location.href), {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    return response.status;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

afterEach(() => {
  testStore.latency = 0;
  testStore.faults.mode = 'off';
});

describe('GET /demo/state', () => {
  it('answers every switch as it is: the seed, no latency, no faults', async () => {
    const answer = await callApi('GET', '/demo/state');
    expect(answer).toEqual({ status: 200, body: seedState });
    expect(demoStateSchema.safeParse(answer.body).success).toBe(true);
  });

  it('says what the store was seeded with, however it was seeded', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 250, groups: 7 });
    testStore.latency = 800;
    testStore.faults.mode = 'flaky';
    expect((await callApi('GET', '/demo/state')).body).toEqual({
      dataSet: { kind: 'generated', customerUsers: 250, groups: 7 },
      latencyMs: 800,
      faults: 'flaky',
    });
  });
});

describe('PATCH /demo/state', () => {
  it('changes the latency and the faults named, keeps the others, and answers every switch', async () => {
    const latency = await callApi('PATCH', '/demo/state', { latencyMs: 1200 });
    expect(latency).toEqual({ status: 200, body: { ...seedState, latencyMs: 1200 } });
    expect(testStore.latency).toBe(1200);

    const faults = await callApi('PATCH', '/demo/state', { faults: 'writes' });
    expect(faults.body).toEqual({ ...seedState, latencyMs: 1200, faults: 'writes' });
    expect(testStore.faults.mode).toBe('writes');

    expect((await callApi('PATCH', '/demo/state', { latencyMs: 0, faults: 'off' })).body).toEqual(seedState);
    expect((await callApi('PATCH', '/demo/state', {})).body).toEqual(seedState);
  });

  it('makes the other paths slow or failing from the next request on', async () => {
    await callApi('PATCH', '/demo/state', { faults: 'reads' });
    expect((await callApi('GET', '/customer-users')).body.code).toBe('demo.fault_reads');
    await callApi('PATCH', '/demo/state', { faults: 'off', latencyMs: 120 });
    const started = performance.now();
    expect((await callApi('GET', '/session')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['a negative latency', { latencyMs: -1 }, 'latencyMs'],
    ['a latency over 30 s', { latencyMs: 30_001 }, 'latencyMs'],
    ['a latency that is not whole', { latencyMs: 1.5 }, 'latencyMs'],
    ['a latency as text', { latencyMs: '800' }, 'latencyMs'],
    ['an unknown fault mode', { faults: 'sometimes' }, 'faults'],
    ['a switch it does not change here', { dataSet: { kind: 'empty' } }, 'dataSet'],
  ])('refuses %s with a 400 on the field, and changes nothing', async (_name, body, field) => {
    const answer = await callApi('PATCH', '/demo/state', { faults: 'reads', ...body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors)).toContain(field);
    expect(testStore.faults.mode).toBe('off');
    expect(testStore.latency).toBe(0);
  });

  it('refuses a body that is not JSON', async () => {
    const answer = await callApi('PATCH', '/demo/state', undefined, '{latencyMs: 5');
    expect(answer.status).toBe(400);
  });
});

describe('the demo API is never slowed down or failed by its own switches', () => {
  it('answers at once while every other request hangs, and turns the faults off again', async () => {
    testStore.latency = 30_000;
    testStore.faults.mode = 'hang';
    expect(await statusWithin(300, 'GET', '/session')).toBeUndefined();
    expect(await statusWithin(300, 'GET', '/demo/state')).toBe(200);
    expect(await statusWithin(300, 'POST', '/demo/session', { isAdministrator: false })).toBe(200);
    expect(await statusWithin(300, 'PATCH', '/demo/state', { faults: 'off', latencyMs: 0 })).toBe(200);
    expect(await statusWithin(300, 'GET', '/session')).toBe(200);
  });

  it('loses no answer of its own to lost-answers', async () => {
    testStore.faults.mode = 'lost-answers';
    expect((await callApi('POST', '/demo/reset')).status).toBe(200);
    expect((await callApi('PATCH', '/demo/state', { faults: 'off' })).body).toEqual(seedState);
  });
});

describe('POST /demo/reset', () => {
  it('without a body puts the hand-made seed back, session and settings too, and answers every switch', async () => {
    const before = userCount();
    expect((await callApi('POST', '/customer-users', newUser)).status).toBe(201);
    await callApi('POST', '/demo/session', { isAdministrator: false });
    testStore.latency = 300;
    expect(userCount()).toBe(before + 1);

    const { status, headers, body } = await callApiWithHeaders('POST', '/demo/reset');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toContain('application/json');
    // The latency and faults are the tab's, not the data's: they stay.
    expect(body).toEqual({ ...seedState, latencyMs: 300 });
    expect(userCount()).toBe(before);
    expect(sessionSchema.parse((await callApi('GET', '/session')).body).isAdministrator).toBe(true);
  });

  it('puts N generated customer users and N extra groups', async () => {
    const groupsBefore = testStore.groups.all().length;
    const answer = await callApi('POST', '/demo/reset', {
      dataSet: { kind: 'generated', customerUsers: 1234, groups: 5 },
    });
    expect(answer).toEqual({
      status: 200,
      body: { ...seedState, dataSet: { kind: 'generated', customerUsers: 1234, groups: 5 } },
    });
    expect(userCount()).toBe(1234);
    expect((await callApi('GET', '/customer-users?limit=1')).body.total).toBe(1234);
    expect(testStore.groups.all().length).toBeGreaterThanOrEqual(5);

    await callApi('POST', '/demo/reset', { dataSet: { kind: 'demo', groups: 3 } });
    expect(testStore.groups.all().length).toBe(groupsBefore + 3);
    expect((await callApi('GET', '/demo/state')).body.dataSet).toEqual({ kind: 'demo', groups: 3 });
  });

  it('puts an empty installation: no customers, no customer users', async () => {
    const answer = await callApi('POST', '/demo/reset', { dataSet: { kind: 'empty' } });
    expect(answer.body.dataSet).toEqual({ kind: 'empty' });
    expect((await callApi('GET', '/customer-users')).body.total).toBe(0);
    expect((await callApi('GET', '/customers')).body.total).toBe(0);
  });

  it.each([
    ['more customer users than the cap', { dataSet: { kind: 'generated', customerUsers: 100_001 } }],
    ['a negative number of groups', { dataSet: { kind: 'demo', groups: -1 } }],
    ['a data set of an unknown kind', { dataSet: { kind: 'production' } }],
    ['generated without a number', { dataSet: { kind: 'generated' } }],
    ['an unknown field', { dataSet: { kind: 'demo' }, keepSettings: true }],
  ])('refuses %s with a 400 and keeps the data', async (_name, body) => {
    expect((await callApi('POST', '/customer-users', newUser)).status).toBe(201);
    const before = userCount();
    const answer = await callApi('POST', '/demo/reset', body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toBeDefined();
    expect(userCount()).toBe(before);
  });
});

describe('POST /demo/session', () => {
  it('acts as an administrator or not, and answers the session', async () => {
    const answer = await callApi('POST', '/demo/session', { isAdministrator: false });
    expect(answer.status).toBe(200);
    expect(sessionSchema.parse(answer.body).isAdministrator).toBe(false);
    expect(testStore.agent.isAdministrator).toBe(false);
  });

  it.each([
    ['not a yes or no', { isAdministrator: 'no' }],
    ['an unknown field', { isAdministrator: true, login: 'root' }],
    ['no body', undefined],
  ])('refuses %s with a 400', async (_name, body) => {
    expect((await callApi('POST', '/demo/session', body)).status).toBe(400);
    expect(testStore.agent.isAdministrator).toBe(true);
  });
});
