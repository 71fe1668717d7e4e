/**
 * Which OAuth2 sign-ins a config has: IMAP's (mail.imap.auth), and SMTP's —
 * its own when mail.smtp.auth is set, else the IMAP one reused (one refresh
 * token covers both scopes at Microsoft and Google).
 */
import type { ResolvedConfig } from '../config/load.js';
import type { OAuthConfig } from '../config/schema.js';
import { OAuthSession, type OAuthSessionOptions } from './oauth-session.js';
import { TokenStore, type SignInKey } from './token-store.js';

export interface SignInSpec {
  key: SignInKey;
  auth: OAuthConfig;
  /** The mailbox user the token is for (XOAUTH2 names it). */
  user: string;
}

/** The distinct sign-ins `certmerge login` must run, IMAP's first. */
export function signInSpecs(config: ResolvedConfig): SignInSpec[] {
  const out: SignInSpec[] = [];
  const imap = config.mail.imap;
  const smtp = config.mail.smtp;
  if (imap?.auth?.type === 'oauth2') out.push({ key: 'imap', auth: imap.auth, user: imap.user });
  if (smtp?.auth?.type === 'oauth2') out.push({ key: 'smtp', auth: smtp.auth, user: smtp.user ?? imap?.user ?? '' });
  return out;
}

export interface MailSignIns {
  imap: OAuthSession | null;
  /** Null: SMTP logs in with smtp.user/pass (or not at all). */
  smtp: OAuthSession | null;
  /** The user name SMTP's XOAUTH2 presents. */
  smtpUser: string | null;
  store: TokenStore;
}

export function mailSignIns(config: ResolvedConfig, opts: Partial<Pick<OAuthSessionOptions, 'now' | 'refresh'>> = {}): MailSignIns {
  const store = TokenStore.inDataDir(config.dataDir);
  const specs = signInSpecs(config);
  const session = (s: SignInSpec | undefined) => (s ? new OAuthSession({ auth: s.auth, key: s.key, store, ...opts }) : null);
  const imap = session(specs.find((s) => s.key === 'imap'));
  const smtpAuth = config.mail.smtp?.auth;
  let smtp: OAuthSession | null = null;
  if (smtpAuth?.type === 'oauth2') smtp = session(specs.find((s) => s.key === 'smtp'));
  else if (!smtpAuth && config.mail.smtp) smtp = imap;
  const smtpUser = smtp ? (config.mail.smtp?.user ?? config.mail.imap?.user ?? null) : null;
  return { imap, smtp, smtpUser, store };
}
