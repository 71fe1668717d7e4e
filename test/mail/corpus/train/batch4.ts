// Batch 4: long threads, typos, forwarded copies, mixed quote headers, more Japanese.
import {
  ackSubject,
  AWS_NOREPLY,
  CREDLY_AWS,
  gmailEn,
  gmailJa,
  originalMsg,
  outlookEn,
  outlookJa,
  quote,
  rfcDate,
  sfRef,
  type Spec,
  SUPPORT,
  SUPPORT_NAMED,
  supportSubject,
} from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const HO = 'hanako@oldcorp.example.com';
const A = 'alex.kim@example.com';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const SIG = 'Best regards,\n\nAWS Training and Certification Customer Support';
const J1 = '1772200334455'; // 山田
const J2 = '177300112244'; // 佐藤
const J3 = '17745566778'; // Priya ja
const F1 = '1778899001122'; // Alex en
const F2 = '177600223344'; // Maria en

/** A three-level Japanese Gmail thread: support's request, the user's answer, support's follow-up. */
const THREAD_J1 = `${gmailJa(d('2025-12-03T01:00:00Z'), `山田 太郎 <${T}>`)}
${quote(`岡田様

統合元: ${TC} / AWS07654321
統合先: ${T} / AWS01234567
よろしくお願いいたします。

