/**
 * A throwaway real Dovecot for integration tests: its own config, base_dir,
 * state, log and Maildirs in a temp dir, listening on a free loopback port with
 * cleartext auth. Real server behaviour (IDLE, UIDVALIDITY, special-use) is what
 * our IMAP source must survive, so we test against the real thing, not a fake.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync, chownSync, readFileSync, renameSync, utimesSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';
const DOVEADM = '/usr/bin/doveadm';
const INSTALL_HINT = 'run `sudo bash scripts/install-test-deps.sh` (installs dovecot-imapd)';
/** The unprivileged user Dovecot's processes run as when the tests run as root (imap-login refuses root). */
const TEST_SYSTEM_USER = 'certmerge-test';

export interface TestUser {
  user: string;
  pass: string;
}

export interface DovecotHarness {
  host: string;
  port: number;
  users: TestUser[];
  /** The temp dir holding config, logs and mail; removed by stop(). */
  root: string;
  /** Path of a user's Maildir (Maildir++: INBOX at the top, `.Sent`, `.Drafts`, ...). */
  maildirOf(user: string): string;
  /** Graceful shutdown (SIGTERM), then removes the temp dir unless `keep` is set. */
  stop(opts?: { keep?: boolean }): Promise<void>;
  /** Starts the server again on the same port, with the same mail. */
  start(): Promise<void>;
  /** Simulates a crash: SIGKILL to the whole Dovecot process group; mail stays. */
  kill(): Promise<void>;
  /** Gives the mailbox a new UIDVALIDITY (messages stay); returns the new value as a string. */
  changeUidValidity(user: string, mailbox: string): Promise<string>;
  /** Appends a message through a separate IMAP connection; returns the UID when the server tells it. */
  append(user: string, mailbox: string, raw: Buffer, flags?: string[]): Promise<{ uid?: number }>;
  /**
   * Drops a message straight into the user's Maildir `new/` (works while the server is down,
   * and is much faster than APPEND for bulk fixtures). `date` sets the internal date.
   */
  deliverFile(user: string, mailbox: string, raw: Buffer, date?: Date): string;
  /** Freezes every Dovecot process (SIGSTOP): connections stay open but nothing answers. */
  pause(): void;
  resume(): void;
  /** An unconnected ImapFlow for a test user (logger off). The caller connects and logs out. */
  client(user: string): ImapFlow;
  /** Tail of Dovecot's log, for assertion messages. */
  log(): string;
}

interface RunAs {
  name: string;
  uid: number;
  gid: number;
  group: string;
}

/**
 * OAuth2 sign-in (XOAUTH2 and OAUTHBEARER) checked by Dovecot's own oauth2
 * passdb, which POSTs the token to an introspection endpoint (RFC 7662) and
 * compares its `username` with the login name. Passwords keep working.
 */
export interface DovecotOAuth2 {
  /** With the introspecting client's credentials in it: http://id:secret@127.0.0.1:port/... */
  introspectionUrl: string;
}

