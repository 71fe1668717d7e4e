// Set dz: people, addresses, case IDs and quoting helpers (regional and generational speech).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const at = (s: string, tz: string): string => rfcDate(s, tz);

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc' | 'to'>;
/** defaults: from support, authenticated, delivered to the user, no case, no trap */
export const mk = (p: Req & Partial<Msg>): Msg => ({ trusted: true, forUser: true, caseId: null, trap: false, from: SUPPORT, auth: 'pass', ...p });

// Japanese-speaking users
export const KENJI = { ja: '岡田 健二', keep: 'kenji.okada@example.jp', src: 'okada@naniwa-sys.example.co.jp', keepId: 'AWS30718264', srcId: 'AWS81450932' };
export const MISAKI = { ja: '中村 美咲', keep: 'misaki.nakamura@example.jp', src: 'm-nakamura@hakata-soft.example.co.jp', keepId: 'AWS40266813', srcId: 'AWS77120459' };
export const SHOTA = { ja: '高木 翔太', keep: 'shota.gg@example.com', src: 'shota.t@campus.example.ac.jp', keepId: 'AWS52983016', srcId: 'AWS19406627' };
export const SOICHIRO = { ja: '田中 宗一郎', keep: 'tanaka.soichiro@example.ne.jp', src: 's-tanaka@kobe-denki.example.co.jp', keepId: 'AWS61029384', srcId: 'AWS33875120' };
// English-speaking users
export const BREE = { name: 'Bree Walsh', keep: 'bree.walsh@example.com', src: 'bree.w@outback-data.example.com.au', keepId: 'AWS70415529', srcId: 'AWS28861047' };
export const EWAN = { name: 'Ewan MacLeod', keep: 'ewan.macleod@example.org', src: 'ewan@glen-it.example.co.uk', keepId: 'AWS45520871', srcId: 'AWS90013562' };
export const AOIFE = { name: 'Aoife Byrne', keep: 'aoife.byrne@example.net', src: 'abyrne@liffey-cloud.example.ie', keepId: 'AWS12096648', srcId: 'AWS67730215' };
export const BILLY = { name: 'Billy Ray Hollis', keep: 'billyray.h@example.com', src: 'bhollis@delta-freight.example.com', keepId: 'AWS83361904', srcId: 'AWS24418870' };
export const ARJUN = { name: 'Arjun Raghavan', keep: 'arjun.raghavan@example.org', src: 'arjun.r@techpark-infra.example.in', keepId: 'AWS56647102', srcId: 'AWS08812295' };
export const WEILING = { name: 'Tan Wei Ling', keep: 'weiling.tan@example.com', src: 'weiling@merlion-apps.example.sg', keepId: 'AWS39902217', srcId: 'AWS71154430' };
export const CHINEDU = { name: 'Chinedu Okafor', keep: 'chinedu.o@example.com', src: 'c.okafor@lagos-fintech.example.ng', keepId: 'AWS64470318', srcId: 'AWS15593786' };
export const ZOE = { name: 'zoe q', keep: 'zoe.q@example.com', src: 'zq2201@college.example.edu', keepId: 'AWS98125063', srcId: 'AWS47739910' };
export const REGINALD = { name: 'Reginald Ashworth', keep: 'r.ashworth@example.co.uk', src: 'reginald.ashworth@hartley-partners.example.co.uk', keepId: 'AWS20551487', srcId: 'AWS86640392' };

export const CASE = {
  kenji: '1781204457',
  kenjiDup: '1781209933',
  misaki: '17792301856',
  shota: '1803345129',
  soichiro: '176558012374',
  bree: '1774410293',
  ewan: '17855102348',
  aoife: '1793302817',
  billy: '1768830045',
  arjun: '177209915823',
  weiling: '1789923104',
  chinedu: '18011122334',
  zoe: '1799003321',
  reginald: '176044821093',
  otherKenji: '1782260017',
  otherArjun: '1776604451',
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
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// the users' own requests (quoted under replies)
export const KENJI_REQ = `おおきに、お世話になります。岡田いいます。
前の会社（なにわシステム）のアドレスで取った認定と、個人で取った認定が別々のアカウントに分かれてしもてまして、
一個にまとめてもらえへんやろか、と思て連絡しました。
残したい方: ${KENJI.keepId} / ${KENJI.keep}
まとめる方: ${KENJI.srcId} / ${KENJI.src}`;

export const MISAKI_REQ = `お世話になります。中村と申します。
博多の前職で使いよったアカウントと、今の個人アカウントがあるけん、統合をお願いしたいです。
残す方: ${MISAKI.keep}
古い方: ${MISAKI.src}`;

export const SHOTA_REQ = `すみません、認定のアカウントが2個あるっぽいんで、1個にしてほしいっす。
大学のやつ: ${SHOTA.src}
今のやつ（こっち残したい）: ${SHOTA.keep}`;

export const SOICHIRO_REQ = `拝啓　時下ますますご清栄のこととお慶び申し上げます。
さて、小生こと、退職に伴い、勤務先にて取得いたしましたAWS認定の記録を、私用のアカウントへ一本化いたしたく、ここに謹んでお願い申し上げます。
存続させるアカウント: ${SOICHIRO.keepId}（${SOICHIRO.keep}）
統合元のアカウント: ${SOICHIRO.srcId}（${SOICHIRO.src}）
敬具`;

export const BREE_REQ = `G'day, I've ended up with two cert accounts - one from my old job at Outback Data (${BREE.src}) and my own (${BREE.keep}). Reckon you could squish them into the personal one? Cheers, Bree`;
export const EWAN_REQ = `Hiya, I've two AWS Certification accounts, one wee one from my old work (${EWAN.src}, ${EWAN.srcId}) and my own (${EWAN.keep}, ${EWAN.keepId}). Could you join them up, keeping mine? Ta, Ewan`;
export const ARJUN_REQ = `Dear Sir/Madam,
Kindly do the needful and merge my two AWS Certification accounts. I have changed my company and my earlier certifications are on my office id.
Old: ${ARJUN.src} (${ARJUN.srcId})
New (to retain): ${ARJUN.keep} (${ARJUN.keepId})
Thanks and regards,
Arjun Raghavan`;
export const ZOE_REQ = `hiii so i have 2 aws cert accounts (college one ${ZOE.src} + my real one ${ZOE.keep}) can u make them one pls. keep the real one ty`;
export const REGINALD_REQ = `Dear Sirs,
I write to request that my two AWS Certification accounts be consolidated into one. The account I wish to retain is registered to ${REGINALD.keep}; the other, now superfluous, was opened under ${REGINALD.src} during my years with Hartley & Partners.
I remain, yours faithfully,
Reginald Ashworth`;
