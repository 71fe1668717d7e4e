// Shared personas, senders and quoting helpers for unmeasured/r.
// Personas, case IDs and candidate IDs are invented for this set.
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (their addresses are in lib.ts USER_ADDRS)
export const MISAKI = { ja: '渡辺 美咲', en: 'Misaki Watanabe', keep: 'misaki.watanabe@example.jp', src: 'm.watanabe@corp-a.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS81520947' };
export const KEN = { ja: '石川 健', en: 'Ken Ishikawa', keep: 'ken.ishikawa@example.net', src: 'ishikawa.k@sier.example.co.jp', keepId: 'AWS27364091', srcId: 'AWS69013528' };
export const AYA = { ja: '前田 彩', en: 'Aya Maeda', keep: 'aya.maeda@example.com', src: 'maeda-a@univ.example.ac.jp', keepId: 'AWS53092817', srcId: 'AWS14628350' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@consult.example.com', keepId: 'AWS90275146', srcId: 'AWS36481702' };
export const TOMAS = { name: 'Tomás Herrera', ascii: 'Tomas Herrera', keep: 'tomas.herrera@example.com', src: 'therrera@bank.example', keepId: 'AWS62839105', srcId: 'AWS07751394' };

// people who are not the user
export const OKADA = { ja: '岡田 翔', addr: 'okada.sho@corp-a.example.co.jp' };
export const MORI = { ja: '森 由紀', addr: 'y.mori@sier.example.co.jp' };
export const TEAMLIST = 'cloud-cert-team@sier.example.co.jp';

// support case IDs (10-13 digits)
export const CASE = {
  misaki: '17834560291',
  misakiDup: '17834571108',
  ken: '1759023846571',
  ken2: '1761190283746',
  aya: '180244719356',
  sofia: '1786130492',
  sofia2: '17861347720',
  tomas: '1805526381904',
  misakiCorp: '17790012845',
  okada: '17801239945',
} as const;
export const ALL_CASE_IDS: string[] = Object.values(CASE);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by case-management replies */
export const sfQuote = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfThread = (a: string, b: string): string => `[ ref:!00D8c0Rt3.!500${a}${b}:ref ]`;

export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date} ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, title = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif">\n${body}\n</body></html>`;

// the customers' original requests, quoted in later mail
export const MISAKI_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${MISAKI.keepId} / ${MISAKI.keep}
まとめる方: ${MISAKI.srcId} / ${MISAKI.src}
渡辺 美咲`;
export const KEN_REQ = `認定アカウント統合の依頼です。
旧: ${KEN.src} (候補ID ${KEN.srcId})
新: ${KEN.keep} (候補ID ${KEN.keepId})
石川`;
export const AYA_REQ = `大学のアドレスで受験した分を、個人アドレスのアカウント(${AYA.keepId})に移したいです。
大学のアドレスは卒業で使えなくなりました。前田`;
export const SOFIA_REQ = `Hi,
Please merge ${SOFIA.srcId} (${SOFIA.src}) into ${SOFIA.keepId} (${SOFIA.keep}).
Regards, Sofia Lindqvist`;
export const TOMAS_REQ = `Hello - two certification profiles, one from my bank job (${TOMAS.src}), one personal (${TOMAS.keep}, ${TOMAS.keepId}). Keep the personal one please.
Tomas`;
