import type * as z from 'zod/mini';
import type { FieldErrors } from '@/api/common-schema';

/** Turns zod issues into one message per field, as the API answers a 400. */
export function toFieldErrors(error: z.core.$ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] ??= `Unknown field "${key}".`;
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    errors[field] ??= field === 'body' ? 'The request body must be a JSON object.' : issue.message;
  }
  return errors;
}
