// Set z: people, case IDs and the ticketing-system templates every message is poured into.
// The voice of this set is "what a case-management system really sends": layout tables,
// hidden preheaders, status badges, buttons, tracking pixels, bilingual legal footers, and
// text/plain parts that are a poor rendering of the HTML.
import type { Auth, Enc, Kind, Msg } from './lib.js';
import { rfcDate } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <certification-notices@aws.training>';
export const SKB = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_SYS = 'Credly <no-reply@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas of set z
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura.z@example.ne.jp', src: 'm.nakamura@kitakaze-soft.example.co.jp', keepId: 'AWS04718263', srcId: 'AWS39025517', co: '北風ソフト株式会社' };
export const KENICHI = { ja: '小林 健一', en: 'Kenichi Kobayashi', keep: 'k.kobayashi.home@example.jp', src: 'kobayashi@harbor-tech.example.com', keepId: 'AWS81520974', srcId: 'AWS26640318', co: 'ハーバーテック株式会社' };
export const AYA = { ja: '藤井 彩', en: 'Aya Fujii', keep: 'aya.fujii.mail@example.jp', src: 'fujii.aya@univ-seiran.example.ac.jp', keepId: 'AWS57093142', srcId: 'AWS12874605', co: '青嵐大学' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'daniel.okafor@example.io', src: 'dokafor@brightlane.example.com', keepId: 'AWS66410827', srcId: 'AWS30958216', co: 'Brightlane Analytics' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lq@example.se', src: 's.lindqvist@nordhavn-it.example.net', keepId: 'AWS92147730', srcId: 'AWS45201986', co: 'Nordhavn IT' };
export const RAHUL = { name: 'Rahul Mehta', keep: 'rahul.mehta.jp@example.com', src: 'r.mehta@quanta-labs.example.co.jp', keepId: 'AWS73308451', srcId: 'AWS08816293', co: 'Quanta Labs KK' };

// people who are not the user
export const YOSHIDA = '吉田 直樹 <n.yoshida@kitakaze-soft.example.co.jp>';
export const TEAM_LIST = 'cloud-guild@harbor-tech.example.com';
export const COLLEAGUE_EN = 'Priyanka Rao <priyanka.rao@brightlane.example.com>';

// support case IDs (10-13 digits), all new for set z
export const CASE = {
  misaki: '1784420613',
  misakiDup: '1784422981',
  kenichi: '17902255813',
  aya: '178811094527',
  aya2: '1791236604481',
  daniel: '1786650213',
  sofia: '17933018742',
  rahul: '1795512873360',
  kenichi2: '17840093316',
  danielDup: '1786651907',
} as const;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 14px 0">${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');
export const sfRef = (seed: string): string => `ref:_00D1N5kQa._500Vq${seed}:ref`;

// ---------------------------------------------------------------------------
// Fixed template wording, as the systems would ship it.

export const LEGAL = {
  en: [
    'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.',
    '(c) 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved. Privacy Notice | Terms of Use',
  ],
  ja: [
    'このメールはアマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア）を通じて、Amazon Web Services, Inc. が作成および配信しています。',
    'Amazon Web Services、AWS は Amazon.com, Inc. またはその関連会社の商標です。プライバシー規約 | サイト利用規約',
  ],
};
export const WHY = {
  en: 'You are receiving this e-mail because you contacted AWS Training and Certification Customer Support. To keep this conversation in one place, reply above this line and leave the subject unchanged.',
  ja: 'このメールは、AWS トレーニングと認定 カスタマーサポートへのお問い合わせに関連してお送りしています。件名を変更せずにご返信いただくと、同じお問い合わせの履歴として記録されます。',
};
export const UNSUB = {
  en: 'Manage e-mail preferences: https://pages.awscloud.com/communication-preferences?lang=en | Unsubscribe from marketing e-mail (service and case notifications are not affected).',
  ja: '配信設定の変更: https://pages.awscloud.com/communication-preferences?lang=ja | マーケティングメールの配信停止（サポートケースに関するご連絡は引き続き送信されます）',
};

export type Lang = 'ja' | 'en';
export type TextStyle = 'decent' | 'flat' | 'stub' | 'links';

export interface Card {
  lang: Lang;
  brand: string; // logo alt text
  preheader?: string;
  heading?: string;
  badge?: string; // status label, e.g. "Pending customer action"
  badgeColor?: string;
  rows?: Array<[string, string]>; // case details table
  body: string; // the agent's (or system's) free text, paragraphs separated by blank lines
  button?: [string, string];
  button2?: [string, string];
  survey?: string; // line above the footer, e.g. a rating prompt
  footer: string[];
  quoted?: string; // earlier correspondence, plain text
  quoteHead?: string;
  pixel: string; // tracking pixel URL
}

const HIDE = 'display:none;max-height:0;overflow:hidden;mso-hide:all;visibility:hidden;opacity:0;color:transparent;font-size:1px;line-height:1px';
const filler = '&zwnj;&nbsp;'.repeat(24);

export function html(c: Card): string {
  const rows = (c.rows ?? [])
    .map(([k, v]) => `<tr><td style="padding:4px 12px 4px 0;color:#545b64;font-size:13px;white-space:nowrap">${esc(k)}</td><td style="padding:4px 0;font-size:13px;color:#16191f"><strong>${esc(v)}</strong></td></tr>`)
    .join('\n');
  const badge = c.badge
    ? `<tr><td style="padding:0 32px 8px 32px"><span style="display:inline-block;padding:3px 10px;border-radius:12px;background:${c.badgeColor ?? '#f89256'};color:#ffffff;font-size:12px;font-weight:bold">${esc(c.badge)}</span></td></tr>`
    : '';
  const btn = (b: [string, string] | undefined, bg: string): string =>
    b
      ? `<td align="center" bgcolor="${bg}" style="border-radius:4px"><a href="${b[1]}" target="_blank" style="display:inline-block;padding:10px 22px;font-family:Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold">${esc(b[0])}</a></td>`
      : '';
  const buttons = c.button
    ? `<tr><td style="padding:8px 32px 24px 32px"><table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>${btn(c.button, '#ec7211')}${c.button2 ? '<td width="12">&nbsp;</td>' + btn(c.button2, '#545b64') : ''}</tr></table></td></tr>`
    : '';
  const quoted = c.quoted
    ? `<tr><td style="padding:0 32px 24px 32px"><div style="border-top:1px solid #d5dbdb;padding-top:12px;color:#687078;font-size:12px">${c.quoteHead ? esc(c.quoteHead) + '<br>' : ''}<blockquote style="margin:6px 0 0 0;padding-left:10px;border-left:3px solid #d5dbdb">${esc(c.quoted).replace(/\n/g, '<br>\n')}</blockquote></div></td></tr>`
    : '';
  const survey = c.survey ? `<tr><td style="padding:0 32px 16px 32px;font-size:13px;color:#16191f">${esc(c.survey)}</td></tr>` : '';
  const foot = c.footer.map((f) => `<p style="margin:0 0 8px 0">${esc(f).replace(/\(c\)/g, '&copy;')}</p>`).join('\n');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="${c.lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${esc(c.heading ?? c.brand)}</title>
<style type="text/css">body{margin:0;padding:0;-webkit-text-size-adjust:100%}table{border-collapse:collapse}@media only screen and (max-width:620px){.wrap{width:100% !important}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3">
${c.preheader ? `<div style="${HIDE}">${esc(c.preheader)}${filler}</div>` : ''}
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f2f3f3"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="wrap" width="600" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="font-family:Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<tr><td style="background-color:#232f3e;padding:18px 32px"><img src="https://d1.awsstatic.com/email/logos/aws-smile-white.png" width="92" height="34" alt="${esc(c.brand)}" style="display:block;border:0" /></td></tr>
${c.heading ? `<tr><td style="padding:24px 32px 8px 32px;font-size:20px;font-weight:bold">${esc(c.heading)}</td></tr>` : ''}
${badge}
${rows ? `<tr><td style="padding:8px 32px 16px 32px"><table role="presentation" cellspacing="0" cellpadding="0" border="0">\n${rows}\n</table></td></tr>` : ''}
<tr><td style="padding:8px 32px 8px 32px;font-size:14px;line-height:22px">
${paras(c.body)}
</td></tr>
${buttons}
${survey}
${quoted}
<tr><td style="padding:20px 32px;background-color:#fafafa;border-top:1px solid #eaeded;font-size:11px;line-height:16px;color:#687078">
${foot}
</td></tr>
</table>
</td></tr></table>
<img src="${c.pixel}" width="1" height="1" alt="" border="0" style="display:block;height:1px;width:1px;border:0" />
</body>
</html>`;
}

/** text/plain as the systems really generate it: a poor rendering of the HTML */
export function text(c: Card, style: TextStyle): string {
  if (style === 'stub') {
    return c.lang === 'ja'
      ? `このメールは HTML 形式で送信されています。正しく表示されない場合は、HTML 表示に対応したメールソフトでご覧ください。\n\n${c.footer[c.footer.length - 1] ?? ''}`
      : `This message is formatted in HTML. If you cannot read it, open it in a mail program that displays HTML.\n\n${c.footer[c.footer.length - 1] ?? ''}`;
  }
  const out: string[] = [];
  if (style === 'links') out.push(`[${c.brand}]`, '');
  if (c.heading) out.push(style === 'flat' ? c.heading.toUpperCase() : c.heading, '');
  if (c.badge) out.push(style === 'flat' ? c.badge : `[ ${c.badge} ]`, '');
  for (const [k, v] of c.rows ?? []) out.push(style === 'flat' ? `${k}\t${v}` : `${k}: ${v}`);
  if (c.rows?.length) out.push('');
  if (style === 'flat') out.push(c.body.replace(/\n(?!\n)/g, ' '));
  else out.push(c.body);
  out.push('');
  if (c.button) out.push(style === 'links' ? `${c.button[0]} <${c.button[1]}>` : `${c.button[0]} ( ${c.button[1]} )`);
  if (c.button2) out.push(style === 'links' ? `${c.button2[0]} <${c.button2[1]}>` : `${c.button2[0]} ( ${c.button2[1]} )`);
  if (c.button) out.push('');
  if (c.survey) out.push(c.survey, '');
  if (c.quoted) {
    if (c.quoteHead) out.push(c.quoteHead);
    out.push(quote(c.quoted), '');
  }
  out.push(style === 'flat' ? '________________________________' : '-----');
  for (const f of c.footer) out.push(f);
  if (style === 'links') out.push('', `[image: ]`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// message helper: fills trace defaults, derives the label fields that follow from the headers

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const dom = (from: string): string => (/<([^>]+)>/.exec(from)?.[1] ?? from).toLowerCase().split('@')[1] ?? '';

export interface Spec {
  slug: string;
  kind: Kind;
  lang: Lang;
  caseId: string | null;
  trap?: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  at: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  auth?: Auth;
  enc: Enc;
  card?: Card;
  style?: TextStyle | 'htmlonly';
  text?: string; // plain text (for non-template or hand-written mail)
  htmlRaw?: string;
  probe: string;
  forUser?: boolean;
  extra?: Partial<Msg>;
}

export function mk(s: Spec): Msg {
  const auth: Auth = s.auth ?? 'pass';
  const trusted = (auth === 'pass' || auth === 'dkimonly') && TRUSTED.some((t) => dom(s.from) === t || dom(s.from).endsWith('.' + t));
  let textBody: string | undefined = s.text;
  let htmlBody: string | undefined = s.htmlRaw;
  if (s.card) {
    htmlBody = html(s.card);
    if (s.style !== 'htmlonly') textBody = text(s.card, s.style ?? 'decent');
  }
  return {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from,
    to: s.to,
    cc: s.cc,
    subject: s.subject,
    date: rfcDate(s.at, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
    text: textBody,
    html: htmlBody,
    probe: s.probe,
    ...(s.extra ?? {}),
  };
}

export const px = (sys: string, seed: string): string => `https://${sys}/o/${seed}/open.gif?r=${seed.length * 7919}`;
export const caseUrl = (id: string): string => `https://support.aws.amazon.com/#/case/?displayId=${id}&language=`;
export const formUrl = (id: string): string => `https://support.aws.amazon.com/support/case-reply?caseId=${id}`;
