import { createHandlers } from '@mocks/handlers/create-handlers';
import { DemoStore } from '@mocks/store/demo-store';
import { setupServer } from 'msw/node';

/** The store and server Vitest runs against; tests reset the store to the seed before each test. */
export const testStore = new DemoStore();
export const server = setupServer(...createHandlers(testStore));
