/**
 * Public suffixes of two labels under which registrations happen, for the
 * countries our users' mail realistically comes from. No public-suffix package
 * is installed, so this is a short list. A suffix missing here would make two
 * registrants under it (`a.foo.xx`, `b.foo.xx`) look like one organization; that
 * matters only if a trusted sender domain sits under such a suffix, since the
 * From domain must be a trusted one before alignment is even considered.
 */
const TWO_LABEL_SUFFIXES = new Set([
  // Japan: the generic second levels.
  'ac.jp', 'ad.jp', 'co.jp', 'ed.jp', 'go.jp', 'gr.jp', 'lg.jp', 'ne.jp', 'or.jp',
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'sch.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.nz', 'net.nz', 'org.nz', 'ac.nz', 'govt.nz',
  'co.kr', 'or.kr', 'ne.kr', 'ac.kr', 'go.kr',
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn',
  'com.tw', 'net.tw', 'org.tw', 'edu.tw',
  'com.hk', 'org.hk', 'edu.hk', 'com.sg', 'edu.sg', 'gov.sg',
  'co.in', 'net.in', 'org.in', 'firm.in', 'gen.in', 'ind.in',
  'co.id', 'or.id', 'com.my', 'com.ph', 'co.th', 'in.th', 'com.vn',
  'com.br', 'net.br', 'org.br', 'com.mx', 'org.mx', 'com.ar',
  'co.za', 'org.za', 'co.il', 'org.il', 'com.tr', 'com.sa', 'com.eg',
]);

/** `mail.example.co.jp` → `example.co.jp`, `mail.amazon.com` → `amazon.com`. Input: lowercase ASCII. */
export function organizationalDomain(domain: string): string {
  const labels = domain.replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LABEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}
