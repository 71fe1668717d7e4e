import { z } from 'zod';

// `${PORT}` substitutes to a string: accept digits, report anything else by name.
const port = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
  z.number({ error: 'expected a number' }).int({ error: 'expected a whole number' }).min(1).max(65535),
);
const nonEmpty = z.string().min(1, { error: 'must not be empty' });

export const imapSchema = z.strictObject({
  host: nonEmpty,
  port: port.default(993),
  secure: z.boolean({ error: 'expected true or false' }).default(true),
  user: nonEmpty,
  pass: nonEmpty,
  inbox: nonEmpty.default('INBOX'),
  sent: nonEmpty.optional(),
  drafts: nonEmpty.optional(),
  /** Accept self-signed certificates (only for a server you run yourself). */
  allowSelfSigned: z.boolean().default(false),
});

export const smtpSchema = z.strictObject({
  host: nonEmpty,
  port: port.default(465),
  secure: z.boolean({ error: 'expected true or false' }).default(true),
  user: nonEmpty.optional(),
  pass: nonEmpty.optional(),
  allowSelfSigned: z.boolean().default(false),
});

export const configSchema = z.strictObject({
  dataDir: nonEmpty.default('./certmerge-data'),
  dashboard: z
    .strictObject({
      host: nonEmpty.default('127.0.0.1'),
      port: port.default(4780),
      token: z.string().optional(),
      /**
       * Reverse proxies (addresses, CIDR ranges or `loopback`) whose
       * X-Forwarded-For / X-Forwarded-Proto are believed: the client address
       * for throttling, `https` for Secure cookies. Empty: no header is believed.
       */
      trustedProxies: z.array(nonEmpty).default([]),
    })
    .default({ host: '127.0.0.1', port: 4780, trustedProxies: [] }),
  mail: z
    .strictObject({
      source: z.enum(['imap', 'maildir']).default('maildir'),
      maildir: nonEmpty.optional(),
      imap: imapSchema.optional(),
      smtp: smtpSchema.optional(),
      from: nonEmpty.default('certmerge user <me@localhost>'),
      /** Messages larger than this are not parsed whole: only their text parts are read. */
      maxMessageBytes: z.number().int().positive().default(25 * 1024 * 1024),
      /** How often a full reconcile runs besides IDLE, in seconds. */
      reconcileSeconds: z.number().int().positive().default(300),
    })
    .default({ source: 'maildir', from: 'certmerge user <me@localhost>', maxMessageBytes: 25 * 1024 * 1024, reconcileSeconds: 300 }),
  trust: z
    .strictObject({
      senderDomains: z.array(nonEmpty).default(['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com']),
      authservId: z.string().optional(),
      /**
       * microsoft: the topmost Authentication-Results without an authserv-id is
       * trusted, and only that one; google: authservId defaults to mx.google.com.
       */
      provider: z.enum(['generic', 'microsoft', 'google']).default('generic'),
      /** Hosts the receiving hop writes in `Received: ... by HOST`; default: authservId. */
      receivedBy: z.array(nonEmpty).optional(),
      /** Adjacent Authentication-Results fields the server writes per message (one per filter). */
      fieldsPerMessage: z.number().int().min(1).max(5).default(1),
      /** Verify DKIM/DMARC locally (mailauth, live DNS) as a second check for mail that would move a case. */
      verifyDkim: z.boolean().default(false),
    })
    .default({ senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'], provider: 'generic', fieldsPerMessage: 1, verifyDkim: false }),
  deadlines: z
    .strictObject({
      acknowledgementHours: z.number().positive().default(24),
      supportReplyBusinessDays: z.number().int().positive().default(2),
      completionBusinessDays: z.number().int().positive().default(5),
    })
    .default({ acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 }),
  /** Extra classification rules (YAML), merged over the built-in ones. */
  rulesFile: z.string().optional(),
  log: z
    .strictObject({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info') })
    .default({ level: 'info' }),
}).superRefine((c, ctx) => {
  if (c.mail.source === 'imap' && !c.mail.imap) {
    ctx.addIssue({ code: 'custom', path: ['mail', 'imap'], message: 'required when mail.source is imap' });
  }
});

export type Config = z.infer<typeof configSchema>;
export type TrustConfig = Config['trust'];
export type DeadlineConfig = Config['deadlines'];
export type ImapConfig = z.infer<typeof imapSchema>;
export type SmtpConfig = z.infer<typeof smtpSchema>;
