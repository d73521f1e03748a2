import * as z from 'zod/mini';
import type { ProblemCode } from './problem-english';

// A problem is what went wrong, said three ways: a stable dotted `code` a client translates, the
// `params` the sentence needs (a field, a maximum, a character…), and the server's English `message`
// for a client that does not know the code. The contract's rules carry codes and params, never text:
// each caller makes the text at parse time, the mock in English, the console in the admin's language.

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ProblemParams = z.infer<typeof paramsSchema>;

/** `{ code: 'email.taken', params: {}, message: 'This email address is already used by another customer user.' }` */
export const problemSchema = z.object({ code: z.string(), params: paramsSchema, message: z.string() });
export type Problem = z.infer<typeof problemSchema>;

/** The body of every error answer: the problem as a whole (a 409 adds `current`, a cell conflict `changed`). */
export const errorBodySchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  params: z.optional(paramsSchema),
});

/** A 400's body: what is wrong with the request as a whole, and a problem per field. */
export const validationErrorBodySchema = z.extend(errorBodySchema, {
  errors: z.record(z.string(), problemSchema),
});

/** Per-field problems of a 400, by field. */
export type FieldProblems = Record<string, Problem>;

/** A problem before it is said: its code and params. */
export interface ProblemData {
  code: string;
  params: ProblemParams;
}

// -- The rules' codes on zod issues --

/** What the contract's rules leave on a zod issue: the problem, stamped by `rule`. */
interface StampedIssue {
  code?: string;
  path?: PropertyKey[];
  params?: Record<string, unknown>;
  problem?: ProblemData;
}

/**
 * A rule's `error`: instead of a sentence it leaves the rule's code and params on the issue (the first
 * rule to fail stamps it; the schema a check belongs to does not overwrite it), and lets the parse's
 * error map, or the installed translator, say it. zod keeps the stamp on the parsed issue (it copies
 * the issue's own keys), so a server can answer the code too; tests prove it for every rule.
 */
export function rule(code: ProblemCode, params: ProblemParams = {}) {
  return (issue: z.core.$ZodRawIssue): undefined => {
    const stamped = issue as StampedIssue;
    // A custom issue that names its own code (a superRefine's) keeps it.
    if (stamped.code === 'custom' && typeof stamped.params?.code === 'string') return undefined;
    stamped.problem ??= { code, params };
    return undefined;
  };
}

/**
 * The problem a zod issue stands for: the rule's stamp, a custom issue's `params.code`, or `value.invalid`
 * (zod's own issues: a wrong type or value where the contract has no rule of its own). Raw issues (in an
 * error map) and parsed issues alike.
 */
export function problemOfIssue(issue: z.core.$ZodRawIssue | z.core.$ZodIssue | StampedIssue): ProblemData {
  const { problem, code, params } = issue as StampedIssue;
  if (problem) return problem;
  if (code === 'custom' && params && typeof params.code === 'string') {
    const { code: customCode, ...rest } = params;
    return { code: customCode, params: rest as ProblemParams };
  }
  return { code: 'value.invalid', params: {} };
}

// -- The caller's language --

/** Says a problem in a language; `field` names the field instead of the problem's `field` param. */
export type ProblemTranslator = (problem: ProblemData & { message?: string }, field?: string) => string;

// The console's bundle does without the English table until its translator is installed (src/i18n
// loads it beside the first screen): a problem says the server's message, else its code.
let translator: ProblemTranslator = (problem) => problem.message || problem.code;

/**
 * Installs the console's translator (src/i18n does, at start): from then on ApiError's messages and
 * every parse without an error map of its own (the forms' validation) speak the admin's language.
 */
export function setProblemTranslator(next: ProblemTranslator): void {
  translator = next;
}

/** A problem in the language installed (English until a translator is installed). */
export function problemMessage(problem: ProblemData & { message?: string }, field?: string): string {
  return translator(problem, field);
}

// A parse without its own error map (a form's resolver, a draft's check) says its issues through the
// installed translator; the mock passes `englishIssueMessage` to every parse, so it stays English.
z.config({ customError: (issue) => translator(problemOfIssue(issue)) });
