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

// Text is normalised to NFC and trimmed; a required value is empty when nothing is left of it once
// format characters (U+200B zero-width space, bidi marks…) and control characters are taken out.

/** Format (Cf) and control (Cc) characters, and whitespace: what a reader does not see. */
const invisible = /[\p{Cf}\p{Cc}\s]/gu;

/** Trimmed NFC text: a value of only spaces is empty; "0" is a value. */
export function optionalText(label: string, max: number) {
  return z._default(
    z.string({ error: `${label} must be text.` }).check(z.normalize('NFC'), z.trim(), tooLong(label, max)),
    '',
  );
}

export function requiredText(label: string, max: number) {
  return z.string({ error: `${label} is required.` }).check(
    z.normalize('NFC'),
    z.trim(),
    z.refine((value) => value.replace(invisible, '') !== '', { error: `${label} is required.`, abort: true }),
    tooLong(label, max),
  );
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

/**
 * An ID that names a record in links (a username, a Customer ID): a searchable name without control
 * characters or bidi controls, and nothing that would change the meaning of a URL it is part of.
 */
export function requiredId(label: string, max: number) {
  return requiredName(label, max).check(...idRules(label));
}

/** Control characters and bidi controls (embeddings, overrides, isolates, marks): they hide what an ID says. */
const controls = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** What changes the meaning of a URL path segment the ID is part of. */
const urlBreakers = ['/', '\\', '%', '?', '#'] as const;

function idRules(label: string) {
  return [
    z.refine<string>((value) => !controls.test(value), {
      error: `${label} may not contain control characters or invisible direction marks.`,
    }),
    z.refine<string>((value) => value !== '.' && value !== '..', {
      error: `${label} cannot be “.” or “..”: links to it would point elsewhere.`,
    }),
    z.superRefine<string>((value, context) => {
      const found = urlBreakers.find((character) => value.includes(character));
      if (found)
        context.addIssue({ code: 'custom', message: `${label} may not contain “${found}”: it would break links.` });
    }),
  ];
}

/**
 * What two values must differ in to be different usernames, emails or IDs: NFC, without format
 * characters (zero-width space, bidi marks), case-folded. `jdoe` + U+200B is `jdoe`, `JOSE\u0301` is `josé`.
 */
export function comparableText(value: string): string {
  const visible = value.replace(/\p{Cf}/gu, '').normalize('NFC');
  return visible.toUpperCase().toLowerCase().normalize('NFC');
}

function tooLong(label: string, max: number) {
  return z.maxLength(max, { error: `${label} must be at most ${max} characters.` });
}
