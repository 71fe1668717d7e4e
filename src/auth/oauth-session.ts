/**
 * One configured OAuth2 sign-in as the mail clients use it: a current access
 * token on request, refreshed ahead of expiry or when the server refused the
 * last one, with a rotated refresh token stored before the new access token is
 * used. A refused refresh (`invalid_grant`: revoked, expired, password changed)
 * is recorded in the token file and returned at once after that, without
 * asking the server again, until `certmerge login` stores a new sign-in.
 */
import * as client from 'openid-client';
import type { OAuthConfig } from '../config/schema.js';
import { AppError } from '../errors.js';
import { clientConfig, oauthFailure } from './oauth-client.js';
import { endpointsFor, providerName, type OAuthEndpoints } from './providers.js';
import type { SignInKey, StoredTokens, TokenStore } from './token-store.js';
import { toStored } from './tokens.js';

/** Thrown when only a new sign-in helps; its message says so, with the server's words. */
export class SignInRequiredError extends AppError {
  readonly signInRequired = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNAUTHORIZED', message, options);
  }
}

export function isSignInRequired(err: unknown): err is SignInRequiredError {
  return err instanceof SignInRequiredError;
}

export type RefreshGrant = (config: client.Configuration, refreshToken: string) => Promise<client.TokenEndpointResponse>;

export interface OAuthSessionOptions {
  auth: OAuthConfig;
  key: SignInKey;
  store: TokenStore;
  now?: () => Date;
  /** Replaces the refresh request (tests). */
  refresh?: RefreshGrant;
  /** How long before expiry a token counts as expiring. Default 5 minutes, at most a quarter of its lifetime. */
  aheadMs?: number;
}

export const LOGIN_HINT = 'run `certmerge login` (or open Sign-in on the dashboard)';

export class OAuthSession {
  private readonly ep: OAuthEndpoints;
  private readonly config: client.Configuration;
  private readonly now: () => Date;
  private inFlight: Promise<string> | null = null;

  constructor(private readonly opts: OAuthSessionOptions) {
    this.ep = endpointsFor(opts.auth);
    this.config = clientConfig(opts.auth, this.ep);
    this.now = opts.now ?? (() => new Date());
  }

  get key(): SignInKey {
    return this.opts.key;
  }

  /** The stored sign-in when it belongs to this config's client and server, else null. */
  stored(): StoredTokens | null {
    const t = this.opts.store.get(this.opts.key);
    if (!t || t.clientId !== this.opts.auth.clientId || t.tokenUrl !== this.ep.tokenUrl) return null;
    return t;
  }

  /** Why only a new sign-in helps (no tokens, or a refused refresh), or null while the sign-in works. */
  refusal(): string | null {
    const t = this.stored();
    if (!t) return `not signed in to ${providerName(this.opts.auth)} yet: ${LOGIN_HINT}`;
    if (t.refused) return `${providerName(this.opts.auth)} refused the sign-in (${t.refused.reason}): sign in again: ${LOGIN_HINT}`;
    return null;
  }

  /**
   * A usable access token. `force` refreshes even an unexpired one (the mail
   * server just refused it). Concurrent callers share one refresh.
   */
  accessToken(opts: { force?: boolean } = {}): Promise<string> {
    if (this.inFlight) return this.inFlight;
    const p = this.obtain(Boolean(opts.force)).finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }

  private async obtain(force: boolean): Promise<string> {
    const t = this.stored();
    const refusal = this.refusal();
    if (!t || refusal) throw new SignInRequiredError(refusal ?? LOGIN_HINT);
    if (!force && !this.expiring(t)) return t.accessToken;
    if (!t.refreshToken) {
      throw new SignInRequiredError(`the ${providerName(this.opts.auth)} sign-in gave no refresh token (was offline_access left out of the scopes?): sign in again: ${LOGIN_HINT}`);
    }
    let r: client.TokenEndpointResponse;
    try {
      r = await (this.opts.refresh ?? ((c, rt) => client.refreshTokenGrant(c, rt)))(this.config, t.refreshToken);
    } catch (err) {
      const f = oauthFailure(err);
      if (f.error === 'invalid_grant' || f.error === 'invalid_client' || f.error === 'unauthorized_client') {
        const refusedTokens: StoredTokens = { ...t, refused: { reason: f.words, at: this.now().toISOString() } };
        // Only if nobody signed in meanwhile: a fresh login must not be marked refused.
        if (!this.opts.store.replaceIf(this.opts.key, t.refreshToken, refusedTokens)) return this.obtain(false);
        throw new SignInRequiredError(`${providerName(this.opts.auth)} refused the sign-in (${f.words}): sign in again: ${LOGIN_HINT}`, { cause: err });
      }
      // A network failure or a server error: the refresh token may well still be good.
      throw new AppError('MAIL_SOURCE', `could not refresh the ${providerName(this.opts.auth)} access token: ${f.words}`, { cause: err });
    }
    const next = toStored(this.opts.auth, this.ep, r, this.now(), t);
    // The rotated refresh token is on disk before the new access token is used: losing it would lose access.
    if (!this.opts.store.replaceIf(this.opts.key, t.refreshToken, next)) return this.obtain(false);
    return next.accessToken;
  }

  private expiring(t: StoredTokens): boolean {
    const exp = new Date(t.expiresAt).getTime();
    const at = new Date(t.accessTokenAt).getTime();
    const lifetime = Number.isFinite(at) ? Math.max(0, exp - at) : 3600_000;
    const ahead = Math.min(this.opts.aheadMs ?? 300_000, lifetime / 4);
    return !Number.isFinite(exp) || this.now().getTime() >= exp - ahead;
  }
}
