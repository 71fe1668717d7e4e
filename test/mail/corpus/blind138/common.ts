// Set eg: people, addresses, case IDs and quoting helpers.
// Voice: a company training administrator / HR team handling merges for many employees.
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// mailboxes of this set (in USER_ADDRS)
export const ADMIN = { ja: '小林 美咲', addr: 'misaki.kobayashi@kaisha.example.co.jp' }; // 人材開発部 研修担当
export const TEAM = { ja: '人材開発部 研修チーム', addr: 'jinzai-kenshu@kaisha.example.co.jp' };
export const TANAKA = { ja: '田中 健', addr: 'ken.tanaka@kaisha.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS82046613', old: 'ken.t.cloud@mail.example.jp' };
export const LAURA = { name: 'Laura Chen', addr: 'laura.chen@northwind.example.com' }; // L&D programme manager
export const LD = { name: 'Northwind L&D', addr: 'ld-team@northwind.example.com' };
export const RAJ = { name: 'Raj Patel', addr: 'raj.patel@northwind.example.com', keepId: 'AWS51190347', srcId: 'AWS27730581', old: 'rajp.dev@example.net' };

// other employees (not mailboxes of this set)
export const SUZUKI = { ja: '鈴木 結衣', addr: 'yui.suzuki@kaisha.example.co.jp', keepId: 'AWS41230987', srcId: 'AWS77001234', old: 'yui.s.0412@mail.example.jp' };
export const SATO = { ja: '佐藤 大輝', addr: 'daiki.sato@kaisha.example.co.jp', keepId: 'AWS66102938', srcId: 'AWS19384410', old: 'dsato.aws@example.ne.jp' };
export const ITO = { ja: '伊藤 蓮', addr: 'ren.ito@kaisha.example.co.jp', keepId: 'AWS90017725', srcId: 'AWS35582019', old: 'ren-ito@example.ne.jp' };
export const WATANABE = { ja: '渡辺 葵', addr: 'aoi.watanabe@kaisha.example.co.jp', keepId: 'AWS24418806', srcId: 'AWS70356128', old: 'aoi.w@mail.example.jp' };
export const OMAR = { name: 'Omar Haddad', addr: 'omar.haddad@northwind.example.com', keepId: 'AWS88015524', srcId: 'AWS43307762', old: 'omar.h@example.org' };
export const EMILY = { name: 'Emily Brooks', addr: 'emily.brooks@northwind.example.com', keepId: 'AWS10673349', srcId: 'AWS59912004', old: 'em.brooks@example.com' };
export const DIEGO = { name: 'Diego Ruiz', addr: 'diego.ruiz@northwind.example.com', keepId: 'AWS62284017', srcId: 'AWS31105968', old: 'druiz@uni.example.edu' };

export const C = {
  bulkJa: '17702218845',
  tanaka: '1771093352',
  suzuki: '177109880214',
  sato: '1771120047',
  ito: '17711544090',
  watanabe: '1771390021567',
  voucherJa: '1769900123',
  bulkEn: '176840055123',
  raj: '1768411290',
  omar: '17684388017',
  emily: '1768502399',
  diego: '1768577310442',
  examEn: '1769912345',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

type Req = Pick<Msg, 'slug' | 'kind' | 'from' | 'to' | 'subject' | 'enc' | 'note'> & { at: string };
type Opt = Partial<Omit<Msg, 'date'>>;

/** defaults: trusted, forUser, no trap, no case, dmarc pass; `at` is local time */
export function ja(r: Req & Opt & { tz?: string }): Msg {
  const { at, tz, ...rest } = r;
  return { lang: 'ja', trusted: true, forUser: true, trap: false, caseId: null, auth: 'pass', date: rfcDate(at, tz ?? '+0900'), ...rest };
}
export function en(r: Req & Opt & { tz?: string }): Msg {
  const { at, tz, ...rest } = r;
  return { lang: 'en', trusted: true, forUser: true, trap: false, caseId: null, auth: 'pass', date: rfcDate(at, tz ?? '-0800'), ...rest };
}
