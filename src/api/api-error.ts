import type { FieldErrors } from './common-schema';

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

const defaultMessages: Record<ApiErrorKind, string> = {
  validation: 'Some fields are not valid.',
  'not-found': 'Not found.',
  conflict: 'Someone else changed this in the meantime.',
  forbidden: 'You are not allowed to do this.',
  'method-not-allowed': 'This is not allowed.',
  server: 'The server could not answer the request.',
  network: 'The server cannot be reached. Check the connection and try again.',
  offline: 'You are offline.',
  timeout: 'The server did not answer in time.',
  cancelled: 'The request was cancelled.',
  contract: 'The server sent an answer this console does not understand.',
};

/** Every failure of the API client, typed by kind so screens can react to each. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** Per-field messages of a 400 answer. */
  readonly fieldErrors: FieldErrors;
  /** The body of the answer, e.g. the current record of a 409 conflict. */
  readonly body: unknown;

  constructor(
    kind: ApiErrorKind,
    options: { status?: number; message?: string; fieldErrors?: FieldErrors; body?: unknown; cause?: unknown } = {},
  ) {
    super(options.message ?? defaultMessages[kind], { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? {};
    this.body = options.body;
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

/** What a failed save says when the input itself was not the problem: the input is always kept. */
const saveFailureSentences: Record<ApiErrorKind, string> = {
  validation: 'The server refused the input. Your input is kept.',
  conflict: 'Someone else changed this in the meantime, so it was not saved. Your input is kept.',
  'not-found': 'This record no longer exists, so it was not saved. Your input is kept.',
  forbidden: 'You are not allowed to save this. Your input is kept.',
  'method-not-allowed': 'The server does not allow this change. Your input is kept.',
  server: 'The server had a fault and did not save. Your input is kept; try again.',
  network:
    'The server cannot be reached: the save may not have arrived. Your input is kept; check the connection and ' +
    'try again (a retry never saves twice).',
  offline: 'You are offline, so nothing was sent. Your input is kept; save again when the connection is back.',
  timeout:
    'The server did not answer in time, so it is not known whether it saved. Your input is kept; try again (it will not be saved twice).',
  cancelled: 'The save was cancelled. Your input is kept; it may or may not have been saved, so save again to be sure.',
  contract:
    'The server sent an answer this console does not understand, so it is not known whether it saved. Your input is kept; try again.',
};

const refusals = new Set<ApiErrorKind>(['forbidden', 'not-found', 'conflict', 'method-not-allowed']);

/**
 * A failed save as a form shows it: for a 400, the messages per field (and the server's message);
 * for every other failure, one sentence that says what happened and that the input is kept.
 */
export function saveFailureOf(error: unknown): { fieldErrors: FieldErrors; message: string; inputProblem: boolean } {
  if (isApiError(error, 'validation'))
    return { fieldErrors: error.fieldErrors, message: error.message, inputProblem: true };
  if (isApiError(error)) {
    // A refusal the server explains ("Only administrators can …") says it in its words; a fault never does.
    const explained = refusals.has(error.kind) && error.message !== defaultMessages[error.kind];
    const message = explained
      ? `${error.message} Nothing was saved; your input is kept.`
      : saveFailureSentences[error.kind];
    return { fieldErrors: {}, message, inputProblem: false };
  }
  return {
    fieldErrors: {},
    message: `The data could not be saved${error instanceof Error ? `: ${error.message}` : '.'} Your input is kept.`,
    inputProblem: false,
  };
}
