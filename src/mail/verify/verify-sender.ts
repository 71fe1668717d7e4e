import type { ParsedMessage } from '../parse/parsed-message.js';
import type { AuthResult } from './authentication-results.js';
import { domainOfAddress, isSameOrSubdomain, normalizeDomain } from './domain-name.js';
import { organizationalDomain } from './organizational-domain.js';
import { trustedAuthResults, type ReceivingServer } from './trusted-auth-results.js';

export interface SenderTrust {
  senderDomains: string[];
  authservId?: string;
  /**
   * `microsoft`: trust Microsoft's id-less topmost header; `google`: authserv-id mx.google.com; default: the authserv-id;
   * `local`: no header is used (verifySender never trusts; understand.ts verifies DKIM/DMARC itself, see local-trust.ts).
   */
  provider?: 'generic' | 'microsoft' | 'google' | 'local';
  /** Hosts the receiving hop names in `Received: ... by HOST` (default: the authserv-id). */
  receivedBy?: string[];
  /** Adjacent Authentication-Results fields the server writes per message (default 1). */
  fieldsPerMessage?: number;
  /** The server writes its Authentication-Results above its own Received (see ReceivingServer). */
  headerAbove?: boolean;
  /** DKIM/DMARC is also checked locally (trust.verifyDkim) before mail moves a case. */
  verifyDkim?: boolean;
}

/** The receiving server a trust config describes, or null when it names none (nothing can be trusted then). */
export function receivingServer(trust: SenderTrust): ReceivingServer | null {
  if (trust.provider === 'local') return null;
  if (trust.provider === 'microsoft') return { provider: 'microsoft' };
  const authservId = trust.authservId ?? (trust.provider === 'google' ? 'mx.google.com' : undefined);
  if (!authservId) return null;
  return {
    provider: 'authserv-id',
    authservId,
    ...(trust.receivedBy ? { receivedBy: trust.receivedBy } : {}),
    ...(trust.fieldsPerMessage ? { fieldsPerMessage: trust.fieldsPerMessage } : {}),
    ...(trust.headerAbove ? { headerAbove: true } : {}),
  };
}

/** How the trusted server is named in reasons. */
function serverName(server: ReceivingServer): string {
  return server.provider === 'microsoft' ? 'Microsoft' : server.authservId;
}

export interface SenderVerdict {
  /** True only when the From domain is a trusted one and our own server vouched for it. */
  trusted: boolean;
  /** The From domain (lowercase ASCII), null when there is no single readable From address. */
  domain: string | null;
  /** One readable English line per finding, in the order they were checked. */
  reasons: string[];
  /**
   * The DKIM signatures the trusted header says passed for a domain aligned with From
   * (`header.d`, and `header.s` when given, lowercase): the signatures a verdict rests on.
   * Empty when the verdict rests on none (no aligned dkim=pass, or not trusted).
   */
  alignedDkim?: { domain: string; selector: string | null }[];
}

/**
 * Decides whether a message really comes from one of the trusted sender
 * domains from the receiving server's Authentication-Results, and only its
 * own (see trustedAuthResults); local DKIM/DMARC verification (local-auth.ts)
 * is a second check the pipeline adds for mail that would move a case.
 * Needs `dmarc=pass` for the From domain, or `dkim=pass` by a domain aligned
 * with it (same organizational domain, DMARC's relaxed alignment).
 */
