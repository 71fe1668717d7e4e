// Shared people, senders and quoting helpers for the "es" set (aspect words).
import { rfcDate, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (their addresses are in lib.ts USER_ADDRS)
export const TARO = { name: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30418852', srcId: 'AWS77120394' };
export const HANAKO = { name: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS40293318', srcId: 'AWS61830027' };
export const KEN = { name: '鈴木 健', keep: 'ken.suzuki@example.jp', src: 'k.suzuki@oldco.example.co.jp', keepId: 'AWS52290417', srcId: 'AWS18834605' };
export const MEI = { name: '田中 芽衣', keep: 'mei.tanaka@example.net', src: 'tanaka.mei@corp2.example.co.jp', keepId: 'AWS60021983', srcId: 'AWS93346120' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31190485', srcId: 'AWS84420917' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72004418', srcId: 'AWS05518823' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86602291', srcId: 'AWS13370458' };
export const SAM = { name: "Sam O'Connor", keep: 'sam.oconnor@example.com', src: 'soconnor@contractor.example.io', keepId: 'AWS29950136', srcId: 'AWS47718209' };

export const to = (p: { name: string; keep: string }): string => `${p.name} <${p.keep}>`;

export const CASE = {
  taro: '17820045513',
  hanako: '1783310927',
  hanakoDup: '1783319940',
  ken: '178455120934',
  mei: '17860933218',
  alex: '1787702245160',
  alexDup: '1787709913',
  priya: '17881234009',
  maria: '1789900312',
  sam: '179011845527',
  refund: '17900011122',
  exam: '1791234560',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when}, ${who} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, toA: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toA}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toA: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subj}\n\n${body}`;
export const sf = (from: string, sent: string, toA: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subj}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00D8b0Xq1._5004x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (title: string, inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

/** a message spec: the generator fills slug; at is local time 'YYYY-MM-DD HH:MM:SS' */
export interface Spec extends Partial<Omit<Msg, 'kind' | 'subject' | 'note' | 'to'>> {
  kind: Kind;
  subject: string;
  note: string;
  to: string;
  at: string;
  tz?: string;
}

export function mk(lang: 'ja' | 'en', s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return {
    slug: '',
    lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    auth: 'pass',
    // English without an explicit encoding: us-ascii, or UTF-8 QP when it carries an accent
    enc: lang === 'ja' ? 'jis7' : /[^\x00-\x7f]/.test((s.text ?? '') + (s.html ?? '')) ? 'utf8qp' : 'ascii7',
    date: rfcDate(at, tz ?? (lang === 'ja' ? '+0900' : '+0000')),
    ...rest,
  };
}

// the users' own earlier mail, quoted in replies
export const TARO_ASK = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${TARO.keepId} / ${TARO.keep}
統合元: ${TARO.srcId} / ${TARO.src}
会社のアドレスはもうすぐ使えなくなるため、個人のほうにまとめたいです。`;
export const HANAKO_ASK = `いつもお世話になっております。佐藤です。
以前の勤務先で作った認定アカウント(${HANAKO.src})が残ったままになっており、
いま使っている ${HANAKO.keep} のほうへ一本化をお願いできますでしょうか。`;
export const KEN_ASK = `鈴木と申します。認定アカウントが2つに分かれてしまいました。
${KEN.keepId}(${KEN.keep})に、${KEN.srcId}(${KEN.src})の資格を寄せてください。`;
export const MEI_ASK = `お問い合わせです。前職のメール ${MEI.src} で受験した SAA がまだ旧アカウントにあります。
${MEI.keep} のアカウントに移していただけますか。候補ID: ${MEI.keepId}`;
export const ALEX_ASK = `Hi team, I ended up with two certification profiles.
Keep: ${ALEX.keep} (${ALEX.keepId})
Fold in: ${ALEX.src} (${ALEX.srcId})
Thanks!`;
export const PRIYA_ASK = `Hello, my old employer's address (${PRIYA.src}) still holds my Developer Associate.
Could it be moved under ${PRIYA.keep}? Candidate ID there is ${PRIYA.keepId}.`;
export const MARIA_ASK = `Hi, two accounts: university (${MARIA.src}) and personal (${MARIA.keep}). I want just the personal one. Gracias.`;
export const SAM_ASK = `Hello - I had a contractor address (${SAM.src}) for my first exam and now use ${SAM.keep}. Please combine them into the latter.`;
