// Shared people, senders and quoting helpers for set "an" (translation in every direction).
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_SUB = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const SKILL = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas of set "an": both addresses of each are the user's own
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'kenichi.nakamura@example.net', src: 'k-nakamura@corp-a.example.co.jp', keepId: 'AWS40915526', srcId: 'AWS73302841' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kbys@example.jp', src: 'kobayashi.m@oldco.example.co.jp', keepId: 'AWS21688034', srcId: 'AWS90517262' };
export const SHO = { ja: '渡辺 翔', en: 'Sho Watanabe', keep: 'sho.w@example.org', src: 'watanabe.sho@partner.example.co.jp', keepId: 'AWS58820417', srcId: 'AWS36641098' };
export const YUMI = { ja: '伊藤 由美', en: 'Yumi Ito', keep: 'yumi.ito.home@example.com', src: 'y.ito@univ.example.ac.jp', keepId: 'AWS11920673', srcId: 'AWS67043315' };
export const DAN = { ja: 'オカフォー ダニエル', en: 'Daniel Okafor', keep: 'd.okafor@example.net', src: 'daniel.okafor@formerco.example', keepId: 'AWS84412950', srcId: 'AWS29075583' };
export const LIN = { ja: '林 偉', en: 'Lin Wei', keep: 'linwei.jp@example.com', src: 'wei.lin@bigsi.example.co.jp', keepId: 'AWS45569012', srcId: 'AWS03318846' };

export const CASE = {
  ken: '1775519023',
  ken2: '17760448213',
  misaki: '178230917745',
  misakiDup: '1782311005',
  sho: '1779904128361',
  yumi: '17848822017',
  dan: '1786630442',
  lin: '178801556290',
  lin2: '1789120364',
  refund: '1781234098',
  exam: '17790012457',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginalJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date} ${who} <${addr}> wrote:`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq1W._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// the customers' original requests, quoted in later replies
export const KEN_REQ_EN = `Dear AWS Training and Certification team,

I want to merge two AWS Certification account into one.
Keep: ${KEN.keepId} / ${KEN.keep}
Merge from: ${KEN.srcId} / ${KEN.src}
Because I will leave my company end of this month, I want to keep the private one.

Best regards,
Kenichi Nakamura`;

export const MISAKI_REQ_JA = `AWS トレーニングと認定 ご担当者様

認定アカウントが2つに分かれてしまったため、統合をお願いしたくご連絡しました。
残すアカウント：${MISAKI.keep}（${MISAKI.keepId}）
統合するアカウント：${MISAKI.src}（${MISAKI.srcId}）

小林 美咲`;

export const SHO_REQ_EN_DEEPL = `Hello.
I am Sho Watanabe. I have 2 AWS certification accounts. One is made by company mail address (${SHO.src}), and another is my private (${SHO.keep}).
I would like you to integrate them to the private one.
Thank you in advance.

(原文)
お世話になります。渡辺と申します。
会社のメールアドレスと個人のメールアドレスで、認定アカウントが2つあります。
個人の方に統合していただけますでしょうか。`;

export const YUMI_REQ_JA = `大学のメールアドレスで受験した認定と、自宅のアドレスで受験した認定を一つにまとめたいです。
大学: ${YUMI.src} / 自宅: ${YUMI.keep}
卒業すると大学のアドレスが使えなくなるため、自宅の方に寄せていただけると助かります。`;

export const DAN_REQ_EN = `Hi, I have two certification accounts (${DAN.keep} and ${DAN.src}). Please merge them into ${DAN.keep}. Candidate IDs are ${DAN.keepId} and ${DAN.srcId}. I can read Japanese a little, but English is easier for me. Thanks! Daniel`;

export const LIN_REQ_EN = `To whom it may concern,

I am Lin Wei, working in Japan. My certification were separated to two account because I changed company.
Old one: ${LIN.src} (${LIN.srcId})
New one (want to keep): ${LIN.keep} (${LIN.keepId})
Please kindly merge the old one into new one.

Regards,
Lin`;
