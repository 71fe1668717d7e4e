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

/**
 * An endpoint certmerge sends to: `https:`, or plain `http:` only on loopback
 * (tests, a local relay), so a notification never crosses a network unencrypted.
 */
export const endpointUrl = nonEmpty.superRefine((v, ctx) => {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'expected a URL' });
    return;
  }
  const loopback = u.hostname === '127.0.0.1' || u.hostname === '[::1]' || u.hostname === 'localhost';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) ctx.addIssue({ code: 'custom', message: 'must be https: (plain http: only on loopback, e.g. http://127.0.0.1:8080/)' });
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

export const notifyChannelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('webhook'), url: endpointUrl, secret: nonEmpty }),
  z.strictObject({ type: z.literal('ntfy'), url: endpointUrl, token: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('email'), to: z.email({ error: 'expected an e-mail address' }) }),
], { error: 'expected type webhook, ntfy or email' });

export const configSchema = z.strictObject({
  dataDir: nonEmpty.default('./certmerge-data'),
  dashboard: z
    .strictObject({
      host: nonEmpty.default('127.0.0.1'),
      port: port.default(4780),
      token: z.string().optional(),
      /** Base of the links in notifications; default from host and port. */
      url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    })
    .default({ host: '127.0.0.1', port: 4780 }),
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
    })
    .default({ senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'] }),
  deadlines: z
    .strictObject({
      acknowledgementHours: z.number().positive().default(24),
      supportReplyBusinessDays: z.number().int().positive().default(2),
      completionBusinessDays: z.number().int().positive().default(5),
      /** The user's own turn is reminded after this many business days. */
      userReplyBusinessDays: z.number().int().positive().default(3),
      /** Support may close an unanswered case after this many business days; a reminder comes the business day before. */
      userAutoCloseBusinessDays: z.number().int().positive().default(7),
    })
    .default({ acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5, userReplyBusinessDays: 3, userAutoCloseBusinessDays: 7 }),
  /** Notification channels: every entry is one. */
  notify: z.array(notifyChannelSchema).default([]),
  /** Days off that business days skip besides weekends. */
  holidays: z
    .strictObject({
      /** ISO 3166 code; unset: Japan (JP) for Japanese cases, weekends only for the others. */
      country: z.string().regex(/^[A-Za-z]{2}$/, { error: 'expected an ISO 3166 country code such as JP' }).transform((c) => c.toUpperCase()).optional(),
      extra: z.array(isoDate).default([]),
    })
    .default({ extra: [] }),
  /** When something that stopped watching is worth a notification. */
  alerts: z
    .strictObject({
      /** The mail source down (or refusing the sign-in) for longer than this notifies. */
      mailDownMinutes: z.number().positive().default(15),
      /** A certification or voucher that expires within this many days notifies. */
      expiringDays: z.number().int().positive().default(30),
    })
    .default({ mailDownMinutes: 15, expiringDays: 30 }),
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
export type NotifyChannelConfig = z.infer<typeof notifyChannelSchema>;