/** Starts a fresh Dovecot. Throws a readable error when Dovecot is not installed. */
export async function startDovecot(opts: { users?: TestUser[]; oauth2?: DovecotOAuth2 } = {}): Promise<DovecotHarness> {
  if (!existsSync(DOVECOT)) {
    throw new Error(`Dovecot is not installed (${DOVECOT} not found): ${INSTALL_HINT}`);
  }
  const version = dovecotVersion();
  const runAs = resolveRunAs();
  const root = mkdtempSync(path.join(os.tmpdir(), 'certmerge-dovecot-'));
  // Every instance its own passwords and greeting: test files run side by side, and a port one of them
  // freed during an outage can be taken by another's server. A client must then be refused, not served
  // another instance's mailbox with the same user names, and start() must not take that server for ours.
  const instance = path.basename(root).slice('certmerge-dovecot-'.length);
  const users = opts.users ?? [
    { user: 'alice', pass: `alice-secret-1-${instance}` },
    { user: 'bob', pass: `bob-secret-2-${instance}` },
    { user: 'carol', pass: `carol-secret-3-${instance}` },
  ];
  const greeting = `certmerge test Dovecot ${instance} ready.`;

  // mkdtemp gives 0700; Dovecot's unprivileged processes must traverse it.
  chmodSync(root, 0o755);
  for (const d of ['run', 'state', 'home']) mkdirSync(path.join(root, d), { mode: 0o755 });
  for (const u of users) {
    const home = path.join(root, 'home', u.user);
    mkdirSync(home, { mode: 0o700 });
    chownSync(home, runAs.uid, runAs.gid);
  }
  const passwdFile = path.join(root, 'passwd');
  writeFileSync(
    passwdFile,
    users.map((u) => `${u.user}:{PLAIN}${u.pass}:${runAs.uid}:${runAs.gid}::${path.join(root, 'home', u.user)}::\n`).join(''),
    { mode: 0o644 },
  );
  const port = await freePort();
  const configFile = path.join(root, 'dovecot.conf');
  let oauth2File: string | undefined;
  if (opts.oauth2) {
    oauth2File = path.join(root, 'dovecot-oauth2.conf.ext');
    writeFileSync(oauth2File, oauth2Config(opts.oauth2), { mode: 0o644 });
  }
  writeFileSync(configFile, dovecotConfig({ root, port, passwdFile, runAs, version, oauth2File, greeting }));

  let child: ChildProcess | null = null;
  let fileCounter = 0;
  let guardian: ChildProcess | null = null;
  let stderr = '';
  const logFile = path.join(root, 'dovecot.log');

  const readLog = (): string => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    } catch {
      return '';
    }
  };

  const killGroup = (signal: NodeJS.Signals): void => {
    if (child?.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = (): void => {
    killGroup('SIGCONT');
    killGroup('SIGKILL');
    guardian?.kill('SIGKILL');
  };

  const start = async (): Promise<void> => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    stderr = '';
    // Own process group, so kill() can take down the master and every child at once like a crash would.
    const c = spawn(DOVECOT, ['-F', '-c', configFile], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    child = c;
    c.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    // If this test process dies without cleanup (SIGKILL, runner timeout), a detached guardian
    // takes Dovecot down within half a second and removes the temp dir.
    guardian?.kill('SIGKILL');
    guardian = spawn(
      'sh',
      ['-c', `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${c.pid} 2>/dev/null; do sleep 0.5; done; kill -9 -- -${c.pid} 2>/dev/null; kill -0 ${process.pid} 2>/dev/null || rm -rf '${root}'`],
      { detached: true, stdio: 'ignore' },
    );
    guardian.unref();
    const exited = new Promise<never>((_, reject) => {
      c.once('exit', (code, sig) => reject(new Error(`dovecot exited during start (code ${code}, signal ${sig}): ${stderr.trim()}\n${readLog()}`)));
    });
    exited.catch(() => undefined);
    await Promise.race([waitForGreeting(port, greeting, 5000), exited]).catch((err: unknown) => {
      killGroup('SIGKILL');
      throw err;
    });
  };

  const waitExit = async (signal: NodeJS.Signals, timeoutMs: number): Promise<void> => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const done = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    killGroup('SIGCONT');
    if (signal === 'SIGKILL') killGroup('SIGKILL');
    else c.kill(signal);
    const timer = setTimeout(() => killGroup('SIGKILL'), timeoutMs);
    await done;
    clearTimeout(timer);
    // Children notice the master's exit on their own; make sure none keeps the port.
    if (signal !== 'SIGKILL') killGroup('SIGKILL');
    // The master's exit is not the group's: a child still alive keeps its socket (run/login/dns-client), and a
    // start() in that moment fails with "Dovecot is already running?" (seen once in CI after a stop()).
    await groupGone(c.pid, 2000);
  };

  /** Waits until no process of the group is left (or the time is up: a start() then says what it meets). */
  const groupGone = async (pid: number | undefined, timeoutMs: number): Promise<void> => {
    if (pid === undefined) return;
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      try {
        process.kill(-pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  process.on('exit', onExit);
  await start();

  const harness: DovecotHarness = {
    host: '127.0.0.1',
    port,
    users,
    root,
    maildirOf: (user) => path.join(root, 'home', user, 'Maildir'),
    start,
    async stop(o = {}) {
      await waitExit('SIGTERM', 400);
      guardian?.kill('SIGKILL');
      process.off('exit', onExit);
      if (!o.keep) rmSync(root, { recursive: true, force: true });
    },
    async kill() {
      await waitExit('SIGKILL', 1000);
      // Let the kernel release the listening socket before a start() on the same port.
      await new Promise((r) => setTimeout(r, 20));
    },
    async changeUidValidity(user, mailbox) {
      const status = doveadm(configFile, ['-f', 'flow', 'mailbox', 'status', '-u', user, 'uidvalidity', mailbox]);
      const current = Number(/uidvalidity=(\d+)/.exec(status)?.[1] ?? '0');
      const next = String(current + 1000 + Math.floor(Math.random() * 1000));
      doveadm(configFile, ['mailbox', 'update', '-u', user, '--uid-validity', next, mailbox]);
      return next;
    },
    async append(user, mailbox, raw, flags) {
      const client = harness.client(user);
      client.on('error', () => undefined);
      await client.connect();
      try {
        const r = await client.append(mailbox, raw, flags);
        return r && r.uid !== undefined ? { uid: r.uid } : {};
      } finally {
        await client.logout().catch(() => client.close());
      }
    },
    deliverFile(user, mailbox, raw, date) {
      const dir = mailbox.toUpperCase() === 'INBOX' ? harness.maildirOf(user) : path.join(harness.maildirOf(user), `.${mailbox}`);
      for (const sub of ['', 'cur', 'new', 'tmp']) {
        const p = path.join(dir, sub);
        if (!existsSync(p)) {
          mkdirSync(p, { recursive: true, mode: 0o700 });
          chownSync(p, runAs.uid, runAs.gid);
        }
      }
      const when = date ?? new Date();
      const name = `${Math.floor(when.getTime() / 1000)}.M${++fileCounter}P${process.pid}.certmerge-test`;
      const tmp = path.join(dir, 'tmp', name);
      writeFileSync(tmp, raw, { mode: 0o600 });
      chownSync(tmp, runAs.uid, runAs.gid);
      utimesSync(tmp, when, when);
      const final = path.join(dir, 'new', name);
      renameSync(tmp, final);
      return final;
    },
    pause() {
      killGroup('SIGSTOP');
    },
    resume() {
      killGroup('SIGCONT');
    },
    client(user) {
      const u = users.find((x) => x.user === user);
      if (!u) throw new Error(`no test user ${user}`);
      return new ImapFlow({ host: '127.0.0.1', port, secure: false, doSTARTTLS: false, auth: { user: u.user, pass: u.pass }, logger: false });
    },
    log: readLog,
  };
  return harness;
}

function dovecotVersion(): { major: number; minor: number } {
  const r = spawnSync(DOVECOT, ['--version'], { encoding: 'utf8' });
  const m = /^(\d+)\.(\d+)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`cannot read the Dovecot version from \`${DOVECOT} --version\`: ${r.stderr || r.stdout}. ${INSTALL_HINT}`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** Who Dovecot's processes and the mail files belong to: ourselves, or a dedicated system user when we are root. */
function resolveRunAs(): RunAs {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) {
    const info = os.userInfo();
    const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim() || String(info.gid);
    return { name: info.username, uid: info.uid, gid: info.gid, group };
  }
  let entry = getent(TEST_SYSTEM_USER);
  if (!entry) {
    spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', TEST_SYSTEM_USER], { encoding: 'utf8' });
    entry = getent(TEST_SYSTEM_USER);
  }
  if (entry) {
    const group = spawnSync('id', ['-gn', TEST_SYSTEM_USER], { encoding: 'utf8' }).stdout.trim();
    return { name: TEST_SYSTEM_USER, uid: entry.uid, gid: entry.gid, group: group || TEST_SYSTEM_USER };
  }
  const nobody = getent('nobody');
  if (!nobody) throw new Error(`running as root, but neither user ${TEST_SYSTEM_USER} (useradd failed) nor nobody exists`);
  const group = spawnSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).stdout.trim() || 'nogroup';
  return { name: 'nobody', uid: nobody.uid, gid: nobody.gid, group };
}

function getent(name: string): { uid: number; gid: number } | null {
  const r = spawnSync('getent', ['passwd', name], { encoding: 'utf8' });
  const f = r.status === 0 ? r.stdout.trim().split(':') : [];
  return f.length >= 4 ? { uid: Number(f[2]), gid: Number(f[3]) } : null;
}

function doveadm(configFile: string, args: string[]): string {
  const r = spawnSync(DOVEADM, ['-c', configFile, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`doveadm ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** The oauth2 passdb's settings file (Dovecot 2.3: passdb { driver = oauth2; args = FILE }). */
function oauth2Config(o: DovecotOAuth2): string {
  return `# generated by test/harness/dovecot.ts
introspection_url = ${o.introspectionUrl}
introspection_mode = post
force_introspection = yes
username_attribute = username
username_format = %u
active_attribute = active
active_value = true
timeout_msecs = 5000
`;
}

function dovecotConfig(o: { root: string; port: number; passwdFile: string; runAs: RunAs; version: { major: number; minor: number }; oauth2File?: string; greeting: string }): string {
  const mailboxes = `
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }`;
  const common = `
base_dir = ${o.root}/run
state_dir = ${o.root}/state
log_path = ${o.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
login_greeting = ${o.greeting}
auth_mechanisms = plain login${o.oauth2File ? ' xoauth2 oauthbearer' : ''}
default_internal_user = ${o.runAs.name}
default_internal_group = ${o.runAs.group}
default_login_user = ${o.runAs.name}
first_valid_uid = 1
first_valid_gid = 1
# No chroot: works both as root and as an ordinary user.
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${o.port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
  # Tests log in with a wrong password on purpose; anvil's auth penalty would then slow every
  # later login from 127.0.0.1 by seconds. Without this socket the auth process skips the penalty.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
auth_failure_delay = 0
`;
  if (o.version.major === 2 && o.version.minor <= 3) {
    return `# generated by test/harness/dovecot.ts for Dovecot 2.3
${common}
disable_plaintext_auth = no
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${o.passwdFile}
}
${
  o.oauth2File
    ? `# After the passwords: a token is no password, so passwd-file fails it and the oauth2 passdb gets its turn.
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${o.oauth2File}
}
`
    : ''
}userdb {
  driver = passwd-file
  args = username_format=%u ${o.passwdFile}
}
namespace inbox {
  inbox = yes
${mailboxes}
}
`;
  }
  // Dovecot 2.4 renamed most of these settings. Best effort: not exercised on Debian 12.
  return `# generated by test/harness/dovecot.ts for Dovecot 2.4+
dovecot_config_version = ${o.version.major}.${o.version.minor}.0
dovecot_storage_version = ${o.version.major}.${o.version.minor}.0
${common.replace('address = 127.0.0.1', 'listen = 127.0.0.1')}
auth_allow_cleartext = yes
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {
  default_password_scheme = PLAIN
  passwd_file_path = ${o.passwdFile}
}
userdb passwd-file {
  passwd_file_path = ${o.passwdFile}
}
namespace inbox {
  inbox = yes
${mailboxes}
}
`;
}

/** A port nobody listens on right now (small race accepted: tests own this machine's loopback). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once this instance's server sends its IMAP greeting (another server on the port is not ours). */
async function waitForGreeting(port: number, greeting: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port });
      let buf = '';
      const done = (v: boolean): void => {
        s.destroy();
        resolve(v);
      };
      s.setTimeout(1000, () => done(false));
      s.on('data', (d) => {
        buf += d.toString();
        if (buf.includes('\n')) done(buf.startsWith('* OK') && buf.includes(greeting));
      });
      s.on('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not greet on 127.0.0.1:${port} within ${timeoutMs} ms (or another server answers there)`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
