// People, senders and quoting helpers for unmeasured set u (all invented for this set).
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CERT_PORTAL = 'AWS Certification <aws-certification-noreply@aws.training>';
export const SKILLB = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const AWS_EVENTS = 'AWS Events <aws-events-noreply@aws.amazon.com>';
export const AWS_JP_MKT = 'アマゾン ウェブ サービス ジャパン <aws-jp-marketing@aws.amazon.com>';
export const credly = (issuer: string): string => `${issuer} via Credly <admin@credly.com>`;
export const CREDLY_AWS = credly('Amazon Web Services Training and Certification');
export const CREDLY_SELF = 'Credly <no-reply@credly.com>';
export const PEARSON = 'Pearson VUE <pearsonvueconfirmation@pearson.com>';
export const PSI = 'PSI Services <no-reply@psiexams.com>';
export const subj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENGO = { ja: '森本 健吾', en: 'Kengo Morimoto', keep: 'kengo.morimoto@kumo-mail.example.jp', src: 'k.morimoto@shiokaze-sys.example.co.jp', keepId: 'AWS30917745', srcId: 'AWS81560293' };
export const AYA = { ja: '野々村 彩', en: 'Aya Nonomura', keep: 'aya.nono@home-net.example.jp', src: 'a-nonomura@kumoiri-tech.example.co.jp', work: 'aya.nonomura@sakura-dx.example.co.jp', keepId: 'AWS57702418', srcId: 'AWS24469031' };
export const SHUN = { ja: '石田 俊介', en: 'Shunsuke Ishida', keep: 's.ishida1988@freemail.example.com', src: 'ishida.shunsuke@hinode-ds.example.co.jp', keepId: 'AWS66183027', srcId: 'AWS09274416' };
export const DECLAN = { name: 'Declan Murphy', keep: 'declan.murphy@inbox.example.ie', src: 'dmurphy@brightgate.example.com', keepId: 'AWS45590318', srcId: 'AWS73018842' };
export const ANANYA = { name: 'Ananya Rao', keep: 'ananya.rao@mailhub.example.in', src: 'ananya.r@tesseralabs.example', keepId: 'AWS12876650', srcId: 'AWS90341127' };
export const TOMAS = { name: 'Tomas Novak', keep: 'tomas.novak@posta.example.cz', src: 'tnovak@univ-brno.example.edu', keepId: 'AWS38815064', srcId: 'AWS52207719' };

export const ID = {
  kengo: '1781294450',
  kengoDup: '1781296117',
  aya: '178403318526',
  shun: '1779650032187',
  declan: '17856120094',
  ananya: '1788047715302',
  tomas: '1783390021',
  ayaBilling: '178600154877',
  declanQuota: '17869002231',
  shunTax: '1790512260',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail attribution line */
export const gmailJa = (when: string, who: string, addr: string): string => `${when} ${who} <${addr}>:`;
export const gmailEn = (when: string, who: string, addr: string): string => `On ${when} ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const origMsg = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** Salesforce-style block that support's ticket system puts under replies */
export const sfBlock = (from: string, sent: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}`;
/** the same ticket-system block as rendered for Japanese-language cases */
export const sfBlockJa = (from: string, sent: string, subject: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n件名: ${subject}`;
export const sfRef = (seed: string): string => `ref:_00Dk7Hq2W._500${seed}:ref`;
export const fwdJa = (from: string, date: string, subject: string, to: string): string =>
  `---------- Forwarded message ---------\n差出人: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (body: string, cs = 'utf-8'): string =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${cs}"></head><body style="margin:0;font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#232f3e">\n${body}\n</body></html>`;
