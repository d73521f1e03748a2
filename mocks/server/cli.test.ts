// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { server as testServer } from '@mocks/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The shared test set-up intercepts this process's requests with MSW; these tests talk to a real server.
beforeAll(() => testServer.close());
afterAll(() => testServer.listen({ onUnhandledFrame: 'error' }));

/** What `npm run mock-server` runs (the Node of `npm install`, as this test's own). */
const entry = fileURLToPath(new URL('./mock-server.ts', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The base URL the server prints once it listens. */
async function started({ output, exited }: Run): Promise<string> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (;;) {
    const url = /Mock API at (http:\/\/\S+)/.exec(output())?.[1];
    if (url) return url;
    if (stopped) throw new Error(`The server stopped:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm run mock-server', () => {
  it('starts in a few seconds with the switches, says where it is, and stops on SIGINT', async () => {
    const server = run(['--port', '0', '--users', '1500', '--latency', '0']);

    const baseUrl = await started(server);

    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(server.output()).toContain('1500 generated customer users');
    expect(server.output()).toContain(`VITE_API_BASE_URL=${baseUrl}`);
    const page = await (await fetch(`${baseUrl}/customer-users?limit=1`)).json();
    expect(page.total).toBe(1500);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  }, 20_000);

  it('refuses a corrupt data file with a message naming it, exits 1, and leaves the file as it was', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'mock-server-cli-'));
    try {
      const file = join(directory, 'qa.json');
      await writeFile(file, '{"seed": {"kind": "demo"}, "customerUsers": [ truncated');

      const server = run(['--port', '0', '--data', file]);

      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`The data file ${file} is not JSON`);
      expect(server.output()).not.toContain('Mock API at');
      expect(await readFile(file, 'utf8')).toBe('{"seed": {"kind": "demo"}, "customerUsers": [ truncated');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 20_000);

  it('refuses a switch it does not know, or a bad value, with the usage and exit code 2', async () => {
    const unknown = run(['--colour']);
    const badMode = run(['--errors', 'sometimes']);

    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toMatch(/Unknown option '--colour'/);
    expect(unknown.output()).toContain('Usage: npm run mock-server');
    expect(await badMode.exited).toBe(2);
    expect(badMode.output()).toContain('--errors takes one of off, reads, writes, lost-answers, hang, flaky');
  }, 20_000);
});
