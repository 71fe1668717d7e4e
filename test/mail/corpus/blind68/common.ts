// Set bo: people, cases and helpdesk-product notification templates.
// The voice: the support desk's mail as ticketing products send it (Zendesk-,
// Freshdesk-, ServiceNow-, Jira Service Management- and HubSpot-like).
import type { Msg } from './lib.js';

export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const mk = (d: Draft): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...d });

// ---- people (keep = the account they keep; src = the one folded into it)
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.net', src: 'k-watanabe@corp-b.example.co.jp', keepId: 'AWS70318254', srcId: 'AWS24496013' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.jp', src: 'tanaka.yui@oldfirm.example.co.jp', keepId: 'AWS81562390', srcId: 'AWS19077342' };
export const MAKOTO = { ja: '小林 誠', en: 'Makoto Kobayashi', keep: 'makoto.k@example.com', src: 'm.kobayashi@univ.example.ac.jp', keepId: 'AWS40291876', srcId: 'AWS66703125' };
export const AYA = { ja: '中村 彩', en: 'Aya Nakamura', keep: 'aya.nakamura@example.org', src: 'a.nakamura@partner-co.example.co.jp', keepId: 'AWS55870431', srcId: 'AWS90214467' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@contractor.example.net', keepId: 'AWS32108859', srcId: 'AWS77451206' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS61029384', srcId: 'AWS08813576' };
export const DIEGO = { name: 'Diego Ramos', keep: 'diego.ramos@example.com', src: 'dramos@oldco.example.mx', keepId: 'AWS93320718', srcId: 'AWS45607129' };

export const CASE = {
  kenji: '1781234509',
  kenjiDup: '1781239944',
  kenjiAdmin: '1781302277',
  yui: '17820044517',
  yuiDup: '1789345120',
  makoto: '178311920664',
  aya: '1784002381',
  sam: '1785530012',
  lena: '17866104293',
  diego: '1787719203',
  kenjiRefund: '1788800145',
  samExam: '17890022310',
  ayaVoucher: '1790417736',
} as const;

// ---- desk senders (trusted domains; the helpdesk product sends under the desk's own domain)
export const ZD_EN = 'AWS Training and Certification Support <support@aws.training>';
export const ZD_JA = 'AWS トレーニングと認定 サポート <support@aws.training>';
export const FD_EN = 'AWS T&C Helpdesk <helpdesk@support.aws.com>';
export const FD_JA = 'AWS 認定ヘルプデスク <helpdesk@support.aws.com>';
export const SN_EN = 'AWS Customer Service <tc-casemgmt@amazon.com>';
export const SN_JA = 'AWS カスタマーサービス <tc-casemgmt@amazon.com>';
export const JSM_EN = 'AWS Certification Help Center <helpcenter@certification.aws.amazon.com>';
export const JSM_JA = 'AWS 認定ヘルプセンター <helpcenter@certification.aws.amazon.com>';
export const HS_EN = 'AWS Training & Certification <tc-care@aws.amazon.com>';
export const HS_JA = 'AWS トレーニング＆認定 <tc-care@aws.amazon.com>';
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_SUPPORT = 'Credly Support <support@credly.com>';

export const ZD_X = (seed: string): string[] => ['X-Mailer: Zendesk Mailer', `X-Zendesk-From-Account-Id: 7c41e2${seed.length}`, `X-Zendesk-Email-Id: 01JZ${seed.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 10).padEnd(10, 'Q')}K8`];
export const FD_X = (id: string): string[] => [`X-FD-Email-Ticket-Id: ${id}`, 'X-Mailer: Freshdesk Mailer'];
export const SN_X = (ref: string): string[] => ['X-ServiceNow-Source: Notification-0c7d91a4', 'X-ServiceNow-SysEmail-Version: 2', `X-ServiceNow-Watermark: ${ref}`];
export const JSM_X = (key: string): string[] => [`X-JSD-Request-Key: ${key}`, 'Auto-Submitted: auto-generated', 'X-Atlassian-Mail-Message-Id: 7e1d0c5b-jsm'];
export const HS_X = ['X-HubSpot-Conversations-Thread: 88219304', 'X-HS-Ticket-Pipeline: support'];
export const AUTO = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'];

