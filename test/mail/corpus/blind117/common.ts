// Set dl: people, addresses, pasted portal / knowledge-base pieces and a message factory.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const HELP = 'AWS Training and Certification Help Center <help@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'ken.suzuki@example.jp', src: 'k.suzuki@formerco.example.co.jp', keepId: 'AWS40218876', srcId: 'AWS73390215' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.ne.jp', src: 'm-takahashi@partner.example.co.jp', keepId: 'AWS51837702', srcId: 'AWS26649013' };
export const YUI = { ja: '伊藤 由衣', en: 'Yui Ito', keep: 'yui.ito@example.jp', src: 'yito@univ.example.ac.jp', keepId: 'AWS60724419', srcId: 'AWS38815560' };
export const DAN = { name: 'Daniel Weber', keep: 'dan.weber@example.de', src: 'd.weber@consult.example.com', keepId: 'AWS68012247', srcId: 'AWS39904418' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 's.rossi@agency.example.net', keepId: 'AWS90316624', srcId: 'AWS15527790' };

export const C = {
  ken: '17790412358',
  kenExam: '1779555012',
  misaki: '1781530097',
  misakiDup: '1781533184',
  yui: '178012994563',
  dan: '177204881930',
  danRefund: '1772111046',
  sofia: '1786620143',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string): string =>
  '<html><body>\n' +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

export const sfQuote = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const refTag = (seed: string): string => `ref:_00DE0Jz9Q._500Kd${seed}:ref`;

// ---- pasted pieces (knowledge base, portal labels, macros) ----
export const KB_TOOL_JA = `━━━━━━━━━━━━━━━━━━━━
ナレッジセンター記事 KC-0417「AWS 認定アカウントを 1 つにまとめる」より抜粋
━━━━━━━━━━━━━━━━━━━━
1. AWS 認定アカウントにサインインします。
2. 画面右上のお名前 →「プロフィール」→「アカウントを統合」を開きます。
3. 統合元アカウントの「Candidate ID」とログイン用メールアドレスを入力します。
4. 「Merge Accounts」ボタンを押します。
※ 両方のアカウントに認定の履歴がある場合、このツールは使えません。サポートまでお問い合わせください。`;

export const KB_TOOL_EN = `--- Knowledge article KC-0417 "Combining two AWS Certification accounts" (excerpt) ---
1. Sign in to your AWS Certification account.
2. Open your name (top right) > Profile > Merge Accounts.
3. Enter the Candidate ID and login email of the account you want to fold in.
4. Select the "Merge Accounts" button.
Note: if both accounts hold certification history, the tool is not available; contact Customer Support instead.`;

export const SHOT_JA = '[画像: 「アカウントを統合」画面。「Candidate ID」入力欄と、右下の青い「Merge Accounts」ボタンが赤枠で囲まれている]';
export const SHOT_EN = '[Screenshot: the "Merge Accounts" page, with the "Candidate ID" field and the blue "Merge Accounts" button outlined in red]';

export const FAQ_BADGE_JA = `Q. 統合後、Credly のデジタルバッジはどうなりますか?
A. 統合先アカウントのメールアドレスに紐づけ直され、「バッジを入手する」から受け取れます。反映まで数日かかることがあります。`;
export const FAQ_BADGE_EN = `Q: What happens to my Credly badges after a merge?
A: They are re-issued to the email address of the account you keep; use "Accept your badge" in the Credly email. Allow a few days.`;

export const FIELDS_JA = `【統合に必要な情報】
・残すアカウントの Candidate ID
・統合元アカウントの Candidate ID
・それぞれのログイン用メールアドレス
・認定通知用メールアドレス(登録している場合)
・残す方のアカウント`;

export const FIELDS_EN = `Required for a merge:
 - Candidate ID (account to keep)
 - Candidate ID (account to merge)
 - Login email on each account
 - Certification notification email, if set
 - Which account should remain`;

export const IRREV_JA = '【ご注意】アカウントの統合は一度実行すると元に戻すことができません。統合元アカウントはログインできなくなります。';
export const IRREV_EN = 'IMPORTANT: An account merge is permanent. It cannot be reversed, and the merged (source) account will no longer be able to sign in.';

export const AFTER_JA = `▼ 統合後にご確認いただきたい項目(ポータルのメニュー名)
・「認定」タブ: 統合元の認定が表示されているか
・「特典」タブ: 50% 割引バウチャーが表示されているか
・「試験履歴」: 過去の受験記録
・Credly: バッジの受け取り状況`;

export const AFTER_EN = `Things to look at in the portal afterwards:
 * "Certifications" tab - the certifications from the other account
 * "Benefits" tab - your 50% exam voucher
 * "Exam History"
 * Credly - badge status`;

// ---- factory ----
export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  subject: string;
  enc: Enc;
  d: string;
  tz?: string;
  to: string;
  from?: string;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Auth;
  text?: string;
  html?: string;
  cc?: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: Msg['resent'];
}

export function mk(s: Spec): Msg {
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from ?? SUPPORT,
    to: s.to,
    subject: s.subject,
    date: rfcDate(s.d, s.tz ?? '+0000'),
    auth: s.auth ?? 'pass',
    enc: s.enc,
  };
  for (const k of ['text', 'html', 'cc', 'hdr', 'wholeSubject', 'crlf', 'relay', 'rcpt', 'deliveredTo', 'inReplyTo', 'references', 'extra', 'resent'] as const) {
    if (s[k] !== undefined) (m as unknown as Record<string, unknown>)[k] = s[k];
  }
  return m;
}
