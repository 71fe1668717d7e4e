import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, ERRORS, errorCodeForStatus, exitCodeFor, httpStatusFor, type ErrorCode } from '../src/errors.js';

describe('the error table', () => {
  it('should give exit 2 for what the user can fix in their input, 1 otherwise, and 1/500 for anything not an AppError', () => {
    for (const code of ['BAD_INPUT', 'BAD_CONFIG', 'NOT_FOUND', 'EVENT_NOT_ALLOWED', 'CONFLICT', 'LOCKED'] as ErrorCode[]) assert.equal(exitCodeFor(new AppError(code, 'x')), 2, code);
    for (const code of ['UNAUTHORIZED', 'FORBIDDEN', 'SEND_FAILED', 'MAIL_SOURCE', 'STORAGE', 'INTERNAL'] as ErrorCode[]) assert.equal(exitCodeFor(new AppError(code, 'x')), 1, code);
    assert.equal(exitCodeFor(new Error('x')), 1);
    assert.equal(httpStatusFor(new Error('x')), 500);
    assert.equal(httpStatusFor(new AppError('EVENT_NOT_ALLOWED', 'x')), 409);
  });

  it('should read a daemon’s HTTP status back as a code with the same exit code the CLI would give itself', () => {
    assert.deepEqual([400, 401, 403, 404, 409, 502, 500, 418].map(errorCodeForStatus), ['BAD_CONFIG', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'SEND_FAILED', 'INTERNAL', 'INTERNAL']);
    for (const [code, e] of Object.entries(ERRORS)) if (e.fromStatus) assert.equal(errorCodeForStatus(e.http), code);
  });
});