// ---- comments reprinted in helpdesk notifications
export interface Cmt {
  who: string;
  when: string;
  body: string;
}

const ZD_SEP = '----------------------------------------------';

/** Zendesk-like text notification: marker, intro line, newest comment first, then the whole thread */
export function zd(o: { lang: 'ja' | 'en'; id?: string; comments: Cmt[]; brand?: string; tag: string; intro?: string; marker?: string | null; tail?: string }): string {
  const ja = o.lang === 'ja';
  const marker = o.marker === null ? '' : (o.marker ?? (ja ? '##- 返信の際は、この行より上にご記入ください -##' : '##- Please type your reply above this line -##')) + '\n\n';
  const intro =
    o.intro ??
    (ja
      ? `お客様のリクエスト (${o.id ?? ''}) が更新されました。コメントを追加する場合は、このメールにご返信ください。`
      : `Your request (${o.id ?? ''}) has been updated. To add additional comments, reply to this email.`);
  const brand = o.brand ?? (ja ? 'AWS トレーニングと認定 サポート' : 'AWS Training and Certification Support');
  const cs = o.comments.map((c) => `${c.who}\n\n${c.when}\n\n${c.body}`).join(`\n\n${ZD_SEP}\n\n`);
  const foot = ja ? `このメールは ${brand} から送信されています。` : `This email is a service from ${brand}.`;
  return `${marker}${intro}\n${ZD_SEP}\n\n${cs}\n\n${ZD_SEP}\n${o.tail ? o.tail + '\n\n' : ''}${foot}\n\n\n\n\n\n\n\n[${o.tag}]`;
}

export const escH = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const ps = (t: string): string =>
  t
    .split(/\n{2,}/)
    .map((p) => `<p dir="auto">${escH(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

/** Zendesk-like HTML notification */
export function zdHtml(o: { lang: 'ja' | 'en'; id?: string; comments: Cmt[]; tag: string; intro?: string; tail?: string }): string {
  const ja = o.lang === 'ja';
  const marker = ja ? '##- 返信の際は、この行より上にご記入ください -##' : '##- Please type your reply above this line -##';
  const intro = o.intro ?? (ja ? `お客様のリクエスト (${o.id ?? ''}) が更新されました。` : `Your request (${o.id ?? ''}) has been updated.`);
  const rows = o.comments
    .map(
      (c, i) =>
        `<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5"><p style="font-size:15px;color:#1b1d1e;margin:0"><strong>${escH(c.who)}</strong></p><p style="color:#bbbbbb;font-size:13px;margin:0 0 8px">${escH(c.when)}</p><div class="zd-comment" dir="auto" style="color:${i === 0 ? '#2b2e2f' : '#6a6a6a'};font-size:14px;line-height:22px">${ps(c.body)}</div></td></tr></table>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>@media screen{.zd-comment p{margin:0 0 1em}}</style></head>\n<body style="font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:14px">\n<div style="color:#b5b5b5">${escH(marker)}</div>\n<p dir="ltr">${escH(intro)}</p>\n<div style="margin-top:25px">\n${rows}\n</div>\n${o.tail ? `<p style="color:#666">${escH(o.tail).replace(/\n/g, '<br>')}</p>\n` : ''}<span style="color:#ffffff" aria-hidden="true">[${o.tag}]</span>\n</body></html>`;
}

/** Freshdesk-like: reply marker, agent's reply, ticket/status/SLA footer, optional quoted customer mail */
export function fd(o: { lang: 'ja' | 'en'; id: string; body: string; status: string; sla?: string; quoteHdr?: string; quoted?: string; marker?: boolean }): string {
  const ja = o.lang === 'ja';
  const mark = o.marker === false ? '' : (ja ? '---- この行より上にご返信ください ----' : '---- Please reply above this line ----') + '\n\n';
  const meta = ja ? `チケット番号: #${o.id}\nステータス: ${o.status}` : `Ticket: #${o.id}\nStatus: ${o.status}`;
  const sla = o.sla ? '\n' + o.sla : '';
  const q = o.quoteHdr && o.quoted ? `\n\n${o.quoteHdr}\n${quote(o.quoted)}` : '';
  return `${mark}${o.body}\n\n${meta}${sla}${q}`;
}

