/**
 * `certmerge login`: the OAuth2 sign-in of the configured mailbox, IMAP's and
 * (when mail.smtp.auth is its own) SMTP's. The tokens go into the owner-only
 * token file in the data dir; a running daemon notices the new file and
 * connects at once.
 */
import type { ResolvedConfig } from '../../config/load.js';
import { AppError } from '../../errors.js';
import { deviceSignIn } from '../../auth/device-flow.js';
import { loopbackSignIn } from '../../auth/loopback-flow.js';
import { endpointsFor, providerName } from '../../auth/providers.js';
import { signInSpecs } from '../../auth/sign-ins.js';
import { TokenStore } from '../../auth/token-store.js';
import type { Output } from '../output.js';
import { localTime } from './case-commands.js';

export interface LoginOptions {
  /** Stops waiting (tests; Ctrl-C ends the process anyway). */
  signal?: AbortSignal;
  now?: () => Date;
}

export async function loginCommand(config: ResolvedConfig, o: Output, opts: LoginOptions = {}): Promise<void> {
  const specs = signInSpecs(config);
  if (specs.length === 0) {
    throw new AppError('BAD_CONFIG', `${config.origin}: mail.imap.auth: not set to type: oauth2, so there is nothing to sign in to (password login uses mail.imap.pass)`);
  }
  const store = TokenStore.inDataDir(config.dataDir);
  for (const spec of specs) {
    const ep = endpointsFor(spec.auth);
    const who = providerName(spec.auth);
    const what = spec.key === 'imap' ? 'IMAP' : 'SMTP';
    o.out(`Signing in to ${who} for ${what} as ${spec.user} (scopes: ${ep.scopes.join(' ')})`);
    const tokens =
      ep.flow === 'device'
        ? await deviceSignIn(
            spec.auth,
            {
              onPrompt: (p) => {
                o.out(`Open ${p.verificationUri} in a browser and enter the code ${p.userCode}`);
                if (p.verificationUriComplete) o.out(`(or open ${p.verificationUriComplete})`);
                o.out(`Waiting for the sign-in (the code expires at ${localTime(p.expiresAt.toISOString())})...`);
              },
              signal: opts.signal,
              now: opts.now,
            },
            ep,
          )
        : await loopbackSignIn(
            spec.auth,
            {
              onPrompt: (url) => {
                o.out('Open this URL in a browser on this computer and allow access:');
                o.out(url);
                o.out('Waiting for the browser to come back...');
              },
              signal: opts.signal,
              now: opts.now,
            },
            ep,
          );
    if (!tokens.refreshToken) o.err(`certmerge: warning: ${who} gave no refresh token; you will have to sign in again when the access token expires`);
    store.put(spec.key, tokens);
    o.out(`Signed in; tokens stored in ${store.path} (readable by you only).`);
  }
}
