import { describe, expect, it } from 'vitest';
import { startMockApi } from './browser';

describe('startMockApi', () => {
  it('says why the demo API cannot start where the browser has no service workers', async () => {
    expect('serviceWorker' in navigator && navigator.serviceWorker).toBeFalsy();
    await expect(startMockApi('/api')).rejects.toThrow(
      /The demo API cannot start: this browser offers no service workers/,
    );
  });
});
