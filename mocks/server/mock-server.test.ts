// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { server as testServer } from '@mocks/node';
import { demoCustomers } from '@mocks/seed/fixtures';
import { parseSnapshot } from '@mocks/snapshot-schema';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataFileError, diskFileSystem } from './data-file';
import { type RunningMockServer, type StartOptions, startMockServer } from './server';

// The shared test set-up intercepts this process's requests with MSW; these tests talk to a real server.
beforeAll(() => testServer.close());
afterAll(() => testServer.listen({ onUnhandledFrame: 'error' }));

const grace = {
  firstName: 'Grace',
  lastName: 'Hopper',
  login: 'ghopper',
  email: 'grace.hopper@example.com',
  customerId: demoCustomers['nordwind-logistics'].customerId,
};

const running: RunningMockServer[] = [];
let directory: string;
let logged: string[];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mock-server-'));
  logged = [];
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
  await rm(directory, { recursive: true, force: true });
});

async function start(options: StartOptions = {}): Promise<RunningMockServer> {
  const server = await startMockServer({ port: 0, log: (line) => logged.push(line), ...options });
  running.push(server);
  return server;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stop(server: RunningMockServer): Promise<void> {
  running.splice(running.indexOf(server), 1);
  await server.close();
}

function post(server: RunningMockServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the mock API over HTTP', () => {
  it('answers a list with the demo seed, as the dev server does', async () => {
    const server = await start();
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);

    const answer = await fetch(`${server.baseUrl}/customer-users?limit=2`);

    expect(answer.status).toBe(200);
    expect(answer.headers.get('Server-Timing')).toMatch(/^store;dur=/);
    const page = await answer.json();
    expect(page).toMatchObject({ total: 300, offset: 0, limit: 2 });
    expect(page.items).toHaveLength(2);
  });

  it('answers a path outside the API with a 404 problem, and a method a path lacks with a 405 and Allow', async () => {
    const server = await start();

    const missing = await fetch(`${server.baseUrl}/no-such-thing`);
    const deleted = await fetch(`${server.baseUrl}/customers`, { method: 'DELETE' });

    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'api.not_found' });
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('Allow')).toBe('GET, POST');
  });

  it('creates a customer user, and refuses bad input with a 400 naming each field', async () => {
    const server = await start();

    const created = await post(server, '/customer-users', grace);
    expect(created.status).toBe(201);
    const { customerUser } = await created.json();
    const read = await fetch(`${server.baseUrl}/customer-users/${customerUser.id}`);
    expect(await read.json()).toMatchObject({ login: 'ghopper', version: 1 });

    const refused = await post(server, '/customer-users', { ...grace, login: 'other', firstName: ' ', email: 'x' });
    expect(refused.status).toBe(400);
    const problem = await refused.json();
    expect(problem.code).toBe('request.invalid');
    expect(Object.keys(problem.errors).sort()).toEqual(['email', 'firstName']);
    expect(problem.errors.email.code).toBe('email.invalid');
  });

  it('starts with the switches: generated users, latency and faults', async () => {
    const server = await start({ seed: { kind: 'generated', customerUsers: 1234 }, latency: 150, faults: 'reads' });

    const started = performance.now();
    const failed = await fetch(`${server.baseUrl}/customer-users?limit=1`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ code: 'demo.fault_reads' });

    server.store.faults.mode = 'off';
    const page = await (await fetch(`${server.baseUrl}/customer-users?limit=1`)).json();
    expect(page.total).toBe(1234);
  });

  it('loses a write’s answer as a dropped connection (lost-answers), and a retry with its key replays it', async () => {
    const server = await start({ faults: 'lost-answers' });
    const key = { 'Idempotency-Key': 'retry-me' };

    await expect(post(server, '/customer-users', grace, key)).rejects.toThrow(/fetch failed/);
    server.store.faults.mode = 'off';
    const retried = await post(server, '/customer-users', grace, key);

    expect(retried.status).toBe(201);
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true');
    const page = await (await fetch(`${server.baseUrl}/customer-users?search=ghopper`)).json();
    expect(page.total).toBe(1);
  });
  it('never answers with --errors hang, and still stops at once, dropping the waiting request', async () => {
    const server = await start({ faults: 'hang' });

    const waiting = fetch(`${server.baseUrl}/session`).then(
      () => 'answered',
      () => 'dropped',
    );
    const first = (ms: number, ...settling: Promise<string>[]) =>
      Promise.race([...settling, sleep(ms).then(() => 'pending')]);

    expect(await first(300, waiting)).toBe('pending');
    const stopping = stop(server).then(() => 'stopped');
    expect(await first(2000, stopping)).toBe('stopped');
    expect(await waiting).toBe('dropped');
  });
});

