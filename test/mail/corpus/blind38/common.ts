// Set ak: shared people, case IDs, quote headers and the long boilerplate blocks
// ("what a merge does", candidate tables) that bury the one sentence that matters.
import type { Msg } from './lib.js';

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'ken.nakamura@example.net', src: 'k-nakamura@sysint.example.co.jp', keepId: 'AWS04718263', srcId: 'AWS90355128' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.jp', src: 'takahashi.m@cloudpartner.example.com', keepId: 'AWS61820947', srcId: 'AWS23390571' };
export const SHO = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.org', src: 'kobayashi@old-si.example.jp', keepId: 'AWS77102486', srcId: 'AWS38864015' };
export const YUKI = { ja: '渡辺 由紀', en: 'Yuki Watanabe', keep: 'yuki.watanabe@example.ne.jp', src: 'y-watanabe@univ.example.ac.jp', keepId: 'AWS15539802', srcId: 'AWS82046637' };
export const EMILY = { en: 'Emily Carter', keep: 'emily.carter@example.com', src: 'ecarter@agency.example.net', keepId: 'AWS53018874', srcId: 'AWS29961407' };
export const RAHUL = { en: 'Rahul Mehta', keep: 'rahul.mehta@example.co', src: 'r.mehta@consult.example.com', keepId: 'AWS40287715', srcId: 'AWS66105392' };

export const to = (p: { ja?: string; en: string; keep: string }, lang: 'ja' | 'en' = 'ja'): string => `${lang === 'ja' && p.ja ? p.ja : p.en} <${p.keep}>`;

// support case IDs of this set (10–13 digits)
export const C = {
  ken: '17920384615',
  kenDup: '1792041187',
  misaki: '1786603392751',
  sho: '178114250983',
  yuki: '179330617205',
  yuki2: '1794418027',
  emily: '17955018420',
  emilyDup: '17955102277',
  rahul: '1801937264',
  rahul2: '180204418893',
  kenRefund: '1799012345',
  misakiExam: '17870055218',
  emilyBilling: '1800261934',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- quote headers in several mailers' styles
export const gmailJa = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;
export const gmailEn = (date: string, who: string, addr: string): string => `On ${date}, ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, toLine: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, toLine: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}`;
export const origMsg = (from: string, sent: string, toLine: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}`;
export const sfOrig = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfOrigJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D4x0Kq7._500Rb${seed}:ref`;
export const fwdJa = (from: string, date: string, subject: string, toLine: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}`;
export const fwdEn = (from: string, date: string, subject: string, toLine: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body>\n</html>`;
export const htmlTable = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" cellspacing="0">\n${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n')}\n</table>`;

/** a fixed-width text table, as agents paste them */
export const textTable = (rows: string[][]): string => {
  const w = (s: string): number => Array.from(s).reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => w(r[i] ?? ''))));
  const line = (r: string[]): string => '| ' + r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - w(c))).join(' | ') + ' |';
  const sep = '|' + widths.map((x) => '-'.repeat(x + 2)).join('|') + '|';
  return [line(rows[0]!), sep, ...rows.slice(1).map(line)].join('\n');
};

// ---- the customers' own earlier mail, quoted in threads
export const KEN_ASK = `AWS 認定アカウントの統合をお願いしたく、ご連絡いたしました。
現在、以下の 2 つの認定アカウントを保有しております。

・残したいアカウント: ${KEN.keepId} / ${KEN.keep}
・統合したいアカウント: ${KEN.srcId} / ${KEN.src}

前職の会社アドレスで受験した Solutions Architect - Associate と、
個人アドレスで受験した Developer - Associate が別々になっているため、
個人アドレスのほうへまとめていただけますと幸いです。

中村 健一`;

export const MISAKI_ASK = `お世話になります。高橋と申します。
パートナー企業のアドレスで作った認定アカウント（${MISAKI.src}）と
個人のアカウント（${MISAKI.keep}）を1つにしたいです。
セルフサービスの Merge Accounts を試しましたが、両方に認定履歴があるためかエラーになりました。
どうぞよろしくお願いします。`;

export const SHO_ASK = `AWS認定のアカウント統合について
統合先 ${SHO.keepId}（${SHO.keep}）
統合元 ${SHO.srcId}（${SHO.src}）
転職のため旧社アドレスがまもなく使えなくなります。急ぎではありませんが、月内に対応いただけると助かります。
小林`;

