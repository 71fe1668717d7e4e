// Set aa: people, addresses and the enterprise mail-system decorations (banners,
// rewritten links, footers, quote headers) shared by msgs-ja.ts and msgs-en.ts.
import { hash, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (the user's addresses are listed in lib.ts USER_ADDRS)
export const KEN = {
  ja: '高橋 健一', en: 'Kenichi Takahashi', co: '大和精機株式会社', coEn: 'Daiwa Seiki Co., Ltd.',
  work: 'k-takahashi@daiwa-seiki.example.co.jp', home: 'kenichi.t@example.ne.jp',
  keepId: 'AWS38815720', srcId: 'AWS70261194',
};
export const YUMI = {
  ja: '松本 由美', en: 'Yumi Matsumoto', co: 'かすみフィナンシャルグループ', coEn: 'Kasumi Financial Group',
  work: 'y.matsumoto@kasumi-fg.example.jp', old: 'matsumoto.yumi@kasumi-sec.example.jp', shared: 'cloud-skills@kasumi-fg.example.jp',
  keepId: 'AWS52940087', srcId: 'AWS14478306',
};
export const KIMURA = { ja: '木村 彩', addr: 'a.kimura@kasumi-fg.example.jp' }; // Yumi's assistant (not the user)
export const SHO = {
  ja: '伊藤 翔', en: 'Sho Ito', co: '日東システムソリューションズ株式会社', coEn: 'Nitto System Solutions',
  work: 'sho.ito@nitto-ss.example.co.jp', home: 'sho.ito.home@example.jp',
  keepId: 'AWS61027743', srcId: 'AWS29350618',
};
export const NAKAMURA = { ja: '中村 直樹', addr: 'n.nakamura@daiwa-seiki.example.co.jp' }; // Ken's team lead (not the user)
export const DAN = {
  name: 'Daniel Okafor', co: 'Brightwater Insurance', work: 'daniel.okafor@brightwater-ins.example.com',
  old: 'dokafor@legacy.brightwater-ins.example.com', keepId: 'AWS83310254', srcId: 'AWS40968172',
};
export const MEGAN = { name: 'Megan Lee', addr: 'megan.lee@brightwater-ins.example.com' }; // Dan's executive assistant
export const MARK = {
  name: 'Mark Hoffman', co: 'Sanwa Trading (Tokyo office)', work: 'mark.hoffman@sanwa-trading.example.co.jp',
  home: 'mhoffman.dev@example.net', keepId: 'AWS27754391', srcId: 'AWS95102836',
};

export const CASE = {
  ken: '1783306421957',
  kenDup: '1783309950',
  yumi: '178540126634',
  yumiBadge: '1795520318874',
  sho: '17920483116',
  sho2: '1790877263045',
  dan: '1786612039',
  mark: '17873340582',
} as const;

export const ALL_CASE_IDS: string[] = Object.values(CASE);

// ---- enterprise mail-system decorations -------------------------------------------------

const b64ish = (seed: string, n: number): string => {
  const al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let h = hash(seed);
  let o = '';
  for (let i = 0; i < n; i++) {
    h = (Math.imul(h ^ (h >>> 13), 0x5bd1e995) + i) >>> 0;
    o += al[h % al.length];
  }
  return o;
};

/** Microsoft Defender Safe Links rewrite */
export const safelink = (url: string, rcpt: string, region = 'apc01'): string =>
  `https://${region}.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7C${encodeURIComponent(rcpt)}%7C${b64ish(url + rcpt, 20)}%7C${b64ish(rcpt, 8)}%7C0%7C0%7C6386${hash(url) % 100000000}%7CUnknown&sdata=${b64ish(url + 's', 43)}%3D&reserved=0`;

/** Proofpoint URL Defense v3 rewrite */
export const urldefense = (url: string): string => `https://urldefense.com/v3/__${url}__;!!${b64ish(url + 'k', 8)}!${b64ish(url + 'v', 48)}$`;

export const tagEn = (s: string): string => `[EXTERNAL] ${s}`;
export const tagJa = (s: string): string => `【外部メール】${s}`;

export const BANNER_EN = [
  'CAUTION: This email came from outside Brightwater. Do not click links or open attachments unless you know the sender and expected the message.',
  '*** EXTERNAL EMAIL *** Think before you click. Report anything suspicious with the Report Phish button.',
  '[This message originated outside Sanwa Trading. Verify the sender before acting on any request.]',
];
export const BANNER_JA = [
  '【注意】このメールは社外から送信されています。差出人とリンク先を確かめてから開いてください。',
  '■■ 社外からのメールです ■■ 心当たりのない添付ファイル・URLは開かず、情報セキュリティ推進室へ転送してください。',
  '※本メールは外部ドメインから受信しました。パスワード等の入力を求めるリンクには十分ご注意ください。',
  '[外部] 差出人のアドレスが普段のやり取りと同じか、必ずご確認ください。',
];

export const FOOT_AWS_EN = `Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;
export const FOOT_AWS_JA = `本メールはアマゾン ウェブ サービス ジャパン合同会社のサポートチームよりお送りしています。本メールへの返信はケースに記録されます。`;

export const DISC_BI = `────────────────────────
この電子メールには機密情報が含まれている場合があります。宛先に誤りがある場合は、お手数ですが送信者へご連絡のうえ本メールを削除してください。
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
────────────────────────`;
export const DISC_KASUMI = `[情報区分: 社外秘 / Classification: Confidential]
かすみフィナンシャルグループは、本メールの内容について送受信時の安全性を保証するものではありません。
Kasumi Financial Group does not guarantee the security of this message in transit.`;
export const DISC_BW = `Brightwater Insurance | CONFIDENTIALITY NOTICE: The information in this e-mail is intended only for the named addressee(s). Any review, dissemination or copying by anyone else is prohibited. This message was scanned by Brightwater DLP.`;
export const DLP_TAG_EN = 'Classification: INTERNAL';
export const DLP_TAG_JA = '【区分：社内限り】';

// ---- quote headers ------------------------------------------------------------------------

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Outlook (Japanese UI) header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string, cc?: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ''}件名: ${subject}\n\n${body}`;
/** Outlook (English UI) header block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string, cc?: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}\n\n${body}`;
/** older Outlook -----Original Message----- */
export const olOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Outlook Japanese older style */
export const olOrigJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Gmail Japanese */
export const gmJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** Salesforce block used by the support desk */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `[ref:!00D1a0XyZ.!500Kd${b64ish(seed, 9)}:ref]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** Outlook-ish HTML with an external-sender banner table on top */
export const htmlWithBanner = (banner: string, body: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border="0" cellspacing="0" cellpadding="6" width="100%" style="background:#FFEB9C;border:1px solid #9C6500"><tr><td><span style="color:#9C6500;font-size:9pt">${esc(banner)}</span></td></tr></table>
<div class="WordSection1">
${body}
</div></body></html>`;

/** builder defaults: trusted by default only for the passing auth shapes; check in generate.ts re-derives it from bytes */
export function mk(o: Omit<Msg, 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>): Msg {
  const passing = ['pass', 'dkimonly', 'passArc', 'dkimParent'].includes(o.auth);
  const m = { trusted: passing, forUser: true, trap: false, ...o } as Msg;
  // a us-ascii body under a Japanese tag: the Japanese tenant's gateway writes the subject in ISO-2022-JP
  if (m.enc === 'ascii7' && !m.hdr && /[^\x00-\x7f]/.test(`${m.subject}${m.from}${m.to}${m.cc ?? ''}`)) m.hdr = 'jis';
  return m;
}

// the requests the users sent (quoted in replies)
export const KEN_REQ = `AWS認定アカウントが2つに分かれているため、統合をお願いします。
残すアカウント: ${KEN.keepId} / ${KEN.work}
統合元: ${KEN.srcId} / ${KEN.home}
会社の教育制度で受験したものを社用アカウントに集約したいという事情です。
${KEN.co} 生産技術部 高橋`;
export const YUMI_REQ = `グループ会社への異動に伴い、旧所属(かすみ証券)のアドレスで作成した認定アカウントがございます。
現所属のアカウント(${YUMI.work})へ一本化いただけますでしょうか。
旧: ${YUMI.old} (${YUMI.srcId})
新: ${YUMI.work} (${YUMI.keepId})`;
export const SHO_REQ = `お世話になります。日東システムソリューションズの伊藤です。
個人アドレスと会社アドレスで認定アカウントが重複しているので、会社側(${SHO.work})にまとめてください。
候補者ID: ${SHO.keepId}(会社) / ${SHO.srcId}(個人 ${SHO.home})`;
export const DAN_REQ = `Hello,
After the Brightwater / Lakeshore Mutual integration I ended up with two AWS Certification profiles.
Please fold ${DAN.old} (${DAN.srcId}) into ${DAN.work} (${DAN.keepId}).
Regards,
Daniel Okafor, Cloud Platform Engineering`;
export const MARK_REQ = `Hi team, I passed SAA on a personal account (${MARK.home}, ${MARK.srcId}) before joining Sanwa. Our partner program needs everything on ${MARK.work} (${MARK.keepId}). Could you combine them? Thanks, Mark`;
