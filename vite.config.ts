/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The Content-Security-Policy the app runs under without a violation (README, Deploying). `npm run preview` sends
 * it, so the production e2e run proves it; the dev server does not (it injects inline styles).
 * `img-src data:`: the build inlines images under 4 KB as data URLs (none today).
 */
/** The origin of an API on another host that the build talks to (`VITE_API_BASE_URL`), if any: allowed to connect. */
function apiOrigin(): string {
  const base = process.env.VITE_API_BASE_URL ?? '';
  return /^https?:\/\//.test(base) ? ` ${new URL(base).origin}` : '';
}

const testFiles = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'];
const isolatedTestFiles = '**/*.isolated.test.{ts,tsx}';

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `connect-src 'self'${apiOrigin()}`,
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export default defineConfig({
  // Relative URLs between the built files: one build serves any path (index.html's `<base href>` names it).
  base: './',
  plugins: [
    react(),
    // Compiles the message catalogs (src/**/messages/{locale}.json) into typed functions in src/paraglide.
    // src/i18n decides the language itself; the one strategy named lets the runtime drop its URL and cookie code.
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/paraglide',
      strategy: ['globalVariable', 'baseLocale'],
      isServer: 'false',
    }),
  ],
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      '@mocks/': fileURLToPath(new URL('./mocks/', import.meta.url)),
      // The public-suffix list (60 % of the mock API's chunk) answers nothing for a mock that sets no cookies.
      tldts: fileURLToPath(new URL('./mocks/registrable-domain.ts', import.meta.url)),
    },
  },
  server: { port: 5173 },
  // `npm run preview -- --base /admin/customer-users/` serves the build under that path, index.html for every
  // unknown path below it (the router's screens), as the web server in README, Deploying does.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: {
    // Every browser with `light-dark()`, which the styles need, preloads modules itself: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What the first visit needs travels as one chunk (the `$initial` tag: statically imported from the
        // entry), not a file per shared module. What only on-demand screens use, wherever it lives, loads with
        // them. On-demand files are named by their hash alone: the entry lists them all for preloading, and
        // their names cost the first visit 0.5 KB gzip (see docs/decisions/007-shared-chunks.md).
        chunkFileNames: 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        codeSplitting: {
          groups: [{ name: 'app', tags: ['$initial'], test: /^(?!.*src\/main\.tsx$)/, minShareCount: 1 }],
        },
      },
    },
  },
  // Screens and the mock API load on demand; scanning them up front spares a full reload the first
  // time one opens on a fresh dev server.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'] },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Test files share one jsdom and one module graph per worker (`isolate: false`): starting both afresh for
    // each of ~90 files took 60 % of the run. setup-tests.ts puts back, before each test, every state a test may
    // leave behind. A file that replaces modules (`vi.mock`) is named `*.isolated.test.*` and gets its own
    // (scripts/layering.test.ts checks that), since a shared module graph would carry its mocks into other files.
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: testFiles, exclude: [isolatedTestFiles] },
      },
      { extends: true, test: { name: 'isolated', include: [isolatedTestFiles] } },
    ],
  },
});
