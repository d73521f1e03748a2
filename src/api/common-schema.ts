import { z } from 'zod';

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

export const auditSchema = z.object({
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  changedAt: z.iso.datetime(),
  changedBy: z.string(),
  version: z.number().int().nonnegative(),
});

export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
  });
}

/** Trimmed text: a value of only spaces is empty; "0" is a value. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .default('');
}

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });
}

export function requiredEmail(label: string, max: number) {
  return requiredText(label, max).pipe(z.email({ error: `${label} must be a valid email address.` }));
}

export const searchTermSchema = z.string().trim().default('');
