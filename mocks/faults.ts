import { HttpResponse } from 'msw';
import { type DemoFaultMode, demoFaultModes } from '@/api/demo-schema';
import type { Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';

/**
 * The demo's fault switches (`?demo-errors=…`, PATCH /demo/state), the contract's `demoFaultModes`, for seeing how
 * the console copes with a failing server: `reads` fails every GET, `writes` every write (nothing is stored),
 * `lost-answers` stores writes but loses their answers (a network error), `hang` never answers, `flaky` fails
 * one request in five. The demo API itself (`/demo/*`) is never faulted.
 */
export const faultModes = demoFaultModes;
export type FaultMode = DemoFaultMode;

/** Where the router reads the fault mode on every request: a field in Node, the tab's sessionStorage in the browser. */
export interface FaultSwitch {
  mode: FaultMode;
}

/** A switch's value as a fault mode; anything unknown is `off`. */
export function faultModeOf(value: string | null | undefined): FaultMode {
  return faultModes.find((mode) => mode === value) ?? 'off';
}

export const faultMessages = {
  reads: englishProblem('demo.fault_reads').message,
  writes: englishProblem('demo.fault_writes').message,
  flaky: englishProblem('demo.fault_flaky').message,
} as const;

const faultCodes = { reads: 'demo.fault_reads', writes: 'demo.fault_writes', flaky: 'demo.fault_flaky' } as const;

function failure(mode: keyof typeof faultCodes) {
  const problem: Problem = englishProblem(faultCodes[mode]);
  return HttpResponse.json(problem, { status: 500 });
}

/**
 * What a fault does to a request before the route sees it: an answer, a promise that never settles
 * (`hang`), or undefined to let it through. `flaky` counts the requests it saw, so it is deterministic.
 */
export function createFaults() {
  let requests = 0;
  return (mode: FaultMode, isWrite: boolean): Response | Promise<never> | undefined => {
    switch (mode) {
      case 'reads':
        return isWrite ? undefined : failure('reads');
      case 'writes':
        return isWrite ? failure('writes') : undefined;
      case 'hang':
        return new Promise<never>(() => {});
      case 'flaky':
        requests += 1;
        return requests % 5 === 0 ? failure('flaky') : undefined;
      default:
        return undefined;
    }
  };
}
