import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { clearFlashes } from '@/lib/flash-messages';
import { server, testStore } from './mock-api';

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

beforeEach(() => {
  testStore.reset({ kind: 'demo' });
  clearFlashes();
  // An unexpected console error or warning (act(), keys, failed props) fails the test.
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`Unexpected console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => server.close());
