// db set: people, addresses, and the "layout damage" helpers that make this set's voice.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS40917726', srcId: 'AWS83015524' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS27730419', srcId: 'AWS61852207' };
export const KENJI = { ja: '伊藤 健司', en: 'Kenji Ito', keep: 'kenji.ito@example.net', src: 'k-ito@oldco.example.co.jp', keepId: 'AWS50388162', srcId: 'AWS14429905' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.jp', src: 'nakamura@branch.example.co.jp', keepId: 'AWS73390014', srcId: 'AWS22081736' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS91150372', srcId: 'AWS35560821' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS68801933', srcId: 'AWS10277456' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS47720658', srcId: 'AWS58839102' };
export const EMMA = { name: 'Emma Walsh', keep: 'emma.w@example.co.uk', src: 'e.walsh@consult.example.com', keepId: 'AWS29946081', srcId: 'AWS77103345' };

export const C = {
  taro: '17903318452',
  hanako: '1788204517',
  kenji: '1791766030142',
  misaki: '179450128833',
  alex: '17882910374',
  priya: '1790551226',
  maria: '179912004387',
  emma: '1786630095521',
  taroOther: '1789920011',
  hanakoDup: '1788209934',
  alexOther: '17956612090',
  kenjiOther: '1792001447',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'to' | 'subject' | 'date' | 'enc'>;
/** defaults: from support, auth pass, trusted, forUser, not a trap, no case ID */
export const mk = (o: Req & Partial<Msg>): Msg => ({
  from: SUPPORT,
  auth: 'pass',
  trusted: true,
  forUser: true,
  trap: false,
  caseId: null,
  ...o,
});

// ---------------- layout damage ----------------

/** hard-wrap every line at n code points, no regard for words (Japanese mailers at 30-40 cols) */
export const hardWrap = (t: string, n: number): string =>
  t
    .split('\n')
    .map((l) => {
      const cs = Array.from(l);
      if (cs.length <= n) return l;
      const out: string[] = [];
      for (let i = 0; i < cs.length; i += n) out.push(cs.slice(i, i + n).join(''));
      return out.join('\n');
    })
    .join('\n');

/** English wrap at n columns that cuts words; with hyphen, a '-' at the cut */
export const chopEn = (t: string, n: number, hyphen = false): string =>
  t
    .split('\n')
    .map((l) => {
      const out: string[] = [];
      let rest = l;
      while (rest.length > n) {
        const take = hyphen ? n - 1 : n;
        const head = rest.slice(0, take);
        const cut = hyphen && /\w$/.test(head) && /^\w/.test(rest.slice(take)) ? head + '-' : head;
        out.push(cut);
        rest = rest.slice(take);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');

/** everything in one paragraph: line breaks dropped (ja joins without a space) */
export const oneBlob = (t: string, ja = false): string =>
  t
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(ja ? '' : ' ');

/** one sentence per line */
export const perSentence = (t: string): string =>
  oneBlob(t, /[\u3040-\u30ff]/.test(t))
    .replace(/([。！？])\s*/g, '$1\n')
    .replace(/([.!?]) +(?=[A-Z])/g, '$1\n')
    .trim();

/** stray indentation: spaces, tabs and ideographic spaces sprinkled at line starts */
export const strayIndent = (t: string, pattern: string[]): string =>
  t
    .split('\n')
    .map((l, i) => (l ? (pattern[i % pattern.length] ?? '') + l : l))
    .join('\n');

/** some spaces become NO-BREAK SPACE (UTF-8 only) */
export const nbsp = (t: string): string => {
  let i = 0;
  return t.replace(/ /g, () => (i++ % 2 === 0 ? '\u00A0' : ' '));
};

/** ASCII → full-width forms (letters, digits, punctuation; space → U+3000) */
export const zenkaku = (s: string): string =>
  Array.from(s)
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c === 0x20) return '\u3000';
      if (c > 0x20 && c < 0x7f) return String.fromCharCode(c + 0xfee0);
      return ch;
    })
    .join('');

/** full-width punctuation and spaces only, letters left alone (an English mail typed with a Japanese IME) */
export const zenPunct = (s: string): string => s.replace(/, ?/g, '，').replace(/\. /g, '．').replace(/: ?/g, '：').replace(/\?/g, '？').replace(/ {2}/g, '\u3000');

const HK_BASE = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー。「」、・';
const HK_HALF = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ｡｢｣､･';
const DAKU = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
const DAKU_BASE = 'カキクケコサシスセソタチツテトハヒフヘホ';
const HANDAKU = 'パピプペポ';
/** katakana → half-width katakana (UTF-8 or Shift_JIS only) */
export const hankaku = (s: string): string =>
  Array.from(s)
    .map((ch) => {
      let i = DAKU.indexOf(ch);
      if (i >= 0) return HK_HALF[HK_BASE.indexOf(DAKU_BASE[i] ?? '')] + 'ﾞ';
      i = HANDAKU.indexOf(ch);
      if (i >= 0) return HK_HALF[HK_BASE.indexOf('ハヒフヘホ'[i] ?? '')] + 'ﾟ';
      if (ch === 'ヴ') return 'ｳﾞ';
      i = HK_BASE.indexOf(ch);
      return i >= 0 ? (HK_HALF[i] ?? ch) : ch;
    })
    .join('');

/** quote markers applied unevenly: some lines "> ", some ">", some none */
export const sloppyQuote = (t: string, pattern = ['> ', '', '>', '> ', '']): string =>
  t
    .split('\n')
    .map((l, i) => (pattern[i % pattern.length] ?? '') + l)
    .join('\n');

export const quote = (t: string): string =>
  t
    .split('\n')
    .map((l) => ('> ' + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
