// Set cg: people, case IDs, quoting helpers and the trace/authentication shapes
// (genuine, relayed, oddly-but-validly signed, and forged) used by msgs-*.ts.
import { addrOf, domainOf, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's people (addresses are in lib.ts USER_ADDRS)
export const KENJI = { ja: '森 健司', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@oldcorp.example.co.jp', keepId: 'AWS40917733', srcId: 'AWS28830541' };
export const YUI = { ja: '武田 結衣', en: 'Yui Takeda', keep: 'yui.takeda@example.com', src: 'yui@devteam.example.co.jp', keepId: 'AWS61204498', srcId: 'AWS35097126' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.org', src: 'sokafor@lab.example.edu', keepId: 'AWS77310452', srcId: 'AWS19046683' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.de', keepId: 'AWS50862217', srcId: 'AWS83124960' };

export const CASE = {
  kenji: '177409215538',
  kenjiOther: '1771300428',
  yui: '17680044193',
  yuiDup: '17680051207',
  sam: '1779023318460',
  samOther: '17652200917',
  samDup: '17780044512',
  lena: '176933018845',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

function h32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
const hex = (s: string, n: number): string => {
  let out = '';
  let h = h32(s);
  while (out.length < n) {
    h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, n);
};
const b64ish = (s: string, n: number): string =>
  Buffer.from(hex(s, n * 2), 'hex')
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, n);

export interface TraceIn {
  slug: string;
  from: string;
  date: string;
  rcpt: string;
}
export interface Shape {
  /** true when the shape itself satisfies the guide's rule for a trusted From domain */
  passes: boolean;
  what: string;
  auth: Msg['auth'];
  trace?: (t: TraceIn) => string[];
  extra?: (t: TraceIn) => string[];
  returnPath?: (t: TraceIn) => string;
}

const ses = (t: TraceIn): string => `0100019${hex(t.slug + 'mf', 9)}-${hex(t.slug + 'mg', 8)}-000000@amazonses.com`;
const mxRcvd = (t: TraceIn, fromHost: string, ip: string): string =>
  `Received: from ${fromHost} (${fromHost} [${ip}])\n\tby mx.test.example (Postfix) with ESMTPS id 4${b64ish(t.slug + 'q', 11)}\n\tfor <${t.rcpt}>; ${t.date}`;
const sesRcvd = (t: TraceIn, by: string): string =>
  `Received: from a48-${(h32(t.slug) % 90) + 30}.smtp-out.amazonses.com (a48-${(h32(t.slug) % 90) + 30}.smtp-out.amazonses.com [54.240.48.${(h32(t.slug) % 90) + 30}])\n\tby ${by} with ESMTPS id ${b64ish(t.slug + 'f', 14)}; ${t.date}`;

export const SH: Record<string, Shape> = {
  pass: { passes: true, what: 'dmarc=pass at the top', auth: 'pass' },
  dkimonly: { passes: true, what: 'only an aligned dkim=pass', auth: 'dkimonly' },
  // genuine, relayed by a forwarding alias that keeps the DKIM signature (SPF fails, DMARC passes on DKIM)
  fwdKeep: {
    passes: true,
    what: 'relayed by a forwarding alias; DKIM survived, SPF failed, dmarc=pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key) header.d=${d} header.i=@${d} header.s=rte02 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=fail (mx.test.example: domain of SRS0=${b64ish(t.slug, 4)}=QK=${d}=bounce@fwd.example.net does not designate 198.51.100.25 as permitted sender) smtp.mailfrom="SRS0=${b64ish(t.slug, 4)}=QK=${d}=bounce@fwd.example.net";\n\tarc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=${d} dmarc=pass fromdomain=${d});\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${d}`,
        mxRcvd(t, 'relay2.fwd.example.net', '198.51.100.25'),
        `ARC-Seal: i=1; a=rsa-sha256; t=1767225600; cv=none; d=fwd.example.net; s=arc2025; b=${b64ish(t.slug + 'as', 40)}`,
        `ARC-Authentication-Results: i=1; relay2.fwd.example.net; dkim=pass header.d=${d}; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=${d}`,
        sesRcvd(t, 'relay2.fwd.example.net (Postfix)'),
      ];
    },
    returnPath: (t) => `SRS0=${b64ish(t.slug, 4)}=QK=${domainOf(t.from)}=bounce@fwd.example.net`,
  },
  // genuine, relayed by a forwarder that stamped a footer: DKIM broken, only the forwarder's ARC says pass
  fwdBroken: {
    passes: false,
    what: 'relayed by a forwarder that rewrote the body; dkim=fail, dmarc=fail, only ARC i=1 says pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=fail reason="signature verification failed" (2048-bit key) header.d=${d} header.s=rte02 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=fail smtp.mailfrom=bounce@mailfwd.example.jp;\n\tarc=pass (i=1);\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${d}`,
        mxRcvd(t, 'out.mailfwd.example.jp', '203.0.113.88'),
        `ARC-Seal: i=1; a=rsa-sha256; t=1767225600; cv=none; d=mailfwd.example.jp; s=k1; b=${b64ish(t.slug + 'as', 40)}`,
        `ARC-Authentication-Results: i=1; in.mailfwd.example.jp; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`,
        sesRcvd(t, 'in.mailfwd.example.jp (Postfix)'),
      ];
    },
  },
  // genuine, through a team list that rewrites From to the list (the From domain is the list's)
  listRewrite: {
    passes: false,
    what: 'team list rewrote From to the list address; dmarc=pass for the list domain only',
    auth: 'custom',
    trace: (t) => [
      `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=googlegroups.com header.s=20230601 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=pass smtp.mailfrom=certs-team+bncB${b64ish(t.slug, 10)}@googlegroups.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=googlegroups.com`,
      mxRcvd(t, 'mail-sor-f69.google.com', '209.85.220.69'),
      `Received: by mail-sor-f69.google.com with SMTP id ${b64ish(t.slug + 'g', 12)}; ${t.date}`,
    ],
    extra: () => [
      'List-Id: <certs-team.googlegroups.com>',
      'Mailing-list: list certs-team@googlegroups.com; contact certs-team+owners@googlegroups.com',
      'X-Original-Sender: aws-cs-trainingcertification-form@amazon.com',
      'X-Original-Authentication-Results: gmr-mx.google.com; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com',
      'List-Unsubscribe: <mailto:certs-team+unsubscribe@googlegroups.com>',
    ],
  },
  // genuine, through a Mailman list that keeps From but tags the subject: DKIM breaks
  listBroken: {
    passes: false,
    what: 'Mailman list kept From but tagged the subject and added a footer; dkim=fail, dmarc=fail',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=fail (body hash did not verify) header.d=${d} header.s=rte02;\n\tspf=pass smtp.mailfrom=certs-bounces@lists.example.org;\n\tdmarc=fail (p=QUARANTINE) header.from=${d}`,
        mxRcvd(t, 'lists.example.org', '192.0.2.61'),
        sesRcvd(t, 'lists.example.org (Postfix)'),
      ];
    },
    extra: () => ['List-Id: Cert holders <certs.lists.example.org>', 'List-Post: <mailto:certs@lists.example.org>', 'Precedence: list', 'Sender: "certs" <certs-bounces@lists.example.org>'],
    returnPath: () => 'certs-bounces@lists.example.org',
  },
  // genuine, through a list that changes nothing: the signature still verifies
  listKeep: {
    passes: true,
    what: 'delivered through a list that kept the message intact; dkim=pass header.d aligned, dmarc=pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${d} header.s=rte02 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=softfail smtp.mailfrom=owner-infra@lists.example.co.jp;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${d}`,
        mxRcvd(t, 'ml.lists.example.co.jp', '192.0.2.140'),
        sesRcvd(t, 'ml.lists.example.co.jp'),
      ];
    },
    extra: () => ['List-Id: <infra-certs.lists.example.co.jp>', 'X-ML-Name: infra-certs', 'Precedence: bulk'],
    returnPath: () => 'owner-infra@lists.example.co.jp',
  },
  // genuine, two signatures: the SES one first, the aligned one second
  twoSigs: {
    passes: true,
    what: 'two DKIM results, the amazonses.com one first and the aligned one second, dmarc=pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=${b64ish(t.slug + 'a', 8)};\n\tdkim=pass (2048-bit key) header.d=${d} header.i=@${d} header.s=rte02 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=pass smtp.mailfrom=${ses(t)};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${d}`,
        mxRcvd(t, `a48-${(h32(t.slug) % 90) + 30}.smtp-out.amazonses.com`, `54.240.48.${(h32(t.slug) % 90) + 30}`),
      ];
    },
    returnPath: (t) => ses(t),
  },
  // genuine, Microsoft-365-style compact results (no spaces after ';', action=, compauth=)
  msStyle: {
    passes: true,
    what: 'Exchange Online style results: compact clauses, dmarc=pass action=none, compauth=pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example; spf=pass (sender IP is 54.240.48.77)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass\n reason=100`,
        `Received: from a48-77.smtp-out.amazonses.com (54.240.48.77) by\n mx.test.example (10.0.4.12) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.1 via Frontend Transport; ${t.date}`,
      ];
    },
  },
  // genuine, signed by a subdomain of the From domain (relaxed alignment), no DMARC verdict written
  subSig: {
    passes: true,
    what: 'dkim=pass by a subdomain of the From domain (relaxed alignment), dmarc result absent',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key; secure) header.d=mail.${d} header.i=@mail.${d} header.s=s2048 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=neutral smtp.mailfrom=bounces@mail.${d}`,
        mxRcvd(t, `o2.mail.${d}`, '167.89.15.40'),
      ];
    },
  },
  // the server's own ARC-Seal sits above its Authentication-Results; still the topmost A-R
  arcOnTop: {
    passes: true,
    what: 'the receiving server sealed ARC above its own Authentication-Results; dmarc=pass',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `ARC-Seal: i=1; a=rsa-sha256; t=1767225600; cv=none; d=test.example; s=arc; b=${b64ish(t.slug + 's', 40)}`,
        `ARC-Authentication-Results: i=1; mx.test.example; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`,
        `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${d} header.s=rte02 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=pass smtp.mailfrom=${ses(t)};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${d}`,
        mxRcvd(t, `a48-${(h32(t.slug) % 90) + 30}.smtp-out.amazonses.com`, `54.240.48.${(h32(t.slug) % 90) + 30}`),
      ];
    },
  },
  // forged: verdicts all green, but for a look-alike domain the attacker owns
  greenLookalike: { passes: true, what: 'all green for a look-alike domain', auth: 'pass' },
  none: { passes: false, what: 'no Authentication-Results at all', auth: 'none' },
  forgedBelow: { passes: false, what: 'a planted dmarc=pass below the server Received line', auth: 'forgedBelow' },
  fail: { passes: false, what: 'dmarc=fail at the top', auth: 'fail' },
  otherOnly: { passes: false, what: 'only another authserv-id says pass', auth: 'otherOnly' },
  lookalikeServer: { passes: false, what: 'topmost A-R from a look-alike authserv-id', auth: 'lookalikeServer' },
  misaligned: { passes: false, what: 'dkim=pass for an unrelated bulk-sender domain, dmarc=fail', auth: 'misaligned' },
  failThenForged: { passes: false, what: 'fail on top, a planted pass further down', auth: 'failThenForged' },
  // forged: dkim passes for a domain that merely starts with the trusted name
  prefixDkim: {
    passes: false,
    what: 'dkim=pass for amazon.com.<attacker> (not aligned), dmarc=fail',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${d}.case-notice.net header.s=k1 header.b=${b64ish(t.slug + 'b', 8)};\n\tspf=pass smtp.mailfrom=bounce@${d}.case-notice.net;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${d}`,
        mxRcvd(t, 'mta7.case-notice.net', '45.61.139.7'),
      ];
    },
  },
  // forged: the attacker wrote a pass line naming mx.test.example inside a comment of its own header, under a real none
  noneThenComment: {
    passes: false,
    what: 'topmost A-R says none; a second header copies mx.test.example in a comment below the Received line',
    auth: 'custom',
    trace: (t) => {
      const d = domainOf(t.from);
      return [
        `Authentication-Results: mx.test.example;\n\tdkim=none (message not signed);\n\tspf=none smtp.mailfrom=${d};\n\tdmarc=none header.from=${d}`,
        mxRcvd(t, 'vps-31-220.hostingcloud.example', '91.92.240.31'),
        `Authentication-Results: (mx.test.example) smtp.internal; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`,
      ];
    },
  },
};

/** the user's address this shape delivers to, for Delivered-To */
export const firstAddr = (v: string): string => addrOf(v)[0] ?? '';
