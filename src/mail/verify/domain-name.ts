import { domainToASCII } from 'node:url';

/**
 * Lowercase ASCII (punycode) form of a domain, or null when it is not a valid
 * name. Comparing ASCII forms means a Unicode look-alike (`amazоn.com` with a
 * Cyrillic o) can never equal the real name.
 */
export function normalizeDomain(domain: string): string | null {
  const trimmed = domain.trim().replace(/\.$/, '').toLowerCase();
  if (!trimmed || /[\s@<>]/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed);
  return ascii && ascii.includes('.') ? ascii : null;
}

/** The domain of `local@domain`, normalized; also accepts DKIM's `header.i=@domain`. */
export function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : normalizeDomain(address.slice(at + 1));
}

/** True when `domain` is `base` or a subdomain of it (`mail.amazon.com` under `amazon.com`, not `amazon.com.evil.example`). */
export function isSameOrSubdomain(domain: string, base: string): boolean {
  return domain === base || domain.endsWith(`.${base}`);
}

/** True when the address's domain is one of `domains` or under one of them. */
export function addressInDomains(address: string, domains: readonly string[]): boolean {
  const d = domainOfAddress(address);
  return d !== null && domains.some((t) => isSameOrSubdomain(d, normalizeDomain(t) ?? t.toLowerCase()));
}
