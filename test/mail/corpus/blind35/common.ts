// Set ah: shared people, case IDs and the HTML shapes that ticket systems,
// marketing tools and mail clients really send (tables, buttons, status
// badges, hidden preheaders, gmail_quote / divRplyFwdMsg quoting).
import { rfcDate, type Att, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const TC_NEWS = 'AWS Training & Certification <aws-training-news@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people of this set (their addresses are in lib.ts USER_ADDRS)
export const AYA = { ja: '森本 彩', en: 'Aya Morimoto', keep: 'aya.morimoto@example.net', src: 'morimoto.aya@kanden-sys.example.co.jp', keepId: 'AWS73019284', srcId: 'AWS40286617' };
export const KEN = { ja: '小田切 健', en: 'Ken Odagiri', keep: 'ken.odagiri@example.jp', src: 'odagiri@hokuriku-soft.example.co.jp', keepId: 'AWS91527730', srcId: 'AWS26604158' };
export const RINA = { ja: '新井 里奈', en: 'Rina Arai', keep: 'rina.arai.dev@example.com', src: 'r-arai@univ.example.ac.jp', keepId: 'AWS58120473', srcId: 'AWS06631958' };
export const DAI = { ja: '松浦 大輔', en: 'Daisuke Matsuura', keep: 'd.matsuura@example.org', src: 'matsuura@techpartner.example.jp', keepId: 'AWS34476102', srcId: 'AWS87709215' };
export const OLIVER = { name: 'Oliver Brandt', keep: 'oliver.brandt@example.de', src: 'obrandt@consultco.example.com', keepId: 'AWS61935507', srcId: 'AWS22850164' };
export const SUNITA = { name: 'Sunita Rao', keep: 'sunita.rao@example.in', src: 'sunita@startuplab.example.io', keepId: 'AWS49017736', srcId: 'AWS75532089' };
export const TOMAS = { name: 'Tomas Rivera', keep: 'tomas.rivera@example.mx', src: 't.rivera@oldbank.example.com', keepId: 'AWS13398640', srcId: 'AWS90066321' };

// support case IDs invented for this set
export const CASE = {
  aya: '17840026153',
  ayaDup: '17840031977',
  ken: '1781139402',
  rina: '178562001847',
  dai: '1779903418256',
  oliver: '17812245590',
  sunita: '1786630712',
  tomas: '178910245633',
  // other (non-merge) cases of the same people
  ayaRefund: '1788104456021',
  kenExam: '17866310954',
  oliverBilling: '1790217733',
  sunitaVoucher: '178771203345',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** words joined by non-breaking spaces, as HTML editors write them */
export const nb = (s: string): string => s.replace(/ /g, '&nbsp;');

/** plain lines → <p> blocks with <br> */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px 0">${p.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** hidden preheader text that mail clients show in the inbox list */
export const preheader = (s: string): string =>
  `<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">${s}${'&nbsp;&zwnj;'.repeat(12)}</div>`;

export const button = (label: string, href: string, color = '#ec7211'): string =>
  `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td align="center" bgcolor="${color}" style="border-radius:4px"><a href="${href}" target="_blank" style="display:inline-block;padding:10px 22px;font-family:Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold">${label}</a></td></tr></table>`;

export const badge = (label: string, bg = '#1d8102'): string =>
  `<span style="display:inline-block;padding:2px 8px;border-radius:10px;background:${bg};color:#ffffff;font-size:12px;font-weight:bold">${label}</span>`;

/** a two-column key/value table */
export const kv = (rows: Array<[string, string]>): string =>
  `<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:14px;margin:12px 0">\n${rows
    .map(([k, v]) => `<tr><td style="border-bottom:1px solid #eaeded;color:#545b64;width:38%;white-space:nowrap">${k}</td><td style="border-bottom:1px solid #eaeded;color:#16191f">${v}</td></tr>`)
    .join('\n')}\n</table>`;

/** the full document a notification system sends: outer table, logo row, card, footer */
export function shell(o: { lang: 'ja' | 'en'; title?: string; pre?: string; body: string; footer?: string; logo?: string; charset?: string }): string {
  const logo = o.logo ?? '<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_179x109.png" width="60" alt="AWS" style="display:block;border:0">';
  const foot =
    o.footer ??
    (o.lang === 'ja'
      ? 'このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210'
      : 'This is an automated message; replies to this address are not monitored.<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="${o.lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${o.charset ?? 'utf-8'}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${o.title ?? ''}</title>
<style type="text/css">body{margin:0;padding:0}table td{border-collapse:collapse}@media only screen and (max-width:600px){.container{width:100% !important}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3">
${o.pre ? preheader(o.pre) : ''}
<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f2f3f3">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="container" width="600" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:'Amazon Ember',Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px">${logo}</td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:14px;line-height:1.6">
${o.body}
</td></tr>
<tr><td style="padding:16px 28px 24px 28px;font-size:11px;color:#687078;border-top:1px solid #eaeded">${foot}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}

/** a Salesforce-style agent reply: plain-ish HTML with the ref tag at the bottom */
export function sfHtml(body: string, ref: string, quoted?: string, charset = 'utf-8'): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body>
<div style="font-family:Arial,sans-serif;font-size:10pt">
${body}
</div>
${quoted ? `<br><div>--------------- Original Message ---------------</div>\n${quoted}` : ''}
<div style="color:#ffffff;font-size:1px">${ref}</div>
</body></html>`;
}

export const sfRef = (seed: string): string => `ref:_00Dj0MnQ2._500Ke${seed}:ref`;

/** Gmail's HTML reply: new text in div dir=ltr, history in div.gmail_quote > blockquote */
export function gmailHtml(newHtml: string, attr: string, quotedHtml: string): string {
  return `<div dir="ltr">${newHtml}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${attr}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quotedHtml}</blockquote></div>`;
}

/** Outlook's HTML reply: WordSection1, then the divRplyFwdMsg header block and the old message */
export function outlookHtml(newHtml: string, hdr: { from: string; sent: string; to: string; subject: string; cc?: string }, quotedHtml: string, lang: 'ja' | 'en', charset = 'utf-8'): string {
  const L = lang === 'ja' ? { from: '差出人', sent: '送信日時', to: '宛先', cc: 'CC', subject: '件名' } : { from: 'From', sent: 'Sent', to: 'To', cc: 'Cc', subject: 'Subject' };
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal,li.MsoNormal,div.MsoNormal{margin:0mm;font-size:11.0pt;font-family:"Yu Gothic",sans-serif;}div.WordSection1{page:WordSection1;}--></style></head>
<body lang="${lang === 'ja' ? 'JA' : 'EN-US'}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
<div class="WordSection1">
${newHtml}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div id="divRplyFwdMsg" style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">
<p class="MsoNormal"><b>${L.from}:</b> ${esc(hdr.from)}<br><b>${L.sent}:</b> ${hdr.sent}<br><b>${L.to}:</b> ${esc(hdr.to)}<br>${hdr.cc ? `<b>${L.cc}:</b> ${esc(hdr.cc)}<br>` : ''}<b>${L.subject}:</b> ${esc(hdr.subject)}<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${quotedHtml}
</div>
</body>
</html>`;
}

/** Outlook paragraphs */
export const mso = (lines: string[]): string => lines.map((l) => `<p class="MsoNormal">${l === '' ? '<o:p>&nbsp;</o:p>' : l}<o:p></o:p></p>`).join('\n');

/** Credly's badge mail layout: badge image (name only in alt), issuer line, button */
export function credlyHtml(o: { lang: 'ja' | 'en'; pre: string; issuer: string; intro: string; badges: Array<{ name: string; img: string }>; buttonLabel: string; href: string; after?: string }): string {
  const imgs = o.badges
    .map((b) => `<td align="center" style="padding:8px"><a href="${o.href}"><img src="${b.img}" width="140" height="140" alt="${b.name}" style="display:block;border:0"></a></td>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${o.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;background:#f5f5f5">
${preheader(o.pre)}
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f5f5"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333">
<tr><td style="padding:20px"><img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 28px;font-size:15px;line-height:1.5">${o.intro}</td></tr>
<tr><td align="center"><table cellpadding="0" cellspacing="0" border="0"><tr>${imgs}</tr></table></td></tr>
<tr><td align="center" style="padding:8px 28px">${button(o.buttonLabel, o.href, '#ff6b00')}</td></tr>
${o.after ? `<tr><td style="padding:0 28px 16px 28px;font-size:13px;color:#666666">${o.after}</td></tr>` : ''}
<tr><td style="padding:16px 28px;font-size:11px;color:#999999;border-top:1px solid #eeeeee">${o.issuer}<br>Credly, Inc. | 261 Madison Ave, New York, NY 10016<br><a href="https://www.credly.com/notifications/unsubscribe" style="color:#999999">${o.lang === 'ja' ? '配信停止' : 'Unsubscribe'}</a></td></tr>
</table></td></tr></table>
</body></html>`;
}

// tiny binary payloads for inline images and attachments (content does not matter)
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFowAAAI4AASu7sHAAAAAASUVORK5CYII=',
  'base64',
);
export const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
export const logoImg = (cid: string): Att => ({ name: 'aws-logo.png', type: 'image/png', data: PNG, cid });
export const sigImg = (cid: string, name = 'image001.png'): Att => ({ name, type: 'image/png', data: PNG, cid });

/** defaults for a trusted, delivered message; every label field is still written per message */
export function mk(m: Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc' | 'caseId'>): Msg {
  return { trusted: true, forUser: true, trap: false, auth: 'pass', ...m } as Msg;
}
