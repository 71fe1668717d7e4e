// Set ef: people, cases and quoting helpers. Voice: Japanese and English mixed
// inside the same sentence (bilingual agents, Japanese engineers, foreign staff in Japan).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'ken.watanabe@example.jp', src: 'k.watanabe@oldco.example.co.jp', keepId: 'AWS40211873', srcId: 'AWS77102954' };
export const YUI = { ja: '中村 優衣', en: 'Yui Nakamura', keep: 'yui.nakamura@example.net', src: 'y-nakamura@startup.example.jp', keepId: 'AWS38820419', srcId: 'AWS90417736' };
export const SOPHIE = { en: 'Sophie Martin', keep: 'sophie.martin@example.com', src: 'sophie.m@tokyo-corp.example.co.jp', keepId: 'AWS61520397', srcId: 'AWS24409158' };
export const RAJ = { en: 'Raj Patel', keep: 'raj.p@example.com', src: 'raj.patel@kaisha.example.co.jp', keepId: 'AWS57730021', srcId: 'AWS13368840' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const CASES = {
  taro: '18204473615',
  hanako: '1820599104',
  kenji: '182113380927',
  yui: '1821902266413',
  sophie: '18230077412',
  raj: '182557730114',
  alex: '1824419305',
  kenjiDup: '1821140092',
  refund: '1826001245873',
  exam: '18261934027',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

/** A message with the defaults most of this set shares. */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & { trusted?: boolean; forUser?: boolean; trap?: boolean; auth?: Msg['auth'] };
export const mk = (s: Spec): Msg => ({ ...s, trusted: s.trusted ?? true, forUser: s.forUser ?? true, trap: s.trap ?? false, auth: s.auth ?? 'pass' });

export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
/** Gmail (English UI) quote header */
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${quote(body)}`;
/** Outlook (Japanese UI) header block, unindented */
export const outlookJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block AWS case mail carries */
export const sfBlock = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7Z._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif">\n${inner}\n</body></html>`;

// the customers' own first requests (quoted in replies)
export const REQ_TARO = `AWS認定 account の merge をお願いします。
keep したい方: ${TARO.keepId} / ${TARO.keep}
merge 元: ${TARO.srcId} / ${TARO.src}
退職するので personal の方に寄せたいです。`;
export const REQ_KENJI = `お世話になります、渡辺です。
認定 account が二つあるので統合 (merge) したいです。
残す: ${KENJI.keep} (${KENJI.keepId})
消す: ${KENJI.src} (${KENJI.srcId})`;
export const REQ_SOPHIE = `Hello, I have two certification accounts (one from my previous 会社 in Tokyo).
Please merge ${SOPHIE.src} into ${SOPHIE.keep}. Candidate IDs: ${SOPHIE.srcId} -> ${SOPHIE.keepId}.
Yoroshiku onegaishimasu.`;
export const REQ_YUI = `転職のため、startup 時代の account (${YUI.src}) を personal (${YUI.keep}) に統合してほしいです。`;
export const REQ_RAJ = `Hi team, I'd like to combine my two AWS Certification profiles. Keep ${RAJ.keep}; the old one is ${RAJ.src} (会社のアドレス, expiring soon).`;
export const REQ_HANAKO = `前職の account と個人 account の統合を希望します。残したいのは ${HANAKO.keep} の方です。`;
