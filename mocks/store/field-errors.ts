import type * as z from 'zod/mini';
import { type FieldProblems, type Problem, problemOfIssue } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';

/**
 * Turns zod issues into one problem per field, as the API answers a 400: the rule's code and params,
 * and the message the parse said it in. The object has no prototype, so a field named `__proto__` or
 * `constructor` is named like any other.
 */
export function toFieldProblems(error: z.core.$ZodError): FieldProblems {
  const problems: FieldProblems = Object.create(null);
  const add = (field: string, problem: Problem) => {
    if (!Object.hasOwn(problems, field)) problems[field] = problem;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const path = issue.path.join('.');
      for (const key of issue.keys)
        add(
          issue.path.length > 0 ? String(issue.path[0]) : key,
          path
            ? englishProblem('request.unknown_field_in', { key, path })
            : englishProblem('request.unknown_field', { key }),
        );
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    add(
      field,
      field === 'body'
        ? englishProblem('request.not_json_object')
        : { ...problemOfIssue(issue), message: issue.message },
    );
  }
  return problems;
}
