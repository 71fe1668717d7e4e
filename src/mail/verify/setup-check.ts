import { toHeaderFields, authResultsOf, traceOf, firstField } from '../parse/header-fields.js';
import { rawHeaderLines } from '../parse/raw-header.js';
import type { AuthResultsHeader, TraceFields } from '../parse/parsed-message.js';
import { domainOfAddress, isSameOrSubdomain, normalizeDomain } from './domain-name.js';
import { trustedAuthResults } from './trusted-auth-results.js';
import { receivingServer, type SenderTrust } from './verify-sender.js';

/** What the setup check needs of one received message: its header, nothing else. */
export interface HeaderSample {
  fromDomain: string | null;
  authenticationResults: AuthResultsHeader[];
  trace: TraceFields;
}

export interface SetupFinding {
  check: 'trust';
  ok: boolean;
  detail: string;
}

/** A HeaderSample from a raw message (only the header section is read; pure, no MIME parsing). */
export function headerSample(raw: Buffer): HeaderSample {
  const fields = toHeaderFields(rawHeaderLines(raw));
  const from = firstField(fields, 'from');
  const address = from ? (/<([^<>]+)>/.exec(from)?.[1] ?? from) : null;
  return { fromDomain: address ? domainOfAddress(address.trim()) : null, authenticationResults: authResultsOf(fields), trace: traceOf(fields) };
}

/**
 * Whether the receiving server's Authentication-Results can be believed, from
 * recent inbox mail (the doctor and the dashboard status call this). Unsafe:
 * (1) mail from a domain that is not a sender domain — a stranger, who could
 * have forged anything — carrying no header from the server: then a sender's
 * own header could stand where the server's should be; (2) two headers with
 * the server's id in one message: the server leaves incoming ones in place
 * (RFC 8601 §5 says it must remove them). With `trust.verifyDkim` both are
 * covered by the local check: reported, but not failed.
 */
export function checkTrustSetup(samples: readonly HeaderSample[], trust: SenderTrust & { verifyDkim?: boolean }): SetupFinding[] {
  const server = receivingServer(trust);
  if (!server) return [{ check: 'trust', ok: false, detail: 'no trust.authservId (or trust.provider) configured: no mail can advance a case' }];
  const name = server.provider === 'microsoft' ? 'Microsoft (no authserv-id)' : server.authservId;
  if (samples.length === 0) return [{ check: 'trust', ok: true, detail: `no recent mail to check the Authentication-Results of ${name} against` }];
  const allowed = trust.senderDomains.map(normalizeDomain).filter((d): d is string => d !== null);
  const stranger = (s: HeaderSample) => s.fromDomain !== null && !allowed.some((d) => isSameOrSubdomain(s.fromDomain!, d));
  let missing = 0;
  let duplicated = 0;
  for (const s of samples) {
    const r = trustedAuthResults(s.authenticationResults, s.trace, server);
    if (r.duplicates > 0) duplicated++;
    else if (r.trusted.length === 0 && stranger(s)) missing++;
  }
  const covered = trust.verifyDkim === true;
  const findings: SetupFinding[] = [];
  if (missing > 0) {
    findings.push({
      check: 'trust',
      ok: covered,
      detail: `${missing} of ${samples.length} recent messages from other domains carry no Authentication-Results from ${name}: a sender's own header could pass for the server's ` +
        (covered ? '(covered: trust.verifyDkim checks DKIM/DMARC locally)' : '(fix the delivery path so every message is checked, or set trust.verifyDkim: true)'),
    });
  }
  if (duplicated > 0) {
    findings.push({
      check: 'trust',
      ok: covered,
      detail: `${duplicated} of ${samples.length} recent messages carry two or more Authentication-Results claiming ${name}: the server does not remove incoming ones (RFC 8601 §5); such mail is never trusted ` +
        (covered ? '(trust.verifyDkim is on)' : '(make the server strip them, or set trust.verifyDkim: true)'),
    });
  }
  if (findings.length === 0) findings.push({ check: 'trust', ok: true, detail: `${samples.length} recent messages: each carries exactly one Authentication-Results from ${name}, where the server writes it` });
  return findings;
}
