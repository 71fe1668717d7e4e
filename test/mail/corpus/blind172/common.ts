// fo set: people, senders, case IDs and quoting helpers (written for this set).
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const TC = 'AWS Training & Certification <no-reply@aws.training>';
export const CERT = 'AWS Certification <certification-notices@email.aws.training>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const CREDLY_NOTIFY = 'Credly Notifications <notifications@email.credly.com>';
export const CREDLY_SUPPORT = 'Credly Support <support@credly.com>';

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (their addresses are in lib.ts USER_ADDRS)
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.net', src: 'k.watanabe@sier.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS82290154' };
export const YUI = { ja: '中村 結衣', en: 'Yui Nakamura', keep: 'yui.nakamura@example.jp', src: 'nakamura.yui@oldfirm.example.co.jp', keepId: 'AWS51937026', srcId: 'AWS27740918' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const SOFIA = { en: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'sofia.rossi@consult.example.com', keepId: 'AWS66012384', srcId: 'AWS30558217' };
export const DANIEL = { en: 'Daniel Okafor', keep: 'daniel.okafor@example.org', src: 'dokafor@lab.example.ac.uk', keepId: 'AWS74420915', srcId: 'AWS19903346' };
export const MEI = { en: 'Mei Lin', keep: 'mei.lin.dev@example.com', src: 'meilin@startup.example.io', keepId: 'AWS88150372', srcId: 'AWS45067719' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };

// ---- support case IDs (10–13 digits), fresh for this set
export const CASE = {
  kenji: '1783349102',
  kenjiB: '178335520147',
  yui: '17840021958',
  taro: '1786655301',
  hanako: '178701938844',
  hanakoDup: '1787019411',
  sofia: '1788123409',
  daniel: '17890456612',
  mei: '1791102338',
  alex: '179233401776',
  priya: '1793350087',
  otherSub: '1794412205',
  otherExam: '17950033146',
  otherVoucher: '1796620418',
} as const;

// ---- dates
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
/** '2026-03-02 14:05' → '2026年3月2日(月) 14:05' */
export const jaDate = (s: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(s);
  if (!mm) throw new Error(`bad ja date ${s}`);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return `${y}年${mo}月${d}日(${WD_JA[wd]}) ${mm[4]}`;
};
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** '2026-03-02 14:05' → 'Mon, Mar 2, 2026 at 2:05 PM' */
export const enDate = (s: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(s);
  if (!mm) throw new Error(`bad en date ${s}`);
  const [y, mo, d, h] = [Number(mm[1]), Number(mm[2]), Number(mm[3]), Number(mm[4])];
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${WD_EN[wd]}, ${MON_EN[mo - 1]} ${d}, ${y} at ${h12}:${mm[5]} ${h < 12 ? 'AM' : 'PM'}`;
};
export const D = (local: string, tz = '+0900'): string => rfcDate(local, tz);

// ---- quoting
export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${jaDate(when)} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${enDate(when)} ${who} wrote:\n${q(body)}`;
export const outlookJa = (from: string, when: string, to: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${jaDate(when)}\n宛先: ${to}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, when: string, to: string, subj: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${enDate(when).replace(' at', '')}\nTo: ${to}\nSubject: ${subj}\n\n${body}`;
export const sfQuote = (from: string, when: string, subj: string, body: string): string =>
  `-------- Original Message --------\nFrom: ${from}\nSent: ${when}\nSubject: ${subj}\n${body}`;
export const sfQuoteJa = (from: string, when: string, subj: string, body: string): string =>
  `------------ 元のメッセージ ------------\n送信元: ${from}\n送信日時: ${when}\n件名: ${subj}\n${body}`;
export const fwdEn = (from: string, when: string, subj: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${enDate(when)}\nSubject: ${subj}\nTo: ${to}\n\n${body}`;
export const fwdJa = (from: string, when: string, subj: string, to: string, body: string): string =>
  `---------- 転送メッセージ ----------\nFrom: ${from}\nDate: ${jaDate(when)}\nSubject: ${subj}\nTo: ${to}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** A Credly-style badge card in HTML (table layout, button link). */
export const credlyCard = (o: { title: string; lead: string; badge: string; issuer: string; button: string; foot: string; url: string }): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(o.title)}</title></head>
<body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px;font-size:20px;color:#222">${esc(o.title)}</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;color:#444">${esc(o.lead).replace(/\n/g, '<br>')}</td></tr>
<tr><td align="center" style="padding:8px 32px"><strong>${esc(o.badge)}</strong><br><span style="color:#777">${esc(o.issuer)}</span></td></tr>
<tr><td align="center" style="padding:16px"><a href="${o.url}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">${esc(o.button)}</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999">${esc(o.foot).replace(/\n/g, '<br>')}</td></tr>
</table></td></tr></table>
</body></html>`;

/** defaults for a message: delivered, not a trap, passes authentication, CRLF */
export const mk = (o: Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>): Msg => ({
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  auth: 'pass',
  ...o,
});
