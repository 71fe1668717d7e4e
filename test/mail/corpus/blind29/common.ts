// Set ab (unmeasured): people, cases, quoting shapes and the quoted history that
// many messages carry. The voice of this set is "what is quoted versus what is new".
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura.home@example.net', src: 'kenichi.nakamura@ryokuden.example.co.jp', keepId: 'AWS40718265', srcId: 'AWS93051527', co: '緑電システムズ株式会社' };
export const MIS = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kb@example.ne.jp', src: 'm-kobayashi@aozora-sys.example.jp', keepId: 'AWS27380914', srcId: 'AWS66142058', co: 'あおぞらシステム' };
export const DAI = { ja: '藤井 大輔', en: 'Daisuke Fujii', keep: 'd.fujii@mailbox.example.org', src: 'fujii.daisuke@kumo-partner.example.co.jp', keepId: 'AWS51803377', srcId: 'AWS08264190', co: 'クモパートナーズ' };
export const ETH = { name: 'Ethan Brooks', keep: 'ethan.brooks@example.info', src: 'ebrooks@northwind-cloud.example.com', keepId: 'AWS74029531', srcId: 'AWS30588142', co: 'Northwind Cloud Ltd' };
export const SOF = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@polar-analytics.example.com', keepId: 'AWS62947105', srcId: 'AWS15573896', co: 'Polar Analytics AB' };
export const RAH = { name: 'Rahul Mehta', keep: 'rahul.mehta@example.co.in', src: 'rmehta@finlogic.example.net', keepId: 'AWS88312650', srcId: 'AWS47190336', co: 'FinLogic Services' };

export const who = (p: { ja?: string; en?: string; name?: string }, addr: string, lang: 'ja' | 'en' = 'ja'): string =>
  `${lang === 'ja' ? (p.ja ?? p.name) : (p.en ?? p.name)} <${addr}>`;

export const C = {
  ken: '1781946302',
  kenDup: '1781950077',
  mis: '176583920471',
  dai: '1793315508624',
  eth: '17902211834',
  ethOld: '1749920318',
  sof: '1758830094',
  rah: '179500283716',
  misB: '1802266390',
} as const;

export const d = rfcDate;

