import * as z from 'zod/mini';
import { pageSchema } from './common-schema';

/** What a history entry records: the customer user's creation, a change of its data, or of its memberships. */
export const historyActions = ['created', 'updated', 'permissions'] as const;
export const historyActionSchema = z.enum(historyActions);
export type HistoryAction = z.infer<typeof historyActionSchema>;

/** A password is never shown, not even in the history: only that it changed. */
export const passwordChangeSchema = z.object({ field: z.literal('password'), changed: z.literal(true) });

/**
 * A field from one value to another, as text. `field` is a customer user's field (`email`), `group` (a
 * group membership: `group` names the group, the values are its permissions, `ro, rw`) or `customers`
 * (the extra customers, comma-separated). An empty value is none.
 */
export const valueChangeSchema = z.object({
  field: z.string(),
  group: z.optional(z.string()),
  from: z.string(),
  to: z.string(),
});

export const historyChangeSchema = z.union([passwordChangeSchema, valueChangeSchema]);
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/** One write to a customer user: when, by whom (the agent's login), and what changed. */
export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  by: z.string(),
  action: historyActionSchema,
  changes: z.array(historyChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** A page of a customer user's history, newest first. */
export const historyQuerySchema = z.object({
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 25),
});
export type HistoryQuery = z.output<typeof historyQuerySchema>;

export const historyPageSchema = pageSchema(historyEntrySchema);
export type HistoryPage = z.infer<typeof historyPageSchema>;
