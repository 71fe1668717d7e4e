// fn set: people, addresses, thread histories and quote shapes.
// Every message of this set is a short new line over a long quoted history;
// the helpers below build that history in the quote style of each mailer.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person { ja: string; en: string; keep: string; src: string; keepId: string; srcId: string }
export const P = {
  kenji: { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.net', src: 'k.watanabe@techcorp.example.co.jp', keepId: 'AWS30571946', srcId: 'AWS81120457' },
  yuki: { ja: '中村 由紀', en: 'Yuki Nakamura', keep: 'yuki.nakamura@example.jp', src: 'y-nakamura@uni.example.ac.jp', keepId: 'AWS44019283', srcId: 'AWS17730562' },
  daisuke: { ja: '伊藤 大輔', en: 'Daisuke Ito', keep: 'd.ito@example.com', src: 'ito.daisuke@sier.example.co.jp', keepId: 'AWS67281104', srcId: 'AWS23904418' },
  aiko: { ja: '田中 愛子', en: 'Aiko Tanaka', keep: 'aiko.t@example.org', src: 'tanaka-a@old.example.jp', keepId: 'AWS90817263', srcId: 'AWS38462017' },
  shota: { ja: '小林 翔太', en: 'Shota Kobayashi', keep: 'shota.k@example.jp', src: 'kobayashi@startup.example.io', keepId: 'AWS52309871', srcId: 'AWS61048825' },
  rina: { ja: '松本 里奈', en: 'Rina Matsumoto', keep: 'rina.matsumoto@example.co.jp', src: 'r-matsumoto@hosp.example.or.jp', keepId: 'AWS71155032', srcId: 'AWS29960148' },
  taro: { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' },
  hanako: { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' },
  emily: { ja: '', en: 'Emily Chen', keep: 'emily.chen@example.com', src: 'echen@consult.example.net', keepId: 'AWS58820371', srcId: 'AWS04417729' },
  lars: { ja: '', en: 'Lars Becker', keep: 'lars.becker@example.de', src: 'l.becker@firma.example.de', keepId: 'AWS83310946', srcId: 'AWS47702258' },
  fatima: { ja: '', en: 'Fatima Rahman', keep: 'fatima.r@example.org', src: 'frahman@college.example.edu', keepId: 'AWS12098834', srcId: 'AWS96650213' },
  tom: { ja: '', en: "Tom O'Brien", keep: 'tom.obrien@example.ie', src: 'tobrien@agency.example.com', keepId: 'AWS35567120', srcId: 'AWS80041396' },
  alex: { ja: '', en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' },
  priya: { ja: '', en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' },
} satisfies Record<string, Person>;

// ---------------------------------------------------------------- dates
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DT { y: number; mo: number; d: number; h: number; mi: number; wd: number }
function dt(at: string): DT {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!m) throw new Error(`bad at ${at}`);
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  return { y: y!, mo: mo!, d: d!, h: h!, mi: mi!, wd: new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const ampm = (t: DT): string => `${((t.h + 11) % 12) + 1}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;

/** RFC 5322 Date for a message sent at `at` (local time), seconds from a seed */
export const mdate = (at: string, tz = '+0900', sec = 17): string => rfcDate(`${at}:${p2(sec % 60)}`, tz);

// ---------------------------------------------------------------- quote shapes
export type QStyle =
  | 'gmailEn' // On Wed, May 6, 2026 at 10:02 AM Name <addr> wrote:  + '>'
  | 'gmailJa' // 2026年5月6日(水) 10:02 Name <addr>:  + '>'
  | 'olEn' // -----Original Message----- From/Sent/To/Subject, unquoted
  | 'olLine' // ____ From/Sent/To/Subject (new Outlook), unquoted
  | 'olJa' // 差出人/送信日時/宛先/件名, unquoted
  | 'jaOrig' // -----Original Message----- with Japanese date, '>' quoted
  | 'sf' // ---------- Original Message ---------- (Salesforce), unquoted
  | 'apple' // On May 6, 2026, at 10:02, Name <addr> wrote:  + '>'
  | 'tbJa' // On 2026/05/06 10:02, Name wrote:  + '>'
  | 'becky' // On Wed, 06 May 2026 10:02 +0900 / Name <addr> wrote:  + '>'
  | 'bare' // just '>' markers
  | 'fwdEn' // ---------- Forwarded message ---------
  | 'fwdJa'; // -------- 転送メッセージ --------

export interface Step {
  key: string;
  who: string;
  addr: string;
  to: string;
  at: string;
  subject: string;
  text: string;
  /** how this step quoted the step before it */
  style: QStyle;
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export function qheader(style: QStyle, s: Step): string {
  const t = dt(s.at);
  const who = s.who ? `${s.who} <${s.addr}>` : s.addr;
  switch (style) {
    case 'gmailEn':
      return `On ${WD_EN[t.wd]}, ${MON[t.mo - 1]} ${t.d}, ${t.y} at ${ampm(t)} ${who} wrote:`;
    case 'gmailJa':
      return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${p2(t.h)}:${p2(t.mi)} ${who}:`;
    case 'olEn':
      return `-----Original Message-----\nFrom: ${who}\nSent: ${WD_EN_LONG[t.wd]}, ${MON_LONG[t.mo - 1]} ${t.d}, ${t.y} ${ampm(t)}\nTo: ${s.to}\nSubject: ${s.subject}`;
    case 'olLine':
      return `________________________________\nFrom: ${who}\nSent: ${WD_EN_LONG[t.wd]}, ${MON_LONG[t.mo - 1]} ${t.d}, ${t.y} ${ampm(t)}\nTo: ${s.to}\nSubject: ${s.subject}`;
    case 'olJa':
      return `差出人: ${who}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${WD_JA[t.wd]}曜日 ${p2(t.h)}:${p2(t.mi)}\n宛先: ${s.to}\n件名: ${s.subject}`;
    case 'jaOrig':
      return `-----Original Message-----\nFrom: ${who}\nSent: ${t.y}/${p2(t.mo)}/${p2(t.d)} (${WD_JA[t.wd]}) ${p2(t.h)}:${p2(t.mi)}\nTo: ${s.to}\nSubject: ${s.subject}`;
    case 'sf':
      return `---------- Original Message ----------\nFrom: ${s.who ? s.who + ' ' : ''}[${s.addr}]\nSent: ${t.mo}/${t.d}/${t.y} ${ampm(t)}\nTo: ${s.to}\nSubject: ${s.subject}`;
    case 'apple':
      return `On ${MON[t.mo - 1]} ${t.d}, ${t.y}, at ${p2(t.h)}:${p2(t.mi)}, ${who} wrote:`;
    case 'tbJa':
      return `On ${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}, ${s.who || s.addr} wrote:`;
    case 'becky':
      return `On ${WD_EN[t.wd]}, ${p2(t.d)} ${MON[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)} +0900\n${who} wrote:`;
    case 'bare':
      return '';
    case 'fwdEn':
      return `---------- Forwarded message ---------\nFrom: ${who}\nDate: ${WD_EN[t.wd]}, ${MON[t.mo - 1]} ${t.d}, ${t.y} at ${ampm(t)}\nSubject: ${s.subject}\nTo: <${s.to}>`;
    case 'fwdJa':
      return `-------- 転送メッセージ --------\n件名: \t${s.subject}\n日付: \t${t.y}年${t.mo}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}\n差出人: \t${who}\n宛先: \t${s.to}`;
  }
}

const MARKED: QStyle[] = ['gmailEn', 'gmailJa', 'jaOrig', 'apple', 'tbJa', 'becky', 'bare'];

/** header line(s) + the quoted body in the given style */
export function qblock(style: QStyle, s: Step, body: string): string {
  const h = qheader(style, s);
  const b = MARKED.includes(style) ? quote(body) : body;
  if (!h) return b;
  return style === 'apple' ? `${h}\n\n${b}` : `${h}\n${MARKED.includes(style) ? '' : '\n'}${b}`;
}

/** full text of the last step, each step quoting the one before */
export function nest(steps: Step[]): string {
  if (!steps.length) throw new Error('empty history');
  let acc = steps[0]!.text;
  for (let i = 1; i < steps.length; i++) acc = `${steps[i]!.text}\n\n${qblock(steps[i]!.style, steps[i - 1]!, acc)}`;
  return acc;
}

export interface ReplyOpts {
  sig?: string;
  bottom?: boolean;
  ref?: string;
}
/** a short new line over (or, bottom-posted, under) the quoted history */
export function reply(text: string, style: QStyle, steps: Step[], o: ReplyOpts = {}): string {
  const last = steps[steps.length - 1]!;
  const q = qblock(style, last, nest(steps));
  const mine = o.sig ? `${text}\n\n${o.sig}` : text;
  const ref = o.ref ? `\n\n${o.ref}` : '';
  return o.bottom ? `${q}\n\n${mine}${ref}` : `${mine}${ref}\n\n${q}`;
}

export const sfRef = (seed: string): string => `ref:_00D0bGsnq._500Vn${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlLines = (t: string): string => esc(t).replace(/\n/g, '<br>\n');

/** HTML version of reply(): Gmail (gmail_quote + blockquote) or Outlook (divRplyFwdMsg) */
export function htmlReply(text: string, kind: 'gmail' | 'outlook' | 'plainbq', style: QStyle, steps: Step[]): string {
  const last = steps[steps.length - 1]!;
  const body = nest(steps);
  const head = qheader(style, last);
  const newPart = `<div dir="ltr">${htmlLines(text)}</div>`;
  if (kind === 'gmail')
    return `<html><body>${newPart}<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${htmlLines(head)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n${htmlLines(body)}\n</blockquote></div></body></html>`;
  if (kind === 'outlook')
    return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">${htmlLines(text)}</div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${htmlLines(head)}</font><div>&nbsp;</div></div>\n<div>${htmlLines(body)}</div>\n</body></html>`;
  return `<html><body><p>${htmlLines(text)}</p>\n<p>${htmlLines(head)}</p>\n<blockquote type="cite">${htmlLines(body)}</blockquote></body></html>`;
}

// ---------------------------------------------------------------- threads
export class Thread {
  steps: Step[] = [];
  constructor(
    public user: { name: string; addr: string },
    public agent: { name: string; addr: string },
    public subject: string,
    public caseId: string | null,
    private uStyle: QStyle,
    private sStyle: QStyle,
  ) {}
  u(key: string, at: string, text: string, style?: QStyle): this {
    // the web form is submitted before the case exists: its subject carries no case ID
    const subject = key !== 'form' ? this.subject : this.subject.startsWith('RE:[CASE') ? '[AWS Training and Certification Form Submission] - account-assistance' : this.subject.replace(/^Re: /, '');
    this.steps.push({ key, who: this.user.name, addr: this.user.addr, to: this.agent.addr, at, subject, text, style: style ?? this.uStyle });
    return this;
  }
  s(key: string, at: string, text: string, style?: QStyle, who?: string): this {
    this.steps.push({ key, who: who ?? this.agent.name, addr: this.agent.addr, to: this.user.addr, at, subject: this.subject, text, style: style ?? this.sStyle });
    return this;
  }
  /** history up to `key`, then one more step that is not part of the stored thread */
  plus(key: string, who: 'u' | 's', at: string, text: string, style?: QStyle, name?: string): Step[] {
    const u = who === 'u';
    const st: Step = {
      key: 'extra',
      who: name ?? (u ? this.user.name : this.agent.name),
      addr: u ? this.user.addr : this.agent.addr,
      to: u ? this.agent.addr : this.user.addr,
      at,
      subject: this.subject,
      text,
      style: style ?? (u ? this.uStyle : this.sStyle),
    };
    return [...this.to(key), st];
  }
  /** history up to and including the step named `key` */
  to(key: string): Step[] {
    const i = this.steps.findIndex((s) => s.key === key);
    if (i < 0) throw new Error(`no step ${key}`);
    return this.steps.slice(0, i + 1);
  }
}

// ---------------------------------------------------------------- message defaults
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'date'> & {
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Msg['auth'];
  at: string;
  tz?: string;
};
export function mk(d: Draft): Msg {
  const { at, tz, ...rest } = d;
  return {
    trusted: true,
    forUser: true,
    trap: false,
    auth: 'pass',
    date: mdate(at, tz ?? (d.lang === 'ja' ? '+0900' : '+0000'), d.slug.length * 7),
    ...rest,
  };
}
