import { z } from 'zod';

// `${PORT}` substitutes to a string: accept digits, report anything else by name.
const port = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
  z.number({ error: 'expected a number' }).int({ error: 'expected a whole number' }).min(1).max(65535),
);
const nonEmpty = z.string().min(1, { error: 'must not be empty' });

/** An authorization server endpoint: https, or http on loopback only (how tests run a real server). */
export function isAllowedEndpoint(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === '[::1]' || u.hostname === 'localhost');
}
const endpointUrl = nonEmpty.refine(isAllowedEndpoint, { error: 'must be an https: URL (http: only on loopback, e.g. http://127.0.0.1:8080/token)' });

/** How certmerge signs in to the mail server: a password (mail.imap.pass), or OAuth2 with tokens from `certmerge login`. */
export const authSchema = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('password') }),
      z.strictObject({
        type: z.literal('oauth2'),
        provider: z.enum(['microsoft', 'google', 'generic'], { error: 'expected microsoft, google or generic' }),
        clientId: nonEmpty,
        /** Microsoft only: `common`, `organizations`, `consumers` or a tenant ID/domain. */
        tenant: nonEmpty.optional(),
        /** Google only, when the OAuth client has one (Desktop app clients do). */
        clientSecret: nonEmpty.optional(),
        deviceAuthorizationUrl: endpointUrl.optional(),
        tokenUrl: endpointUrl.optional(),
        scopes: z.array(nonEmpty).min(1, { error: 'must list at least one scope' }).optional(),
      }),
    ],
    { error: 'expected type: password or type: oauth2' },
  )
  .superRefine((a, ctx) => {
    if (a.type !== 'oauth2') return;
    if (a.provider === 'generic') {
      for (const f of ['deviceAuthorizationUrl', 'tokenUrl'] as const) {
        if (!a[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'required when provider is generic' });
      }
    } else {
      for (const f of ['deviceAuthorizationUrl', 'tokenUrl'] as const) {
        if (a[f]) ctx.addIssue({ code: 'custom', path: [f], message: `only for provider: generic (${a.provider}'s endpoints are built in)` });
      }
    }
    if (a.tenant && a.provider !== 'microsoft') ctx.addIssue({ code: 'custom', path: ['tenant'], message: 'only for provider: microsoft' });
    if (a.clientSecret && a.provider === 'microsoft') ctx.addIssue({ code: 'custom', path: ['clientSecret'], message: 'not for provider: microsoft (a public client has no secret)' });
  });

export const imapSchema = z.strictObject({
  host: nonEmpty,
  port: port.default(993),
  secure: z.boolean({ error: 'expected true or false' }).default(true),
  user: nonEmpty,
  /** Required for password login; unused with auth.type oauth2. */
  pass: nonEmpty.optional(),
  auth: authSchema.optional(),
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
  /** Omitted: the IMAP sign-in is reused (its OAuth2 tokens, or password login with smtp.user/pass). */
  auth: authSchema.optional(),
  allowSelfSigned: z.boolean().default(false),
});

/**
 * An endpoint certmerge sends to: `https:`, or plain `http:` only on loopback
 * (tests, a local relay), so a notification never crosses a network unencrypted.
 */
export const notifyEndpointUrl = nonEmpty.superRefine((v, ctx) => {
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
  z.strictObject({ type: z.literal('webhook'), url: notifyEndpointUrl, secret: nonEmpty }),
  z.strictObject({ type: z.literal('ntfy'), url: notifyEndpointUrl, token: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('email'), to: z.email({ error: 'expected an e-mail address' }) }),
], { error: 'expected type webhook, ntfy or email' });

/** Where the dashboard listens unless `dashboard.port` says otherwise (also the demo's `--port` default). */
export const DEFAULT_DASHBOARD_PORT = 4780;

/**
 * The whole configuration. Every default is written once, on its field: a section left out is
 * `.prefault({})`, parsed as an empty object so that its fields' own defaults fill it in.
 */