/** ServiceNow-like case notification: header fields, then the comments journal, newest first */
export function sn(o: { lang: 'ja' | 'en'; id: string; headline?: string; fields: Array<[string, string]>; journal: Cmt[]; ref: string; link?: boolean }): string {
  const ja = o.lang === 'ja';
  const head = o.headline ?? (ja ? `ケース ${o.id} が更新されました` : `Case ${o.id} has been updated`);
  const f = o.fields.map(([k, v]) => `${k}: ${v}`).join('\n');
  const label = ja ? '追加コメント' : 'Additional comments';
  const j = o.journal.map((c) => `${c.when} - ${c.who} (${label})\n${c.body}`).join('\n\n');
  const link = o.link === false ? '' : ja ? '\n\nケースを表示するにはこちらをクリックしてください: LINK\n' : '\n\nClick here to view Case: LINK\n';
  return `${head}\n\n${f}\n\n${label}:\n\n${j}${link}\n${o.ref}`;
}

/** Jira Service Management-like customer notification (only the new comment) */
export function jsm(o: { lang: 'ja' | 'en'; who: string; body: string; customer: string; key: string; caseLine?: string; verb?: string }): string {
  const ja = o.lang === 'ja';
  const verb = o.verb ?? (ja ? `${o.who} さんがコメントしました:` : `${o.who} commented:`);
  const foot = ja
    ? `リクエストを表示 ・ このリクエストの通知をオフにする\n\nこのリクエストは ${o.customer} と共有されています。\n\nAWS 認定ヘルプセンター (Jira Service Management) からの通知です。`
    : `View request · Turn off this request's notifications\n\nThis is shared with ${o.customer}.\n\nAWS Certification Help Center, powered by Jira Service Management, sent you this message.`;
  return `${ja ? '―-―-―-―' : '—-—-—-—'}\n\n${ja ? 'この行より上に返信を入力してください。' : 'Reply above this line.'}\n\n${verb}\n\n${o.body}\n\n${o.key}${o.caseLine ? (ja ? ' ・ ' : ' · ') + o.caseLine : ''}\n\n${foot}`;
}

/** HubSpot-like ticket reply: body, ticket line, then the quoted previous message */
export function hs(o: { body: string; ticketLine: string; quoteHdr?: string; quoted?: string }): string {
  const q = o.quoteHdr && o.quoted ? `\n\n${o.quoteHdr}\n${quote(o.quoted)}` : '';
  return `${o.body}\n\n${o.ticketLine}${q}`;
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- the customers' own requests, as they appear reprinted in threads
export const REQ_KENJI = `AWS認定のアカウントが2つあるので、1つにまとめていただけないでしょうか。
残す方: ${KENJI.keep} (${KENJI.keepId})
まとめる方: ${KENJI.src} (${KENJI.srcId})
前の会社を辞めたので、会社のアドレスはもうすぐ使えなくなります。`;

export const REQ_YUI = `はじめまして、田中と申します。
旧職場のアドレスで受験した SAA と、個人アドレスで受験した DVA が別々のアカウントに分かれています。
個人側 (${YUI.keep}) に寄せていただけると助かります。`;

export const REQ_MAKOTO = `大学のメールで作った認定アカウントと、今のアカウントを統合したいです。
候補者ID ${MAKOTO.srcId} → ${MAKOTO.keepId}
宜しくお願いします`;

export const REQ_AYA = `いつもお世話になっております。中村です。
パートナー企業経由で登録したアカウント (${AYA.src}) の資格を、個人アカウント ${AYA.keep} に移していただきたく、ご連絡しました。`;

export const REQ_SAM = `Hi team, I ended up with two certification profiles (one from a contracting gig). Could you fold ${SAM.src} into ${SAM.keep}? Candidate IDs ${SAM.srcId} and ${SAM.keepId}. Cheers, Sam`;

export const REQ_LENA = `Hello, my Cloud Practitioner is on ${LENA.src} (agency account) and my Solutions Architect on ${LENA.keep}. I'd like a single profile under the second address, please.
Lena Fischer`;

export const REQ_DIEGO = `Good morning. Please combine my AWS Certification accounts: keep ${DIEGO.keep} (${DIEGO.keepId}), retire ${DIEGO.src} (${DIEGO.srcId}). Thanks in advance, Diego`;
