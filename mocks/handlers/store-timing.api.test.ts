import { callApiWithHeaders } from '@mocks/testing/api-calls';
import { describe, expect, it } from 'vitest';

describe('the store time of a list', () => {
  it('is said in Server-Timing on a list answer, and only there', async () => {
    const list = await callApiWithHeaders('GET', '/customer-users?search=doe');
    expect(list.status).toBe(200);
    expect(list.headers.get('Server-Timing')).toMatch(/^store;dur=\d+(\.\d+)?$/);
    const refused = await callApiWithHeaders('GET', '/customer-users?limit=0');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('Server-Timing')).toBeNull();
  });
});
