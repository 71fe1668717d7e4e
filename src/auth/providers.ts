/**
 * Where each provider's OAuth2 endpoints are and which scopes its mail
 * servers want. Microsoft and generic use the device flow (RFC 8628);
 * Google's installed-app flow is authorization code with PKCE and a
 * loopback redirect (RFC 8252), as Google offers the device flow only for
 * scopes that exclude mail.
 */
import type { OAuthConfig } from '../config/schema.js';

export interface OAuthEndpoints {
  flow: 'device' | 'loopback';
  /** Only used as the issuer openid-client checks ID tokens against; we never request `openid`. */
  issuer: string;
  tokenUrl: string;
  deviceAuthorizationUrl?: string;
  authorizationUrl?: string;
  revocationUrl?: string;
  scopes: string[];
}

export const MICROSOFT_SCOPES = ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send', 'offline_access'];
export const GOOGLE_SCOPES = ['https://mail.google.com/'];

/** The endpoints and scopes of a configured sign-in. */
export function endpointsFor(auth: OAuthConfig): OAuthEndpoints {
  switch (auth.provider) {
    case 'microsoft': {
      const base = `https://login.microsoftonline.com/${encodeURIComponent(auth.tenant ?? 'common')}/oauth2/v2.0`;
      return { flow: 'device', issuer: base, deviceAuthorizationUrl: `${base}/devicecode`, tokenUrl: `${base}/token`, scopes: auth.scopes ?? MICROSOFT_SCOPES };
    }
    case 'google':
      return {
        flow: 'loopback',
        issuer: 'https://accounts.google.com',
        authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
        tokenUrl: 'https://oauth2.googleapis.com/token',
        revocationUrl: 'https://oauth2.googleapis.com/revoke',
        scopes: auth.scopes ?? GOOGLE_SCOPES,
      };
    case 'generic': {
      // The schema requires both URLs for generic.
      const tokenUrl = auth.tokenUrl ?? '';
      return { flow: 'device', issuer: new URL(tokenUrl).origin, deviceAuthorizationUrl: auth.deviceAuthorizationUrl, tokenUrl, scopes: auth.scopes ?? ['offline_access'] };
    }
  }
}

/** A short name for messages: "Microsoft", "Google", or the token endpoint's host. */
export function providerName(auth: OAuthConfig): string {
  if (auth.provider === 'microsoft') return 'Microsoft';
  if (auth.provider === 'google') return 'Google';
  return auth.tokenUrl ? new URL(auth.tokenUrl).host : 'the authorization server';
}