export function verifySender(
  parsed: Pick<ParsedMessage, 'from' | 'fromCount' | 'authenticationResults'> & Partial<Pick<ParsedMessage, 'trace'>>,
  trust: SenderTrust,
): SenderVerdict {
  const reasons: string[] = [];
  const server = receivingServer(trust);
  if (!server) reasons.push(trust.provider === 'local' ? 'trust.provider local: no Authentication-Results header is used' : 'no trusted authserv-id configured');

  if (parsed.fromCount !== 1 || !parsed.from) {
    reasons.push(parsed.fromCount === 0 ? 'no From address' : `${parsed.fromCount} From addresses: the sender is ambiguous`);
    return { trusted: false, domain: null, reasons };
  }
  const domain = domainOfAddress(parsed.from.address);
  if (!domain) {
    reasons.push(`From address "${parsed.from.address.slice(0, 80)}" has no valid domain`);
    return { trusted: false, domain: null, reasons };
  }
  const allowed = allowedDomains(trust.senderDomains);
  const base = allowed.find((d) => isSameOrSubdomain(domain, d));
  if (!base) reasons.push(`From domain ${domain} is not one of the trusted sender domains (${allowed.join(', ')})`);
  else reasons.push(`From domain ${domain} is a trusted sender domain (${base})`);

  if (!server) return { trusted: false, domain, reasons };
  const { trusted: fields, reasons: arReasons, unanchored } = trustedAuthResults(parsed.authenticationResults, parsed.trace, server);
  reasons.push(...arReasons);
  const results = fields.flatMap((f) => f.results);
  if (fields.length === 0) return { trusted: false, domain, reasons };

  const dmarc = results.filter((r) => r.method === 'dmarc' && normalizeDomain(r.props['header.from'] ?? '') === domain);
  const dmarcPass = dmarc.some((r) => r.result === 'pass');
  const dmarcOther = dmarc.filter((r) => r.result !== 'pass');
  // An explicit non-pass DMARC verdict for this domain outweighs anything else: a
  // pass next to it means one of the two fields is not what it seems.
  if (dmarcOther.length > 0) {
    reasons.push(`dmarc=${dmarcOther.map((r) => r.result).join('/')} for ${domain} in the trusted Authentication-Results`);
    if (dmarcPass) reasons.push('conflicting DMARC results for the same domain');
    return { trusted: false, domain, reasons };
  }
  const alignedDkim = results.find((r) => r.method === 'dkim' && r.result === 'pass' && isAligned(r, domain));
  if (dmarcPass) reasons.push(`dmarc=pass for ${domain} (Authentication-Results from ${serverName(server)})`);
  else if (alignedDkim) reasons.push(`dkim=pass by ${dkimDomain(alignedDkim)}, aligned with ${domain} (Authentication-Results from ${serverName(server)})`);
  else {
    const otherDkim = results.filter((r) => r.method === 'dkim' && r.result === 'pass').map(dkimDomain);
    reasons.push(
      otherDkim.length > 0
        ? `dkim=pass only for ${otherDkim.join(', ')}, not aligned with ${domain}; no dmarc=pass`
        : `no dmarc=pass or aligned dkim=pass for ${domain} in the trusted Authentication-Results`,
    );
    return { trusted: false, domain, reasons };
  }
  // Issue 13: a server that wrote no header of its own leaves the sender's topmost field in this very place.
  if (base && unanchored) {
    if (!trust.verifyDkim) {
      reasons.push(
        `not believed: the Authentication-Results header directly below the receiving server's Received is where the header the message came with begins ` +
          '(no Received below it): when the server writes none, the sender\'s own stands there (trust.verifyDkim checks DKIM/DMARC locally instead)',
      );
      return { trusted: false, domain, reasons, alignedDkim: [] };
    }
    reasons.push('the Authentication-Results header directly below the receiving server\'s Received could be the sender\'s own: believed only with the local DKIM/DMARC check (trust.verifyDkim)');
  }
  const alignedDkimAll = results
    .filter((r) => r.method === 'dkim' && r.result === 'pass' && isAligned(r, domain))
    .map((r) => ({ domain: dkimDomain(r), selector: r.props['header.s']?.toLowerCase() ?? null }));
  return { trusted: Boolean(base), domain, reasons, alignedDkim: base ? alignedDkimAll : [] };
}

/**
 * The trusted sender domains in normalized form. The list is the same for every
 * message (it comes from the config), so the last one is remembered with a copy
 * of its input, compared element by element: a changed list is never served stale.
 */
function allowedDomains(senderDomains: string[]): string[] {
  const last = lastAllowed;
  if (last && last.input.length === senderDomains.length && last.input.every((d, i) => d === senderDomains[i])) return last.output;
  const output = senderDomains.map(normalizeDomain).filter((d): d is string => d !== null);
  lastAllowed = { input: [...senderDomains], output };
  return output;
}
let lastAllowed: { input: string[]; output: string[] } | null = null;

function dkimDomain(r: AuthResult): string {
  const d = r.props['header.d'];
  if (d) return normalizeDomain(d) ?? d;
  const i = r.props['header.i'];
  return (i && domainOfAddress(i)) ?? '(no domain)';
}

function isAligned(r: AuthResult, fromDomain: string): boolean {
  const d = dkimDomain(r);
  return d !== '(no domain)' && organizationalDomain(d) === organizationalDomain(fromDomain);
}
