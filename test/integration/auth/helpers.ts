/** A real authorization server and a Dovecot that checks its tokens, wired together for the sign-in tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OAuthConfig } from '../../../src/config/schema.js';
import { deviceSignIn } from '../../../src/auth/device-flow.js';
import type { StoredTokens } from '../../../src/auth/token-store.js';
import { INTROSPECTOR, startAuthServer, TEST_CLIENT_ID, TEST_SCOPES, type AuthServerHarness, type AuthServerOptions } from '../../harness/auth-server.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';

export async function startOAuthMail(opts: AuthServerOptions = {}): Promise<{ as: AuthServerHarness; dovecot: DovecotHarness; stop(): Promise<void> }> {
  const as = await startAuthServer(opts);
  const u = new URL(as.introspectionUrl);
  u.username = INTROSPECTOR.id;
  u.password = INTROSPECTOR.secret;
  const dovecot = await startDovecot({ oauth2: { introspectionUrl: u.href } });
  return {
    as,
    dovecot,
    stop: async () => {
      await dovecot.stop();
      await as.stop();
    },
  };
}

/** mail.imap.auth for the harness's authorization server. */
export function genericAuth(as: AuthServerHarness): OAuthConfig {
  return { type: 'oauth2', provider: 'generic', clientId: TEST_CLIENT_ID, deviceAuthorizationUrl: as.deviceAuthorizationUrl, tokenUrl: as.tokenUrl, scopes: TEST_SCOPES };
}

/** A device-flow sign-in with the harness playing the user (who agrees, per `as.decision`). */
export function signIn(as: AuthServerHarness, auth: OAuthConfig = genericAuth(as)): Promise<StoredTokens> {
  return deviceSignIn(auth, { onPrompt: (p) => void as.approveDevice(p.userCode) });
}

const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

/** Runs the real CLI in a child process; `onLine` sees each stdout line as it comes (to play the user). */
export function cliAsync(cwd: string, args: string[], onLine: (line: string) => void = () => undefined, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsx, main, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
