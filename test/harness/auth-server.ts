/**
 * A real OAuth2 authorization server on loopback for the sign-in tests
 * (oidc-provider): device flow (RFC 8628), authorization code with PKCE and a
 * loopback redirect (RFC 8252), refresh-token rotation, introspection (RFC
 * 7662, which Dovecot's oauth2 passdb calls) and revocation (RFC 7009).
 *
 * The user's part of a sign-in (entering the code, logging in, consenting) is
 * played by `approveDevice` / `approveAuthorization` over plain HTTP with the
 * provider's own forms; `decision` says whether the "user" agrees.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_CLIENT_ID = 'certmerge-test';
/** The confidential client Dovecot authenticates with at the introspection endpoint. */
export const INTROSPECTOR = { id: 'dovecot', secret: 'dovecot-introspection-secret' };
export const TEST_SCOPES = ['imap', 'smtp', 'offline_access'];

export interface AuthServerOptions {
  /** Lifetime of an access token, seconds. Default 3600. */
  accessTokenTtl?: number;
  /** Lifetime of a device code, seconds. Default 600. */
  deviceCodeTtl?: number;
}

export interface AuthServerHarness {
  issuer: string;
  deviceAuthorizationUrl: string;
  tokenUrl: string;
  authorizationUrl: string;
  introspectionUrl: string;
  revocationUrl: string;
  /** What the user does on the next sign-in: agree as `accountId`, or refuse. */
  decision: { approve: true; accountId: string } | { approve: false };
  /** Plays the user at the verification URL: enters the code, logs in, consents (or refuses). */
  approveDevice(userCode: string): Promise<void>;
  /** Plays the user at an authorization URL; returns the redirect (with code or error) the browser would follow. */
  approveAuthorization(url: string): Promise<string>;
  /** Token endpoint requests seen, by grant type (refreshes counted here). */
  grants: Record<string, number>;
  /** Revokes a token as the client would (a refresh token takes its grant and access tokens with it). */
  revoke(token: string): Promise<void>;
  /** Invalidates one access token alone, grant and refresh token untouched (revocation would take the grant). */
  dropAccessToken(token: string): Promise<void>;
  /** Whether the server still counts an access token as active. */
  introspect(token: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startAuthServer(opts: AuthServerOptions = {}): Promise<AuthServerHarness> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;
  const grants: Record<string, number> = {};

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token', 'authorization_code'],
        response_types: ['code'],
        // RFC 8252 7.3: a native client's loopback redirect may use any port.
        redirect_uris: ['http://127.0.0.1/callback'],
      },
      { client_id: INTROSPECTOR.id, client_secret: INTROSPECTOR.secret, grant_types: [], response_types: [], redirect_uris: [] },
    ],
    scopes: ['openid', ...TEST_SCOPES],
    features: {
      devInteractions: { enabled: false },
      deviceFlow: { enabled: true },
      introspection: { enabled: true, allowedPolicy: async () => true },
      revocation: { enabled: true },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
    // Dovecot's oauth2 passdb compares this attribute of the introspection answer with the login name.
    extraTokenClaims: (_ctx: unknown, token: { kind: string; accountId?: string }) => (token.kind === 'AccessToken' ? { username: token.accountId } : undefined),
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(t: string): boolean }, code: { scopes: Set<string> }) => client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
    rotateRefreshToken: true,
    ttl: { AccessToken: opts.accessTokenTtl ?? 3600, DeviceCode: opts.deviceCodeTtl ?? 600, RefreshToken: 86400, Grant: 86400, Interaction: 600, Session: 600 },
    pkce: { required: () => true },
    cookies: { keys: ['certmerge-test-cookie-key'] },
  });
  provider.on('grant.success', (...args: unknown[]) => {
    const ctx = args[0] as { oidc?: { params?: { grant_type?: string } } };
    const t = ctx?.oidc?.params?.grant_type ?? 'unknown';
    grants[t] = (grants[t] ?? 0) + 1;
  });

  const harness: AuthServerHarness = {
    issuer,
    deviceAuthorizationUrl: `${issuer}/device/auth`,
    tokenUrl: `${issuer}/token`,
    authorizationUrl: `${issuer}/auth`,
    introspectionUrl: `${issuer}/token/introspection`,
    revocationUrl: `${issuer}/token/revocation`,
    decision: { approve: true, accountId: 'alice' },
    grants,
    async approveDevice(userCode) {
      const jar = new CookieJar();
      const form = await jar.fetch(`${issuer}/device?user_code=${encodeURIComponent(userCode)}`);
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(await form.text())?.[1];
      if (!xsrf) throw new Error('the device confirmation form has no xsrf field');
      const body = new URLSearchParams({ xsrf, user_code: userCode, confirm: 'yes' });
      const end = await jar.follow(`${issuer}/device`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      if (end.status >= 400) throw new Error(`device approval ended with HTTP ${end.status}: ${(await end.text()).slice(0, 300)}`);
    },
    async approveAuthorization(url) {
      const jar = new CookieJar();
      return jar.followUntil(url, (loc) => loc.startsWith('http://127.0.0.1/') || new URL(loc).port !== String(port));
    },
    async revoke(token) {
      const r = await fetch(harness.revocationUrl, { method: 'POST', body: new URLSearchParams({ token, client_id: TEST_CLIENT_ID }) });
      if (!r.ok) throw new Error(`revocation failed: HTTP ${r.status} ${await r.text()}`);
    },
    async dropAccessToken(token) {
      const t = await provider.AccessToken.find(token);
      if (!t) throw new Error('no such access token');
      await t.destroy();
    },
    async introspect(token) {
      const r = await fetch(harness.introspectionUrl, {
        method: 'POST',
        body: new URLSearchParams({ token }),
        headers: { authorization: `Basic ${Buffer.from(`${INTROSPECTOR.id}:${INTROSPECTOR.secret}`).toString('base64')}` },
      });
      return (await r.json()) as Record<string, unknown>;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      void finishInteraction(provider, harness, req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String((err as Error).stack ?? err));
      });
      return;
    }
    callback(req, res);
  });
  return harness;
}

