import type { TokenEndpointResponse } from 'openid-client';
import type { OAuthConfig } from '../config/schema.js';
import type { OAuthEndpoints } from './providers.js';
import type { StoredTokens } from './token-store.js';

/** A token response as stored; a response without a new refresh token keeps the old one (no rotation). */
export function toStored(auth: OAuthConfig, ep: OAuthEndpoints, r: TokenEndpointResponse, now: Date, prev?: StoredTokens): StoredTokens {
  // A server that omits expires_in gets an hour, the common lifetime; a refused token is refreshed anyway.
  const lifetime = typeof r.expires_in === 'number' && r.expires_in > 0 ? r.expires_in : 3600;
  return {
    provider: auth.provider,
    clientId: auth.clientId,
    tokenUrl: ep.tokenUrl,
    accessToken: r.access_token,
    expiresAt: new Date(now.getTime() + lifetime * 1000).toISOString(),
    accessTokenAt: now.toISOString(),
    refreshToken: r.refresh_token ?? prev?.refreshToken ?? null,
    scope: r.scope ?? prev?.scope ?? null,
    signedInAt: prev?.signedInAt ?? now.toISOString(),
    refused: null,
  };
}
