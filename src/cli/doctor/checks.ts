/**
 * `certmerge doctor`: checks a config end to end, one line per check, each
 * failing line saying what to do. Network checks take their time-outs short:
 * a doctor that hangs is no help.
 */
import { promises as dns } from 'node:dns';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { ImapFlow, type ImapFlowError } from 'imapflow';
import type { ResolvedConfig } from '../../config/load.js';
import { mailSignIns, type MailSignIns } from '../../auth/sign-ins.js';
import { signInAction } from '../../mail/sources/imap-source.js';
import { parseMessage } from '../../mail/parse/parse-message.js';
import { rawHeaderLines } from '../../mail/parse/raw-header.js';
import { authResultsOf, toHeaderFields } from '../../mail/parse/header-fields.js';
import { receivingServer, verifySender, type SenderTrust } from '../../mail/verify/verify-sender.js';
import { checkTrustSetup, headerSample, type HeaderSample } from '../../mail/verify/setup-check.js';
import { makeLocalAuth } from '../../mail/verify/local-auth.js';
import { localSenderVerdict } from '../../mail/verify/local-trust.js';

export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
}

/** What doctor found that setup can write into the config. */
export interface Findings {
  authservId?: string;
  /** The receiving server writes Authentication-Results without an authserv-id (Microsoft 365, Outlook.com). */
  microsoftStyle?: boolean;
}

export interface DoctorOptions {
  timeoutMs?: number;
  signIns?: MailSignIns;
}

