// Set aq: people, cases and quoting helpers. Voice: the year's edges and the people who are away.
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura@example.ne.jp', src: 'nakamura.k@jp-sier.example.co.jp', keepId: 'AWS40719265', srcId: 'AWS83302714' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kb@example.jp', src: 'm-kobayashi@hokuto-sys.example.co.jp', keepId: 'AWS27590831', srcId: 'AWS61148302' };
export const SHO = { ja: '渡辺 翔', en: 'Sho Watanabe', keep: 'sho.w@example.jp', src: 'watanabe@minato-dc.example.co.jp', keepId: 'AWS90412258', srcId: 'AWS35570914' };
export const DAN = { name: 'Dan Whitaker', keep: 'dan.whitaker@example.net', src: 'dwhitaker@midwest-logistics.example.com', keepId: 'AWS59034417', srcId: 'AWS14486029' };
export const SOFIA = { name: 'Sofia Brennan', keep: 'sofia.b@example.org', src: 'sbrennan@cloudcraft.example.io', keepId: 'AWS38820576', srcId: 'AWS70265193' };

// colleagues (not the user's addresses)
export const TAMURA = '田村 直樹 <tamura@jp-sier.example.co.jp>';
export const OKADA = '岡田 由紀 <y-okada@hokuto-sys.example.co.jp>';
export const JPTEAM = 'cloud-team@jp-sier.example.co.jp';
export const MARCUS = 'Marcus Lee <mlee@midwest-logistics.example.com>';
export const PRIT = 'Pritha Das <pdas@cloudcraft.example.io>';

export const CASES = {
  ken: '1767318204',
  kenOther: '1768001273',
  misaki: '176542093817',
  sho: '17770251846',
  dan: '17640288391',
  sofia: '1773390046512',
  danOther: '1759920346',
} as const;

export const d = rfcDate;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail: "2025年12月26日(金) 17:40 名前 <addr>:" */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
/** English Gmail: "On Fri, Dec 26, 2025 at 5:40 PM Name <addr> wrote:" */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${q(body)}`;
/** Outlook (Japanese UI) */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block under support's replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const oldMsgJa = (body: string): string => `-----Original Message-----\n${body}`;
export const threadRef = (seed: string): string => `ref:_00D8aq1J._5008a${seed}:ref`;

export const escH = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (text: string, style = 'font-family:Arial,sans-serif;font-size:14px'): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="${style}">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escH(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</div></body></html>';

export const AUTO_OOO = ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Precedence: bulk'];
export const AUTO_VAC = ['Auto-Submitted: auto-replied (vacation)', 'X-Autoreply: yes'];
export const AUTO_SYS = ['Auto-Submitted: auto-generated'];

/** the user's own first request texts (used inside quotes) */
export const KEN_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
年明けに退職予定のため、それまでに個人アドレス側へ寄せたいです。
中村 健一`;
export const MISAKI_REQ = `お世話になります。小林です。
認定アカウントが2つに分かれてしまっているので、1つにしていただけますか。
個人: ${MISAKI.keep}(こちらを残したいです)
会社: ${MISAKI.src}
よろしくお願いいたします。`;
export const SHO_REQ = `AWS認定のアカウント統合希望です。
統合先 ${SHO.keep} (${SHO.keepId})
統合元 ${SHO.src} (${SHO.srcId})
渡辺`;
export const DAN_REQ = `Hi there - I ended up with two certification profiles, one from my old job (${DAN.src}) and one personal (${DAN.keep}). I'd like them combined under the personal one before I lose access to the work mailbox at the end of the year. Candidate IDs ${DAN.keepId} and ${DAN.srcId}.
Dan`;
export const SOFIA_REQ = `Hello,
Please combine my two AWS Certification accounts. Keep: ${SOFIA.keep} (${SOFIA.keepId}). Retire: ${SOFIA.src} (${SOFIA.srcId}).
Thank you,
Sofia Brennan`;

export type Partial = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'from' | 'caseId'> & {
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Msg['auth'];
  from?: string;
  caseId?: string | null;
};

/** defaults: from support, authenticated, delivered to the user, no trap */
export const M = (p: Partial): Msg => ({
  from: SUP,
  auth: 'pass',
  trusted: true,
  forUser: true,
  trap: false,
  caseId: null,
  ...p,
});
