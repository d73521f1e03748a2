import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { DemoStore } from './store/demo-store';

/** The store and server Vitest runs against; tests reset the store to the seed before each test. */
export const testStore = new DemoStore();
export const server = setupServer(...createHandlers(testStore));