describe('CORS', () => {
  const preflight = (server: RunningMockServer, origin: string, method = 'POST') =>
    fetch(`${server.baseUrl}/customer-users`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });

  it.each(['http://localhost:5173', 'http://127.0.0.1:4300', 'http://[::1]:8080', 'https://localhost'])(
    'lets a page at %s send its writes and read the answers',
    async (origin) => {
      const server = await start();

      const allowed = await preflight(server, origin, 'PUT');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(allowed.headers.get('Access-Control-Allow-Methods')?.split(', ')).toEqual(
        expect.arrayContaining(['GET', 'POST', 'PUT']),
      );
      expect(allowed.headers.get('Access-Control-Allow-Headers')?.toLowerCase().split(', ')).toEqual(
        expect.arrayContaining(['content-type', 'idempotency-key']),
      );
      expect(allowed.headers.get('Access-Control-Allow-Credentials')).toBeNull();

      const answer = await fetch(`${server.baseUrl}/customer-users?limit=1`, { headers: { Origin: origin } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(answer.headers.get('Access-Control-Expose-Headers')?.split(', ')).toEqual(
        expect.arrayContaining(['Allow', 'Server-Timing']),
      );
      expect(answer.headers.get('Vary')).toContain('Origin');
    },
  );

  it.each([
    'http://evil.example',
    'http://localhost.evil.example:5173',
    'http://127.0.0.1.evil.example',
    'null',
    'file://',
  ])('refuses a page at %s, with no CORS headers, and stores nothing it sent', async (origin) => {
    const server = await start();

    const refused = await preflight(server, origin);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(refused.headers.get('Access-Control-Allow-Methods')).toBeNull();

    // A "simple" cross-site POST (no preflight) is refused as well.
    const simple = await fetch(`${server.baseUrl}/customer-users`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'text/plain' },
      body: JSON.stringify(grace),
    });
    expect(simple.status).toBe(403);
    expect(simple.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const page = await (await fetch(`${server.baseUrl}/customer-users?search=ghopper`)).json();
    expect(page.total).toBe(0);
  });
});

describe('--data FILE', () => {
  it('keeps the data across a restart', async () => {
    const file = join(directory, 'data.json');
    const first = await start({ dataFile: file });
    const created = await (await post(first, '/customer-users', grace)).json();
    await stop(first);

    const stored = await readFile(file, 'utf8');
    expect(parseSnapshot(stored)?.customerUsers.map((user) => user.login)).toEqual(['ghopper']);
    const second = await start({ dataFile: file });
    const read = await fetch(`${second.baseUrl}/customer-users/${created.customerUser.id}`);

    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ login: 'ghopper' });
    expect(await readdir(directory)).toEqual(['data.json']);
  });

  it('has a write in the file before its answer goes out', async () => {
    const file = join(directory, 'data.json');
    const server = await start({ dataFile: file });

    await post(server, '/customer-users', grace);

    expect(parseSnapshot(await readFile(file, 'utf8'))?.customerUsers.map((user) => user.login)).toEqual(['ghopper']);
  });

  it('starts a missing file from the seed (and the switches), and writes it at once', async () => {
    const file = join(directory, 'new.json');
    const server = await start({ dataFile: file, seed: { kind: 'empty' } });

    const page = await (await fetch(`${server.baseUrl}/customer-users`)).json();
    expect(page.total).toBe(0);
    expect(parseSnapshot(await readFile(file, 'utf8'))?.seed).toEqual({ kind: 'empty' });
  });

  it.each([
    ['not JSON', '{"seed": {"kind": "demo"}, "customerUsers": [', /is not JSON/],
    ['JSON, not a snapshot', '{"hello": "world"}', /is JSON but not the mock API's data/],
    [
      'a snapshot breaking the contract',
      '{"seed":{"kind":"demo"},"customerUsers":[{"login":1}],"customers":[]}',
      /not/,
    ],
    ['empty', '', /is not JSON/],
  ])('refuses a file that is %s with a message naming it, and leaves it byte for byte', async (_name, text, reason) => {
    const file = join(directory, 'data.json');
    const bytes = Buffer.from(text, 'utf8');
    await writeFile(file, bytes);

    const starting = start({ dataFile: file });

    await expect(starting).rejects.toThrow(DataFileError);
    await expect(starting).rejects.toThrow(reason);
    await expect(starting).rejects.toThrow(file);
    expect(await readFile(file)).toEqual(bytes);
    expect(await readdir(directory)).toEqual(['data.json']);
  });

  it('writes FILE.tmp and renames it over FILE: a crash before the rename leaves the old file whole', async () => {
    const file = join(directory, 'data.json');
    const first = await start({ dataFile: file });
    await post(first, '/customer-users', grace);
    await stop(first);
    const before = await readFile(file);

    // The process "dies" after writing the temporary file, before renaming it into place.
    const renames: string[] = [];
    const server = await start({
      dataFile: file,
      fileSystem: {
        ...diskFileSystem,
        async rename(from, to) {
          renames.push(`${from} -> ${to}`);
          throw new Error('simulated crash');
        },
      },
    });
    const refused = await post(server, '/customer-users', {
      ...grace,
      login: 'qa.tester',
      email: 'qa.tester@example.com',
    });

    expect(renames).toEqual([`${file}.tmp -> ${file}`]);
    expect(await readFile(file)).toEqual(before);
    expect(parseSnapshot(await readFile(`${file}.tmp`, 'utf8'))?.customerUsers).toHaveLength(2);
    // The write is answered as not stored, and the store forgot it.
    expect(refused.status).toBe(507);
    expect(await refused.json()).toMatchObject({ code: 'demo.storage_failed' });
    const page = await (await fetch(`${server.baseUrl}/customer-users?search=qa.tester`)).json();
    expect(page.total).toBe(0);

    // A restart reads the file, not the leftover temporary one, and the next write replaces that.
    await stop(server);
    const restarted = await start({ dataFile: file });
    expect((await (await fetch(`${restarted.baseUrl}/customer-users?search=ghopper`)).json()).total).toBe(1);
    expect((await (await fetch(`${restarted.baseUrl}/customer-users?search=qa.tester`)).json()).total).toBe(0);
    await post(restarted, '/customer-users', { ...grace, login: 'qa.tester', email: 'qa.tester@example.com' });
    expect(await readdir(directory)).toEqual(['data.json']);
    expect(parseSnapshot(await readFile(file, 'utf8'))?.customerUsers).toHaveLength(2);
  });
});
