import * as z from 'zod/mini';
import type { FieldName } from './labels';
import { rule } from './problem';
import type { ProblemCode } from './problem-english';
// The contract uses zod/mini: the same schemas and inferred types as classic zod, at a third of the bundle.
// Its rules carry codes and params, not sentences (see ./problem): each caller says them in its language.

export const validities = ['valid', 'invalid', 'invalid-temporarily'] as const;
export const validitySchema = z.enum(validities, { error: rule('validity.invalid') });
export type Validity = z.infer<typeof validitySchema>;

/** Messages per field, in the language shown: what a form shows beside each field. */
export type FieldErrors = Record<string, string>;

export const versionSchema = z.int({ error: rule('version.invalid') }).check(z.minimum(0));

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

/** A rule on the field `field`: its code, the field and any other params. */
function fieldRule(code: ProblemCode, field: FieldName, params: Record<string, string | number> = {}) {
  return rule(code, { field, ...params });
}

/** Trimmed NFC text: a value of only spaces is empty; "0" is a value. */
export function optionalText(field: FieldName, max: number) {
  return z._default(
    z.string({ error: fieldRule('text.not_text', field) }).check(z.normalize('NFC'), z.trim(), tooLong(field, max)),
    '',
  );
}

export function requiredText(field: FieldName, max: number) {
  return z.string({ error: fieldRule('text.required', field) }).check(
    z.normalize('NFC'),
    z.trim(),
    z.refine((value) => value.replace(invisible, '') !== '', { error: fieldRule('text.required', field), abort: true }),
    tooLong(field, max),
  );
}

/** An address as browsers check it: `root@localhost` is one (as in Znuny), `jane@` and `a b@c.example` are not. */
export function requiredEmail(field: FieldName, max: number) {
  return z.pipe(
    requiredText(field, max),
    z.email({ pattern: z.regexes.html5Email, error: fieldRule('email.invalid', field) }),
  );
}

/** A name others search for: `*` is the search's wildcard, so it cannot be part of the name. */
export function requiredName(field: FieldName, max: number) {
  return requiredText(field, max).check(
    z.refine((value) => !value.includes('*'), { error: fieldRule('name.wildcard', field) }),
  );
}

/**
 * An ID that names a record in links (a username, a Customer ID): a searchable name without control
 * characters or bidi controls, and nothing that would change the meaning of a URL it is part of.
 */
export function requiredId(field: FieldName, max: number) {
  return requiredName(field, max).check(...idRules(field));
}

/** Control characters and bidi controls (embeddings, overrides, isolates, marks): they hide what an ID says. */
const controls = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** What changes the meaning of a URL path segment the ID is part of. */
const urlBreakers = ['/', '\\', '%', '?', '#'] as const;

function idRules(field: FieldName) {
  return [
    z.refine<string>((value) => !controls.test(value), { error: fieldRule('id.control_characters', field) }),
    z.refine<string>((value) => value !== '.' && value !== '..', { error: fieldRule('id.dot_segment', field) }),
    z.superRefine<string>((value, context) => {
      const found = urlBreakers.find((character) => value.includes(character));
      if (found)
        context.addIssue({ code: 'custom', input: value, params: { code: 'id.url_breaker', field, character: found } });
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

function tooLong(field: FieldName, max: number) {
  return z.maxLength(max, { error: fieldRule('text.too_long', field, { max }) });
}
