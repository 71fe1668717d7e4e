/**
 * openid-client configured for one sign-in, and the server's words out of
 * whatever it threw. We never ask for `openid`, so no ID token is checked
 * against `issuer`; the endpoints are all we need (no discovery request).
 */
import * as client from 'openid-client';
import type { OAuthConfig } from '../config/schema.js';
import { endpointsFor, type OAuthEndpoints } from './providers.js';

export function clientConfig(auth: OAuthConfig, ep: OAuthEndpoints = endpointsFor(auth), timeoutSeconds = 30): client.Configuration {
  const server: client.ServerMetadata = {
    issuer: ep.issuer,
    token_endpoint: ep.tokenUrl,
    ...(ep.deviceAuthorizationUrl ? { device_authorization_endpoint: ep.deviceAuthorizationUrl } : {}),
    ...(ep.authorizationUrl ? { authorization_endpoint: ep.authorizationUrl } : {}),
    ...(ep.revocationUrl ? { revocation_endpoint: ep.revocationUrl } : {}),
  };
  // A public client (Microsoft, most device-flow clients) authenticates with its client_id alone.
  const config = auth.clientSecret
    ? new client.Configuration(server, auth.clientId, { client_secret: auth.clientSecret }, client.ClientSecretPost(auth.clientSecret))
    : new client.Configuration(server, auth.clientId, { token_endpoint_auth_method: 'none' }, client.None());
  config.timeout = timeoutSeconds;
  // The schema allows http: only on loopback (a test's own authorization server).
  if ([ep.tokenUrl, ep.deviceAuthorizationUrl, ep.authorizationUrl].some((u) => u?.startsWith('http:'))) client.allowInsecureRequests(config);
  return config;
}

/** What went wrong, as the server put it, and whether only a new sign-in can help. */
export interface OAuthFailure {
  /** The OAuth error code (`invalid_grant`, `access_denied`, `expired_token`...), or null for a network failure. */
  error: string | null;
  /** The server's own words (error_description), else the code, else the network error. */
  words: string;
  /** True when retrying cannot help: the grant, the client or the user said no. */
  refused: boolean;
}

const REFUSALS = new Set(['invalid_grant', 'access_denied', 'authorization_declined', 'expired_token', 'invalid_client', 'unauthorized_client', 'invalid_scope', 'consent_required', 'interaction_required']);

export function oauthFailure(err: unknown): OAuthFailure {
  const e = err as { error?: unknown; error_description?: unknown; message?: unknown; cause?: unknown; code?: unknown };
  if (typeof e?.error === 'string') {
    const words = typeof e.error_description === 'string' && e.error_description ? `${e.error_description} (${e.error})` : e.error;
    return { error: e.error, words: oneLine(words), refused: REFUSALS.has(e.error) };
  }
  const cause = e?.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : '';
  const msg = typeof e?.message === 'string' ? e.message : String(err);
  return { error: null, words: oneLine(detail ? `${msg} (${detail})` : msg), refused: false };
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
}
