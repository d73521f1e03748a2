import { demoCustomerUsers, unknownIds } from '@mocks/seed/fixtures';
import { callApi, callApiWithHeaders } from '@mocks/testing/api-calls';
import { storedCustomerUser } from '@mocks/testing/stored-records';
import { describe, expect, it } from 'vitest';
import { validationErrorBodySchema } from '@/api/problem';
import { validityBatchResultsSchema } from '@/api/validity-batch-schema';

const path = '/customer-users/validity-batch';
const { jdoe, 'jane.doe': janeDoe } = demoCustomerUsers;

const current = (id: string) => storedCustomerUser(id);

async function batch(changes: unknown[]) {
  const answer = await callApi('POST', path, { changes });
  expect(answer.status).toBe(200);
  return validityBatchResultsSchema.parse(answer.body).results;
}

describe('POST /customer-users/validity-batch', () => {
  it('sets the validity of each row, a new version each, checked like any update', async () => {
    const before = current(jdoe.id);
    const results = await batch([
      { id: jdoe.id, version: before.version, validity: 'invalid' },
      { id: janeDoe.id, version: current(janeDoe.id).version, validity: 'invalid-temporarily' },
    ]);
    expect(results).toEqual([
      { id: jdoe.id, status: 'updated', version: before.version + 1 },
      { id: janeDoe.id, status: 'updated', version: expect.any(Number) },
    ]);
    const { changedAt: _at, changedBy: _by, ...unchanged } = before;
    expect(current(jdoe.id)).toMatchObject({ ...unchanged, validity: 'invalid', version: before.version + 1 });
    expect(current(janeDoe.id).validity).toBe('invalid-temporarily');
  });

  it('answers a row changed since it was read with a conflict and its current version, and leaves it', async () => {
    const read = current(jdoe.id).version;
    const { id: _id, createdAt, createdBy, changedAt, changedBy, ...fields } = current(jdoe.id);
    expect(
      (await callApi('PUT', `/customer-users/${jdoe.id}`, { ...fields, comment: 'changed meanwhile' })).status,
    ).toBe(200);
    const results = await batch([
      { id: jdoe.id, version: read, validity: 'invalid' },
      { id: janeDoe.id, version: current(janeDoe.id).version, validity: 'invalid' },
    ]);
    expect(results[0]).toMatchObject({
      id: jdoe.id,
      status: 'conflict',
      version: read + 1,
      problem: { code: 'customer_user.version_conflict' },
    });
    expect(results[1]).toMatchObject({ id: janeDoe.id, status: 'updated' });
    expect(current(jdoe.id)).toMatchObject({ validity: 'valid', comment: 'changed meanwhile', version: read + 1 });
  });

  it('answers a customer user that does not exist with not-found', async () => {
    const [result] = await batch([{ id: unknownIds.customerUser, version: 1, validity: 'invalid' }]);
    expect(result).toMatchObject({
      id: unknownIds.customerUser,
      status: 'not-found',
      problem: { code: 'customer_user.not_found', params: { id: unknownIds.customerUser } },
    });
  });

  it('answers bad rows one by one with their problem, and still writes the good ones', async () => {
    const version = current(jdoe.id).version;
    const results = await batch([
      { id: janeDoe.id, version: current(janeDoe.id).version, validity: 'gone' },
      { id: janeDoe.id, version: 'one', validity: 'invalid' },
      { version: 1, validity: 'invalid' },
      { id: jdoe.id, version, validity: 'invalid' },
      { id: jdoe.id, version, validity: 'invalid' },
    ]);
    expect(results.map((result) => [result.status, result.problem?.code])).toEqual([
      ['invalid', 'validity.invalid'],
      ['invalid', 'version.invalid'],
      ['invalid', 'validity_batch.id_invalid'],
      ['updated', undefined],
      ['invalid', 'validity_batch.sent_twice'],
    ]);
    expect(results[0]?.problem?.message).toBe('Validity must be valid, invalid or invalid-temporarily.');
    expect(current(janeDoe.id).validity).toBe('valid');
    expect(current(jdoe.id).validity).toBe('invalid');
  });

  it('refuses more than 1000 changes, or none, as a whole', async () => {
    const change = { id: jdoe.id, version: current(jdoe.id).version, validity: 'invalid' };
    for (const changes of [Array.from({ length: 1001 }, () => change), []]) {
      const answer = await callApi('POST', path, { changes });
      expect(answer.status).toBe(400);
      const body = validationErrorBodySchema.parse(answer.body);
      expect(body.errors.changes).toMatchObject({
        code: 'validity_batch.size',
        params: { min: 1, max: 1000 },
        message: 'Send from 1 to 1000 changes at once.',
      });
    }
    expect(current(jdoe.id).validity).toBe('valid');
  });

  it('refuses a body without changes and unknown fields', async () => {
    expect((await callApi('POST', path, {})).status).toBe(400);
    expect((await callApi('POST', path, { changes: [], extra: 1 })).status).toBe(400);
  });

  it('replays a repeated Idempotency-Key instead of writing again', async () => {
    const version = current(jdoe.id).version;
    const send = () =>
      fetch(new URL(`/api${path}`, window.location.href), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'batch-1' },
        body: JSON.stringify({ changes: [{ id: jdoe.id, version, validity: 'invalid' }] }),
      }).then((response) => response.json());
    const first = await send();
    const second = await send();
    expect(second).toEqual(first);
    expect(first.results[0]).toMatchObject({ status: 'updated', version: version + 1 });
    expect(current(jdoe.id).version).toBe(version + 1);
  });

  it('answers other methods with 405', async () => {
    const answer = await callApiWithHeaders('PATCH', path, {});
    expect(answer.status).toBe(405);
  });
});
