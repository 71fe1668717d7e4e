/**
 * Sign-in from the dashboard: the same flows as `certmerge login`, run by the
 * daemon, with the code (or the authorization URL) shown on the page. One
 * sign-in at a time; the result lands in the token file, which is what the
 * mail source reads anyway.
 */
import type { ResolvedConfig } from '../config/load.js';
import { deviceSignIn } from './device-flow.js';
import { loopbackSignIn } from './loopback-flow.js';
import { endpointsFor, providerName } from './providers.js';
import { signInSpecs, type SignInSpec } from './sign-ins.js';
import { TokenStore, type SignInKey } from './token-store.js';

export interface SignInView {
  key: SignInKey;
  provider: string;
  user: string;
  state: 'signed-in' | 'refused' | 'none';
  signedInAt: string | null;
  /** The server's words when the last refresh was refused. */
  refusedReason: string | null;
}

export interface PendingSignIn {
  key: SignInKey;
  /** Device flow: where to go and what to type. */
  verificationUri: string | null;
  verificationUriComplete: string | null;
  userCode: string | null;
  /** Installed-app flow: the URL to open (in a browser on the daemon's machine). */
  authorizationUrl: string | null;
  expiresAt: string | null;
  outcome: 'waiting' | 'done' | 'failed';
  /** The server's words when it failed. */
  error: string | null;
}

export class SignInService {
  private readonly store: TokenStore;
  private readonly specs: SignInSpec[];
  private current: PendingSignIn | null = null;
  private abort: AbortController | null = null;

  constructor(
    config: ResolvedConfig,
    private readonly onSignedIn: (key: SignInKey) => void = () => undefined,
  ) {
    this.store = TokenStore.inDataDir(config.dataDir);
    this.specs = signInSpecs(config);
  }

  list(): SignInView[] {
    return this.specs.map((s) => {
      const t = this.store.get(s.key);
      const own = t && t.clientId === s.auth.clientId && t.tokenUrl === endpointsFor(s.auth).tokenUrl ? t : null;
      return {
        key: s.key,
        provider: providerName(s.auth),
        user: s.user,
        state: !own ? 'none' : own.refused ? 'refused' : 'signed-in',
        signedInAt: own?.signedInAt ?? null,
        refusedReason: own?.refused?.reason ?? null,
      };
    });
  }

  pending(): PendingSignIn | null {
    return this.current ? { ...this.current } : null;
  }

  /** Starts a sign-in (ending one still waiting); resolves once there is something to show. */
  async start(key: SignInKey): Promise<PendingSignIn> {
    const spec = this.specs.find((s) => s.key === key);
    if (!spec) throw new Error(`no OAuth2 sign-in is configured for ${key}`);
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const p: PendingSignIn = { key, verificationUri: null, verificationUriComplete: null, userCode: null, authorizationUrl: null, expiresAt: null, outcome: 'waiting', error: null };
    this.current = p;
    let shown: () => void = () => undefined;
    const prompted = new Promise<void>((resolve) => {
      shown = resolve;
    });
    const ep = endpointsFor(spec.auth);
    const flow =
      ep.flow === 'device'
        ? deviceSignIn(
            spec.auth,
            {
              onPrompt: (d) => {
                Object.assign(p, { verificationUri: d.verificationUri, verificationUriComplete: d.verificationUriComplete, userCode: d.userCode, expiresAt: d.expiresAt.toISOString() });
                shown();
              },
              signal: abort.signal,
            },
            ep,
          )
        : loopbackSignIn(
            spec.auth,
            {
              onPrompt: (url) => {
                p.authorizationUrl = url;
                shown();
              },
              signal: abort.signal,
            },
            ep,
          );
    const finished = flow.then(
      (tokens) => {
        this.store.put(key, tokens);
        p.outcome = 'done';
        this.onSignedIn(key);
      },
      (err: unknown) => {
        p.outcome = 'failed';
        p.error = err instanceof Error ? err.message : String(err);
      },
    );
    await Promise.race([prompted, finished]);
    return { ...p };
  }

  /** Ends a sign-in still waiting (daemon shutdown). */
  stop(): void {
    this.abort?.abort();
  }
}
