import * as z from 'zod/mini';
import { versionSchema } from './common-schema';
import { problemSchema, rule } from './problem';

// -- Importing customer users from a file --
//
// `POST /customer-users/import` takes up to `maxImportRows` rows of a file at a time. A row names its
// customer user by username (any letter case): an unknown username is added, a known one updated. Each row
// is checked on its own, with the same rules and messages as the form; a bad row refuses only itself.
// `dryRun: true` checks every row and writes nothing: what the preview shows. A write names the version
// each update was previewed at, so a row someone changed meanwhile is answered `conflict`, not overwritten.
// A row whose values equal the stored ones is `unchanged` and not written: running an import again
// writes no row twice.

/** At most this many rows in one import request. */
export const maxImportRows = 1000;

/**
 * One row as the file gives it: the columns it has, as text. A column the file lacks is left out: an update
 * keeps that field's stored value, an add leaves it empty (Validity: valid). Never a password: new users'
 * passwords are generated and answered once.
 */
export const importRowSchema = z.strictObject({
  title: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  login: z.optional(z.string()),
  email: z.optional(z.string()),
  customerId: z.optional(z.string()),
  phone: z.optional(z.string()),
  fax: z.optional(z.string()),
  mobile: z.optional(z.string()),
  street: z.optional(z.string()),
  zip: z.optional(z.string()),
  city: z.optional(z.string()),
  country: z.optional(z.string()),
  comment: z.optional(z.string()),
  validity: z.optional(z.string()),
  /** On a write: the version the row's customer user had in the preview (an update only). */
  version: z.optional(versionSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;
/** The fields a file's columns can fill. */
export type ImportField = Exclude<keyof ImportRow, 'version'>;

/** The fields a file's columns can fill, in the form's order: also the columns Export CSV writes. */
export const importFields = [
  'title',
  'firstName',
  'lastName',
  'login',
  'email',
  'customerId',
  'phone',
  'fax',
  'mobile',
  'street',
  'zip',
  'city',
  'country',
  'comment',
  'validity',
] as const satisfies readonly ImportField[];

export const importRequestSchema = z.strictObject({
  dryRun: z.boolean({ error: rule('import.dry_run_invalid') }),
  rows: z
    .array(z.unknown())
    .check(
      z.minLength(1, { error: rule('import.size', { min: 1, max: maxImportRows }) }),
      z.maxLength(maxImportRows, { error: rule('import.size', { min: 1, max: maxImportRows }) }),
    ),
});
export interface ImportRequest {
  dryRun: boolean;
  rows: ImportRow[];
}

export const importStatuses = ['add', 'update', 'unchanged', 'invalid', 'conflict'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * The answer for one row, in the order sent.
 * - `add`: a new customer user (on a write: added, with its `id` and the `generatedPassword`, said this once).
 * - `update`: an existing one whose values differ (`id`, `version`: on a dry run the current one, on a write the new one).
 * - `unchanged`: an existing one already holding these values; nothing is written.
 * - `invalid`: `problems` by field (`login`, `email`, `customerId`…, as a form's 400) or `row` for the row as a whole.
 * - `conflict`: changed by someone else since the preview (`version` is the current one); nothing is written.
 */
export const importResultSchema = z.object({
  status: z.enum(importStatuses),
  id: z.optional(z.string()),
  version: z.optional(versionSchema),
  problems: z.optional(z.record(z.string(), problemSchema)),
  generatedPassword: z.optional(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importResultsSchema = z.object({ results: z.array(importResultSchema) });
export type ImportResults = z.infer<typeof importResultsSchema>;