export const YUKI_ASK = `大学在籍中に作成した認定アカウント（${YUKI.src}）と、就職後に作成したアカウント（${YUKI.keep}）を統合していただけますでしょうか。
大学のアドレスは3月末で失効します。
渡辺 由紀`;

export const EMILY_ASK = `Hi,
I ended up with two AWS Certification accounts. The agency one (${EMILY.src}, ${EMILY.srcId}) has my Cloud Practitioner and SAA; my personal one (${EMILY.keep}, ${EMILY.keepId}) has the Security Specialty I passed in October.
I'd like to keep the personal one. The Merge Accounts tool just sends me back to support.
Thanks,
Emily`;

export const RAHUL_ASK = `Hello team,
Please merge my old consulting-firm certification account into my personal one.
Old: ${RAHUL.srcId} (${RAHUL.src})
Keep: ${RAHUL.keepId} (${RAHUL.keep})
Regards,
Rahul Mehta`;

// ---- "what a merge does" explanations, several voices
export const FAQ_JA_A = `■ アカウント統合について（ご参考）
1. 統合元アカウントの認定履歴・試験履歴は、統合先アカウントへ移されます。
2. 受験特典（次回試験 50% 割引バウチャーなど）も統合先でご利用いただけるようになります。
3. 統合後、統合元アカウントにはサインインできなくなります。
4. Credly のデジタルバッジは、統合後に統合先アカウントのメールアドレスで改めて受け取っていただく場合がございます。
5. 一度統合したアカウントを元の 2 つに戻すことはできません。`;

export const FAQ_JA_B = `【よくいただくご質問】
Q. 統合すると認定の有効期限は変わりますか？
A. 変わりません。各認定の取得日・有効期限は統合前のまま引き継がれます。
Q. 予約済みの試験はどうなりますか？
A. 試験予約がある場合は、受験後に統合を行うか、いったん予約をキャンセルしていただく必要がございます。
Q. バッジはどうなりますか？
A. Credly 上のバッジは、統合先アカウントに登録されたメールアドレスに紐づけて再発行されるのが一般的です。`;

export const FAQ_JA_C = `なお、アカウント統合の一般的な流れは次のとおりです。
（1）お客様から両アカウントの情報をいただく
（2）弊社にて情報を照合する
（3）統合内容についてお客様のご同意をいただく
（4）統合作業を実施し、完了をご連絡する
（5）必要に応じて Credly バッジの移行を行う`;

export const FAQ_EN_A = `A quick overview of what an account merge does:
- All certifications and exam history from the source account are moved to the account you keep.
- Certification benefits, such as the 50% discount voucher, follow the certifications.
- The source account is deactivated afterwards; you will no longer be able to sign in to it.
- Credly badges are re-associated with the e-mail address on the kept account, which can take a few days.
- A merge is permanent and cannot be reversed.`;

export const FAQ_EN_B = `Some questions we are often asked about merges:
Q: Will my expiration dates change?
A: No. Each certification keeps its original earned and expiry dates.
Q: What about an exam I have already booked?
A: Appointments must be taken or cancelled before the accounts can be combined.
Q: Do I need to do anything on Credly?
A: Usually not, although you may be asked to accept the badges again under the kept e-mail address.`;

export const FAQ_EN_C = `For context, a merge request normally goes through these stages:
1) we collect the candidate IDs and e-mail addresses of both accounts,
2) we verify the records against each other,
3) we ask you to consent to the merge, because it is irreversible,
4) the merge is carried out and we let you know it is complete,
5) if needed, the Credly badges are moved across.`;

// ---- signatures
export const sigJa = (name: string, v = 0): string =>
  [
    `今後ともAWSトレーニングと認定をよろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート\n${name}`,
    `引き続きよろしくお願い申し上げます。\n\n${name}\nAWS Training and Certification Customer Support`,
    `何卒よろしくお願いいたします。\n\nアマゾン ウェブ サービス ジャパン\nトレーニングと認定 サポート窓口　${name}`,
  ][v % 3]!;
export const sigEn = (name: string, v = 0): string =>
  [
    `Best regards,\n\n${name}\nAWS Training and Certification Customer Support`,
    `Kind regards,\n${name}\nAWS T&C Support | Amazon Web Services`,
    `Thank you for choosing AWS Training and Certification.\n\nSincerely,\n${name}\nCustomer Support Team`,
  ][v % 3]!;
