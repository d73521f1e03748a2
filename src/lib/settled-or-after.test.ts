import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledOrAfter } from './settled-or-after';

describe('settledOrAfter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function track(promise: Promise<void>) {
    const state = { done: false };
    void promise.then(() => {
      state.done = true;
    });
    return state;
  }

  it('resolves as soon as the promise settles, before the time is up', async () => {
    const answer = Promise.resolve('rows');
    const state = track(settledOrAfter(answer, 100));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
  });

  it('resolves when the time is up, while the promise still waits', async () => {
    const state = track(settledOrAfter(new Promise(() => {}), 100));
    await vi.advanceTimersByTimeAsync(99);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
  });

  it('resolves, never rejects, when the promise fails', async () => {
    const failed = Promise.reject(new Error('network'));
    await expect(settledOrAfter(failed, 100)).resolves.toBeUndefined();
  });
});
