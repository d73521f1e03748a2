import type { FieldErrors } from './common-schema';
import type { FieldProblems, Problem } from './problem';
import { problemMessage } from './problem';
import type { ProblemCode } from './problem-english';

export type ApiErrorKind =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'method-not-allowed'
  | 'server'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'cancelled'
  | 'contract';

/** What the console says of a failure the server did not explain. */
const defaultCodes: Record<ApiErrorKind, ProblemCode> = {
  validation: 'request.invalid',
  'not-found': 'api.not_found',
  conflict: 'api.conflict',
  forbidden: 'api.forbidden',
  'method-not-allowed': 'api.method_not_allowed',
  server: 'api.server',
  network: 'api.network',
  offline: 'api.offline',
  timeout: 'api.timeout',
  cancelled: 'api.cancelled',
  contract: 'api.contract',
};

export interface ApiErrorOptions {
  status?: number;
  /** The server's problem (its code, params and English message). */
  problem?: Problem;
  /** A message without a code: shown as it is. */
  message?: string;
  /** Per-field problems of a 400 answer. */
  fieldProblems?: FieldProblems;
  /** Per-field messages without codes: shown as they are. */
  fieldErrors?: FieldErrors;
  body?: unknown;
  cause?: unknown;
}

/**
 * Every failure of the API client, typed by kind so screens can react to each. Its `message` and
 * `fieldErrors` are said in the language on view each time they are read (the translator src/i18n
 * installs; English before), by the problem's code, or in the server's words for a code the console
 * does not know.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** What the server said went wrong, or the console's own default for the kind. */
  readonly problem: Problem;
  /** Whether the server explained the failure itself (a problem or message of its own). */
  readonly explained: boolean;
  /** Per-field problems of a 400 answer. */
  readonly fieldProblems: FieldProblems;
  /** The body of the answer, e.g. the current record of a 409 conflict. */
  readonly body: unknown;
  declare message: string;

  constructor(kind: ApiErrorKind, options: ApiErrorOptions = {}) {
    super(undefined, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    const own = options.problem ?? (options.message === undefined ? undefined : uncoded(options.message));
    // The console's own default has no server message: the installed translator says it by its code.
    this.problem = own ?? { code: defaultCodes[kind], params: {}, message: '' };
    this.explained = own !== undefined && own.code !== defaultCodes[kind];
    this.fieldProblems = {
      ...Object.fromEntries(Object.entries(options.fieldErrors ?? {}).map(([field, text]) => [field, uncoded(text)])),
      ...options.fieldProblems,
    };
    this.body = options.body;
    Object.defineProperty(this, 'message', {
      get: () => problemMessage(this.problem),
      enumerable: false,
      configurable: true,
    });
  }

  /** Per-field messages of a 400 answer, in the language on view. */
  get fieldErrors(): FieldErrors {
    return Object.fromEntries(
      Object.entries(this.fieldProblems).map(([field, problem]) => [field, problemMessage(problem)]),
    );
  }
}

/** A message that came without a code: every caller shows it as it is. */
function uncoded(message: string): Problem {
  return { code: '', params: {}, message };
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

/** What a failed save says when the input itself was not the problem: the input is always kept. */
const saveFailureCodes: Record<ApiErrorKind, ProblemCode> = {
  validation: 'save.validation',
  conflict: 'save.conflict',
  'not-found': 'save.not_found',
  forbidden: 'save.forbidden',
  'method-not-allowed': 'save.method_not_allowed',
  server: 'save.server',
  network: 'save.network',
  offline: 'save.offline',
  timeout: 'save.timeout',
  cancelled: 'save.cancelled',
  contract: 'save.contract',
};

const refusals = new Set<ApiErrorKind>(['forbidden', 'not-found', 'conflict', 'method-not-allowed']);

/** A console sentence in the language on view. */
function say(code: ProblemCode, params: Record<string, string> = {}): string {
  return problemMessage({ code, params });
}

/**
 * A failed save as a form shows it: for a 400, the messages per field (and the server's message);
 * for every other failure, one sentence that says what happened and that the input is kept.
 */
export function saveFailureOf(error: unknown): { fieldErrors: FieldErrors; message: string; inputProblem: boolean } {
  if (isApiError(error, 'validation'))
    return { fieldErrors: error.fieldErrors, message: error.message, inputProblem: true };
  if (isApiError(error)) {
    // A refusal the server explains ("Only administrators can …") says it in its words; a fault never does.
    const explained = refusals.has(error.kind) && error.explained;
    const message = explained ? say('save.refused', { reason: error.message }) : say(saveFailureCodes[error.kind]);
    return { fieldErrors: {}, message, inputProblem: false };
  }
  return {
    fieldErrors: {},
    message: error instanceof Error ? say('save.failed_because', { reason: error.message }) : say('save.failed'),
    inputProblem: false,
  };
}
