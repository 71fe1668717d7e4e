// br set: people, senders, case IDs and small quoting helpers.
// The voice of this set is "items, not sentences": tables, bullet lists and key: value blocks.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
  caseId: string;
}

export const KENJI: Person = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.net', src: 'k-watanabe@hq.example.co.jp', keepId: 'AWS70112894', srcId: 'AWS33029817', caseId: '17820049315' };
export const YUI: Person = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.ne.jp', src: 'tanaka.y@factory.example.com', keepId: 'AWS84410275', srcId: 'AWS19027736', caseId: '1785512039' };
export const MAKOTO: Person = { ja: '小林 誠', en: 'Makoto Kobayashi', keep: 'makoto.k@example.jp', src: 'kobayashi@dev.example.co.jp', keepId: 'AWS50938811', srcId: 'AWS62200473', caseId: '178933104482' };
export const SAM: Person = { ja: 'サム・オカフォー', en: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@legacy.example.org', keepId: 'AWS41179302', srcId: 'AWS27760158', caseId: '1791207735' };
export const LENA: Person = { ja: 'レナ・フィッシャー', en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.io', keepId: 'AWS93315006', srcId: 'AWS08842219', caseId: '17945510062' };

/** the user's other, unrelated support cases and a duplicate merge case */
export const OTHER = {
  kenjiRefund: '1783340021',
  yuiExam: '17866201934',
  makotoDup: '178933119027',
  samBilling: '1792240087613',
  lenaVoucher: '1795006618',
  kenjiDup: '17820061148',
} as const;

export const to = (p: Person, which: 'keep' | 'src' = 'keep', lang: 'ja' | 'en' = 'en'): string => `${lang === 'ja' ? p.ja : p.en} <${p[which]}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DA0K7xQ._500Vz${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** rows → an HTML table (first row is the header) */
export const htable = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n` +
  rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n') +
  `\n</table>`;

/** rows → a fixed-width text table with | separators */
export const ttable = (rows: string[][]): string => {
  const w = (s: string): number => Array.from(s).reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, w(c))));
  const line = (r: string[]): string => '| ' + r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - w(c))).join(' | ') + ' |';
  const sep = '|' + widths.map((n) => '-'.repeat(n + 2)).join('|') + '|';
  return [line(rows[0] ?? []), sep, ...rows.slice(1).map(line)].join('\n');
};

/** required fields of a message; the rest default to a trusted, delivered, non-trap message */
export type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'> & Partial<Msg>;
export const mk = (o: Req): Msg => ({ trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...o });
