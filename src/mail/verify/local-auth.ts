import type { DNSResolver } from 'mailauth';
import { domainOfAddress } from './domain-name.js';

export type { DNSResolver } from 'mailauth';

/** The local check's verdict: pass only with an aligned DKIM signature that verifies and a DMARC pass for the From domain. */
export interface LocalAuthVerdict {
  pass: boolean;
  reasons: string[];
  /** The From domain the verdict is for (lowercase), null when the message has no single one. */
  domain?: string | null;
}

/**
 * Verifies DKIM and DMARC ourselves with mailauth, independent of any
 * Authentication-Results field: a second check for mail that would move a
 * case, so a server that leaves forged headers in place (or writes none) is
 * still safe. SPF is not checked: after IMAP delivery the connecting IP is
 * only known from Received fields a sender can write. DNS goes through
 * `resolver` (tests pass a fake one that serves their own keys).
 */
export function makeLocalAuth(deps: { resolver?: DNSResolver } = {}): (raw: Buffer) => Promise<LocalAuthVerdict> {
  return async (raw) => {
    try {
      // Loaded on the first check: mailauth is large, and only trust.verifyDkim needs it (CLI start-up stays light).
      const { dkimVerify, dmarc } = await import('mailauth');
      const dkim = await dkimVerify(raw, { ...(deps.resolver ? { resolver: deps.resolver } : {}) });
      const from = dkim.headerFrom.length === 1 ? dkim.headerFrom[0]! : null;
      const fromDomain = from ? (domainOfAddress(from) ?? from.toLowerCase()) : null;
      if (!fromDomain) return { pass: false, domain: null, reasons: ['local check: the message has no single From domain'] };
      // mailauth reports an unsigned message as one result without a signing domain.
      const signatures = dkim.results.filter((r) => Boolean(r.signingDomain));
      const passing = signatures.filter((r) => r.status.result === 'pass');
      const verdict = await dmarc({
        headerFrom: dkim.headerFrom,
        spfDomains: [],
        dkimDomains: passing.map((r) => ({ ...(r.id ? { id: r.id } : {}), domain: r.signingDomain, ...(r.status.aligned !== undefined ? { aligned: r.status.aligned } : {}), ...(r.status.underSized !== undefined ? { underSized: r.status.underSized } : {}) })),
        ...(deps.resolver ? { resolver: deps.resolver } : {}),
      });
      const dkimText = signatures.length ? signatures.map((r) => `dkim=${r.status.result} by ${r.signingDomain}`).join(', ') : 'no DKIM signature';
      const result = verdict ? verdict.status.result : 'none';
      if (result === 'pass') return { pass: true, domain: fromDomain, reasons: [`local check: dmarc=pass for ${fromDomain} (${dkimText})`] };
      return { pass: false, domain: fromDomain, reasons: [`local check: dmarc=${result} for ${fromDomain} (${dkimText}): the server's verdict is not confirmed`] };
    } catch (err) {
      return { pass: false, reasons: [`local check failed: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}`] };
    }
  };
}
