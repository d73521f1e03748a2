import type * as z from 'zod/mini';
import type { FieldErrors } from '@/api/common-schema';

/**
 * Turns zod issues into one message per field, as the API answers a 400. The errors object has no
 * prototype, so a field named `__proto__` or `constructor` is named like any other.
 */
export function toFieldErrors(error: z.core.$ZodError): FieldErrors {
  const errors: FieldErrors = Object.create(null);
  const add = (field: string, message: string) => {
    if (!Object.hasOwn(errors, field)) errors[field] = message;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? ` in ${issue.path.join('.')}` : '';
      for (const key of issue.keys)
        add(issue.path.length > 0 ? String(issue.path[0]) : key, `Unknown field "${key}"${where}.`);
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    add(field, field === 'body' ? 'The request body must be a JSON object.' : issue.message);
  }
  return errors;
}