/** "> " quoting; nested quotes get another ">" */
export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- quote headers in the shapes real mailers write
export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when} ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const origMsg = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfHist = (from: string, sent: string, to: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfHistJa = (from: string, sent: string, to: string, subject: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const fwdEn = (from: string, date: string, subject: string, to: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;
export const fwdJa = (from: string, date: string, subject: string, to: string): string =>
  `-------- 転送メッセージ --------\n差出人: ${from}\n日時: ${date}\n件名: ${subject}\n宛先: ${to}`;
export const sfRef = (seed: string): string => `ref:_00DJ1kQ3x._5004x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  `\n</body></html>`;
/** an HTML reply whose history sits in a Gmail-style quote block */
export const htmlGmail = (fresh: string, header: string, quoted: string): string =>
  `<html><body>\n<div dir="ltr">${esc(fresh).replace(/\n/g, '<br>\n')}</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(header)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${esc(quoted).replace(/\n/g, '<br>\n')}</blockquote></div>\n</body></html>`;
/** an HTML reply with an Outlook divRplyFwdMsg history block */
export const htmlOutlook = (fresh: string, hdr: string, quoted: string): string =>
  `<html><body>\n<div>${esc(fresh).replace(/\n/g, '<br>\n')}</div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">${esc(hdr).replace(/\n/g, '<br>\n')}</div>\n<div>${esc(quoted).replace(/\n/g, '<br>\n')}</div>\n</body></html>`;

export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'from' | 'auth'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'from' | 'auth'>>;
/** defaults: from support, authenticated, for the user, no trap */
export const M = (p: Draft): Msg => ({ trusted: true, forUser: true, caseId: null, trap: false, from: SUPPORT, auth: 'pass', ...p });

// ---------------------------------------------------------------------------
// quoted history reused inside messages (earlier mail of each case)

export const KEN_REQ = `AWS 認定アカウントが 2 つに分かれてしまったため、ひとつにまとめていただきたく連絡しました。
残す方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
氏名: 中村 健一
会社: ${KEN.co}`;

export const KEN_CONF_JA = `中村 様

AWS トレーニングと認定カスタマーサポートの大島です。
ご依頼の件、下記 2 つのアカウントを統合いたします。

  統合先 (残るアカウント): ${KEN.keepId} ${KEN.keep}
  統合元 (消えるアカウント): ${KEN.srcId} ${KEN.src}

統合後は元に戻すことができません。上記の内容でよろしければ、本メールへの返信でお知らせいただけますでしょうか。`;

export const KEN_CONSENT = `大島様

ご連絡ありがとうございます。
上記の内容で統合に同意します。どうぞよろしくお願いいたします。

中村`;

export const MIS_REQ = `はじめまして、小林と申します。
前の職場 (${MIS.co}) で取った認定と、個人で取った認定が別々のアカウントにあります。
個人の ${MIS.keep} のほうに寄せたいです。
候補者ID ${MIS.keepId} (個人) / ${MIS.srcId} (旧職場)`;

export const MIS_INFO_JA = `小林様

お問い合わせいただきありがとうございます。担当の石田でございます。
統合の手続きを進めるにあたり、以下をお知らせください。
1. 両アカウントのログインに使っているメールアドレス
2. 旧アカウントで取得済みの認定名と取得年月
3. お手元に残したいアカウントがどちらか`;

export const MIS_ANS = `石田様
1. ${MIS.keep} と ${MIS.src} です
2. AWS Certified Solutions Architect - Associate (2023年6月)、AWS Certified Developer - Associate (2024年2月)
3. ${MIS.keep} を残したいです`;

export const DAI_CONF_JA = `藤井様

いつもお世話になっております。AWS Training and Certification サポートの三浦です。
${DAI.srcId} を ${DAI.keepId} へ統合する準備が整いました。
この操作は取り消しができませんので、実行してよいかご確認のうえ、ご返信ください。`;

export const DAI_CONSENT = `三浦様
お世話になっております。藤井です。
内容を確認しました。統合に同意します。実施をお願いします。`;

export const ETH_REQ = `Hi team,
I ended up with two certification profiles: ${ETH.keepId} (${ETH.keep}) which I want to keep,
and ${ETH.srcId} (${ETH.src}) from my previous employer ${ETH.co}.
Could you fold the second into the first?
Ethan Brooks`;

export const ETH_CONF_EN = `Hello Ethan,

This is Marisol with AWS Training and Certification Customer Support.
We are ready to merge candidate ID ${ETH.srcId} into ${ETH.keepId}. Please note that a merge is permanent and cannot be reversed.
Kindly reply to this email to let us know you agree to proceed.`;

export const ETH_CONSENT = `Hi Marisol,
Yes - I confirm the merge. Please go ahead and merge ${ETH.srcId} into ${ETH.keepId}.
Thanks,
Ethan`;

export const SOF_INFO_EN = `Hi Sofia,

Thanks for reaching out. Before we can look at combining the profiles we'll need a few things:
- the candidate ID of each account
- the login email of each account
- which one should remain active`;

export const SOF_ANS = `Hi,
Keep: ${SOF.keepId} / ${SOF.keep}
Old: ${SOF.srcId} / ${SOF.src}
The one to keep is the personal (example.se) one.
Sofia`;

export const RAH_CONF_EN = `Dear Rahul,

Thank you for your patience. To complete your request, we need your explicit consent:
Account to be retained: ${RAH.keepId} (${RAH.keep})
Account to be merged and deactivated: ${RAH.srcId} (${RAH.src})
Once merged, the accounts cannot be separated again. Please reply with your approval.`;

export const RAH_CONSENT = `Hello,
I approve. I confirm the merge of ${RAH.srcId} into ${RAH.keepId}. My badges and vouchers should move too.
Regards, Rahul`;
