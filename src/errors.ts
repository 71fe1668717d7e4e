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

/**
 * A stored receipt that cannot bind a case's support case ID, whoever asks
 * (the one-click binding, or "put it on this case" on the unsorted page):
 * `reason` lets the dashboard say why in the user's language.
 */
export class ReceiptRefused extends AppError {
  readonly reason: 'untrusted' | 'notForYou';
  constructor(reason: 'untrusted' | 'notForYou', message: string) {
    super('BAD_INPUT', message);
    this.name = 'ReceiptRefused';
    this.reason = reason;
  }
}

/**
 * The one error table (nodemailer's lib/errors.js shape): for each code, the
 * CLI's exit code (2 for what the user can fix in their input, 1 otherwise)
 * and the API's HTTP status. `fromStatus` marks the code a daemon's HTTP
 * status is read back as by a CLI command that went through the daemon.
 */
export const ERRORS: Readonly<Record<ErrorCode, { exit: 1 | 2; http: number; fromStatus?: true }>> = {
  // e.g. mail.smtp not configured: a config problem, exit 2 as without a daemon.
  BAD_CONFIG: { exit: 2, http: 400, fromStatus: true },
  BAD_INPUT: { exit: 2, http: 400 },
  NOT_FOUND: { exit: 2, http: 404, fromStatus: true },
  EVENT_NOT_ALLOWED: { exit: 2, http: 409 },
  CONFLICT: { exit: 2, http: 409, fromStatus: true },
  LOCKED: { exit: 2, http: 409 },
  UNAUTHORIZED: { exit: 1, http: 401, fromStatus: true },
  FORBIDDEN: { exit: 1, http: 403, fromStatus: true },
  SEND_FAILED: { exit: 1, http: 502, fromStatus: true },
  MAIL_SOURCE: { exit: 1, http: 502 },
  STORAGE: { exit: 1, http: 500 },
  THROTTLED: { exit: 1, http: 429 },
  INTERNAL: { exit: 1, http: 500 },
};

/** Exit code for the CLI (see ERRORS); 1 for anything that is not an AppError. */
export function exitCodeFor(err: unknown): number {
  return err instanceof AppError ? ERRORS[err.code].exit : 1;
}

/** HTTP status for the API's error handler (see ERRORS); 500 for anything that is not an AppError. */
export function httpStatusFor(err: unknown): number {
  return err instanceof AppError ? ERRORS[err.code].http : 500;
}

/** A daemon's HTTP status back as the error code the CLI would have raised itself (same exit code either way). */
export function errorCodeForStatus(status: number): ErrorCode {
  const hit = (Object.entries(ERRORS) as [ErrorCode, (typeof ERRORS)[ErrorCode]][]).find(([, e]) => e.fromStatus && e.http === status);
  return hit?.[0] ?? 'INTERNAL';
}
