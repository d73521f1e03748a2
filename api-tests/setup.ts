import { afterAll, beforeAll } from 'vitest';
import { startTarget, stopTarget } from './client';

// Each test file talks to its own in-process mock (a fresh store), or to the server at API_BASE_URL.
beforeAll(() => startTarget());
afterAll(() => stopTarget());
