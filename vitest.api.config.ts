import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The API conformance suite (`npm run test:api`): HTTP only, in Node (no jsdom). Without API_BASE_URL each
// file runs against its own in-process mock, so files run in parallel; against a server they share its
// data and settings, so they run one after another.
const againstServer = Boolean(process.env.API_BASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      '@mocks/': fileURLToPath(new URL('./mocks/', import.meta.url)),
    },
  },
  test: {
    name: 'api',
    environment: 'node',
    include: ['api-tests/**/*.test.ts'],
    setupFiles: ['./api-tests/setup.ts'],
    fileParallelism: !againstServer,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