${gmailJa(d('2025-12-02T06:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote(`山田 太郎 様

統合元と統合先のメールアドレスおよび候補者 ID をお知らせください。

${SIG_JA}`)}`)}`;

export const batch4: Spec[] = [
  // ---------------- Japanese ----------------
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'multipart-iso2022jp-uketsuke', caseId: J1, format: 'alt',
    note: 'multipart/alternative (両パート ISO-2022-JP) の受付通知、お問い合わせ内容の控え付き', from: SUPPORT_NAMED, to: T,
    subject: `[CASE ${J1}] お問い合わせを受け付けました`, date: rfcDate(d('2025-12-01T23:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田 太郎 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース番号: ${J1}
お問い合わせ内容: AWS 認定アカウントの統合 (統合元 AWS07654321 / 統合先 AWS01234567)

担当者から 24 時間以内にご連絡いたします。お急ぎの場合も、同じ内容で別のケースを作成しないようお願いいたします。

${SIG_JA}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'kakunin-mail-kenmei', caseId: J2, trap: true, charset: 'UTF-8', cte: 'base64',
    note: '件名【確認】・本文「確認メール」だが受付通知 (統合の確認依頼ではない)', from: AWS_NOREPLY, to: H,
    subject: `【確認】お問い合わせ受付 (ケース ID ${J2})`, date: rfcDate(d('2025-12-02T00:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `本メールは、お問い合わせを受け付けたことをお知らせする確認メールです。

ケース ID: ${J2}
受付日時: 2025年12月2日 9:00

内容を確認のうえ、1〜2 営業日以内に担当者からご連絡いたします。
本メールへのご返信は不要です。

Amazon Web Services
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'eigo-boilerplate-ja-honbun', caseId: J3, charset: 'UTF-8', cte: 'quoted-printable',
    note: '日本語本文 + 英語の定型フッター (主言語は日本語)', from: SUPPORT_NAMED, to: P,
    subject: ackSubject(J3), date: rfcDate(d('2025-12-02T02:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `Priya N 様

お問い合わせありがとうございます。ケース ${J3} を作成しました。
通常 1 営業日以内に日本語でご回答いたします。

This is an automated message. Please do not open a new case for the same request.
Amazon Web Services Japan G.K.
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-kaitou-tougou-kanryou-mirai', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64',
    note: 'AI 回答が「統合が完了すると〜」と一般論を述べる (完了報告ではない)', from: AWS_NOREPLY, to: TC,
    subject: 'AI による回答: 認定アカウントの統合', date: rfcDate(d('2025-12-01T22:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `以下は生成 AI による回答です。

アカウントの統合が完了すると、統合元の認定・試験履歴・特典が統合先のアカウントに表示されます。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取ってください。

統合の手続きは、プロフィールの「アカウントのマージ」から行えます。
解決しない場合は「ケースを作成」を選択してください。
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-html-only-ja', caseId: null, format: 'html', charset: 'UTF-8', cte: 'base64',
    note: 'HTML のみの自動回答', from: AWS_NOREPLY, to: H,
    subject: 'ご質問への自動回答', date: rfcDate(d('2025-12-02T03:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body><p>お客様</p><p>AI アシスタントが次の回答を作成しました。</p>
<p><b>認定アカウントを 1 つにまとめる方法</b><br>統合先のアカウントでサインインし、[プロフィール] &gt; [Merge Accounts] を選択してください。</p>
<p style="color:#888">この回答は自動生成されたもので、担当者は確認していません。</p></body></html>`,
    text: 'AI アシスタントが次の回答を作成しました',
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'chat-kiroku-jidou', caseId: null,
    note: 'バーチャルアシスタントとのチャット記録 (自動)', from: AWS_NOREPLY, to: P,
    subject: 'チャットの記録', date: rfcDate(d('2025-12-02T04:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `チャットの記録 (自動送信)

あなた: 認定アカウントが 2 つあります
アシスタント: プロフィールの「アカウントのマージ」で 1 つにまとめられます。
あなた: 両方に資格があります
アシスタント: その場合はサポートへのお問い合わせが必要です。「ケースを作成」からどうぞ。
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'ookuri-itadakenai-deshouka', caseId: J1,
    note: '「恐縮ですが、〜をお送りいただけないでしょうか」; 3 段の Gmail 引用スレッド', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-03T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。ご連絡ありがとうございます。
恐縮ですが、統合元アカウントの認定証 (PDF) を本メールに添付してお送りいただけないでしょうか。
登録されたお名前の表記を確認させていただきます。

${SIG_JA}
岡田

${THREAD_J1}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'format-de-henshin', caseId: J2,
    note: '「下記フォーマットにてご返信をお願いいたします」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-03T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の松本です。
お手数ですが、下記フォーマットにてご返信をお願いいたします。

【統合先】メールアドレス / 候補者 ID:
【統合元】メールアドレス / 候補者 ID:
【ご氏名 (ローマ字)】:

${SIG_JA}
松本
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'gokyouyuu-case-honbun-nomi', caseId: J3,
    note: '件名にケース番号なし、本文のみ; 「ご共有いただけますか」', from: SUPPORT_NAMED, to: P,
    subject: 'Re: AWS 認定アカウントについて', date: rfcDate(d('2025-12-03T02:00:00Z'), '+0900'),
    text: `Priya N 様

(ケース番号: ${J3})

高橋でございます。統合元のアカウントで最後に受験された試験名と受験日をご共有いただけますか。
ご本人様確認に使用いたします。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'typo-oshirase-kudazai', caseId: J2, charset: 'Shift_JIS', cte: '8bit',
    note: '誤字のある依頼 (「おしらせくだざい」「メールアドレレス」)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-04T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本です。先ほどのご返信で、統合元のメールアドレレスが空欄になっておりました。
お手数ですが、統合元アカウントのメールアドレスと候補者 ID をおしらせくだざい。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'original-message-ja-kaisha', caseId: J1,
    note: '-----Original Message----- 形式の引用; 「在籍されていた会社名もお伺いできますか」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-04T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。認定証を拝見しました。ありがとうございます。
追加で、旧アカウント作成時に在籍されていた会社名もお伺いできますか。

${SIG_JA}

${originalMsg(d('2025-12-04T00:00:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(J1))}

岡田様
認定証を添付いたします。
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'shounin-shimasu-to-henshin', caseId: J2,
    note: '「『承認します』とご返信ください」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-05T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。
ご依頼内容 (AWS30110094 → AWS30551278) に誤りがないかご確認のうえ、本文に「承認します」とご記入いただき、ご返信ください。
承認をいただいた時点で作業を開始いたします。元の状態には戻せませんのでご注意ください。

${SIG_JA}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'zokkou-yoroshii-desuka', caseId: J3,
    note: '「この操作は取り消すことができません。続行してもよろしいですか。」', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(J3), date: rfcDate(d('2025-12-05T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。ご本人様確認が完了しました。

AWS55500987 → AWS55500011
この操作は取り消すことができません。続行してもよろしいですか。ご返信をお待ちしております。

${SIG_JA}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'goikou-kakunin-outlook', caseId: J1,
    note: '「ご意向を確認させてください」; Outlook 日本語の引用ブロック', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-05T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。最後に、ご意向を確認させてください。
AWS07654321 に紐づく 2 件の認定 (2024年6月15日取得の Developer - Associate ほか) を AWS01234567 へ移し、
AWS07654321 を無効にする、という内容で差し支えございませんか。差し支えなければ、その旨ご返信ください。

${SIG_JA}

${outlookJa(d('2025-12-05T00:00:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(J1))}

会社名は 株式会社コープです。
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'kaiji-no-ue-henshin-ni-te', caseId: J2, charset: 'UTF-8', cte: '8bit', lf: true,
    note: '「ご確認の上、ご返信にてお知らせください」(LF 改行, UTF-8 8bit)', from: SUPPORT_NAMED, to: H,
    subject: `Re: ${supportSubject(J2)}`, date: rfcDate(d('2025-12-05T07:00:00Z'), '+0900'),
    text: `佐藤様

松本です。承認の文言が見当たりませんでしたので、念のため再度お送りします。
AWS30110094 を AWS30551278 に統合してよいか、ご確認の上ご返信にてお知らせください。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'hanei-kanryou-shite-orimasu', caseId: J1,
    note: '「反映が完了しております」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-06T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。
AWS07654321 の認定情報は AWS01234567 への反映が完了しております。お手数ですがサインインしてご確認ください。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'kanryou-awasete-close', caseId: J2,
    note: '統合完了 + あわせてクローズ (完了通知なので merge_completed)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-06T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。アカウントの統合が完了した旨をご連絡いたします。
あわせて、本ケースはクローズとさせていただきます。

${SIG_JA}

${gmailJa(d('2025-12-05T10:00:00Z'), `佐藤 花子 <${H}>`)}
${quote('承認します。')}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'ikou-ga-sumimashita', caseId: J3,
    note: '「移行が済みましたので」(完了の別表現)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(J3), date: rfcDate(d('2025-12-07T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。AWS55500987 から AWS55500011 への移行が済みましたので、お知らせいたします。
旧アカウントの特典 (50% 割引) も引き継がれています。

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-sanko-badge-ja', caseId: null, charset: 'UTF-8', cte: 'base64', format: 'alt',
    note: 'Credly 日本語: 3 個のバッジ', from: CREDLY_AWS, to: T,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-12-07T10:00:00Z')),
    text: `山田 太郎 様

Amazon Web Services Training and Certification から 3 個のバッジが発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer – Associate
・AWS Certified Solutions Architect – Associate

バッジを入手する
https://www.credly.com/earner/earned

Credly
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'support-tsukekae', caseId: J2,
    note: 'サポート: Credly 側でバッジの付け替えを行った', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-09T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。ご相談いただいたデジタルバッジについて、Credly 側でバッジの付け替えを行いました。
${H} の Credly アカウントでご確認いただけます。

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-saihakkou-single', caseId: null, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly 日本語: 再発行 1 件', from: CREDLY_AWS, to: P,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-12-08T10:00:00Z')),
    text: `Priya N 様

Amazon Web Services Training and Certification が AWS Certified Cloud Practitioner バッジを ${P} 宛てに再発行しました。

「バッジを入手する」をクリックして受け取ってください。
https://www.credly.com/earner/earned/badge/f0f0f0f0-1111-4222-8333-e1e1e1e1e1e1
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'support-badge-outlook-quote', caseId: J1,
    note: 'サポート: バッジも統合先に移った; Outlook 引用', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-08T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。Credly のバッジ 2 件についても、統合先の ${T} へ移しました。
Credly からの通知メールが届いているかと存じます。

${SIG_JA}

${outlookJa(d('2025-12-07T01:00:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(J1))}

岡田様
統合ありがとうございました。ただ、Credly のバッジが旧アドレスに残っているようです。
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'system-closed-tsuuchi', caseId: J3, charset: 'UTF-8', cte: 'base64',
    note: 'システムからのクローズ通知', from: AWS_NOREPLY, to: P,
    subject: `ケース ${J3} はクローズされました`, date: rfcDate(d('2025-12-12T00:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `ケース ${J3} はクローズされました。
再開が必要な場合は、14 日以内にこのメールへご返信ください。

Amazon Web Services
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'henshin-nakatta-tame-close', caseId: J1,
    note: '返信がなかったためクローズした', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-15T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。先日のご案内以降、お客様からのご返信がなかったため、本ケースをクローズいたしました。
引き続きお手伝いが必要な場合は、このメールにご返信ください。

${SIG_JA}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'close-badge-kanryou-restate', caseId: J2, trap: true,
    note: 'クローズ通知がバッジ移行完了に言及 (新しい事実ではない)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-12T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。バッジの付け替えも完了しておりますので、本件は解決済みとしてクローズいたします。
またのお問い合わせをお待ちしております。

${SIG_JA}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'honjitsu-wo-motte-close', caseId: '1760099887766', cte: 'base64',
    note: '「本日をもちまして本件をクローズ」(統合なし: 取り下げ)', from: SUPPORT_NAMED, to: TC,
    subject: supportSubject('1760099887766'), date: rfcDate(d('2025-12-10T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

お問い合わせを取り下げたいとのご連絡、承知いたしました。
本日をもちまして本件をクローズとさせていただきます。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'mada-okonatte-orimasen', caseId: J2, trap: true,
    note: '否定: 「統合はまだ行っておりません」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-04T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本です。ご心配をおかけしております。統合はまだ行っておりませんので、現時点では旧アカウントにもサインインいただけます。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'gokakunin-arigatou-irai-zumi', caseId: J3, trap: true,
    note: '「ご確認ありがとうございます」+ 担当部署へ依頼済み (状況報告)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(J3), date: rfcDate(d('2025-12-05T06:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。ご確認ありがとうございます。
担当部署へ統合の作業を依頼いたしました。通常 3〜5 営業日ほどかかりますので、今しばらくお待ちください。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'kanryou-shidai-renraku', caseId: J1, trap: true,
    note: '未来: 「統合が完了しましたら改めてご連絡いたします」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-05T09:00:00Z'), '+0900'),
    text: `山田 太郎 様

岡田でございます。ご返信ありがとうございます。手続きを開始いたしました。
統合が完了しましたら、改めて本ケースにてご連絡いたします。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'tantousha-henkou', caseId: J2,
    note: '担当者変更のお知らせ', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(J2), date: rfcDate(d('2025-12-03T08:00:00Z'), '+0900'),
    text: `佐藤 花子 様

本ケースは、本日より松本に代わり山口が担当いたします。引き続きよろしくお願いいたします。

${SIG_JA}
山口
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'credly-betsu-system-kaitou', caseId: J3,
    note: 'Credly が別システムであることの説明 (質問への回答)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(J3), date: rfcDate(d('2025-12-08T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。ご質問の件、Credly は AWS 認定とは別のシステムのため、バッジはメールアドレス単位で管理されています。
Credly のプロフィールに旧アドレスを追加いただくと、旧アドレス宛てのバッジも同じプロフィールに表示されます。

${SIG_JA}
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'yoyaku-henkou-kanryou', caseId: null, trap: true,
    note: '試験予約の変更完了 (「変更が完了しました」「ご確認ください」)', from: 'AWS Certification <no-reply@aws.training>', to: T,
    subject: '試験予約の変更が完了しました', date: rfcDate(d('2025-12-03T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

試験予約の変更が完了しました。新しい日時をご確認ください。

試験: AWS Certified Solutions Architect - Professional
新しい日時: 2025年12月20日 13:00 (JST)

AWS Training and Certification
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'community-day-shoutai', caseId: null, charset: 'UTF-8', cte: 'quoted-printable', format: 'alt',
    note: 'コミュニティイベントの招待', from: 'AWS Community <aws-community-jp@amazon.com>', to: H,
    subject: 'AWS Community Day Tokyo のご案内', date: rfcDate(d('2025-12-04T02:00:00Z'), '+0900'), headers: ['Precedence: bulk'],
    text: `佐藤 花子 様

AWS Community Day Tokyo を開催します。参加登録は下記より。
https://aws.amazon.com/jp/events/community-day/

配信停止はこちら
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'jouhou-shisutemu-fwd-kanryou', caseId: J1, trap: true, auth: 'none',
    note: '社内情報システム部が完了通知を転送 (新しい本文は転送者のもの)', from: '情報システム部 <it-helpdesk@corp.example.co.jp>', to: TC,
    subject: `Fwd: ${supportSubject(J1)}`, date: rfcDate(d('2025-12-06T06:00:00Z'), '+0900'),
    text: `山田さん

共有アドレス宛てに届いていたので転送します。ご確認ください。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT}>
Date: 2025年12月6日(土) 14:00
Subject: ${supportSubject(J1)}

AWS07654321 の認定情報は AWS01234567 への反映が完了しております。
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'seikyuu-ja', caseId: null, charset: 'UTF-8', cte: 'base64',
    note: 'AWS 請求のお知らせ', from: 'Amazon Web Services <aws-billing@amazon.com>', to: T,
    subject: 'AWS 請求書のお知らせ (2025年11月分)', date: rfcDate(d('2025-12-03T00:00:00Z')),
    text: `AWS をご利用いただきありがとうございます。
2025年11月分の請求書を請求コンソールで確認できるようになりました。合計: 120 円

Amazon Web Services
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-linux-foundation-ja', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64', format: 'alt',
    note: 'The Linux Foundationのバッジ発行のお知らせ (AWS 以外)', from: 'The Linux Foundation via Credly <admin@credly.com>', to: P,
    subject: 'The Linux Foundationのバッジ発行のお知らせ', date: rfcDate(d('2025-12-05T03:00:00Z')),
    text: `Priya N 様

The Linux Foundation から次のバッジが発行されました。
CKA: Certified Kubernetes Administrator

バッジを入手する: https://www.credly.com/earner/earned/badge/aaaa0000-1111-4222-8333-bbbb0000cccc
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'tantousha-fuzai-jidou', caseId: J2,
    note: 'サポート担当者の不在自動応答', from: '松本 <matsumotok@amazon.com>', to: H,
    subject: `自動応答: ${supportSubject(J2)}`, date: rfcDate(d('2025-12-05T10:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-replied'],
    text: `ただいま不在にしております。12月8日に戻ります。
お急ぎの場合はケースにご返信いただければ、別の担当者が対応いたします。
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'nise-hyoujimei-gmail', caseId: J1, auth: 'pass',
    note: '表示名は AWS、アドレスは無関係 (aws.support.jp@mail.example.org)', from: 'AWS トレーニングと認定 <aws.support.jp@mail.example.org>', to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-05T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

統合を確定するため、下記 URL からサインインし「同意する」を押してください。
https://mail.example.org/aws/confirm

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-ar-nashi', caseId: null, auth: 'none', charset: 'UTF-8', cte: 'base64',
    note: 'Credly を名乗るが A-R なし: 信頼できない', from: CREDLY_AWS, to: H,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-12-08T01:00:00Z')),
    text: `佐藤 花子 様

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'resent-postmaster-close', caseId: '176700998811', deliveredTo: H,
    note: '旧会社の postmaster が Resent-* で回送したクローズ通知: forUser false', from: SUPPORT_NAMED, to: HO,
    headers: ['Resent-From: postmaster@oldcorp.example.com', `Resent-To: ${H}`, 'Resent-Date: Mon, 24 Nov 2025 10:00:00 +0900'],
    subject: supportSubject('176700998811'), date: rfcDate(d('2025-11-24T00:30:00Z'), '+0900'),
    text: `佐藤 花子 様

本ケースは解決済みとしてクローズいたしました。

${SIG_JA}
`,
  },
  // ---------------- English ----------------
  {
    kind: 'acknowledgement', lang: 'en', slug: 'support-aws-com-submitted', caseId: F1,
    note: 'receipt from support.aws.com: "your request has been submitted"', from: 'AWS Support <no-reply@support.aws.com>', to: A,
    subject: `Your request has been submitted (Case ${F1})`, date: rfcDate(d('2025-12-01T16:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Your request has been submitted.

Case: ${F1}
Queue: AWS Training and Certification
First response target: 24 hours

Replying to this message adds to your case. Please don't open a second case for this request.
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'receipt-echoes-please-merge', caseId: F2, trap: true,
    note: 'receipt that echoes the customer\'s description ("please merge ... I confirm") - not a request or confirmation',
    from: SUPPORT_NAMED, to: M, subject: ackSubject(F2), date: rfcDate(d('2025-12-01T09:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We have received your case ${F2}. Below is a copy of your submission:

  "Please merge my two certification accounts into ${M}. I confirm both accounts are mine."

A member of our team will contact you within 1 business day. Please do not submit duplicate cases.

AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-merged-automatically-claim', caseId: null, trap: true,
    note: 'AI answer claims accounts "will be merged automatically" - generic, automated', from: AWS_NOREPLY, to: M,
    subject: 'Automated answer to your question', date: rfcDate(d('2025-12-01T08:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `This answer was generated automatically and may contain mistakes.

When you use Merge Accounts in your profile, your accounts will be merged automatically and you
will receive a confirmation email once the process has completed.

Still need help? Create a case.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-short-self-service', caseId: null,
    note: 'very short automated suggestion', from: AWS_NOREPLY, to: P,
    subject: 'Try this first: Merge Accounts', date: rfcDate(d('2025-12-02T07:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Automated suggestion: sign in to the account you want to keep and use Profile > Merge Accounts.
If that fails, reply "agent" to open a case.
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'typos-plese-send-adress', caseId: F1,
    note: 'typos ("plese", "adress", "acount") in a request', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-02T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Thank you for contacting us. Could you plese send the email adress of the other acount, and
its candidate ID? I could only find the one under ${A}.

Regards,
Priyanka
AWS T&C Support
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'long-thread-three-levels', caseId: F2,
    note: 'long thread, three quote levels; new text asks for the country of residence', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-03T10:00:00Z'), '+0100'),
    text: `Hello María,

One last detail: which country did you register in for the older account? It changes which
of our teams can make the change.

${SIG}

${gmailEn(d('2025-12-02T20:00:00Z'), `Maria Garcia <${M}>`)}
${quote(`Keep ${M} (AWS77000111), merge maria@uni.example.es (AWS77000999).

${gmailEn(d('2025-12-02T09:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote(`Hello María,

Could you tell us the email and candidate ID of both accounts?

${gmailEn(d('2025-12-01T08:00:00Z'), `Maria Garcia <${M}>`)}
${quote('Please merge my two certification accounts into ' + M + '.')}`)}`)}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'missing-one-detail-company', caseId: F1,
    note: '"we\'re missing one detail" - the company name', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-03T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Thanks! We're missing one detail before we can continue: the company you worked for when the
account under a.kim@work.example.net was created.

Regards,
Priyanka
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'kindly-reply-i-agree-to-merge', caseId: F1,
    note: '"Kindly reply with \'I agree to the merge\'"', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-04T18:00:00Z'), '-0700'),
    text: `Hi Alex,

We're all set: AWS88000123 (a.kim@work.example.net) will be folded into AWS88000456 (${A}).
Kindly reply with "I agree to the merge" so we can proceed. Please keep in mind it's a one-way
operation.

Regards,
Priyanka
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'reply-ok-to-proceed', caseId: F2,
    note: 'short: "Reply OK and we\'ll proceed"', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-04T10:00:00Z'), '+0100'),
    text: `Hello María,

Thanks. AWS77000999 -> AWS77000111. Reply OK and we'll proceed (this can't be reverted).

${SIG}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'english-agent-ja-gmail-quote', caseId: J1,
    note: 'English agent reply above a Japanese Gmail quote header; asks for explicit consent', from: SUPPORT, to: T,
    subject: supportSubject(J1), date: rfcDate(d('2025-12-05T12:00:00Z')),
    text: `Dear Yamada-san,

Thank you for your reply in Japanese; I am answering in English, I hope that is fine.
Before we merge AWS07654321 into AWS01234567 we need your explicit consent, as it can't be
undone. Please reply "I consent" to this email.

Regards,
Kenji

${gmailJa(d('2025-12-05T03:00:00Z'), `山田 太郎 <${T}>`)}
${quote('よろしくお願いします。統合をお願いします。')}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'typo-mergerd', caseId: F1,
    note: 'typo "mergerd"; completion', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-05T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Your two acounts have been mergerd. All certifications are now under AWS88000456.

Regards,
Priyanka
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'now-one-account', caseId: F2, charset: 'UTF-8', cte: 'base64',
    note: '"your accounts are now one" - no merge verb', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-05T10:00:00Z'), '+0100'),
    text: `Hello María,

Your accounts are now one: AWS77000111 carries the history of AWS77000999 as well. The older
login has been retired.

${SIG}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'support-reissued-credly-emails', caseId: F1,
    note: 'support: badges re-issued, Credly e-mails sent', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-07T18:00:00Z'), '-0700'),
    text: `Hi Alex,

I've re-issued your badges to ${A}; you should have received two emails from Credly. Once you
accept them they'll show on your public profile.

Regards,
Priyanka
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-three-reissued-lf', caseId: null, lf: true,
    note: 'Credly: 3 badges re-issued (LF line ends)', from: CREDLY_AWS, to: M,
    subject: 'Amazon Web Services Training and Certification re-issued 3 badges to you', date: rfcDate(d('2025-12-06T12:00:00Z')),
    text: `Hi María,

Amazon Web Services Training and Certification re-issued 3 badges to ${M}:
AWS Certified Cloud Practitioner
AWS Certified Solutions Architect - Associate
AWS Certified Data Engineer - Associate

Accept your badges: https://www.credly.com/earner/earned
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'resolved-top-post-long', caseId: F2,
    note: 'top-posted resolution above a long history (history mentions the merge)', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-12T10:00:00Z'), '+0100'),
    text: `Hello María,

Glad to hear everything looks right. I'm resolving this case now.

${SIG}

${gmailEn(d('2025-12-11T19:00:00Z'), `Maria Garcia <${M}>`)}
${quote(`All good now, thanks!

${gmailEn(d('2025-12-05T10:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote('Your accounts are now one: AWS77000111 carries the history of AWS77000999 as well.')}`)}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'auto-close-restates-badges', caseId: F1, trap: true,
    note: 'auto-close warning that restates that the badges were re-issued', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-10T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Your badges were re-issued on December 7. If there's nothing else, this case will close
automatically in 3 days without further action.

Regards,
Priyanka
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'closed-salesforce-footer', caseId: '1760555444333',
    note: 'closed notice with ref tag', from: SUPPORT_NAMED, to: P,
    subject: `Case 1760555444333 closed`, date: rfcDate(d('2025-12-09T00:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Your case 1760555444333 has been closed. Reply within 14 days to reopen it.

${sfRef(501)}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'scheduled-for-tomorrow', caseId: F2, trap: true,
    note: 'future: "the merge is scheduled for tomorrow"', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-04T16:00:00Z'), '+0100'),
    text: `Hello María,

Thanks for the OK. The merge is scheduled for tomorrow morning (CET). I'll write once it's done.

${SIG}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'could-not-complete-because', caseId: F1, trap: true,
    note: '"we couldn\'t complete the merge because" the old account is locked', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-05T08:00:00Z'), '-0700'),
    text: `Hi Alex,

We couldn't complete the merge because the older account is locked after too many sign-in
attempts. I've asked our team to unlock it and will retry afterwards.

Regards,
Priyanka
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'mobile-agent-quick-note', caseId: F2,
    note: 'short note from an agent on mobile: still checking', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-02T21:00:00Z'), '+0100'),
    text: `Hi María - still checking with the team, will update you tomorrow.

Sent from my iPhone
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'webinar-registration-confirmed', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    note: 'webinar: "your registration is confirmed"', from: 'AWS Webinars <aws-webinars@amazon.com>', to: P,
    subject: 'Registration confirmed: Migrating and consolidating databases on AWS', date: rfcDate(d('2025-12-03T15:00:00Z')), headers: ['Precedence: bulk'],
    text: `Hi Priya,

Your registration is confirmed for "Migrating and consolidating databases on AWS" on
December 18, 2025. Add it to your calendar.
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-newsletter-merge-feature', caseId: null, trap: true, format: 'html', charset: 'UTF-8',
    note: 'Credly product newsletter: "merge duplicate accounts"', from: 'Credly <newsletter@credly.com>', to: A,
    subject: 'New in Credly: merge duplicate accounts in one click', date: rfcDate(d('2025-12-04T15:00:00Z')), headers: ['Precedence: bulk', 'List-Unsubscribe: <https://credly.com/unsub>'],
    html: `<html><body><h2>New: merge duplicate accounts</h2><p>Have badges on more than one email? Merge your accounts from Settings &gt; Account. Your badges will be combined on one profile.</p><p><a href="https://credly.com/unsub">Unsubscribe</a></p></body></html>`,
    text: 'Merge your accounts from Settings',
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'iam-key-exposed-security', caseId: null,
    note: 'AWS security notification, unrelated', from: 'Amazon Web Services <aws-security@amazon.com>', to: T,
    subject: 'Action required: AWS access key exposed', date: rfcDate(d('2025-12-06T04:00:00Z')),
    text: `Hello,

We detected that the IAM access key AKIAIOSFODNN7EXAMPLE for account 123456789012 is publicly
available. Please rotate it immediately.

AWS Security
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'user-forward-iphone', caseId: F1, trap: true, auth: 'none', deliveredTo: 'alex.kim@example.com',
    note: 'the user forwards the completion from his phone to his spouse, CC himself; new text is his', from: `Alex Kim <${A}>`, to: 'Jamie Kim <jamie@example.net>', cc: A,
    subject: `Fwd: ${supportSubject(F1)}`, date: rfcDate(d('2025-12-05T19:00:00Z'), '-0700'),
    text: `finally!! 🎉

Sent from my iPhone

Begin forwarded message:

> From: aws-cs-trainingcertification-form@amazon.com
> Subject: ${supportSubject(F1)}
>
> Your two acounts have been mergerd. All certifications are now under AWS88000456.
`,
    charset: 'UTF-8',
  },
  {
    kind: 'info_request', lang: 'en', slug: 'no-ar-info-request', caseId: F1, auth: 'none',
    note: 'no Authentication-Results at all: untrusted', from: SUPPORT, to: A,
    subject: supportSubject(F1), date: rfcDate(d('2025-12-03T02:00:00Z')),
    text: `Hi Alex,

Please send your password for both accounts so we can verify ownership.

AWS Training and Certification
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'dmarc-fail-closed', caseId: F2, auth: 'fail',
    note: 'dmarc=fail: untrusted closing notice', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-03T12:00:00Z'), '+0100'),
    text: `Hello María,

Your case has been closed. To reopen, sign in at https://aws-support.example.org

${SIG}
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'ack-for-someone-else', caseId: '1760777888999', deliveredTo: null,
    note: 'receipt addressed to another person: forUser false', from: SUPPORT_NAMED, to: 'sam.lee@example.net',
    subject: ackSubject('1760777888999'), date: rfcDate(d('2025-12-02T12:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We have received your case 1760777888999 and will respond within 24 hours. Please do not open
a duplicate case.

AWS Training and Certification
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-resent-by-old-mailbox', caseId: null, deliveredTo: A,
    note: 'Credly badge mail redirected by the old mailbox (Resent-*): forUser false', from: CREDLY_AWS, to: 'a.kim@work.example.net',
    headers: ['Resent-From: a.kim@work.example.net', `Resent-To: ${A}`, 'Resent-Date: Sun, 7 Dec 2025 10:00:00 -0700'],
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: rfcDate(d('2025-12-07T15:00:00Z')),
    text: `Hi Alex Kim,

Amazon Web Services Training and Certification issued you a badge: AWS Certified Developer - Associate.
Accept your badge: https://www.credly.com/earner/earned
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'outlook-quote-answer-exam-history', caseId: F2,
    note: 'answers whether exam history moves; Outlook quote', from: SUPPORT, to: M,
    subject: supportSubject(F2), date: rfcDate(d('2025-12-03T14:00:00Z'), '+0100'),
    text: `Hello María,

Yes - exam history, including failed attempts, moves together with the certifications.

${SIG}

${outlookEn(d('2025-12-03T08:00:00Z'), `Maria Garcia <${M}>`, SUPPORT, supportSubject(F2))}

Will my exam history also move, or only the certifications?
`,
  },
];
