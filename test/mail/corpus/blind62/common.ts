// Shared people, senders and helpdesk-product templates for the bi set.
// Voice: AWS Training & Certification support after a move to a generic
// ticketing product (Zendesk-, ServiceNow- and Freshdesk-like templates).
import { rfcDate, type Msg } from './lib.js';

// ---- senders (trusted domains as the labelling guide lists them)
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const HELPDESK_EN = 'AWS T&C Help Center <helpcenter@support.aws.com>';
export const HELPDESK_JA = 'AWS トレーニングと認定 ヘルプセンター <helpcenter-jp@support.aws.com>';
export const DESK_TRAINING = 'AWS Training Support Desk <desk@aws.training>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const agentFrom = (name: string, addr = 'helpcenter@support.aws.com'): string => `${name} (AWS Training and Certification) <${addr}>`;

// ---- personas (every address below is in lib.ts USER_ADDRS)
export const ICHIRO = { ja: '鈴木 一郎', en: 'Ichiro Suzuki', keep: 'ichiro.suzuki@example.ne.jp', src: 'i-suzuki@tech.example.co.jp', keepId: 'AWS40031877', srcId: 'AWS77120934' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.jp', src: 'm.takahashi@oldsier.example.co.jp', keepId: 'AWS52288410', srcId: 'AWS19904763' };
export const KEN = { ja: '中村 健', en: 'Ken Nakamura', keep: 'ken.nakamura@example.com', src: 'nakamura.ken@partner.example.co.jp', keepId: 'AWS66015392', srcId: 'AWS30478851' };
export const SAORI = { ja: '伊藤 沙織', en: 'Saori Ito', keep: 'saori.ito@example.org', src: 'ito-s@univ.example.ac.jp', keepId: 'AWS81127730', srcId: 'AWS24650918' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.net', src: 'dokafor@contractor.example.com', keepId: 'AWS93310457', srcId: 'AWS58820316' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'sofia@startup.example.io', keepId: 'AWS47719026', srcId: 'AWS60154483' };
export const RAJ = { name: 'Raj Mehta', keep: 'raj.mehta@example.in', src: 'rmehta@bigcorp.example.com', keepId: 'AWS35092278', srcId: 'AWS71846605' };

export const CASE = {
  ichiro: '17790412386',
  ichiroDup: '1779044120',
  misaki: '1781155029',
  misakiRefund: '178220190344',
  ken: '1776031455871',
  saori: '17849920136',
  dan: '1780312764',
  danExam: '17803390012',
  sofia: '178577120349',
  raj: '1783004561',
  colleague: '1786620045',
} as const;

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- dates
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');

// ---- helpdesk templates
export interface Cmt {
  who: string;
  when: string;
  body: string;
}

export type Style = 'zd-en' | 'zd-ja' | 'sn-en' | 'sn-ja' | 'fd-en' | 'fd-ja';

export interface TicketOpts {
  style: Style;
  id: string | null;
  /** status word printed by the template (may disagree with what the agent wrote) */
  status?: string;
  agent: string;
  when: string;
  body: string;
  hist?: Cmt[];
  /** override the template's lead line */
  lead?: string;
  sla?: string[];
  csat?: boolean;
  /** lines of an "internal note" block that leaked into the notification */
  internal?: string[];
  ref: string;
  group?: string;
}

const RULE = '----------------------------------------------';

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

function csatBlock(ja: boolean, ref: string): string {
  return ja
    ? `今回のサポートはいかがでしたか？ 下のリンクから評価をお寄せください。\n良い、満足している: https://help.support.aws.com/requests/satisfaction/good/${ref}\n悪い、満足していない: https://help.support.aws.com/requests/satisfaction/bad/${ref}`
    : `How would you rate the support you received?\nGood, I'm satisfied: https://help.support.aws.com/requests/satisfaction/good/${ref}\nBad, I'm unsatisfied: https://help.support.aws.com/requests/satisfaction/bad/${ref}`;
}

export function ticket(o: TicketOpts): string {
  const hist = o.hist ?? [];
  const idTxt = o.id ?? '';
  const out: string[] = [];
  switch (o.style) {
    case 'zd-en': {
      out.push('##- Please type your reply above this line -##', '');
      out.push(o.lead ?? `Your request (#${idTxt}) has been updated. To add additional comments, reply to this email.`);
      if (o.status) out.push(`Status: ${o.status}`);
      if (o.sla) out.push(...o.sla);
      out.push(RULE, '');
      if (o.internal) out.push('[Internal note - not visible to requester]', ...o.internal, '');
      out.push(`${o.agent}, ${o.when}`, '', o.body, '');
      for (const c of hist) out.push(RULE, '', `${c.who}, ${c.when}`, '', c.body, '');
      if (o.csat) out.push(RULE, csatBlock(false, o.ref), '');
      out.push('--------------------------------', 'This email is a service from AWS Training & Certification Support.', '', `[${o.ref}]`);
      break;
    }
    case 'zd-ja': {
      out.push('##- このメッセージより上に返信を入力してください -##', '');
      out.push(o.lead ?? `リクエスト #${idTxt} が更新されました。このメールに返信すると、コメントを追加できます。`);
      if (o.status) out.push(`ステータス: ${o.status}`);
      if (o.sla) out.push(...o.sla);
      out.push(RULE, '');
      if (o.internal) out.push('【内部メモ（リクエスタには表示されません）】', ...o.internal, '');
      out.push(`${o.agent}（AWS トレーニングと認定）`, o.when, '', o.body, '');
      for (const c of hist) out.push(RULE, '', c.who, c.when, '', c.body, '');
      if (o.csat) out.push(RULE, csatBlock(true, o.ref), '');
      out.push('--------------------------------', 'このメールは AWS トレーニングと認定 サポートセンターから送信されています。', '', `[${o.ref}]`);
      break;
    }
    case 'sn-en': {
      out.push(o.lead ?? `Case ${idTxt} has been updated`, '');
      out.push(`Case number: ${idTxt}`, `State: ${o.status ?? 'Open'}`, 'Short description: Certification account merge (account-assistance)', `Assignment group: ${o.group ?? 'T&C Support - Certification Ops'}`);
      if (o.sla) out.push(...o.sla);
      out.push('');
      if (o.internal) out.push('Work notes (internal):', ...o.internal, '');
      out.push('Additional comments (Customer Visible):', `${o.when} - ${o.agent}`, o.body, '');
      for (const c of hist) out.push(`${c.when} - ${c.who}`, c.body, '');
      if (o.csat) out.push(csatBlock(false, o.ref), '');
      out.push('To respond, reply to this email. Please keep the subject line unchanged.', '', `Ref:MSG${o.ref}`);
      break;
    }
    case 'sn-ja': {
      out.push(o.lead ?? `ケース ${idTxt} が更新されました`, '');
      out.push(`ケース番号: ${idTxt}`, `状態: ${o.status ?? 'オープン'}`, '概要: 認定アカウントの統合 (account-assistance)', `担当グループ: ${o.group ?? 'トレーニングと認定 サポート (APJ)'}`);
      if (o.sla) out.push(...o.sla);
      out.push('');
      if (o.internal) out.push('作業メモ（社内用）:', ...o.internal, '');
      out.push('追加コメント（お客様に表示）:', `${o.when} - ${o.agent}`, o.body, '');
      for (const c of hist) out.push(`${c.when} - ${c.who}`, c.body, '');
      if (o.csat) out.push(csatBlock(true, o.ref), '');
      out.push('ご返信の際は件名を変更せず、このメールにそのまま返信してください。', '', `Ref:MSG${o.ref}`);
      break;
    }
    case 'fd-en': {
      out.push(o.body, '');
      out.push(`Ticket: #${idTxt}`, `Status: ${o.status ?? 'Open'}`, 'Priority: Medium', `Group: ${o.group ?? 'Certification Support'}`, `Agent: ${o.agent}`);
      if (o.sla) out.push(...o.sla);
      out.push('');
      if (o.csat) out.push(csatBlock(false, o.ref), '');
      if (hist.length) out.push('-------- Conversation history --------');
      for (const c of hist) out.push('', `On ${c.when}, ${c.who} wrote:`, quote(c.body));
      out.push('', `Reply to this email to update ticket #${idTxt}. [fd:${o.ref}]`);
      break;
    }
    case 'fd-ja': {
      out.push(o.body, '');
      out.push(`チケット番号: #${idTxt}`, `ステータス: ${o.status ?? 'オープン'}`, '優先度: 中', `グループ: ${o.group ?? '認定サポート'}`, `担当者: ${o.agent}`);
      if (o.sla) out.push(...o.sla);
      out.push('');
      if (o.csat) out.push(csatBlock(true, o.ref), '');
      if (hist.length) out.push('-------- これまでのやりとり --------');
      for (const c of hist) out.push('', `${c.when}、${c.who} さんからのメッセージ:`, quote(c.body));
      out.push('', `このメールに返信すると、チケット #${idTxt} が更新されます。[fd:${o.ref}]`);
      break;
    }
  }
  return out.join('\n');
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** render a ticket text as the HTML part those products send */
export function asHtml(text: string, lang: 'ja' | 'en'): string {
  const blocks = text.split(/\n{2,}/).map((p) => {
    if (p.startsWith('##-')) return `<div style="color:#b5b5b5">${esc(p)}</div>`;
    if (p.startsWith('-----')) return '<hr style="border:none;border-top:1px solid #dcdcdc">' + `<p>${esc(p.replace(/^-+\n?/, '')).replace(/\n/g, '<br>\n')}</p>`;
    return `<p style="margin:0 0 12px">${esc(p).replace(/\n/g, '<br>\n')}</p>`;
  });
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#2b2b2b">\n${blocks.join('\n')}\n</body></html>`;
}

// ---- the conversation histories that every update reprints
const R = (who: string, when: string, body: string): Cmt => ({ who, when, body });

export const H_ICHIRO = {
  req: R('鈴木 一郎', '2026年1月19日 9:02', `お世話になっております。鈴木と申します。\n前職のアドレス ${ICHIRO.src} で取得した認定 (SAA) を、個人アドレス ${ICHIRO.keep} のアカウントにまとめたく、ご対応をお願いできますでしょうか。\n受験者ID: ${ICHIRO.srcId} / ${ICHIRO.keepId}`),
  ask: R('森 由衣', '2026年1月20日 11:40', `鈴木様\nお問い合わせありがとうございます。統合にあたり、両アカウントの登録メールアドレスと、残すアカウントをお知らせください。`),
  ans: R('鈴木 一郎', '2026年1月20日 18:15', `森様\n残すのは ${ICHIRO.keep} (${ICHIRO.keepId}) です。もう一方は ${ICHIRO.src} (${ICHIRO.srcId}) になります。\nよろしくお願いします。`),
  consent: R('森 由衣', '2026年1月21日 10:05', `鈴木様\n統合は取り消しできませんので、上記の内容で進めてよいかご返信ください。`),
  yes: R('鈴木 一郎', '2026年1月21日 12:30', '森様\n上記内容で統合をお願いします。同意いたします。'),
  done: R('森 由衣', '2026年1月22日 16:48', `鈴木様\n${ICHIRO.srcId} の認定履歴を ${ICHIRO.keepId} に統合いたしました。`),
  badgeQ: R('鈴木 一郎', '2026年1月23日 8:57', '森様\nCredly のバッジが旧アカウント側に残ったままのようです。移していただけますか。'),
};

export const H_MISAKI = {
  req: R('高橋 美咲', '2026/02/02 13:21', `認定アカウントが2つあるので1つにしたいです。\n残したい方: ${MISAKI.keep}\nもう一方: ${MISAKI.src}（前の会社）`),
  ask: R('Kaito Fujii', '2026/02/03 10:02', '高橋様\nご連絡ありがとうございます。それぞれの受験者IDをお知らせいただけますでしょうか。'),
  ans: R('高橋 美咲', '2026/02/03 21:44', `藤井様\n${MISAKI.keepId}（残す方）と ${MISAKI.srcId} です。`),
  yes: R('高橋 美咲', '2026/02/05 07:58', '承知しました。統合を進めてください。'),
};

export const H_KEN = {
  req: R('中村 健', '2026-01-08 22:10', `AWS認定のアカウント統合を希望します。\n統合先: ${KEN.keep} (${KEN.keepId})\n統合元: ${KEN.src} (${KEN.srcId})\n氏名: 中村 健 / 会社名: なし（個人）`),
  ask: R('Haruka Abe', '2026-01-09 15:31', '中村様\n統合元アカウントの AWS Skill Builder 登録アドレスもお知らせください。'),
  ans: R('中村 健', '2026-01-09 23:02', `阿部様\nSkill Builder も ${KEN.src} です。`),
};

export const H_SAORI = {
  req: R('伊藤 沙織', '2026年3月2日 10:40', `大学のアドレス（${SAORI.src}）で受けた CLF の認定を、${SAORI.keep} のアカウントへ移したいです。`),
  ask: R('Ren Ishikawa', '2026年3月3日 14:12', '伊藤様\n大学アドレス側の受験者IDはお分かりになりますでしょうか。'),
  ans: R('伊藤 沙織', '2026年3月3日 19:20', `石川様\n${SAORI.srcId} です。残すのは ${SAORI.keepId} でお願いします。`),
};

export const H_DAN = {
  req: R('Daniel Okafor', 'Jan 26, 2026, 3:14 PM UTC', `Hi, I have two certification profiles: ${DAN.keep} (${DAN.keepId}) and ${DAN.src} (${DAN.srcId}) from a past contract. Please combine them into the first one.`),
  ask: R('Megan Price', 'Jan 27, 2026, 9:40 AM UTC', 'Hello Daniel, thanks for reaching out. Which of the two profiles would you like to keep as the primary one?'),
  ans: R('Daniel Okafor', 'Jan 27, 2026, 1:05 PM UTC', `Keep ${DAN.keep} please.`),
  yes: R('Daniel Okafor', 'Jan 28, 2026, 8:22 AM UTC', 'Yes, I agree to the merge as described. Go ahead.'),
};

export const H_SOFIA = {
  req: R('Sofia Lindqvist', '2026-02-10 08:31 UTC', `Hello! My first exam was booked with ${SOFIA.src}, my later ones with ${SOFIA.keep}. Could both histories live under ${SOFIA.keep}?`),
  ask: R('Tomas Berg', '2026-02-11 10:15 UTC', 'Hi Sofia, could you send the candidate ID shown on the older profile?'),
  ans: R('Sofia Lindqvist', '2026-02-11 12:47 UTC', `Sure, it is ${SOFIA.srcId}. The one to keep is ${SOFIA.keepId}.`),
};

export const H_RAJ = {
  req: R('Raj Mehta', '03/09/2026 06:12 UTC', `Requesting a merge of my AWS Certification accounts. Old (employer): ${RAJ.src}. New (personal, keep): ${RAJ.keep}.`),
  ask: R('Priyanka Rao', '03/10/2026 04:50 UTC', 'Hi Raj, please share the AWS candidate IDs for both accounts.'),
  ans: R('Raj Mehta', '03/10/2026 07:33 UTC', `${RAJ.keepId} (keep) and ${RAJ.srcId}.`),
};

/** newest first, as helpdesk notifications reprint them */
export const hist = (...cs: Cmt[]): Cmt[] => cs.slice().reverse();

/** Gmail-style quote header, Japanese */
export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
/** Outlook Japanese header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string => `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string => `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

/** a message spec before the generator fills defaults */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'enc'> & {
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Msg['auth'];
  enc: Msg['enc'];
  /** a phrase from the new text that must survive decoding */
  probe: string;
};

export function fill(s: Spec): Msg & { probe: string } {
  return { ...s, trusted: s.trusted ?? true, forUser: s.forUser ?? true, trap: s.trap ?? false, auth: s.auth ?? 'pass' };
}
