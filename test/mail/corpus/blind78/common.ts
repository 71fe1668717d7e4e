// Set "by": HTML-first mail. Personas, senders and HTML template shells.
import { rfcDate, token, type Msg } from './lib.js';

export type Lang = 'ja' | 'en';
/** a message plus a probe: text the parsed body (text or html) must contain */
export type Def = Msg & { probe: string };

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const TC_MAIL = 'AWS Training & Certification <no-reply@aws.training>';
export const TC_NEWS = 'AWS Training and Certification <aws-training@email.aws.amazon.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_SELF = 'Credly <support@credly.com>';

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'kenji.ito@corp-a.example.co.jp', keepId: 'AWS30417729', srcId: 'AWS88012653' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.com', src: 'm-nakamura@oldco.example.jp', keepId: 'AWS51190384', srcId: 'AWS27736015' };
export const EMMA = { name: 'Emma Walsh', keep: 'emma.walsh@example.co.uk', src: 'ewalsh@contoso-old.example', keepId: 'AWS60058217', srcId: 'AWS14492870' };
export const DIEGO = { name: 'Diego Ruiz', keep: 'diego.ruiz@example.com', src: 'd.ruiz@univ.example.edu', keepId: 'AWS93320461', srcId: 'AWS45127708' };

export const CASE = {
  kenji: '17790045321',
  kenji2: '1779031188420',
  misaki: '176288104537',
  misakiDup: '1762881190',
  emma: '17840229613',
  emmaOther: '1784511070284',
  diego: '178102773054',
  kenjiExam: '1775520981',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** paragraph(s) with inline CSS, text is escaped; a blank line starts a new paragraph */
export const P = (text: string, style = 'margin:0 0 14px 0;font-size:14px;line-height:22px;color:#16191f'): string =>
  text
    .split(/\n{2,}/)
    .map((t) => `<p class="txt" style="${style}">${esc(t).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const trk = (host: string, seed: string): string => `https://${host}/${token(seed, 6, 'abcdefghijklmnopqrstuvwxyz')}/?qs=${token(seed + 'q', 40, 'abcdef0123456789')}`;

export function button(label: string, href: string, color = '#ec7211'): string {
  return `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td align="center" bgcolor="${color}" style="border-radius:4px">
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="${href}" style="height:40px;v-text-anchor:middle;width:220px" arcsize="10%" fillcolor="${color}" stroke="f"><center style="color:#ffffff;font-family:Arial,sans-serif;font-size:14px;font-weight:bold">${esc(label)}</center></v:roundrect><![endif]-->
<!--[if !mso]><!--><a href="${href}" target="_blank" style="display:inline-block;padding:11px 26px;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px">${esc(label)}</a><!--<![endif]-->
</td></tr></table>`;
}

/** a two-column detail table: the meaning sometimes lives only here */
export function kv(rows: Array<[string, string]>): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d5dbdb;border-collapse:collapse;margin:0 0 16px 0">
${rows.map(([k, v]) => `<tr><td style="padding:8px 12px;background:#f2f3f3;border:1px solid #d5dbdb;font-size:13px;color:#545b64;width:38%">${esc(k)}</td><td class="txt" style="padding:8px 12px;border:1px solid #d5dbdb;font-size:13px;color:#16191f">${esc(v)}</td></tr>`).join('\n')}
</table>`;
}

const DARK = `<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<style type="text/css">
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .bg { background-color:#0f1b2a !important; }
  .card { background-color:#192534 !important; }
  .txt { color:#e9ebed !important; }
  .logo-light { display:none !important; }
  .logo-dark { display:block !important; max-height:none !important; }
}
[data-ogsc] .txt { color:#e9ebed !important; }
[data-ogsb] .card { background-color:#192534 !important; }
</style>`;

const preheaderDiv = (t: string): string =>
  `<div class="preheader" style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">${esc(t)}${'&zwnj;&nbsp;'.repeat(30)}</div>`;

export type Brand = 'tc' | 'support' | 'portal' | 'credly' | 'skill' | 'events' | 'plain';

export interface ShellOpt {
  seed: string;
  lang: Lang;
  brand: Brand;
  preheader?: string;
  heading?: string;
  body: string;
  button?: [string, string];
  dark?: boolean;
  unsub?: boolean;
  /** replace the legal footer (e.g. a look-alike's) */
  footer?: string;
  /** host used for tracking links (look-alikes use their own) */
  host?: string;
}

const LOGO: Record<Brand, [string, string]> = {
  tc: ['https://d1.awsstatic.com/training-and-certification/email/tc-logo-squid-ink.png', 'AWS Training &amp; Certification'],
  support: ['https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png', 'AWS Support'],
  portal: ['https://d1.awsstatic.com/certification/email/aws-certified-header.png', 'AWS Certified'],
  credly: ['https://images.credly.com/images/email/credly-logo-orange.png', 'Credly'],
  skill: ['https://d1.awsstatic.com/skillbuilder/email/skill-builder-logo.png', 'AWS Skill Builder'],
  events: ['https://d1.awsstatic.com/events/email/aws-events-banner-600.png', 'AWS Events'],
  plain: ['https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.png', 'Amazon Web Services'],
};

function legal(o: ShellOpt): string {
  const h = o.host ?? (o.brand === 'credly' ? 'email.credly.com' : 'click.mail.aws.training');
  const un = o.unsub ? (o.lang === 'ja' ? ` | <a href="${trk(h, o.seed + 'un')}" style="color:#687078">配信停止</a> | <a href="${trk(h, o.seed + 'pref')}" style="color:#687078">配信設定の変更</a>` : ` | <a href="${trk(h, o.seed + 'un')}" style="color:#687078">Unsubscribe</a> | <a href="${trk(h, o.seed + 'pref')}" style="color:#687078">Manage preferences</a>`) : '';
  if (o.brand === 'credly')
    return o.lang === 'ja'
      ? `このメールは、発行者がお客様のメールアドレスにデジタルバッジを発行したため、Credly より送信されています。Credly はお客様の同意なしにバッジを公開しません。バッジの公開設定はいつでもアカウント設定から変更できます。Credly, Inc. 210 Fifth Ave, Suite 4, New York, NY 10010。<a href="${trk(h, o.seed + 'priv')}" style="color:#687078">プライバシーポリシー</a> | <a href="${trk(h, o.seed + 'tos')}" style="color:#687078">利用規約</a>${un}`
      : `You are receiving this email because an issuer awarded a digital credential to this address through Credly. Credly never shares your badge publicly without your permission, and you can change the visibility of any badge in your account settings at any time. Credly, Inc., 210 Fifth Ave, Suite 4, New York, NY 10010. <a href="${trk(h, o.seed + 'priv')}" style="color:#687078">Privacy Policy</a> | <a href="${trk(h, o.seed + 'tos')}" style="color:#687078">Terms of Service</a>${un}`;
  if (o.lang === 'ja')
    return `本メールは送信専用のアドレスから配信しています。このメールに関するお問い合わせは、AWS トレーニングと認定のお問い合わせフォームをご利用ください。Amazon Web Services、AWS、Powered by AWS ロゴは Amazon.com, Inc. またはその関連会社の商標です。本メッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）によって作成および配信されています。アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア。&copy; 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved. <a href="${trk(h, o.seed + 'priv')}" style="color:#687078">プライバシー通知</a> | <a href="${trk(h, o.seed + 'terms')}" style="color:#687078">サイト規約</a>${un}`;
  return `This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210. Amazon Web Services, AWS, and the Powered by AWS logo are trademarks of Amazon.com, Inc. or its affiliates. AWS will not be bound by, and specifically objects to, any term, condition or other provision that is different from or in addition to the AWS Customer Agreement and that is submitted in any communication, unless expressly agreed in writing. &copy; 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved. <a href="${trk(h, o.seed + 'priv')}" style="color:#687078">Privacy Notice</a> | <a href="${trk(h, o.seed + 'terms')}" style="color:#687078">Site Terms</a>${un}`;
}

/** a full HTML e-mail: layout tables, inline CSS, optional preheader, dark-mode block, button, long footer */
export function shell(o: ShellOpt): string {
  const [logo, alt] = LOGO[o.brand];
  const accent = o.brand === 'credly' ? '#ff6b00' : o.brand === 'support' ? '#0073bb' : '#ec7211';
  const font = o.lang === 'ja' ? `'Hiragino Kaku Gothic ProN','Meiryo',Arial,sans-serif` : `'Amazon Ember','Helvetica Neue',Arial,sans-serif`;
  const pixel = `<img src="https://${o.host ?? 'click.mail.aws.training'}/open.gif?e=${token(o.seed + 'px', 28, 'abcdef0123456789')}" width="1" height="1" alt="" style="display:block;border:0">`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="${o.lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.heading ?? alt.replace('&amp;', '&'))}</title>
${o.dark ? DARK : ''}
<style type="text/css">body{margin:0;padding:0}table,td{mso-table-lspace:0pt;mso-table-rspace:0pt}img{-ms-interpolation-mode:bicubic}@media only screen and (max-width:600px){.container{width:100% !important}}</style>
</head>
<body class="bg" style="margin:0;padding:0;background-color:#f2f3f3">
${o.preheader ? preheaderDiv(o.preheader) : ''}
<table role="presentation" class="bg" width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f2f3f3"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="container card" width="600" border="0" cellpadding="0" cellspacing="0" style="background-color:#ffffff;font-family:${font}">
<tr><td style="padding:20px 32px;border-bottom:4px solid ${accent}"><img class="logo-light" src="${logo}" alt="${alt}" width="140" style="display:block;border:0;height:auto"></td></tr>
<tr><td style="padding:28px 32px 8px 32px">
${o.heading ? `<h1 class="txt" style="margin:0 0 18px 0;font-size:22px;line-height:30px;font-weight:bold;color:#16191f">${esc(o.heading)}</h1>\n` : ''}${o.body}
${o.button ? button(o.button[0], o.button[1], accent) : ''}
</td></tr>
<tr><td style="padding:20px 32px 28px 32px;border-top:1px solid #eaeded;font-size:11px;line-height:17px;color:#687078">${o.footer ?? legal(o)}</td></tr>
</table>
${pixel}
</td></tr></table>
</body>
</html>`;
}

/** Gmail reply: new HTML on top, then the gmail_quote block with the attribution line */
export function gmailReply(newHtml: string, attribution: string, quotedHtml: string): string {
  return `<div dir="ltr">${newHtml}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quotedHtml}</blockquote></div>`;
}

/** Outlook (new Outlook / OWA) reply with the divRplyFwdMsg header block */
export function outlookReply(lang: Lang, newHtml: string, q: { from: string; sent: string; to: string; subject: string; cc?: string }, quotedHtml: string): string {
  const L = lang === 'ja' ? ['差出人', '送信日時', '宛先', 'CC', '件名'] : ['From', 'Sent', 'To', 'Cc', 'Subject'];
  return `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
${newHtml}
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${L[0]}:</b> ${esc(q.from)}<br>
<b>${L[1]}:</b> ${esc(q.sent)}<br>
<b>${L[2]}:</b> ${esc(q.to)}<br>
${q.cc ? `<b>${L[3]}:</b> ${esc(q.cc)}<br>\n` : ''}<b>${L[4]}:</b> ${esc(q.subject)}</font>
<div>&nbsp;</div>
</div>
<div>${quotedHtml}</div>
</body></html>`;
}

/** Salesforce-style history block that support replies carry in HTML */
export function sfHistory(lang: Lang, q: { from: string; sent: string; to: string; subject: string }, quotedHtml: string): string {
  return `<br><br><div style="border-top:1px solid #b5b5b5;padding-top:6px;font-family:Arial,sans-serif;font-size:12px;color:#444">--------------- Original Message ---------------<br>
<b>From:</b> ${esc(q.from)}<br><b>Sent:</b> ${esc(q.sent)}<br><b>To:</b> ${esc(q.to)}<br><b>Subject:</b> ${esc(q.subject)}<br><br>
${quotedHtml}</div>`;
}

/** rough text/plain rendering of an HTML body (what a decent template engine emits) */
export function plainOf(html: string): string {
  let s = html
    .replace(/<head>[\s\S]*?<\/head>/gi, '')
    .replace(/<div class="preheader"[\s\S]*?<\/div>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) => `${label} ( ${href} )`)
    .replace(/<img [^>]*alt="([^"]*)"[^>]*>/gi, (_m, alt: string) => (alt ? `[${alt}]` : ''))
    .replace(/<(br|\/p|\/tr|\/div|\/h1|\/li|hr|\/blockquote)[^>]*>/gi, '\n')
    .replace(/<\/td>/gi, '  ')
    .replace(/<[^>]+>/g, '');
  s = s
    .replace(/&nbsp;/g, ' ')
    .replace(/&zwnj;/g, '')
    .replace(/&copy;/g, '(c)')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const caseUrl = (id: string, lang: Lang = 'en'): string => `https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=${id}&language=${lang}`;
