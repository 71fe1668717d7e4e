/**
 * A real SMTP server on loopback (the `smtp-server` package) that captures what
 * it receives, for testing the send path end to end with nodemailer.
 */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface CapturedMessage {
  /** The message exactly as received after DATA. */
  raw: Buffer;
  envelope: { mailFrom: string | null; rcptTo: string[] };
  /** The authenticated user name, when the client logged in. */
  user: string | null;
  receivedAt: Date;
}

export type SmtpStage = 'connect' | 'auth' | 'mail' | 'rcpt' | 'data';

export interface SmtpFailure {
  stage: SmtpStage;
  /** SMTP reply code, e.g. 550 (permanent) or 451 (temporary). */
  code: number;
  message?: string;
  /** How many times to fail before succeeding again; unlimited when left out. */
  times?: number;
}

export interface SmtpHarnessOptions {
  /** Require AUTH (PLAIN/LOGIN) with these credentials; any AUTH is refused otherwise. */
  auth?: { user: string; pass: string };
  /** Also offer XOAUTH2; the check decides whether the bearer token is good for the user (e.g. by introspection). */
  oauth2?: (user: string, accessToken: string) => Promise<boolean>;
  failure?: SmtpFailure;
}

export interface SmtpHarness {
  host: string;
  port: number;
  messages: CapturedMessage[];
  /** Starts (or with null stops) rejecting at a stage. */
  setFailure(f: SmtpFailure | null): void;
  /** Resolves when at least `count` messages were captured. */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMessage[]>;
  stop(): Promise<void>;
}

/** Starts an SMTP server on 127.0.0.1 at a free port. No TLS: loopback only. */
export async function startSmtp(opts: SmtpHarnessOptions = {}): Promise<SmtpHarness> {
  const messages: CapturedMessage[] = [];
  let failure: (SmtpFailure & { left: number }) | null = null;
  const waiters = new Set<() => void>();

  const setFailure = (f: SmtpFailure | null): void => {
    failure = f ? { ...f, left: f.times ?? Number.POSITIVE_INFINITY } : null;
  };
  setFailure(opts.failure ?? null);

  /** An Error when this stage must fail now, else null. */
  const failAt = (stage: SmtpStage): Error | null => {
    if (!failure || failure.stage !== stage || failure.left <= 0) return null;
    failure.left -= 1;
    return Object.assign(new Error(failure.message ?? `rejected by test at ${stage}`), { responseCode: failure.code });
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.auth || opts.oauth2 ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth && !opts.oauth2,
    allowInsecureAuth: true,
    authMethods: opts.oauth2 ? ['PLAIN', 'LOGIN', 'XOAUTH2'] : ['PLAIN', 'LOGIN'],
    logger: false,
    socketTimeout: 10_000,
    closeTimeout: 100,
    onConnect(_session, cb) {
      cb(failAt('connect'));
    },
    onAuth(auth, _session, cb) {
      const err = failAt('auth');
      if (err) return cb(err);
      if (auth.method === 'XOAUTH2') {
        const check = opts.oauth2;
        if (!check || !auth.accessToken) return cb(Object.assign(new Error('XOAUTH2 not accepted'), { responseCode: 535 }));
        void check(auth.username ?? '', auth.accessToken).then(
          (ok) => (ok ? cb(null, { user: auth.username }) : cb(null, { data: { status: '401', schemes: 'bearer' } })),
          (e: unknown) => cb(e instanceof Error ? e : new Error(String(e))),
        );
        return;
      }
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) {
        return cb(null, { user: auth.username });
      }
      cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onMailFrom(_address, _session, cb) {
      cb(failAt('mail'));
    },
    onRcptTo(_address, _session, cb) {
      cb(failAt('rcpt'));
    },
    onData(stream, session: SMTPServerSession, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const err = failAt('data');
        if (err) return cb(err);
        const from = session.envelope.mailFrom;
        messages.push({
          raw: Buffer.concat(chunks),
          envelope: { mailFrom: from ? from.address : null, rcptTo: session.envelope.rcptTo.map((r) => r.address) },
          user: typeof session.user === 'string' ? session.user : null,
          receivedAt: new Date(),
        });
        for (const w of waiters) w();
        cb(null, 'queued by certmerge test');
      });
    },
  });
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    messages,
    setFailure,
    waitForMessages(count, timeoutMs = 5000) {
      if (messages.length >= count) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} message(s) on SMTP, got ${messages.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
