// Validity for many at once: `POST /customer-users/validity-batch`.
import * as z from 'zod/mini';
import { validitySchema, versionSchema } from './common-schema';
import { problemSchema, rule } from './problem';

/** At most this many changes in one validity batch. */
export const maxValidityChanges = 1000;

/** One row of a validity batch: the customer user, the version the admin saw, the new validity. */
export const validityChangeSchema = z.strictObject({
  id: z
    .string({ error: rule('validity_batch.id_invalid') })
    .check(z.minLength(1, { error: rule('validity_batch.id_invalid') })),
  version: versionSchema,
  validity: validitySchema,
});
export type ValidityChange = z.infer<typeof validityChangeSchema>;

/**
 * The body of `POST /customer-users/validity-batch`: 1 to 1000 changes. A bad row does not refuse the
 * batch: each row is checked on its own and answered `invalid` with its problem.
 */
export const validityBatchSchema = z.strictObject({
  changes: z
    .array(z.unknown())
    .check(
      z.minLength(1, { error: rule('validity_batch.size', { min: 1, max: maxValidityChanges }) }),
      z.maxLength(maxValidityChanges, { error: rule('validity_batch.size', { min: 1, max: maxValidityChanges }) }),
    ),
});
export interface ValidityBatch {
  changes: ValidityChange[];
}

export const validityResultStatuses = ['updated', 'conflict', 'not-found', 'invalid'] as const;
export type ValidityResultStatus = (typeof validityResultStatuses)[number];

/**
 * The answer for one row, in the order sent: `updated` (with the new version), `conflict` (someone else
 * changed it: the current version, nothing written), `not-found`, or `invalid` (with its problem).
 */
export const validityResultSchema = z.object({
  id: z.string(),
  status: z.enum(validityResultStatuses),
  version: z.optional(versionSchema),
  problem: z.optional(problemSchema),
});
export type ValidityResult = z.infer<typeof validityResultSchema>;

export const validityBatchResultsSchema = z.object({ results: z.array(validityResultSchema) });
export type ValidityBatchResults = z.infer<typeof validityBatchResultsSchema>;
