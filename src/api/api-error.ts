import type { FieldErrors } from './common-schema';

export type ApiErrorKind =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'method-not-allowed'
  | 'server'
  | 'network'
  | 'contract';

const defaultMessages: Record<ApiErrorKind, string> = {
  validation: 'Some fields are not valid.',
  'not-found': 'Not found.',
  conflict: 'Someone else changed this in the meantime.',
  forbidden: 'You are not allowed to do this.',
  'method-not-allowed': 'This is not allowed.',
  server: 'The server could not answer the request.',
  network: 'The server cannot be reached. Check the connection and try again.',
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

/** A failed save as a form shows it: the messages per field of a 400, and one message for the rest. */
export function saveFailureOf(error: unknown): { fieldErrors: FieldErrors; message: string } {
  const fieldErrors = isApiError(error, 'validation') ? error.fieldErrors : {};
  return { fieldErrors, message: error instanceof Error ? error.message : 'The data could not be saved.' };
}