export const configSchema = z.strictObject({
  dataDir: nonEmpty.default('./certmerge-data'),
  dashboard: z
    .strictObject({
      host: nonEmpty.default('127.0.0.1'),
      port: port.default(DEFAULT_DASHBOARD_PORT),
      token: z.string().optional(),
      /**
       * Reverse proxies (addresses, CIDR ranges or `loopback`) whose
       * X-Forwarded-For / X-Forwarded-Proto are believed: the client address
       * for throttling, `https` for Secure cookies. Empty: no header is believed.
       */
      trustedProxies: z.array(nonEmpty).default([]),
      /** Base of the links in notifications; default from host and port. */
      url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    })
    .prefault({}),
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
    .prefault({}),
  trust: z
    .strictObject({
      senderDomains: z.array(nonEmpty).default(['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com']),
      authservId: z.string().optional(),
      /**
       * microsoft: the topmost Authentication-Results without an authserv-id is
       * trusted, and only that one; google: authservId defaults to mx.google.com;
       * local: no header is used, DKIM/DMARC is verified here (mailauth, live DNS).
       */
      provider: z.enum(['generic', 'microsoft', 'google', 'local']).default('generic'),
      /** Hosts the receiving hop writes in `Received: ... by HOST`; default: authservId. */
      receivedBy: z.array(nonEmpty).optional(),
      /** Adjacent Authentication-Results fields the server writes per message (one per filter). */
      fieldsPerMessage: z.number().int().min(1).max(5).default(1),
      /** The server writes its Authentication-Results above its own Received: nothing below that Received is believed. */
      headerAbove: z.boolean().default(false),
      /** Verify DKIM/DMARC locally (mailauth, live DNS) as a second check for mail that would move a case. */
      verifyDkim: z.boolean().default(false),
    })
    .prefault({}),
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
    .prefault({}),
  /** Notification channels: every entry is one. */
  notify: z.array(notifyChannelSchema).default([]),
  /** Days off that business days skip besides weekends. */
  holidays: z
    .strictObject({
      /** ISO 3166 code; unset: Japan (JP) for Japanese cases, weekends only for the others. */
      country: z.string().regex(/^[A-Za-z]{2}$/, { error: 'expected an ISO 3166 country code such as JP' }).transform((c) => c.toUpperCase()).optional(),
      extra: z.array(isoDate).default([]),
    })
    .prefault({}),
  /** When something that stopped watching is worth a notification. */
  alerts: z
    .strictObject({
      /** The mail source down (or refusing the sign-in) for longer than this notifies. */
      mailDownMinutes: z.number().positive().default(15),
      /** A certification or voucher that expires within this many days notifies. */
      expiringDays: z.number().int().positive().default(30),
    })
    .prefault({}),
  /** Extra classification rules (YAML), merged over the built-in ones. */
  rulesFile: z.string().optional(),
  log: z
    .strictObject({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info') })
    .prefault({}),
}).superRefine((c, ctx) => {
  if (c.mail.source === 'imap' && !c.mail.imap) {
    ctx.addIssue({ code: 'custom', path: ['mail', 'imap'], message: 'required when mail.source is imap' });
  }
  // mail.imap.pass is checked when certmerge signs in (requireMailLogin), not here: offline commands
  // (case create, classify, …) work without the mail secret in the environment.
});

export type Config = z.infer<typeof configSchema>;
export type TrustConfig = Config['trust'];
export type DeadlineConfig = Config['deadlines'];
export type ImapConfig = z.infer<typeof imapSchema>;
export type SmtpConfig = z.infer<typeof smtpSchema>;
export type AuthConfig = z.infer<typeof authSchema>;
export type OAuthConfig = Extract<AuthConfig, { type: 'oauth2' }>;
export type NotifyChannelConfig = z.infer<typeof notifyChannelSchema>;
