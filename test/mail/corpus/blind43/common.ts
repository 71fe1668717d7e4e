// Set ap: people, senders, case IDs, trace shapes and quoting helpers.
import type { Msg } from './lib.js';

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

// genuine senders
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people (all addresses below are in lib.ts USER_ADDRS except colleagues')
export const KEN = { ja: '小林 健一', en: 'Kenichi Kobayashi', keep: 'kenichi.kb@example.ne.jp', src: 'kobayashi.k@shinsei-sys.example.co.jp', keepId: 'AWS04471829', srcId: 'AWS91260358' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura.home@example.jp', src: 'm-nakamura@kaisha-old.example.com', keepId: 'AWS33908416', srcId: 'AWS70125594' };
export const REN = { ja: '高橋 蓮', en: 'Ren Takahashi', keep: 'ren.tkhs@example.org', src: 'takahashi.ren@lab.univ.example.ac.jp', keepId: 'AWS58813207', srcId: 'AWS26649031' };
export const OLIVIA = { name: 'Olivia Brennan', keep: 'olivia.brennan@example.ie', src: 'obrennan@harbourline.example', keepId: 'AWS81730442', srcId: 'AWS17294068' };
export const DMITRI = { name: 'Dmitri Volkov', keep: 'dvolkov.cloud@example.net', src: 'd.volkov@northwind-ops.example', keepId: 'AWS66021975', srcId: 'AWS40887312' };
export const GRACE = { name: 'Grace Liu', keep: 'grace.liu.aws@example.com', src: 'gliu@formerco.example', keepId: 'AWS29457610', srcId: 'AWS85503276' };

// colleagues (not the user)
export const SOUMU = '総務部 情報システム課 <soumu-it@kaisha-old.example.com>';
export const YOSHIDA = '吉田 直樹 <n.yoshida@shinsei-sys.example.co.jp>';
export const SECTEAM = 'IT Security <security@harbourline.example>';

// support case IDs (10–13 digits); PH* are IDs invented by attackers
export const CASE = {
  ken: '17830045129',
  kenDup: '1783004977',
  misaki: '1775523908',
  misakiRefund: '1775601122',
  misakiBadge: '1776650381',
  ren: '178401123377',
  olivia: '1797730016542',
  dmitri: '17701248853',
  grace: '1768902317',
  ph1: '1790022461',
  ph2: '17940330518',
  ph3: '178800412093',
  ph4: '1779213340',
  ph5: '1800057719',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DF1Aq2W._500${seed}:ref`;

export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date}, ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const fwdJa = (from: string, date: string, subject: string, to: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;
export const fwdEn = (from: string, date: string, subject: string, to: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (body: string, charset = 'utf-8'): string =>
  `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head>\n<body style="margin:0;padding:0;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">\n${body}\n</body></html>`;
export const button = (href: string, label: string): string =>
  `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#ff9900;border-radius:3px;padding:10px 22px"><a href="${href}" style="color:#111;text-decoration:none;font-weight:bold">${esc(label)}</a></td></tr></table>`;

// ---- trace shapes written with auth: 'custom' ('RCVD' = the server's own Received line)
export const TRACE = {
  /** ARC set from an earlier hop above a genuine pass verdict: still trusted */
  arcAbovePass: (dom: string): string[] => [
    `ARC-Seal: i=1; a=rsa-sha256; t=1767312000; cv=none; d=test.example; s=arc-2026; b={B}`,
    `ARC-Authentication-Results: i=1; mx.test.example;\n\tdkim=pass header.d=${dom};\n\tdmarc=pass header.from=${dom}`,
    `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key) header.d=${dom} header.i=@${dom} header.s=rte02 header.b={B};\n\tspf=pass smtp.mailfrom=${dom};\n\tdmarc=pass (p=QUARANTINE) header.from=${dom};\n\tcompauth=pass reason=100`,
    'RCVD',
  ],
  /** genuine mail auto-forwarded by another mailbox: DKIM broken, earlier hop's ARC says pass, our verdict fails */
  arcForwardFail: (dom: string, via: string): string[] => [
    `ARC-Seal: i=2; a=rsa-sha256; t=1767312000; cv=pass; d=${via}; s=arc-20240605; b={B}`,
    `ARC-Authentication-Results: i=2; mx.${via};\n\tdkim=pass header.i=@${dom} header.s=rte02;\n\tspf=pass smtp.mailfrom=${dom};\n\tdmarc=pass (p=QUARANTINE) header.from=${dom}`,
    `Authentication-Results: mx.test.example;\n\tdkim=fail (body hash did not verify) header.d=${dom} header.s=rte02 header.b={B};\n\tspf=fail (mx.test.example: domain of ${dom} does not designate {IP} as permitted sender) smtp.mailfrom=${dom};\n\tarc=pass (i=2 spf=pass dkim=pass dmarc=pass);\n\tdmarc=fail (p=QUARANTINE) header.from=${dom}`,
    'RCVD',
  ],
  /** verdict claims a pass, but for a different domain than the From's look-alike */
  headerFromMismatch: (claimed: string): string[] => [
    `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${claimed} header.s=rte02 header.b={B};\n\tspf=pass smtp.mailfrom=${claimed};\n\tdmarc=pass (p=QUARANTINE) header.from=${claimed}`,
    'RCVD',
  ],
  /** the topmost A-R is another host that merely names mx.test.example in a comment */
  authservInComment: (dom: string): string[] => [
    `Authentication-Results: edge-07.fastmailer-relay.net (mx.test.example);\n\tdkim=pass header.d=${dom};\n\tspf=pass smtp.mailfrom=${dom};\n\tdmarc=pass header.from=${dom}`,
    'RCVD',
  ],
  /** authserv-id that only looks like ours */
  authservLookalike: (dom: string, id: string): string[] => [`Authentication-Results: ${id};\n\tdkim=pass header.d=${dom} header.s=rte02;\n\tdmarc=pass header.from=${dom}`, 'RCVD'],
  /** a valid-looking DKIM pass for a domain that merely ends with or contains the brand */
  dkimUnaligned: (dom: string, signer: string): string[] => [
    `Authentication-Results: mx.test.example;\n\tdkim=pass (2048-bit key; unprotected) header.d=${signer} header.i=@${signer} header.s=k1 header.b={B};\n\tspf=pass smtp.mailfrom=bounce@${signer}`,
    'RCVD',
  ],
  /** signature in the brand's name that did not verify; SPF passes for the sender's own host */
  dkimFailAligned: (dom: string, host: string): string[] => [
    `Authentication-Results: mx.test.example;\n\tdkim=fail (signature verification failed) header.d=${dom} header.s=rte02 header.b={B};\n\tspf=pass (mx.test.example: domain of bounce@${host} designates {IP} as permitted sender) smtp.mailfrom=bounce@${host};\n\tdmarc=fail (p=QUARANTINE dis=NONE) header.from=${dom}`,
    'RCVD',
  ],
  /** two verdicts above our Received: the topmost fails, the second passes */
  twoVerdictsFailFirst: (dom: string): string[] => [
    `Authentication-Results: mx.test.example;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=${dom};\n\tdmarc=fail (p=QUARANTINE) header.from=${dom}`,
    `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${dom} header.s=s1;\n\tdmarc=pass header.from=${dom}`,
    'RCVD',
  ],
  /** no A-R at all, but X-headers that sound like one */
  xHeadersOnly: (dom: string): string[] => [
    'RCVD',
    `X-Authentication-Verified: dkim=pass; spf=pass; dmarc=pass header.from=${dom}`,
    `X-AWS-Sender-Verified: true`,
    'UP',
  ],
  /** A-R with only spf=pass for the brand, DKIM none, DMARC none */
  spfOnly: (dom: string): string[] => [`Authentication-Results: mx.test.example;\n\tspf=pass (mx.test.example: domain of ${dom} designates {IP} as permitted sender) smtp.mailfrom=${dom};\n\tdkim=none (message not signed);\n\tdmarc=none header.from=${dom}`, 'RCVD'],
  /** lower-case header name, extra fields: still our server's pass */
  lowerCasePass: (dom: string): string[] => [
    `authentication-results: mx.test.example; dkim=pass header.d=${dom} header.s=rte02 header.b={B}; spf=pass smtp.mailfrom=${dom}; dmarc=pass header.from=${dom}`,
    'RCVD',
  ],
};

export const REQ_KEN = `AWS認定のアカウントが2つあるため、統合をお願いします。
残す方: ${KEN.keepId} / ${KEN.keep}
統合する方: ${KEN.srcId} / ${KEN.src}
氏名: 小林 健一 (Kenichi Kobayashi)　会社名: 新星システムズ`;

export const REQ_MISAKI = `お世話になります。中村と申します。
前職のメールで受験した分と、個人メールで受験した分の認定を一本化したく、ご連絡しました。
個人: ${MISAKI.keep}
前職: ${MISAKI.src}
よろしくお願いします。`;

export const REQ_REN = `大学のアドレス (${REN.src}) で作った認定アカウントがあり、今のアドレス (${REN.keep}) の方にまとめたいです。
候補者ID: ${REN.srcId} と ${REN.keepId}`;

export const REQ_OLIVIA = `Hi there, I have two certification profiles (${OLIVIA.keepId} and ${OLIVIA.srcId}) after leaving Harbourline. Please merge them into the one registered to ${OLIVIA.keep}. Thanks, Olivia`;

export const REQ_GRACE = `Hello - I need my old work profile (${GRACE.src}) folded into my personal one (${GRACE.keep}). Both have certs on them. Grace`;
