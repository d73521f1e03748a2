/**
 * npm run contract: writes docs/openapi.json, the HTTP contract as OpenAPI 3.1, made from the zod schemas in
 * src/api/ (src/api/openapi/) with the mock's answers on the demo seed as examples (mocks/openapi/). Vite's
 * module runner loads them with the project's own aliases (`@/`, `@mocks/`); Biome formats the file.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile, runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = join(root, 'docs', 'openapi.json');

const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, join(root, 'vite.config.ts'));
const { module } = await runnerImport<{ generateOpenApiJson: () => Promise<string> }>('/mocks/openapi/examples.ts', {
  root,
  resolve: { alias: loaded?.config.resolve?.alias },
  logLevel: 'warn',
});
writeFileSync(target, await module.generateOpenApiJson());
execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', target], { stdio: 'inherit' });
console.log(`Wrote ${target}`);
