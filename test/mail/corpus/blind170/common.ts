// fm set: people, case IDs, quote shapes and signatures. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (addresses are in lib.ts USER_ADDRS)
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@work.example.co.jp', keepId: 'AWS40917723', srcId: 'AWS71300458' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.com', src: 'tanaka-y@formerco.example.jp', keepId: 'AWS22084619', srcId: 'AWS90051372' };
export const RYO = { ja: '石川 亮', en: 'Ryo Ishikawa', keep: 'ryo.ishikawa@example.ne.jp', src: 'ishikawa@partner.example.co.jp', keepId: 'AWS65530917', srcId: 'AWS38842260' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 's.okafor@corp.example.org', keepId: 'AWS58120094', srcId: 'AWS13370825' };
export const LENA = { name: 'Lena Vogel', keep: 'lena.vogel@example.de', src: 'l.vogel@uni.example.edu', keepId: 'AWS84402716', srcId: 'AWS29915083' };
export const DIEGO = { name: 'Diego Ruiz', keep: 'diego.ruiz@example.mx', src: 'druiz@consultora.example.com', keepId: 'AWS47761302', srcId: 'AWS60218845' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// case IDs (10-13 digits); one main case per persona plus side cases
export const C = {
  kenji: '1771093385',
  kenjiDup: '1771094027',
  yui: '17796620418',
  ryo: '178034417726',
  taro: '1783361920045',
  hanako: '1768820371',
  sam: '1775509218836',
  samDup: '1775511040',
  lena: '17740028193',
  diego: '177922061540',
  alex: '1781177450',
  // side cases (not the merge)
  refund: '1786004417',
  exam: '17870921553',
  voucher: '1790358812',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// quote headers of several mailers
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, toV: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toV}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toV: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toV}\nSubject: ${subj}\n\n${body}`;
export const sfOrig = (from: string, sent: string, toV: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toV}\nSubject: ${subj}\n\n${body}`;
export const fwdJa = (from: string, date: string, subj: string, toV: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toV}\n\n${body}`;
export const fwdEn = (from: string, date: string, subj: string, toV: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toV}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500Vs${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:13px">\n${inner}\n</body></html>`;

// signatures: longer than most of the messages they close
export const sigJa = (who: string, v: number): string =>
  [
    `--\n${who}\nAWS トレーニングと認定 カスタマーサービス\nアマゾン ウェブ サービス ジャパン合同会社\n本メールへの返信で本ケースを継続できます。\n同一内容での新規ケース作成はお控えください(対応が遅れる原因となります)。\n本メールには機密情報が含まれる場合があります。誤って受信された場合は破棄をお願いします。`,
    `━━━━━━━━━━━━━━━━━━━━\nAWS Training and Certification\nカスタマーサポート 担当:${who}\n受付時間 平日 9:00-18:00(日本時間)\n※このメールに直接返信してください。件名の [CASE 番号] は変更しないでください。\n━━━━━━━━━━━━━━━━━━━━`,
    `${who}@AWS T&C サポート\n--------------------------------\nAmazon Web Services, Inc.\n410 Terry Avenue North, Seattle, WA 98109-5210\nこのメッセージは Amazon Web Services, Inc. により作成・配信されています。\nケース継続: 本メールに返信 / 新規ケース: サポートセンターから\n--------------------------------`,
    `以上\n${who}\n\n----\nAWS トレーニングと認定 サポートチーム\n今回の対応はいかがでしたか? 評価にご協力ください(所要1分)。\n個人情報の取り扱いについては AWS プライバシー通知をご覧ください。\nAmazon Web Services, Inc. は Amazon.com, Inc. の子会社です。`,
  ][v % 4] as string;

export const sigEn = (who: string, v: number): string =>
  [
    `--\n${who}\nAWS Training and Certification | Customer Support\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\nTo continue this case, reply to this message. Opening a new case for the same request delays the answer.`,
    `Regards,\n${who}\nT&C Support, AWS\n\n---\nHow did we do? Rate this reply: 1 2 3 4 5\nThis e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.\nPrivacy: aws.amazon.com/privacy`,
    `- ${who}, AWS Certification Support\n________________________________\nAmazon Web Services | Training and Certification\nHours: Mon-Fri, 24h follow-the-sun\nKeep the [CASE ...] tag in the subject when you reply.\nAttachments over 5 MB cannot be received.\n________________________________`,
    `${who}\n(sent from the support queue)\n\nAmazon Web Services, Inc.\nThis is a service message about your support case. You cannot unsubscribe from service messages.\nAmazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.`,
  ][v % 4] as string;

export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'auth' | 'enc' | 'from'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'auth' | 'enc' | 'from'>>;

/** fill the defaults; every non-default label is written out in the message itself */
export const mk = (x: Draft): Msg => ({
  from: SUPPORT,
  auth: 'pass',
  enc: x.lang === 'ja' ? 'jis7' : 'ascii7',
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  ...x,
});
