import type { LocalAuthVerdict } from './local-auth.js';
import { isSameOrSubdomain, normalizeDomain } from './domain-name.js';
import type { SenderVerdict } from './verify-sender.js';

/**
 * `trust.provider: local`: no receiving server's Authentication-Results is
 * used (verifySender trusts nothing then); a message is trusted when its one
 * From domain is a trusted sender domain and the local check (local-auth.ts:
 * a DKIM signature aligned with From that verifies, and DMARC pass) passes
 * for that same domain. For providers that write no usable header.
 */
export async function localSenderVerdict(
  raw: Buffer,
  header: SenderVerdict,
  senderDomains: readonly string[],
  localAuth: ((raw: Buffer) => Promise<LocalAuthVerdict>) | undefined,
): Promise<SenderVerdict> {
  const domain = header.domain;
  const allowed = senderDomains.map(normalizeDomain).filter((d): d is string => d !== null);
  // No single readable From, or not a sender domain: the header check already said why.
  if (!domain || !allowed.some((d) => isSameOrSubdomain(domain, d))) return { ...header, trusted: false };
  if (!localAuth) return { ...header, trusted: false, reasons: [...header.reasons, 'trust.provider local: DKIM/DMARC is not checked here, so nothing is trusted'] };
  const local = await localAuth(raw);
  if (local.pass && local.domain !== domain) {
    return { ...header, trusted: false, reasons: [...header.reasons, ...local.reasons, `local check: the verified From domain ${local.domain ?? '(none)'} is not ${domain}`] };
  }
  return { ...header, trusted: local.pass, reasons: [...header.reasons, ...local.reasons] };
}
