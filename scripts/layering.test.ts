// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each probe is a deliberate violation of a layering rule in biome.json, written where the rule
// applies: the linter must refuse it. The allowed imports beside them must pass.
const probeFolder = '__layering_probe__';
const probes = {
  'shared UI importing the API layer': ['src/components', "import { apiRequest } from '@/api/api-client';"],
  'shared UI importing a feature': ['src/components', "import { useSettings } from '@/features/settings';"],
  'a feature importing another feature’s internals': [
    'src/features/customers',
    "import { useSession } from '@/features/permissions/api/session-api';",
  ],
  'a feature importing the app': ['src/features/customers', "import { AppRoutes } from '@/app/app-routes';"],
  'app code importing the mock API': ['src/features/customers', "import { testStore } from '@mocks/node';"],
  'the app importing the mock API': ['src/app', "import { testStore } from '@mocks/node';"],
  'app code reaching the mock API by a relative path': [
    'src/features/customers',
    "import { x } from '../../../mocks/node';",
  ],
  'the contract importing a screen': ['src/api', "import { S } from '@/features/settings/routes/screens';"],
  'pure logic importing shared UI': ['src/lib', "import { Pagination } from '@/components/ui/pagination';"],
  'the mock API importing a feature': ['mocks', "import { useSettings } from '@/features/settings';"],
} as const;
const allowed = {
  'a feature using another through its public entry': [
    'src/features/customers',
    "import { useSession } from '@/features/permissions';",
  ],
  'a feature using another’s screens': [
    'src/features/customers',
    "import { S } from '@/features/permissions/routes/screens';",
  ],
  'a test reaching the mock API through the test helper': [
    'src/features/customers',
    "import { testStore } from '@/testing/mock-api';",
  ],
} as const;

const files = new Map<string, string>();
let diagnostics: { category: string; location: { path: string } }[] = [];

beforeAll(() => {
  for (const [name, [folder, line]] of Object.entries({ ...probes, ...allowed })) {
    const path = join(folder, probeFolder, `${name.replace(/\W+/g, '-')}.ts`);
    files.set(name, path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${line}\n`);
  }
  const cycle = join('src/lib', probeFolder);
  writeFileSync(join(cycle, 'cycle-a.ts'), "export { b } from './cycle-b';\nexport const a = 1;\n");
  writeFileSync(join(cycle, 'cycle-b.ts'), "export { a } from './cycle-a';\nexport const b = 2;\n");
  const folders = [...new Set([...files.values()].map(dirname))];
  let output: string;
  try {
    output = execFileSync(join('node_modules', '.bin', 'biome'), ['lint', '--reporter=json', ...folders], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  diagnostics = JSON.parse(output).diagnostics;
}, 60_000);

afterAll(() => {
  for (const path of new Set([...files.values()].map(dirname))) rmSync(path, { recursive: true, force: true });
});

const restrictedIn = (path: string | undefined) =>
  diagnostics.some(
    (diagnostic) => diagnostic.location.path === path && diagnostic.category.endsWith('noRestrictedImports'),
  );

describe('the linter enforces the layering', () => {
  it.each(Object.keys(probes))('refuses %s', (name) => {
    expect(restrictedIn(files.get(name))).toBe(true);
  });

  it.each(Object.keys(allowed))('allows %s', (name) => {
    expect(restrictedIn(files.get(name))).toBe(false);
  });

  it('refuses an import cycle', () => {
    expect(diagnostics.filter((diagnostic) => diagnostic.category.endsWith('noImportCycles')).length).toBe(2);
  });
});