/** The login and consent prompts, answered at once by the harness's `decision`. */
async function finishInteraction(provider: Provider, h: AuthServerHarness, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const d = h.decision;
  if (!d.approve) {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user declined the sign-in request.' }, { mergeWithLastSubmission: false });
    return;
  }
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(req, res, { login: { accountId: d.accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = new provider.Grant({ accountId: details.session?.accountId ?? d.accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope ?? ''));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/** fetch with cookies kept across requests and redirects followed by hand (fetch drops Set-Cookie on redirects). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const r = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i).trim(), pair!.slice(i + 1).trim());
    }
    return r;
  }

  /** Follows redirects to the end; returns the last response. */
  async follow(url: string, init: RequestInit = {}): Promise<Response> {
    let r = await this.fetch(url, init);
    for (let i = 0; i < 20 && r.status >= 300 && r.status < 400; i++) {
      const next = new URL(r.headers.get('location') ?? '', url).toString();
      url = next;
      r = await this.fetch(next);
    }
    return r;
  }

  /** Follows redirects until `stop(location)`; returns that location. */
  async followUntil(url: string, stop: (location: string) => boolean): Promise<string> {
    let r = await this.fetch(url);
    for (let i = 0; i < 20; i++) {
      if (r.status < 300 || r.status >= 400) throw new Error(`the authorization ended with HTTP ${r.status} before the redirect: ${(await r.text()).slice(0, 300)}`);
      const next = new URL(r.headers.get('location') ?? '', url).toString();
      if (stop(next)) return next;
      url = next;
      r = await this.fetch(next);
    }
    throw new Error('too many redirects');
  }
}
