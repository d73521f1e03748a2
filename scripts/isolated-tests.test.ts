// @vitest-environment node
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Test files share one module graph per worker (vite.config.ts, `isolate: false`), so a file that replaces
// modules would carry its mocks into the files after it: such a file must be named `*.isolated.test.*`.
const replacesModules = /\bvi\.(?:mock|doMock|resetModules|unmock)\(/;

describe('test files that replace modules', () => {
  const testFiles = ['src', 'mocks', 'scripts'].flatMap((root) => globSync(`${root}/**/*.test.{ts,tsx}`));

  it('finds the test files', () => {
    expect(testFiles.length).toBeGreaterThan(50);
  });

  it('are named *.isolated.test.*, so they run with modules of their own', () => {
    const shared = testFiles.filter(
      (file) => !/\.isolated\.test\.tsx?$/.test(file) && replacesModules.test(readFileSync(file, 'utf8')),
    );
    expect(shared).toEqual([]);
  });
});