const errText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<never>((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/** Runs every check of the config; later checks are skipped (and fail) when what they need failed. */
export async function runChecks(config: ResolvedConfig, opts: DoctorOptions = {}): Promise<{ results: CheckResult[]; findings: Findings }> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const results: CheckResult[] = [];
  const findings: Findings = {};
  const add = (check: string, ok: boolean, detail: string): boolean => {
    results.push({ check, ok, detail: detail.replace(/\s+/g, ' ').trim() });
    return ok;
  };
  const signIns = opts.signIns ?? mailSignIns(config);
  const imap = config.mail.imap;

  if (config.mail.source !== 'imap' || !imap) {
    add('mail source', true, `Maildir ${config.mail.maildir}: nothing to connect to`);
    // A Maildir is delivered to by a server too: whether its verdict can be believed is checked the same way.
    if (config.mail.maildir) reportTrustSetup(await maildirSamples(config.mail.maildir), add, config.trust);
  } else {
    const where = `${imap.host}:${imap.port}`;
    if (await dnsCheck(add, 'imap dns', imap.host, timeoutMs) && (await tlsCheck(add, 'imap tls', imap.host, imap.port, imap.secure, imap.allowSelfSigned, timeoutMs))) {
      await imapChecks(config, signIns, add, findings, timeoutMs);
    } else {
      add('imap login', false, `skipped: ${where} is not reachable`);
    }
  }

  const smtp = config.mail.smtp;
  if (!smtp) {
    add('smtp', true, 'no mail.smtp: drafts are sent from your own mail client');
  } else if (await dnsCheck(add, 'smtp dns', smtp.host, timeoutMs)) {
    await smtpCheck(config, signIns, add, timeoutMs);
  }
  return { results, findings };
}

type Add = (check: string, ok: boolean, detail: string) => boolean;

async function dnsCheck(add: Add, check: string, host: string, timeoutMs: number): Promise<boolean> {
  try {
    const a = await withTimeout(dns.lookup(host), timeoutMs, 'DNS');
    return add(check, true, `${host} is ${a.address}`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return add(check, false, `${host} does not resolve (${code ?? errText(err)}): check the host name in the config`);
  }
}

async function tlsCheck(add: Add, check: string, host: string, port: number, secure: boolean, allowSelfSigned: boolean, timeoutMs: number): Promise<boolean> {
  if (!secure) return add(check, true, `secure: false: ${host}:${port} is reached without TLS first (STARTTLS where offered); use port 993 with secure: true where the server has it`);
  return new Promise<boolean>((resolve) => {
    const s = tls.connect({ host, port, servername: /^[\d.]+$|:/.test(host) ? undefined : host, rejectUnauthorized: !allowSelfSigned, timeout: timeoutMs });
    const done = (ok: boolean, detail: string) => {
      s.destroy();
      resolve(add(check, ok, detail));
    };
    s.once('secureConnect', () => {
      const cert = s.getPeerCertificate();
      const until = cert?.valid_to ? `, certificate valid until ${new Date(cert.valid_to).toISOString().slice(0, 10)}` : '';
      done(true, `${s.getProtocol() ?? 'TLS'} to ${host}:${port}${until}${s.authorized ? '' : ' (not verified: allowSelfSigned)'}`);
    });
    s.once('timeout', () => done(false, `${host}:${port} did not answer the TLS handshake within ${timeoutMs} ms: check the port (993 for IMAP over TLS, 465 for SMTP over TLS)`));
    s.once('error', (err: NodeJS.ErrnoException) => {
      const hint = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(err.code ?? '') ? ': the certificate is not trusted (allowSelfSigned: true only for a server you run)' : err.code === 'ECONNREFUSED' ? ': nothing listens there; check the port' : /EPROTO|wrong version/i.test(err.message) ? ': the port does not speak TLS; try secure: false or the TLS port' : '';
      done(false, `TLS to ${host}:${port} failed (${err.code ?? err.message})${hint}`);
    });
  });
}

async function imapChecks(config: ResolvedConfig, signIns: MailSignIns, add: Add, findings: Findings, timeoutMs: number): Promise<void> {
  const imap = config.mail.imap!;
  if (!signIns.imap && !imap.pass) {
    add('imap login', false, `mail.imap.pass is empty: set it (an app password where the provider needs one, e.g. \${IMAP_PASS} from the environment) or use mail.imap.auth.type: oauth2`);
    return;
  }
  let auth: { user: string; pass: string } | { user: string; accessToken: string } = { user: imap.user, pass: imap.pass ?? '' };
  if (signIns.imap) {
    try {
      auth = { user: imap.user, accessToken: await signIns.imap.accessToken({}) };
    } catch (err) {
      add('imap login', false, errText(err));
      return;
    }
  }
  const client = new ImapFlow({ host: imap.host, port: imap.port, secure: imap.secure, auth, tls: { rejectUnauthorized: !imap.allowSelfSigned }, logger: false, connectionTimeout: timeoutMs, clientInfo: { name: 'certmerge doctor' } });
  client.on('error', () => undefined);
  try {
    await withTimeout(client.connect(), timeoutMs, 'IMAP login');
  } catch (err) {
    const e = err as ImapFlowError & { response?: unknown };
    if (e.authenticationFailed) {
      const words = typeof e.response === 'string' && e.response ? e.response : errText(err);
      add('imap login', false, `${imap.host} refused the sign-in for ${imap.user} (${words}): ${signInAction(Boolean(signIns.imap), words)}`);
    } else {
      add('imap login', false, `could not log in to ${imap.host}:${imap.port}: ${errText(err)}`);
    }
    client.close();
    return;
  }
  try {
    add('imap login', true, `signed in as ${imap.user}${signIns.imap ? ' with OAuth2' : ' with a password'}`);
    await folderChecks(client, config, add);
    const idle = client.capabilities.has('IDLE');
    add('imap idle', idle, idle ? 'IDLE is supported: new mail shows up within seconds' : `no IDLE: certmerge falls back to a full sync every ${config.mail.reconcileSeconds} s (mail.reconcileSeconds)`);
    await trustChecks(client, config, add, findings);
  } catch (err) {
    add('imap', false, `the server stopped answering: ${errText(err)}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function folderChecks(client: ImapFlow, config: ResolvedConfig, add: Add): Promise<void> {
  const imap = config.mail.imap!;
  const list = await client.list();
  const inbox = list.find((m) => m.path.toUpperCase() === imap.inbox.toUpperCase() || m.path === imap.inbox);
  add('imap inbox', Boolean(inbox), inbox ? `${imap.inbox} exists` : `no mailbox ${imap.inbox}: set mail.imap.inbox to one of ${list.slice(0, 8).map((m) => m.path).join(', ')}`);
  for (const [role, flag, field] of [['drafts', '\\Drafts', 'drafts'], ['sent', '\\Sent', 'sent']] as const) {
    const named = imap[field];
    if (named) {
      const found = list.some((m) => m.path === named);
      add(`imap ${role}`, found, found ? `${named} (mail.imap.${field})` : `mail.imap.${field}: no mailbox named ${named}`);
      continue;
    }
    const m = list.find((x) => x.specialUse === flag);
    add(
      `imap ${role}`,
      Boolean(m),
      m ? `${m.path} (special-use ${flag})` : `no mailbox is flagged ${flag}: set mail.imap.${field} to your ${role} folder's name${role === 'drafts' ? ' (else certmerge creates "Drafts")' : ''}`,
    );
  }
}

/** The topmost Authentication-Results of the newest inbox message, and whether support mail would be trusted. */
async function trustChecks(client: ImapFlow, config: ResolvedConfig, add: Add, findings: Findings): Promise<void> {
  const imap = config.mail.imap!;
  const lock = await client.getMailboxLock(imap.inbox, { readOnly: true });
  try {
    const box = client.mailbox;
    if (!box || box.exists === 0) {
      add('trust authserv-id', false, `${imap.inbox} is empty: send yourself a message from another provider, then run doctor again`);
      return;
    }
    const newest = await client.fetchOne(String(box.exists), { headers: true, uid: true });
    const headers = newest && newest.headers ? Buffer.from(newest.headers) : Buffer.alloc(0);
    if (config.trust.provider === 'local') {
      // No header is used: what counts is whether the support mail verifies here (DKIM/DMARC, live DNS).
      add('trust authserv-id', true, 'trust.provider: local: no Authentication-Results header is used; DKIM/DMARC is verified here');
      await supportSenderCheck(client, config, add, config.trust);
      return;
    }
    // The field the verifier would read: the topmost one spelled exactly so.
    const ar = authResultsOf(toHeaderFields(rawHeaderLines(headers)))[0];
    // What the config trusts now: provider google without an authservId means mx.google.com (see receivingServer).
    const configured = configuredId(config);
    const microsoftConfigured = config.trust.provider === 'microsoft';
    if (!ar) {
      add('trust authserv-id', false, 'the newest message in the inbox has no Authentication-Results header: your mail server does not check DKIM/DMARC, and no support mail can be trusted');
    } else {
      const first = ar.value.split(';')[0]?.trim().split(/\s+/)[0] ?? '';
      if (first.includes('=')) {
        findings.microsoftStyle = true;
        if (microsoftConfigured) add('trust authserv-id', true, 'trust.provider: microsoft matches: the newest message\'s topmost Authentication-Results has no authserv-id (Microsoft 365 / Outlook.com)');
        else add('trust authserv-id', false, 'your server (Microsoft 365 / Outlook.com style) writes Authentication-Results without an authserv-id: set trust.provider: microsoft (doctor --write does it)');
      } else {
        const id = first.replace(/^"|"$/g, '').toLowerCase();
        findings.authservId = id;
        if (microsoftConfigured) add('trust authserv-id', false, `the newest message's topmost Authentication-Results is from ${id}, but trust.provider: microsoft trusts only a header without an authserv-id: set trust.provider: generic and trust.authservId: ${id}`);
        else if (configured === id) add('trust authserv-id', true, `trust.authservId ${id} matches the newest message's topmost Authentication-Results`);
        else add('trust authserv-id', false, `the newest message's topmost Authentication-Results is from ${id}: set trust.authservId: ${id}${configured ? ` (now ${configured})` : ''} (doctor --write does it)`);
      }
    }
    // The trust config as it would be after --write: the whole of it (provider, receivedBy, fieldsPerMessage, headerAbove), with what was found.
    const proposed: SenderTrust & { verifyDkim: boolean } = findings.microsoftStyle
      ? { ...config.trust, provider: 'microsoft' }
      : findings.authservId && !microsoftConfigured
        ? { ...config.trust, authservId: findings.authservId }
        : config.trust;
    await supportSenderCheck(client, config, add, proposed);
    await trustSetupCheck(client, add, box.exists, proposed);
  } finally {
    lock.release();
  }
}

/**
 * Whether the server's verdict can be believed at all (issue 13): the headers of
 * the newest 30 inbox messages, checked for mail from other domains without the
 * server's Authentication-Results and for messages with two of them.
 */
async function trustSetupCheck(client: ImapFlow, add: Add, exists: number, trust: SenderTrust & { verifyDkim: boolean }): Promise<void> {
  const from = Math.max(1, exists - 29);
  const samples: HeaderSample[] = [];
  for await (const m of client.fetch(`${from}:${exists}`, { headers: true })) {
    if (m.headers) samples.push(headerSample(Buffer.concat([Buffer.from(m.headers), Buffer.from('\r\n')])));
  }
  reportTrustSetup(samples, add, trust);
}

/** The header sections of the newest 30 messages of a Maildir inbox (`new/` and `cur/`, by modification time). */
async function maildirSamples(root: string): Promise<HeaderSample[]> {
  const files: { file: string; mtimeMs: number }[] = [];
  for (const sub of ['new', 'cur']) {
    const dir = path.join(root, sub);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const file = path.join(dir, name);
      const st = await fs.stat(file).catch(() => null);
      if (st?.isFile()) files.push({ file, mtimeMs: st.mtimeMs });
    }
  }
  files.sort((a, b) => b.mtimeMs - a.mtimeMs);
  const samples: HeaderSample[] = [];
  for (const { file } of files.slice(0, 30)) {
    // The header section is all the check reads: 64 KB of it is plenty.
    const fh = await fs.open(file, 'r').catch(() => null);
    if (!fh) continue;
    try {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      samples.push(headerSample(buf.subarray(0, bytesRead)));
    } finally {
      await fh.close();
    }
  }
  return samples;
}

/** The trust setup findings for recent inbox mail, and the local check's recommendation (IMAP and Maildir alike). */
function reportTrustSetup(samples: HeaderSample[], add: Add, trust: SenderTrust & { verifyDkim: boolean }): void {
  for (const f of checkTrustSetup(samples, trust)) add('trust setup', f.ok, f.detail);
  // A recommendation, not a failure: the server's verdict alone is safe when the setup above is.
  add(
    'trust local check',
    true,
    trust.verifyDkim
      ? 'trust.verifyDkim is on: mail that would move a case is also checked for DKIM/DMARC here, so a forged server header is not enough'
      : 'trust.verifyDkim is off (recommended: true): certmerge then checks DKIM/DMARC itself for mail that would move a case, so it stays safe if your server ever lets a forged Authentication-Results through',
  );
}

/** The authserv-id the config trusts now (provider google: mx.google.com unless set). */
function configuredId(config: ResolvedConfig): string | undefined {
  const server = receivingServer(config.trust);
  return server?.provider === 'authserv-id' ? server.authservId.toLowerCase() : undefined;
}

async function supportSenderCheck(client: ImapFlow, config: ResolvedConfig, add: Add, trust: SenderTrust): Promise<void> {
  const domains = config.trust.senderDomains;
  const query = domains.length === 1 ? { from: domains[0] } : { or: domains.map((d) => ({ from: d })) };
  const uids = ((await client.search(query, { uid: true })) || []) as number[];
  const uid = uids.length ? Math.max(...uids) : null;
  if (uid === null) {
    add('trust support senders', true, `no mail from ${domains.join(', ')} in the inbox yet: nothing to check`);
    return;
  }
  const msg = await client.fetchOne(String(uid), { source: { maxLength: config.mail.maxMessageBytes } }, { uid: true });
  if (!msg || !msg.source) {
    add('trust support senders', false, `could not read message UID ${uid}`);
    return;
  }
  const parsed = await parseMessage(Buffer.from(msg.source), { maxBytes: config.mail.maxMessageBytes });
  const raw = Buffer.from(msg.source);
  const verdict = trust.provider === 'local' ? await localSenderVerdict(raw, verifySender(parsed, trust), trust.senderDomains, makeLocalAuth()) : verifySender(parsed, trust);
  const from = parsed.from?.address ?? 'an unknown sender';
  const under =
    trust.provider !== config.trust.provider
      ? ` (with trust.provider: ${trust.provider})`
      : trust.authservId && trust.authservId !== configuredId(config)
        ? ` (with trust.authservId: ${trust.authservId})`
        : '';
  add(
    'trust support senders',
    verdict.trusted,
    verdict.trusted
      ? `the newest mail from ${from} would be trusted${under}: ${verdict.reasons.at(-1) ?? ''}`
      : `the newest mail from ${from} would NOT be trusted${under}: ${verdict.reasons.join('; ')}`,
  );
}

async function smtpCheck(config: ResolvedConfig, signIns: MailSignIns, add: Add, timeoutMs: number): Promise<void> {
  const smtp = config.mail.smtp!;
  let auth: Record<string, string> | undefined = smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined;
  if (signIns.smtp && signIns.smtpUser) {
    try {
      auth = { type: 'OAuth2', user: signIns.smtpUser, accessToken: await signIns.smtp.accessToken({}) };
    } catch (err) {
      add('smtp', false, errText(err));
      return;
    }
  }
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: auth as never,
    tls: { rejectUnauthorized: !smtp.allowSelfSigned },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  });
  try {
    await transport.verify();
    add('smtp', true, `${smtp.host}:${smtp.port} accepts ${auth ? `the ${'type' in auth ? 'OAuth2' : 'password'} login of ${auth.user}` : 'mail without a login'}`);
  } catch (err) {
    const e = err as { code?: string; response?: string };
    if (e.code === 'EAUTH') {
      const words = e.response ?? errText(err);
      const hint = /basic authentication|SmtpClientAuthentication is disabled|5\.7\.139|5\.7\.3/i.test(words)
        ? 'this provider refuses passwords for SMTP: set mail.smtp.auth (or mail.imap.auth) to type: oauth2 and run `certmerge login`'
        : signIns.smtp
          ? 'sign in again: run `certmerge login`'
          : 'check mail.smtp.user and mail.smtp.pass';
      add('smtp', false, `${smtp.host} refused the login (${words}): ${hint}`);
    } else {
      add('smtp', false, `${smtp.host}:${smtp.port}: ${errText(err)}`);
    }
  } finally {
    transport.close();
  }
}
