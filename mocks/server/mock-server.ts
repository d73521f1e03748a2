/**
 * `npm run mock-server -- [--port N] [--host HOST] [--users N] [--groups N] [--empty] [--latency MS]
 * [--errors MODE] [--data FILE]`: the mock API over real HTTP (see main.ts, and `--help`).
 *
 * Node runs this file as it is (it strips the types), but the mock API's modules need what Vite gives
 * them in the dev server and Vitest: the `@/` and `@mocks/` aliases, extensionless imports and
 * TypeScript beyond type stripping (parameter properties). So they are loaded through Vite's own module
 * runner, with the same aliases as vite.config.ts, and without the config's plugins (the mock API needs
 * none): no hand-made resolver, and no experimental Node flags.
 */
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';
import type { main as Main } from './main.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const vite = await createServer({
  configFile: false,
  envFile: false,
  root,
  logLevel: 'error',
  appType: 'custom',
  publicDir: false,
  resolve: { alias: { '@/': `${root}src/`, '@mocks/': `${root}mocks/` } },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 1;
try {
  const runner = createServerModuleRunner(vite.environments.ssr, { hmr: false });
  const { main } = (await runner.import('/mocks/server/main.ts')) as { main: typeof Main };
  code = await main(process.argv.slice(2));
} finally {
  await vite.close();
}
process.exitCode = code;
