import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = 5183;
/**
 * The production project: the build (with the mock API, for the demo data), deployed as README, Deploying says
 * (under a sub-path, with a runtime config.json naming an API base URL other than the build's `/api`), served by
 * `npm run preview` with the Content-Security-Policy.
 */
export const production = {
  port: 4183,
  subPath: '/admin/customer-users/',
  /** Relative to the app: the mock API serves it at /admin/customer-users/runtime-api. */
  apiBaseUrl: 'runtime-api',
  outDir: 'node_modules/.cache/e2e-production',
};
/** The deployment steps: config.json beside index.html, and index.html's `<base href>` set to the sub-path. */
const deploy = [
  'const fs = require("node:fs");',
  `const dir = ${JSON.stringify(production.outDir)};`,
  `fs.writeFileSync(dir + "/config.json", ${JSON.stringify(JSON.stringify({ apiBaseUrl: production.apiBaseUrl }))});`,
  'const html = fs.readFileSync(dir + "/index.html", "utf8");',
  `const deployed = html.replace(/<base href="[^"]*"/, ${JSON.stringify(`<base href="${production.subPath}"`)});`,
  'if (deployed === html) throw new Error("index.html has no <base href> to set");',
  'fs.writeFileSync(dir + "/index.html", deployed);',
].join(' ');
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // The dev server serves the app unbundled (a few hundred modules per cold load); on a small, busy CI
  // machine a screen can take several seconds to appear, which is slowness, not failure.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace of every test (to keep the failing ones) cost about a sixth of the run on 2 cores; a trace
    // is recorded when a test runs again: `npx playwright test --retries=1`, as CI does, or `--trace on`.
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    launchOptions: {
      // The system Chromium where there is one (browser downloads may be impossible); Playwright's own otherwise.
      executablePath: systemChromium,
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // `npx playwright test` runs both; `--project=production` only the production build's spec.
  projects: [
    { name: 'dev-server', testIgnore: 'production.spec.ts' },
    {
      name: 'production',
      testMatch: 'production.spec.ts',
      use: { baseURL: `http://localhost:${production.port}${production.subPath}` },
    },
  ],
  webServer: [
    {
      command: `npm run dev -- --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Built every run (never a stale build), deployed, and served with the CSP (vite.config.ts, `preview`).
      command:
        `npm run build -- --outDir ${production.outDir} --emptyOutDir --logLevel warn && ` +
        `node -e '${deploy}' && ` +
        `npm run preview -- --outDir ${production.outDir} --base ${production.subPath} --port ${production.port} --strictPort`,
      env: { VITE_API_MOCKING: 'on' },
      url: `http://localhost:${production.port}${production.subPath}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
