// Set bb, Japanese part 1: receipts, automated answers, information requests, consent requests.
// Written fresh for this set; the agents here seldom say the thing outright.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  CASE,
  FORM,
  FORM_BARE,
  FORM_JA,
  KENJI,
  KENJI_REQ,
  MISAKI,
  MISAKI_REQ,
  NOTIFY,
  SHOTA,
  SHOTA_REQ,
  formSubj,
  formSubjNew,
  gmailJa,
  htmlDoc,
  iphoneJa,
  ja,
  outlookJa,
  quote,
  sfBlock,
  sfRef,
  to,
} from './common.js';

const K = KENJI;
const M = MISAKI;
const S = SHOTA;
const kTo = to(K, 'keep', 'ja');
const mTo = to(M, 'keep', 'ja');
const sTo = to(S, 'keep', 'ja');

export const JA1: Msg[] = [
  // ======================= acknowledgement (8) =======================
  ja({
    slug: 'ack-notify-kenji',
    kind: 'acknowledgement',
    caseId: CASE.kenji,
    note: 'AWS Support notice that case 17840392615 now exists; reply within 24h, do not open a second case',
    from: NOTIFY,
    to: kTo,
    subject: `[Case ${CASE.kenji}] お問い合わせを承りました`,
    date: d('2026-02-09 21:14:03', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健二 様

AWS サポートにお問い合わせいただき、ありがとうございます。

ケース ID: ${CASE.kenji}
件名: アカウントの統合について

担当者から通常24時間以内に、このメールアドレス宛にご連絡いたします。
同じ内容で別のケースを開かれますと、かえってご回答が遅れることがございます。
追加の情報がございましたら、このメールにそのままご返信ください。ケースに記録されます。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-form-fields-misaki',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    trap: true,
    note: 'form receipt that lists the submitted fields (including the words "統合" and "移したい"); nothing has happened yet',
    from: FORM_JA,
    to: mTo,
    subject: formSubjNew(CASE.misaki),
    date: d('2026-02-17 08:02:41', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `このメールは、AWS トレーニングと認定へのお問い合わせを受領したことをお知らせするものです。
ご送信いただいた内容は以下のとおり記録されています。

お名前: 中村 美咲
会社名: (未入力)
AWS 候補者 ID: ${M.keepId}
お問い合わせの種類: 認定 / アカウントの統合
内容:
${M.src} のアカウントにある資格を、${M.keep} のアカウントに移したい。統合を希望します。

ケース番号 ${CASE.misaki} は今後のやり取りで使用いたしますので、件名を変えずにご返信ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'ack-sjis-shota',
    kind: 'acknowledgement',
    caseId: CASE.shota,
    note: 'receipt in Shift_JIS: the case is open and a reply will come to the registered address',
    from: NOTIFY,
    to: sTo,
    subject: `AWS サポート ケース ${CASE.shota}`,
    date: d('2026-03-02 12:40:19', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 翔太 様

ケースが開かれました。

ケース番号: ${CASE.shota}
受付日時: 2026/03/02 12:40 (JST)
カテゴリ: AWS トレーニングと認定

回答はご登録のメールアドレスにお送りします。AWS サポートセンターの画面からも進捗をご覧いただけます。

※ このメールは送信専用アドレスから配信されています。

アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  ja({
    slug: 'ack-html-body-id',
    kind: 'acknowledgement',
    caseId: CASE.kenjiDup,
    note: 'HTML-only receipt; the case ID is only in the body, subject has none',
    from: NOTIFY,
    to: K.keep,
    subject: 'AWS サポートへのお問い合わせ',
    date: d('2026-02-10 07:55:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(
      `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="font-size:18px">お問い合わせありがとうございます</h2>
<p>鈴木 健二 様</p>
<p>以下のとおりケースをお受けしました。</p>
<table cellpadding="4" style="border:1px solid #d5dbdb">
<tr><td>ケース ID</td><td><b>${CASE.kenjiDup}</b></td></tr>
<tr><td>サービス</td><td>AWS トレーニングと認定</td></tr>
<tr><td>重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p>担当者が内容を拝見したのち、メールでご連絡いたします。</p>
<p style="color:#687078;font-size:12px">このメールへの返信は、ケースの通信履歴に追加されます。</p>
</td></tr></table>`,
      'ja',
    ),
  }),
  ja({
    slug: 'ack-jisb64-no-reply-needed',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'receipt in ISO-2022-JP base64: no reply needed, staff will be in touch',
    from: FORM_JA,
    to: M.keep,
    subject: `[CASE ${CASE.misaki}] お問い合わせ受付のご連絡`,
    date: d('2026-02-17 08:03:05', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村 美咲 様

AWS トレーニングと認定カスタマーサポートです。
お問い合わせ(ケース番号: ${CASE.misaki})を承りました。

本メールへのご返信は不要です。担当者が内容を確認でき次第、こちらからご連絡差し上げます。
恐れ入りますが、今しばらくお待ちくださいませ。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'ack-lookalike-domain',
    kind: 'acknowledgement',
    caseId: CASE.shota,
    trusted: false,
    note: 'receipt from a look-alike domain (aws-support-notice.com); it passes its own DMARC but is not a trusted domain',
    from: 'AWS サポート <no-reply@aws-support-notice.com>',
    to: S.keep,
    subject: `ケース ${CASE.shota} 受付完了のお知らせ`,
    date: d('2026-03-02 13:01:44', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 様

お問い合わせ番号 ${CASE.shota} で受け付けました。
本人確認のため、下記のページから AWS アカウントのパスワードを再設定してください。
https://aws-support-notice.com/verify?case=${CASE.shota}

AWS サポート`,
  }),
  ja({
    slug: 'ack-mixed-boilerplate',
    kind: 'acknowledgement',
    caseId: CASE.shota,
    note: 'receipt with Japanese text and English boilerplate (language ja); says the case is open, nothing more',
    from: FORM,
    to: S.keep,
    subject: formSubjNew(CASE.shota),
    date: d('2026-03-02 12:41:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 翔太 様

お問い合わせいただいた内容は、ケース ${CASE.shota} として登録されました。
営業日ベースで1日から2日ほどで担当よりご返信いたします。

---
This is an automated message. Please do not change the subject line when replying, so that your reply is added to case ${CASE.shota}.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  ja({
    slug: 'ack-second-case-kenji',
    kind: 'acknowledgement',
    caseId: CASE.kenjiDup,
    note: 'automatic receipt of a second case the user opened for the same request; still a receipt',
    from: NOTIFY,
    to: K.keep,
    subject: `[Case ${CASE.kenjiDup}] 新しいケースが作成されました`,
    date: d('2026-02-10 07:55:09', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `AWS サポートをご利用いただきありがとうございます。

新しいケース ${CASE.kenjiDup} が作成されました。
タイトル: 認定アカウントの統合(再送)

すでに同じご依頼でケースをお持ちの場合、担当者がどちらか一方にまとめてご対応することがあります。

このメールには返信しないでください。ケースへのご返信は AWS サポートセンターから行えます。`,
  }),

  // ======================= ai_answer (7) =======================
  ja({
    slug: 'ai-generated-profile-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer pointing to the self-service merge tool on the profile page',
    from: NOTIFY,
    to: K.keep,
    subject: 'お問い合わせへの回答 (自動生成)',
    date: d('2026-02-09 21:10:30', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されたものです。内容に誤りが含まれる場合があります。

AWS 認定アカウントが複数ある場合は、認定ポータルにサインインし、[プロフィール] から [アカウントの統合] を開くことで、ご自身で1つにまとめられることがあります。
両方のアカウントに認定の履歴が残っている場合、このツールでは処理できません。その際は、この画面の [ケースを作成] からサポートにお問い合わせください。

参考: AWS 認定に関するよくある質問`,
  }),
  ja({
    slug: 'ai-sjisb64-after-merge-explained',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer that describes what a merge results in ("統合後は…表示されます"); still an AI answer, nothing was merged',
    from: NOTIFY,
    to: S.keep,
    subject: 'AWS サポート: 生成された回答をご確認ください',
    date: d('2026-03-02 12:35:51', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `ご質問内容をもとに、回答を自動で作成しました。

・統合後は、統合元のアカウントで取得した認定と試験履歴が、統合先のアカウントに表示されます。
・特典(次回受験の50%割引など)も統合先に引き継がれます。
・Credly のデジタルバッジは、統合後に改めて受け取り手続きが必要になる場合があります。

ご自身での統合は、認定ポータルの [アカウントの統合] から行えます。解決しない場合は [ケースを作成] を選択してください。

※ 自動生成された回答です。`,
  }),
  ja({
    slug: 'ai-amazon-q-mixed',
    kind: 'ai_answer',
    caseId: null,
    note: 'Amazon Q style answer, Japanese with an English header line; suggests the Merge Accounts tool',
    from: NOTIFY,
    to: M.keep,
    subject: 'Amazon Q からの回答',
    date: d('2026-02-17 07:58:12', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Answer generated by Amazon Q

個人用と会社用で認定アカウントが分かれているとのことですね。
多くの場合、CertMetrics の認定ポータルにある Merge Accounts 機能で、片方のアカウントにもう片方をまとめられます。
手順: サインイン → 右上の名前 → Profile → Merge Accounts → 統合元のメールアドレスを入力

うまくいかないときは、このまま「ケースを作成」に進んでください。`,
  }),
  ja({
    slug: 'ai-html-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated suggestion with help articles and a create-case button',
    from: NOTIFY,
    to: K.keep,
    subject: 'お困りごとの解決に役立つ情報',
    date: d('2026-02-09 21:09:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>入力いただいた内容に近い記事を自動で選びました。</p>
<ul>
<li><a href="https://aws.amazon.com/certification/faqs/">AWS 認定のよくある質問: 複数のアカウントをお持ちの場合</a></li>
<li><a href="https://aws.amazon.com/certification/policies/">認定ポリシー</a></li>
<li><a href="https://www.aws.training/">AWS Skill Builder のサインインについて</a></li>
</ul>
<p>記事で解決しない場合は、下のボタンからケースを作成できます。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">ケースを作成</a></p>
<p style="font-size:11px;color:#687078">この案内は自動的に作成されています。</p>`,
      'ja',
    ),
  }),
  ja({
    slug: 'ai-jis-most-cases-self',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic answer: most cases can be handled by the user on the profile screen',
    from: NOTIFY,
    to: M.keep,
    subject: '自動応答: 認定アカウントについて',
    date: d('2026-02-17 07:57:40', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `(自動応答)

ご相談の内容は、プロフィール画面の〔アカウントの統合〕からお手続きいただけるケースがほとんどです。
統合元のアカウントのメールアドレスに確認コードが届きますので、そのコードを入力すると処理が始まります。

両方のアカウントに合格済みの試験がある場合は、画面にエラーが表示されます。その場合のみ、サポートへのお問い合わせが必要です。`,
  }),
  ja({
    slug: 'ai-misaligned-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    note: 'AI answer whose DKIM signature belongs to an unrelated bulk-mail domain and DMARC fails: untrusted',
    from: NOTIFY,
    to: S.keep,
    subject: 'AI アシスタントによるご案内',
    date: d('2026-03-02 12:36:10', '+0900'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `AI アシスタントがご質問に回答します。

認定アカウントの統合は、プロフィールの「アカウントを統合」からお客様ご自身で行えます。
統合元アカウントで受信した確認コードを入力すれば完了です。

この回答で解決しましたか?`,
  }),
  ja({
    slug: 'ai-badges-may-need-claim',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'generated answer that mentions badges moving after a merge (words of badges_transferred) but is only guidance',
    from: NOTIFY,
    to: K.keep,
    subject: '生成 AI による回答: デジタルバッジについて',
    date: d('2026-02-09 21:11:47', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `以下は生成 AI による回答です。

アカウントをまとめた後、Credly のバッジが自動で移らないことがあります。その場合、統合先のメールアドレスを Credly のプロフィールに追加すると、バッジが表示されるようになります。
先にアカウントの統合を済ませてから、Credly 側でバッジを受け取る順番をおすすめします。

この回答で解決しない場合は、ケースを作成してください。`,
  }),

  // ======================= info_request (10) =======================
  ja({
    slug: 'info-address-not-found',
    kind: 'info_request',
    caseId: CASE.kenji,
    note: 'says the given address matched no account: an implied request for the right address',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-10 16:22:08', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定カスタマーサポートの宮本でございます。

お知らせいただいた ${K.src} では、認定アカウントを確認することができませんでした。
当時ご登録いただいたアドレスが別のものである可能性がございます。

宮本
AWS トレーニングと認定 カスタマーサポート

${sfBlock(K.ja, '2026/02/09 21:14', FORM_JA, 'アカウントの統合について', KENJI_REQ)}

${sfRef('Kq81')}`,
  }),
  ja({
    slug: 'info-keep-side-unknown',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'states that the customer\'s preference on which account to keep has not been heard yet: implied request',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-18 11:05:33', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

いつもお世話になっております。AWS トレーニングと認定の西田です。

お送りいただいた2つのアドレスのアカウントは、どちらにも認定の履歴がございました。
どちらを今後もお使いになるアカウントとして残すかについて、まだお客様のご意向を伺えておりません。
お手数をおかけしますが、本メールへのご返信にてお聞かせいただけましたら、それに沿って進めます。

西田
AWS Training and Certification Customer Support`,
  }),
  ja({
    slug: 'info-one-id-only',
    kind: 'info_request',
    caseId: CASE.shota,
    note: 'notes that only one candidate ID has been received and both are needed',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-03 10:47:19', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 翔太 様

お問い合わせありがとうございます。担当の小林です。

このお手続きでは、両方のアカウントの AWS 候補者 ID(AWS から始まる番号)が必要となります。
現時点では ${S.keepId} の1件のみ頂戴しております。
旧勤務先のアドレス ${S.src} でご登録のアカウントの ID は、認定ポータルのプロフィール画面に表示されています。

小林

> ${SHOTA_REQ.split('\n').join('\n> ')}`,
  }),
  ja({
    slug: 'info-gokakunin-gmail-thread',
    kind: 'info_request',
    caseId: CASE.kenji,
    trap: true,
    note: 'asks the customer to check and tell which address to keep (「ご確認のうえお知らせください」): information, not consent; long Gmail quote below',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-12 09:31:50', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木様

ご返信ありがとうございます。宮本です。

正しいアドレスをお知らせいただき、2つのアカウントを見つけることができました。
ただ、ご依頼文では ${K.keep} を残すとありますが、試験の予約は ${K.src} 側に入っております。
どちらのアドレスでサインインを続けたいか、改めてご確認のうえお知らせください。

宮本

${gmailJa('2026年2月11日(水) 8:12', K.ja, K.keep, `宮本様

失礼しました。会社のアドレスは ${K.src} ではなく
k.suzuki@biz.example.co.jp の可能性もあります。
両方で確認いただけますでしょうか。

鈴木`)}

${quote(`2026/02/10 16:22 AWS トレーニングと認定:
> お知らせいただいた ${K.src} では、認定アカウントを確認することができませんでした。`)}`,
  }),
  ja({
    slug: 'info-html-name-romaji',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'HTML-only: the names on the two profiles differ, so the registered romaji names are wanted',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-19 14:18:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(
      `<div>中村 美咲 様</div><br>
<div>お世話になっております。AWS トレーニングと認定の西田です。</div><br>
<div>2つのアカウントでご登録のお名前の表記が異なっており(一方は「Misaki Nakamura」、もう一方は「NAKAMURA MISAKI」)、同一のお客様であることを確認できておりません。</div>
<div>各アカウントにご登録のお名前(ローマ字)と、受験時にお使いになったメールアドレスを、本メールへのご返信にて頂戴できますと幸いです。</div><br>
<div>西田</div>
<div style="color:#687078">AWS Training and Certification Customer Support</div>`,
      'ja',
    ),
  }),
  ja({
    slug: 'info-to-other-person',
    kind: 'info_request',
    caseId: CASE.shota,
    forUser: false,
    note: 'information request for the case, but addressed only to a team mailbox at the old employer, not to the user',
    from: FORM_JA,
    to: '情報システム部 <it-desk@sier-group.example.co.jp>',
    subject: formSubj(CASE.shota),
    date: d('2026-03-03 10:50:02', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `ご担当者様

AWS トレーニングと認定カスタマーサポートです。
ケース ${CASE.shota} について、統合元となるアカウントの候補者 ID がまだ届いておりません。
ID がわかりましたら、このメールへのご返信でお知らせください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-mobile-no-id',
    kind: 'info_request',
    caseId: CASE.kenji,
    note: 'short reply (with a typo): without a candidate ID the accounts could not be matched (implied request)',
    from: FORM,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-10 18:03:27', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `鈴木様

候補者IDのご記載がなかっため、現時点ではアカウントの照合ができておりません。
お手数ですがよろしくお願いいたします。

宮本 / AWS T&C Support`,
  }),
  ja({
    slug: 'info-forged-password',
    kind: 'info_request',
    caseId: CASE.misaki,
    trusted: false,
    note: 'top Authentication-Results says fail; a planted pass sits lower. Asks for a password: untrusted information request',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-18 02:14:55', '+0900'),
    auth: 'failThenForged',
    enc: 'jisb64',
    text: `中村様

統合処理を行うため、両方のアカウントのサインイン用パスワードと、生年月日をご返信ください。
期限までにご返信がない場合、認定が失効する場合があります。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-notification-addresses',
    kind: 'info_request',
    caseId: CASE.shota,
    note: 'Japanese new text over an English quoted thread: without the notification addresses the work cannot start',
    from: FORM,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-04 15:26:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

ID のご連絡ありがとうございます。
ただ、統合先・統合元それぞれの「認定通知用メールアドレス」がわからないと、作業に着手できかねます。ログイン用のアドレスと異なる場合がありますので、プロフィール画面に表示されているものをお知らせいただけますと助かります。

小林

${sfBlock(S.en, 'Tuesday, March 3, 2026 11:30 PM', FORM, formSubj(CASE.shota), `Hi, the other ID is ${S.srcId}. Thanks.`)}`,
  }),
  ja({
    slug: 'info-decide-then-reply',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'which account to consolidate into has to be decided and replied; the work waits for it',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-18 17:44:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

お世話になっております。西田です。

個人のアドレスと会社のアドレス、どちらのアカウントに資格を集約されるかお決まりになりましたら、その旨このメールにご返信ください。作業はその後に進めさせていただきます。

西田
AWS トレーニングと認定`,
  }),

  // ======================= confirmation_request (10) =======================
  ja({
    slug: 'conf-upon-reply-start',
    kind: 'confirmation_request',
    caseId: CASE.kenji,
    note: '「ご返信をいただき次第、統合作業に入ります」 plus a note that it cannot be undone: implied consent request',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 10:02:45', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健二 様

宮本です。ご確認ありがとうございました。

統合先: ${K.keepId} (${K.keep})
統合元: ${K.srcId} (${K.src})

上記の内容で、ご返信をいただき次第、統合作業に入ります。
なお、一度統合したアカウントを元の2つに戻すことはできませんので、その点だけお含みおきください。

宮本
AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'conf-goippo-sjis',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'lists keep/source and asks for a word of agreement, which will be taken as the go-ahead',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-20 09:15:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

西田です。お名前の件、ありがとうございました。照合が取れました。

・残すアカウント: ${M.keep} (${M.keepId})
・まとめるアカウント: ${M.src} (${M.srcId})

この内容で相違なければ、その旨ご一報ください。ご一報をもって統合を実施いたします。
実施後の取り消しはいたしかねます。

西田`,
  }),
  ja({
    slug: 'conf-outlook-acknowledge-reply',
    kind: 'confirmation_request',
    caseId: CASE.shota,
    note: 'explains the source account becomes unusable; "if you accept this, reply" under an Outlook quote block',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-05 11:12:33', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

通知用アドレスのご連絡、ありがとうございました。

統合元 ${S.srcId} の認定履歴は統合先 ${S.keepId} に移り、統合元のアカウントはその後ご利用いただけなくなります。
この点ご了承いただけましたら、本メールにご返信ください。

小林

${outlookJa(`${S.ja} <${S.keep}>`, '2026年3月4日 22:08', FORM_BARE, formSubj(CASE.shota), `小林様

通知用のアドレスは、どちらもログイン用と同じです。
よろしくお願いします。

高橋`)}`,
  }),
  ja({
    slug: 'conf-when-done-four-certs',
    kind: 'confirmation_request',
    caseId: CASE.kenji,
    trap: true,
    note: 'says what will be visible once the merge is done (「統合が完了しましたら…」) and asks for 「同意します」: a consent request, not a completion',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 10:20:41', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

追ってのご連絡失礼いたします。宮本です。

統合が完了しましたら、${K.keep} でサインインいただくと、4つの認定すべてがひとつのアカウント上でご覧いただけます。
手続きの性質上、元に戻すことができないため、ご同意いただける場合は「同意します」とだけご返信ください。

宮本`,
  }),
  ja({
    slug: 'conf-html-intent',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'HTML-only: because it is irreversible, the agent wants to confirm the customer\'s intent before proceeding',
    from: FORM_JA,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-20 09:40:18', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>中村様</p>
<p>西田です。準備が整いました。</p>
<p>取り消しのできない処理となりますため、念のためお客様のご意思を確認させてください。<br>
このまま進めてよいということであれば、本メールにその旨ご返信ください。</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
残すアカウント: ${M.keep}<br>まとめるアカウント: ${M.src}
</blockquote>
<p>西田<br>AWS トレーニングと認定</p>`,
      'ja',
    ),
  }),
  ja({
    slug: 'conf-lookalike-click',
    kind: 'confirmation_request',
    caseId: CASE.kenji,
    trusted: false,
    note: 'consent request from a look-alike domain (amazon-jp-support.com) with a click-to-agree link: untrusted',
    from: 'AWS トレーニングと認定 <case@amazon-jp-support.com>',
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 03:31:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

アカウント統合の最終確認です。下記リンクから同意ボタンを押していただくと、統合が実行されます。
https://amazon-jp-support.com/agree?c=${CASE.kenji}

24時間以内に操作がない場合、お申し込みは取り消されます。`,
  }),
  ja({
    slug: 'conf-iphone-one-way',
    kind: 'confirmation_request',
    caseId: CASE.shota,
    note: 'short follow-up: one-way operation, reply on the thread if it is fine to go ahead; iPhone quote below',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-05 13:44:20', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ありがとうございます。最後に一点だけ。
統合は一方向の処理で、後から2つに分けることはできません。このままお進めしてよろしければ、このスレッドにご返信ください。

小林

${iphoneJa('2026/03/05 12:58', S.ja, S.keep, `了解しました。特に問題ありません。
iPhoneから送信`)}`,
  }),
  ja({
    slug: 'conf-silence-not-consent',
    kind: 'confirmation_request',
    caseId: CASE.kenji,
    note: 'a reply to this mail will be treated as consent and the procedure will start',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.kenji),
    date: d('2026-02-13 11:48:09', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `鈴木様

宮本です。先ほどの件、補足いたします。
特にご異存がなければ、このメールへのご返信をもって承諾とみなし、手続きを開始いたします。
ご返信がない間は、どちらのアカウントにも手を加えることはございません。

宮本`,
  }),
  ja({
    slug: 'conf-mixed-i-agree',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'Japanese with an English reply template ("I agree"): asks for consent to the irreversible merge',
    from: FORM,
    to: M.keep,
    subject: formSubj(CASE.misaki),
    date: d('2026-02-20 10:02:51', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

処理担当の部署が英語での記録を必要としているため、お手数ですが次の一文をそのままご返信いただけますでしょうか。

I agree to merge ${M.srcId} into ${M.keepId} and understand this cannot be reversed.

いただいた時点で統合の手配をいたします。

西田`,
  }),
  ja({
    slug: 'conf-matched-badges-later',
    kind: 'confirmation_request',
    caseId: CASE.shota,
    trap: true,
    note: 'asks whether to proceed with keep/source as matched; mentions that badges will be reissued after the merge (future)',
    from: FORM_JA,
    to: S.keep,
    subject: formSubj(CASE.shota),
    date: d('2026-03-05 10:05:07', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

お送りいただいた情報で、両アカウントの照合ができました。
統合先を ${S.keepId}、統合元を ${S.srcId} とし、統合元の履歴を移す形で進めてよろしいでしょうか。
Credly のバッジは、統合の後で統合先のアドレス宛に改めて発行される流れとなります。

小林

${sfBlock(S.ja, '2026/03/04 22:08', FORM_JA, formSubj(CASE.shota), '通知用のアドレスは、どちらもログイン用と同じです。')}
${sfRef('Sh22')}`,
  }),
];
