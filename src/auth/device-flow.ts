/**
 * The device authorization grant (RFC 8628): the user opens a URL on any
 * device, types the code, signs in there; we poll the token endpoint until
 * the server says yes, no, or that the code expired.
 */
import * as client from 'openid-client';
import type { OAuthConfig } from '../config/schema.js';
import { AppError } from '../errors.js';
import { clientConfig, oauthFailure } from './oauth-client.js';
import { endpointsFor, providerName, type OAuthEndpoints } from './providers.js';
import type { StoredTokens } from './token-store.js';
import { toStored } from './tokens.js';

export interface DevicePrompt {
  verificationUri: string;
  /** The URL with the code filled in, when the server offers one. */
  verificationUriComplete: string | null;
  userCode: string;
  expiresAt: Date;
}

export interface DeviceSignInOptions {
  /** Called once the server handed out the code: show it to the user. */
  onPrompt(p: DevicePrompt): void | Promise<void>;
  signal?: AbortSignal;
  now?: () => Date;
}

/** Runs the device flow to the end; throws AppError('UNAUTHORIZED') with the server's words when refused or expired. */
export async function deviceSignIn(auth: OAuthConfig, opts: DeviceSignInOptions, ep: OAuthEndpoints = endpointsFor(auth)): Promise<StoredTokens> {
  if (ep.flow !== 'device' || !ep.deviceAuthorizationUrl) throw new AppError('BAD_CONFIG', `${providerName(auth)} sign-in does not use the device flow`);
  const now = opts.now ?? (() => new Date());
  const config = clientConfig(auth, ep);
  const who = providerName(auth);
  let start: client.DeviceAuthorizationResponse;
  try {
    start = await client.initiateDeviceAuthorization(config, { scope: ep.scopes.join(' ') });
  } catch (err) {
    const f = oauthFailure(err);
    throw new AppError(f.refused || f.error ? 'UNAUTHORIZED' : 'MAIL_SOURCE', `${who} did not start the sign-in: ${f.words}`, { cause: err });
  }
  await opts.onPrompt({
    verificationUri: start.verification_uri,
    verificationUriComplete: start.verification_uri_complete ?? null,
    userCode: start.user_code,
    expiresAt: new Date(now().getTime() + start.expires_in * 1000),
  });
  try {
    // openid-client's own expiry timer only runs when no signal is given: keep it with ours.
    const expiry = AbortSignal.timeout(start.expires_in * 1000);
    const signal = opts.signal ? AbortSignal.any([opts.signal, expiry]) : expiry;
    const r = await client.pollDeviceAuthorizationGrant(config, start, undefined, { signal });
    return toStored(auth, ep, r, now());
  } catch (err) {
    if (opts.signal?.aborted) throw new AppError('UNAUTHORIZED', 'the sign-in was cancelled', { cause: err });
    // openid-client stops polling by itself once expires_in has passed, before the server could say expired_token.
    if ((err as Error)?.name === 'TimeoutError' || (err as { cause?: { name?: string } })?.cause?.name === 'TimeoutError') {
      throw new AppError('UNAUTHORIZED', `${who}: the code expired before the sign-in was finished (it was valid for ${start.expires_in} s); run \`certmerge login\` again`, { cause: err });
    }
    const f = oauthFailure(err);
    const what = f.error === 'expired_token' ? 'the code expired before the sign-in was finished' : 'the sign-in was refused';
    throw new AppError('UNAUTHORIZED', `${who}: ${what}: ${f.words}`, { cause: err });
  }
}
