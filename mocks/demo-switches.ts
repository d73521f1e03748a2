import type { SeedOptions } from '@mocks/seed/seed';
import { maxSeedGroups, maxSeedUsers } from '@mocks/store/demo-store';
import { maxDemoLatency } from '@/api/demo-schema';

/**
 * The demo API's switches, read the same way wherever they come from: the browser's URL
 * (`?demo-users=`, `?demo-groups=`, `?demo=`, `?demo-latency=`) and `npm run mock-server`'s options
 * (`--users`, `--groups`, `--empty`, `--latency`). The fault switch is `faultModeOf` in mocks/faults.ts.
 */

/** At most this much latency per answer, in ms. */
export const maxLatency = maxDemoLatency;

/** A count switch as a whole number within 0..max (anything not a number is 0); undefined when it is not given. */
export function countSwitch(value: string | null | undefined, max: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  return Math.min(max, Math.max(0, Math.floor(Number(value) || 0)));
}

/** The latency switch in ms, within 0..maxLatency (anything not a number, or nothing, is 0). */
export function latencySwitch(value: string | null | undefined): number {
  return Math.min(maxLatency, Math.max(0, Number(value ?? 0) || 0));
}

/** The data switches as given (null or undefined: not given). */
export interface SeedSwitches {
  /** N generated customer users (`?demo-users=N`, `--users N`). */
  users?: string | null | undefined;
  /** N generated groups besides the demo ones (`?demo-groups=N`, `--groups N`). */
  groups?: string | null | undefined;
  /** `empty`: a fresh installation; `reset`: the demo seed (`?demo=…`, `--empty`). */
  demo?: string | null | undefined;
}

/** The seed the data switches ask for, within the store's caps; undefined when they ask for none. */
export function seedSwitch({ users, groups, demo }: SeedSwitches): SeedOptions | undefined {
  const customerUsers = countSwitch(users, maxSeedUsers);
  const groupCount = countSwitch(groups, maxSeedGroups);
  if (customerUsers !== undefined) return { kind: 'generated', customerUsers, groups: groupCount };
  if (groupCount !== undefined) return { kind: 'demo', groups: groupCount };
  switch (demo) {
    case 'empty':
      return { kind: 'empty' };
    case 'reset':
      return { kind: 'demo' };
    default:
      return undefined;
  }
}
