/**
 * The one error type certmerge raises on purpose. `message` is always safe to
 * show a user (no secrets, no mail bodies); `code` decides the exit code and
 * the HTTP status.
 */
export type ErrorCode =
  | 'BAD_INPUT' // a case file, an eml, a CLI argument
  | 'BAD_CONFIG'
  | 'NOT_FOUND'
  | 'EVENT_NOT_ALLOWED'
  | 'CONFLICT'
  | 'LOCKED' // another daemon owns the dataDir
  | 'MAIL_SOURCE' // IMAP/Maildir failures
  | 'SEND_FAILED'
  | 'STORAGE'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'THROTTLED' // too many failed sign-in attempts from one client
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** Exit code for the CLI: 2 for what the user can fix in their input, 1 otherwise. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof AppError) {
    return ['BAD_INPUT', 'BAD_CONFIG', 'NOT_FOUND', 'EVENT_NOT_ALLOWED', 'CONFLICT', 'LOCKED'].includes(err.code) ? 2 : 1;
  }
  return 1;
}

/** HTTP status for the API's error handler. */
export function httpStatusFor(err: unknown): number {
  if (!(err instanceof AppError)) return 500;
  switch (err.code) {
    case 'BAD_INPUT':
    case 'BAD_CONFIG':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'THROTTLED':
      return 429;
    case 'NOT_FOUND':
      return 404;
    case 'EVENT_NOT_ALLOWED':
    case 'CONFLICT':
    case 'LOCKED':
      return 409;
    case 'SEND_FAILED':
    case 'MAIL_SOURCE':
      return 502;
    default:
      return 500;
  }
}
