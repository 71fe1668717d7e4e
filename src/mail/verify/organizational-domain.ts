import { getDomain } from 'tldts';

/**
 * The organizational domain (DMARC, RFC 7489 §3.2): the registrable domain
 * under the Public Suffix List, so `mail.example.co.jp` → `example.co.jp` and
 * `mail.a.co.jp` stays apart from `mail.b.co.jp`. tldts carries the list; a
 * name the list does not know (a test TLD, `localhost`) keeps its last two
 * labels, which is what DMARC's fallback rule gives for an unknown suffix.
 * Input: lowercase ASCII.
 */
export function organizationalDomain(domain: string): string {
  const name = domain.replace(/\.$/, '');
  const registrable = getDomain(name);
  if (registrable) return registrable;
  return name.split('.').filter(Boolean).slice(-2).join('.');
}
