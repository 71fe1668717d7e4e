// Set aj: people, case IDs, signatures, footers and quote headers shared by msgs-ja.ts / msgs-en.ts.
// Voice of this set: short mail. Most new text is one or two lines; the rest is signature,
// footer and quoted history.
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectFirst = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.net', src: 'm.nakamura@aozora-sys.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS92650417' };
export const KENICHI = { ja: '小林 健一', en: 'Kenichi Kobayashi', keep: 'k.kobayashi.home@example.ne.jp', src: 'kobayashi-k@hikari-net.example.jp', keepId: 'AWS57302981', srcId: 'AWS13874025' };
export const SAKURA = { ja: '伊藤 さくら', en: 'Sakura Ito', keep: 'sakura.ito88@example.jp', src: 's-ito@univ-mirai.example.ac.jp', keepId: 'AWS68841290', srcId: 'AWS30176654' };
export const SHO = { ja: '渡辺 翔', en: 'Sho Watanabe', keep: 'sho.watanabe@example.com', src: 'watanabe.sho@kumo-tech.example.co.jp', keepId: 'AWS24590318', srcId: 'AWS81106742' };
export const HINA = { ja: '松本 陽菜', en: 'Hina Matsumoto', keep: 'hina.m@example.co.jp', src: 'matsumoto.hina@old-trading.example.com', keepId: 'AWS77013526', srcId: 'AWS45829160' };
export const LIAM = { name: "Liam O'Connor", keep: 'liam.oconnor@example.ie', src: 'liam.oconnor@contractco.example.com', keepId: 'AWS36620847', srcId: 'AWS70958213' };
export const CHEN = { name: 'Chen Wei', keep: 'chen.wei@example.sg', src: 'wchen@harbourbank.example.sg', keepId: 'AWS19472603', srcId: 'AWS64307758' };
export const FATIMA = { name: 'Fatima Haddad', keep: 'fatima.haddad@example.fr', src: 'f.haddad@ecole.example.edu', keepId: 'AWS83155092', srcId: 'AWS28764419' };

// support case IDs (10–13 digits), invented for this set
export const CASE = {
  misaki: '17830045129',
  misakiDup: '17830046602',
  kenichi: '1752093318640',
  kenichiExam: '1752087764103',
  sakura: '178412096533',
  sho: '1771809924',
  shoRefund: '1771855302',
  hina: '17640922871',
  liam: '17993150487',
  liamBilling: '17994420316',
  chen: '1765502281934',
  fatima: '179120733860',
  fatimaDup: '179120734121',
  forged1: '17845502113',
  forged2: '1790066127',
} as const;
export const ALL_CASE_IDS: string[] = Object.values(CASE);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- quote headers in the styles real mailers write
export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date} ${who} <${addr}> wrote:`;
export const iosJa = (date: string, who: string, addr: string): string => `${date}、${who} <${addr}>のメール:`;
export const iosEn = (date: string, who: string, addr: string): string => `On ${date}, ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginalJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `[ ref:!00Dq0Kc8R.!500${seed}:ref ]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// ---- signatures and footers (many variants, because many agents write)
export const SIG_JA = {
  plain: (n: string): string => `AWS トレーニングと認定 カスタマーサポート\n${n}`,
  team: (n: string): string => `${n}\nAWS Training & Certification サポートチーム`,
  rule: (n: string): string => `────────────────\nAmazon Web Services\nトレーニングと認定 サポート窓口\n担当: ${n}`,
  dash: (n: string): string => `--\n${n} / AWS T&C Customer Service`,
};
export const FOOT_JA = `※本メールに直接ご返信いただくと、内容はケースに記録されます。
※件名の [CASE 番号] は変更せずにご返信ください。`;
export const FOOT_JA_NOREPLY = `このメールは送信専用のアドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。`;
export const SIG_EN = {
  plain: (n: string): string => `Regards,\n${n}\nAWS Training and Certification Customer Service`,
  short: (n: string): string => `Thanks,\n${n}`,
  team: (n: string): string => `Best,\n${n} | AWS T&C Support`,
  formal: (n: string): string => `Kind regards,\n\n${n}\nCustomer Service Associate\nAWS Training & Certification`,
};
export const FOOT_EN = `Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. This message and any attachments are intended only for the addressee and may contain confidential information. If you received it in error, please delete it and let us know.`;
export const FOOT_EN_NOREPLY = `This is an automated message sent from an address that cannot accept incoming e-mail. Please do not reply.`;

export const MOBILE = {
  iphoneJa: 'iPhoneから送信',
  androidJa: 'Android の Gmail から送信',
  outlookJa: 'Outlook for iOS を入手',
  iphoneEn: 'Sent from my iPhone',
  androidEn: 'Sent from my Galaxy',
  outlookEn: 'Get Outlook for Android',
};
