import * as z from 'zod/mini';

// The contract uses zod/mini: the same schemas and inferred types as classic zod, at a third of the bundle.

export const validities = ['valid', 'invalid', 'invalid-temporarily'] as const;
export const validitySchema = z.enum(validities, {
  error: 'Validity must be valid, invalid or invalid-temporarily.',
});
export type Validity = z.infer<typeof validitySchema>;

/** Server-side field errors: `{ errors: { email: "…" } }`, the answer to a 400. */
export const fieldErrorsSchema = z.object({
  errors: z.record(z.string(), z.string()),
});
export type FieldErrors = z.infer<typeof fieldErrorsSchema>['errors'];

export const versionSchema = z.int({ error: 'Version must be a whole number.' }).check(z.minimum(0));

export const auditSchema = z.object({
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  changedAt: z.iso.datetime(),
  changedBy: z.string(),
  version: versionSchema,
});

export function pageSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.minimum(0)),
    offset: z.int().check(z.minimum(0)),
    limit: z.int().check(z.minimum(1)),
  });
}

/** Trimmed text: a value of only spaces is empty; "0" is a value. */
export function optionalText(label: string, max: number) {
  return z._default(z.string({ error: `${label} must be text.` }).check(z.trim(), tooLong(label, max)), '');
}

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .check(z.trim(), z.minLength(1, { error: `${label} is required.` }), tooLong(label, max));
}

/** An address as browsers check it: `root@localhost` is one (as in Znuny), `jane@` and `a b@c.example` are not. */
export function requiredEmail(label: string, max: number) {
  return z.pipe(
    requiredText(label, max),
    z.email({ pattern: z.regexes.html5Email, error: `${label} must be a valid email address.` }),
  );
}

/** A name others search for: `*` is the search's wildcard, so it cannot be part of the name. */
export function requiredName(label: string, max: number) {
  return requiredText(label, max).check(
    z.refine((value) => !value.includes('*'), { error: `${label} may not contain “*”, the search wildcard.` }),
  );
}

function tooLong(label: string, max: number) {
  return z.maxLength(max, { error: `${label} must be at most ${max} characters.` });
}
