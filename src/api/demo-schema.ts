import * as z from 'zod/mini';

// The demo API: only the mock API serves it (the dev server, the demo build, tests, `npm run mock-server`).
// A real backend has none of it. The Demo panel and QA's Playwright fixtures drive the mock through it.

/** The fault switches: `reads` fails every GET, `writes` every write, `lost-answers` stores writes but loses
 * their answers, `hang` never answers, `flaky` fails one request in five. */
export const demoFaultModes = ['off', 'reads', 'writes', 'lost-answers', 'hang', 'flaky'] as const;
export type DemoFaultMode = (typeof demoFaultModes)[number];

/** At most this many generated customer users and groups. */
export const maxDemoUsers = 100_000;
export const maxDemoGroups = 5_000;
/** At most this much latency per answer, in ms. */
export const maxDemoLatency = 30_000;

const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** The data set: the hand-made seed, an empty installation, or N generated customer users (and N extra groups). */
export const demoDataSetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo'), groups: z.optional(count(maxDemoGroups)) }),
  z.object({ kind: z.literal('empty') }),
  z.object({
    kind: z.literal('generated'),
    customerUsers: count(maxDemoUsers),
    groups: z.optional(count(maxDemoGroups)),
  }),
]);
export type DemoDataSet = z.infer<typeof demoDataSetSchema>;

/** `GET /demo/state`: every switch as it is now. Group support and the session have their own APIs. */
export const demoStateSchema = z.object({
  dataSet: demoDataSetSchema,
  latencyMs: count(maxDemoLatency),
  faults: z.enum(demoFaultModes),
});
export type DemoState = z.infer<typeof demoStateSchema>;

/** `PATCH /demo/state`: the switches to change; answers the whole state. */
export const demoStateChangeSchema = z.strictObject({
  latencyMs: z.optional(count(maxDemoLatency)),
  faults: z.optional(z.enum(demoFaultModes)),
});
export type DemoStateChange = z.infer<typeof demoStateChangeSchema>;

/** `POST /demo/reset`: puts a data set back (the hand-made seed when none is named); answers the whole state. */
export const demoResetSchema = z.strictObject({ dataSet: z.optional(demoDataSetSchema) });
export type DemoReset = z.infer<typeof demoResetSchema>;

/** `POST /demo/session`: act as an administrator or not (answers the session, `sessionSchema`). */
export const demoSessionSchema = z.strictObject({ isAdministrator: z.boolean() });
export type DemoSession = z.infer<typeof demoSessionSchema>;
