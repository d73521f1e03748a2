import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { latencySwitch, maxLatency, seedSwitch } from '@mocks/demo-switches';
import { type FaultMode, faultModes } from '@mocks/faults';
import type { SeedOptions } from '@mocks/seed/seed';
import { maxSeedGroups, maxSeedUsers } from '@mocks/store/demo-store';

export const defaultPort = 4010;
export const defaultHost = '127.0.0.1';

/** What `npm run mock-server -- …` asks for. */
export interface MockServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The data to start from; undefined: the demo seed, or what the data file holds. */
  seed?: SeedOptions | undefined;
  /** Milliseconds every answer waits (`--latency`). */
  latency: number;
  faults: FaultMode;
  /** Where the data is kept between runs (`--data`), as an absolute path; undefined: in memory only. */
  dataFile?: string | undefined;
}

export const usage = `Usage: npm run mock-server -- [options]

Serves the mock API (the same handlers and store as the dev server) over HTTP at http://HOST:PORT/api.

  --port N         the port (default ${defaultPort}; 0 picks a free one)
  --host HOST      the address to listen on (default ${defaultHost})
  --users N        N generated customer users instead of the demo seed (up to ${maxSeedUsers})
  --groups N       N generated groups besides the demo ones (up to ${maxSeedGroups})
  --empty          start like a fresh installation: no customers, no customer users
  --latency MS     delay every answer by MS milliseconds (up to ${maxLatency})
  --errors MODE    fake faults: ${faultModes.join(', ')}
  --data FILE      keep the data in FILE (JSON): read on start, written after every write
  --help           this text

--users, --groups and --empty reseed, also over what --data FILE holds.`;

/** A command line the server cannot start with; the message says what is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function whole(name: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number from 0 to ${max}, not "${value}".`);
  return value;
}

/** The options in a command line (without `node` and the script); undefined for `--help`. */
export function parseOptions(argv: readonly string[], cwd = process.cwd()): MockServerOptions | undefined {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return undefined;

  const port = Number(whole('port', values.port, 65_535) ?? defaultPort);
  if (port > 65_535) throw new UsageError(`--port takes a whole number from 0 to 65535, not "${values.port}".`);
  const users = whole('users', values.users, maxSeedUsers);
  const groups = whole('groups', values.groups, maxSeedGroups);
  if (values.empty && (users !== undefined || groups !== undefined)) {
    throw new UsageError('--empty starts with no data: it does not go with --users or --groups.');
  }
  const latency = whole('latency', values.latency, maxLatency);
  const faults = faultModes.find((mode) => mode === (values.errors ?? 'off'));
  if (!faults) throw new UsageError(`--errors takes one of ${faultModes.join(', ')}, not "${values.errors}".`);
  if (values.data === '') throw new UsageError('--data takes a file name.');

  return {
    host: values.host ?? defaultHost,
    port,
    seed: seedSwitch({ users, groups, demo: values.empty ? 'empty' : undefined }),
    latency: latencySwitch(latency),
    faults,
    dataFile: values.data === undefined ? undefined : resolve(cwd, values.data),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      users: { type: 'string' },
      groups: { type: 'string' },
      empty: { type: 'boolean' },
      latency: { type: 'string' },
      errors: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The counts a seed asks for, for the start-up line. */
export function describeSeed(seed: SeedOptions): string {
  switch (seed.kind) {
    case 'empty':
      return 'empty (a fresh installation)';
    case 'generated':
      return `${seed.customerUsers} generated customer users${seed.groups ? `, ${seed.groups} generated groups` : ''}`;
    default:
      return `the demo seed${seed.groups ? ` with ${seed.groups} generated groups` : ''}`;
  }
}
