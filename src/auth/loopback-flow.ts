/**
 * The installed-app flow Google uses for mail scopes: authorization code with
 * PKCE (RFC 7636) and a redirect to a one-shot HTTP listener on 127.0.0.1
 * (RFC 8252 7.3; Google lets a Desktop-app client use any loopback port).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as client from 'openid-client';
import type { OAuthConfig } from '../config/schema.js';
import { AppError } from '../errors.js';
import { clientConfig, oauthFailure } from './oauth-client.js';
import { endpointsFor, providerName, type OAuthEndpoints } from './providers.js';
import type { StoredTokens } from './token-store.js';
import { toStored } from './tokens.js';

export interface LoopbackSignInOptions {
  /** Called with the URL the user must open in a browser on this machine. */
  onPrompt(authorizationUrl: string): void | Promise<void>;
  /** How long to wait for the browser to come back. Default 5 minutes. */
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

const DONE_PAGE = '<!doctype html><meta charset="utf-8"><title>certmerge</title><p>certmerge: you can close this tab and go back to the terminal.</p>';

export async function loopbackSignIn(auth: OAuthConfig, opts: LoopbackSignInOptions, ep: OAuthEndpoints = endpointsFor(auth)): Promise<StoredTokens> {
  if (!ep.authorizationUrl) throw new AppError('BAD_CONFIG', `${providerName(auth)} sign-in has no authorization endpoint`);
  const now = opts.now ?? (() => new Date());
  const config = clientConfig(auth, ep);
  const who = providerName(auth);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();

  let deliver: (url: URL) => void = () => undefined;
  const callback = new Promise<URL>((resolve) => {
    deliver = resolve;
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(DONE_PAGE);
    deliver(url);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  let timer: NodeJS.Timeout | undefined;
  try {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: ep.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      // A refresh token comes only with consent asked for (offline_access, OpenID Connect Core 11), and at Google only with access_type=offline.
      prompt: 'consent',
      ...(auth.provider === 'google' ? { access_type: 'offline' } : {}),
    });
    await opts.onPrompt(url.href);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('UNAUTHORIZED', `${who}: no answer from the browser within ${Math.round((opts.timeoutMs ?? 300_000) / 1000)} s`)), opts.timeoutMs ?? 300_000);
    });
    const aborted = new Promise<never>((_, reject) => opts.signal?.addEventListener('abort', () => reject(new AppError('UNAUTHORIZED', 'the sign-in was cancelled')), { once: true }));
    const back = await Promise.race([callback, timeout, aborted]);
    // Back on our listener: its own redirect URI is what the code was issued for.
    const current = new URL(`${redirectUri}${back.search}`);
    try {
      const r = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: verifier, expectedState: state });
      return toStored(auth, ep, r, now());
    } catch (err) {
      throw new AppError('UNAUTHORIZED', `${who}: the sign-in was refused: ${oauthFailure(err).words}`, { cause: err });
    }
  } finally {
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  }
}
