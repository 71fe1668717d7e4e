// Japanese messages of set s, part A: receipts, automated answers, information
// requests and consent requests. Senior escalation desk voice: heavy keigo,
// restated history next to the one new event.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, SUPPORT_JA, AWS_NOTIFY, formSubject, SEI, MISAKI, TAKUMI, CASE, OKOCHI, WASHIO, SHINONOME_HR,
  d, jaDate, quote, sfOrigJa, gmailJa, outlookJa, sigJa, FOOT_JA, FOOT_BI, sfRef, paras, htmlDoc, esc,
  SEI_REQ, MISAKI_REQ, TAKUMI_REQ, seiSig, misakiSig, takumiSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const takumiTo = `${TAKUMI.ja} <${TAKUMI.keep}>`;

export const JA_A: Msg[] = [
  // ================= acknowledgement (8) =================
  j({
    slug: 'sei-receipt-notify-jis',
    kind: 'acknowledgement',
    caseId: CASE.sei,
    note: 'AWS Support notification that a new case was opened; reply within 24h; do not open another case',
    from: AWS_NOTIFY,
    to: SEI.keep,
    subject: `[ケース ${CASE.sei}] AWS トレーニングと認定 - account-assistance`,
    date: d('2026-01-13 01:02:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

このたびは AWS トレーニングと認定 カスタマーサポートへお問い合わせをいただき、誠にありがとうございます。
お客様のお問い合わせは、以下のケース番号にて承りました。

ケース番号: ${CASE.sei}
件名: account-assistance
受付日時: ${jaDate('2026-01-13 10:02')}(日本時間)

担当者より、通常 24 時間以内に本メールアドレス宛てにご連絡申し上げます。
恐れ入りますが、同一のご依頼につきまして別途ケースを起票されますと、ご回答が遅れる原因となりますので、ご遠慮くださいますようお願い申し上げます。

アマゾン ウェブ サービス

※本メールは送信専用アドレスから自動送信されております。本メールへのご返信にはお答えいたしかねますので、あらかじめご了承ください。`,
  }),
  j({
    slug: 'misaki-receipt-html-fields',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'HTML-only receipt that echoes the submitted form fields; no request, nothing decided yet',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: `[CASE ${CASE.misaki}] お問い合わせ受付のお知らせ [AWS Training and Certification Form Submission]`,
    date: d('2026-02-02 05:41:09', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>${esc(MISAKI.sama)}</p>
<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>下記の内容にて、お問い合わせを確かに承りました。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><th align="left">ケース番号</th><td>${CASE.misaki}</td></tr>
<tr><th align="left">お名前</th><td>${esc(MISAKI.ja)}</td></tr>
<tr><th align="left">会社名</th><td>${esc(MISAKI.company)}</td></tr>
<tr><th align="left">AWS 候補者 ID</th><td>${MISAKI.keepId}</td></tr>
<tr><th align="left">お問い合わせ種別</th><td>AWS トレーニングと認定 &gt; 認定 &gt; アカウントの統合</td></tr>
</table>
<p>内容を確認のうえ、担当者より 1〜2 営業日以内にご連絡を差し上げます。今しばらくお待ちくださいますよう、お願い申し上げます。</p>
<p style="color:#687078;font-size:12px">本メールは自動送信です。ご返信いただいた場合も本ケースに記録されます。</p>
</td></tr></table>`, 'ja'),
  }),
  j({
    slug: 'takumi-receipt-id-body-sjis',
    kind: 'acknowledgement',
    caseId: CASE.takumi,
    note: 'receipt whose subject has no case ID; the number appears only in the body',
    from: SUPPORT,
    to: takumiTo,
    subject: '[AWS Training and Certification Form Submission] お問い合わせありがとうございます',
    date: d('2026-02-24 08:15:30', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${TAKUMI.sama}

AWS トレーニングと認定 カスタマーサポートでございます。
ご送信いただいたお問い合わせフォームの内容は、お問い合わせ番号 ${CASE.takumi} として登録されました。

今後のやり取りは本メールへのご返信にてお願いいたします。担当者が内容を拝見し、順次ご連絡いたします。
なお、お問い合わせが集中している場合、ご連絡までにお時間を頂戴することがございます。あらかじめご容赦くださいませ。

AWS トレーニングと認定 カスタマーサポート
${FOOT_JA}`,
  }),
  j({
    slug: 'sei-dup-receipt-bilingual',
    kind: 'acknowledgement',
    caseId: CASE.seiDup,
    note: 'receipt of a second (duplicate) case, bilingual template; still just a receipt',
    from: AWS_NOTIFY,
    to: SEI.keep,
    subject: `[Case ${CASE.seiDup}] AWS Training and Certification / AWS トレーニングと認定`,
    date: d('2026-01-14 23:30:12', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    hdr: 'jis',
    text: `${SEI.sama}
Dear ${SEI.en},

お問い合わせを受け付けました。ケース番号は ${CASE.seiDup} です。
We have opened case ${CASE.seiDup} for your inquiry.

担当者が確認のうえ、ご登録のメールアドレス宛てにご連絡いたします。
A member of our team will contact you at this address.

既に同じ内容のケースをお持ちの場合は、そちらのケースへご返信ください。
If you already have an open case about the same request, please reply on that case instead.

Amazon Web Services`,
  }),
  j({
    slug: 'misaki2-receipt-arc-sjisb64',
    kind: 'acknowledgement',
    caseId: CASE.misaki2,
    note: 'receipt of a new case (badge follow-up) with ARC headers above the genuine topmost A-R',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `AWS サポート: ケース ${CASE.misaki2} が作成されました`,
    date: d('2026-03-09 02:11:51', '+0000'),
    auth: 'arcPass',
    enc: 'sjisb64',
    text: `${MISAKI.sama}

平素より AWS をご利用いただき、誠にありがとうございます。
お客様よりお寄せいただいたご依頼につきまして、新しいサポートケースを作成いたしました。

  ケース ID : ${CASE.misaki2}
  カテゴリー: AWS トレーニングと認定 / 認定 / その他
  ステータス: 担当者の割り当て待ち

担当チームが内容を確認し、追ってご連絡申し上げます。ご連絡は通常 1 営業日以内に差し上げております。

アマゾン ウェブ サービス ジャパン合同会社
本メールは送信専用です。`,
  }),
  j({
    slug: 'forged-receipt-no-ar',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.misaki,
    note: 'receipt text with a trusted From but no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `[ケース ${CASE.misaki}] お問い合わせを受け付けました`,
    date: d('2026-02-02 06:03:10', '+0000'),
    auth: 'none',
    enc: 'utf8qp',
    text: `${MISAKI.sama}

お問い合わせを受け付けました。ケース番号 ${CASE.misaki} にて承っております。
ご連絡まで今しばらくお待ちください。

Amazon Web Services`,
  }),
  j({
    slug: 'takumi-receipt-dmarc-fail',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.takumi2,
    note: 'receipt wording but dmarc=fail on the topmost A-R: untrusted',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: `[ケース ${CASE.takumi2}] ご依頼を承りました`,
    date: d('2026-03-12 11:20:05', '+0000'),
    auth: 'fail',
    enc: 'jis7',
    text: `${TAKUMI.sama}

このたびはお問い合わせいただき、ありがとうございます。
ケース番号 ${CASE.takumi2} として、ご依頼を承りました。担当者よりご連絡いたします。

アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'sei-receipt-multipart-utf8',
    kind: 'acknowledgement',
    caseId: CASE.sei,
    note: 'second copy of the receipt sent by the form itself (multipart, case in subject); nothing beyond receipt',
    from: SUPPORT,
    to: SEI.keep,
    cc: SEI.src,
    subject: `[CASE ${CASE.sei}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-13 01:03:02', '+0000'),
    auth: 'passSes',
    enc: 'utf8qp',
    text: `${SEI.sama}

AWS トレーニングと認定 カスタマーサポートへのお問い合わせ、誠にありがとうございます。
以下の内容でお問い合わせフォームの送信を受け付けましたので、お知らせいたします。

■ ケース番号: ${CASE.sei}
■ お問い合わせ種別: AWS トレーニングと認定
■ 詳細: アカウントの統合
■ ご連絡先: ${SEI.keep}

担当者からのご連絡をお待ちくださいますよう、お願い申し上げます。

${FOOT_BI}`,
    html: htmlDoc(paras(`${SEI.sama}

AWS トレーニングと認定 カスタマーサポートへのお問い合わせ、誠にありがとうございます。
以下の内容でお問い合わせフォームの送信を受け付けましたので、お知らせいたします。

■ ケース番号: ${CASE.sei}
■ お問い合わせ種別: AWS トレーニングと認定
■ 詳細: アカウントの統合
■ ご連絡先: ${SEI.keep}

担当者からのご連絡をお待ちくださいますよう、お願い申し上げます。

${FOOT_BI}`), 'ja'),
  }),

  // ================= ai_answer (7) =================
  j({
    slug: 'sei-ai-merge-tool-qp',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool before any case exists',
    from: AWS_NOTIFY,
    to: SEI.keep,
    subject: 'AWS トレーニングと認定: お問い合わせに対する自動回答',
    date: d('2026-01-13 00:51:17', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${SEI.sama}

お問い合わせ内容をもとに、生成 AI が以下の回答を作成いたしました。ご参考になれば幸いです。

----
認定アカウントが複数ある場合は、AWS 認定アカウントの「プロフィール」から「アカウントの統合 (Merge Accounts)」をお試しいただけます。
1. 残したいアカウントでサインインします。
2. プロフィール画面の統合メニューを開きます。
3. もう一方のアカウントの認証情報を入力します。
なお、両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その際は、画面の案内に従ってサポートケースを作成してください。
----

この回答は自動生成されたものであり、内容の正確性を保証するものではございません。解決しない場合は「ケースを作成」を選択してください。

Amazon Web Services`,
  }),
  j({
    slug: 'misaki-ai-explains-after-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated answer that describes what happens once accounts are merged and badges move; still an AI answer',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'ご質問への回答候補 (AI 生成) - AWS トレーニングと認定',
    date: d('2026-02-02 05:30:40', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${MISAKI.sama}

AWS トレーニングと認定へのご質問、ありがとうございます。以下は AI アシスタントによる回答候補です。

【アカウント統合後の取り扱いについて】
・統合が完了すると、統合元アカウントの認定資格、受験履歴、特典(次回受験の 50% 割引バウチャー等)は統合先アカウントに表示されます。
・Credly のデジタルバッジは、統合完了後に統合先のメールアドレスへ移行されるのが一般的です。移行されない場合は Credly 側でバッジを受け取ってください。
・統合は元に戻すことができません。

上記で解決しない場合は、このままサポートケースを作成いただけます。

※本回答は自動生成されています。担当者による確認は行われておりません。

アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'takumi-ai-steps-helpful',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated guidance with numbered steps and a was-this-helpful prompt',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: 'AWS サポートからのご案内: 自動生成された回答',
    date: d('2026-02-24 08:02:13', '+0000'),
    auth: 'dkimonly',
    enc: 'jisb64',
    text: `${TAKUMI.sama}

お問い合わせいただいた「AWS 認定アカウントの統合」について、自動応答システムより以下のとおりご案内いたします。

(1) まず AWS 認定アカウントにサインインし、プロフィールから Merge Accounts を開いてください。
(2) 統合したいアカウントのメールアドレスを入力し、画面の指示に従って操作してください。
(3) 「認定履歴があるため統合できません」と表示された場合は、お手数ですがサポートへのお問い合わせを継続してください。

この回答はお役に立ちましたか?  はい / いいえ

※この回答は機械学習モデルにより生成されています。

Amazon Web Services`,
  }),
  j({
    slug: 'sei-ai-mixed-sjis',
    kind: 'ai_answer',
    caseId: null,
    note: 'English generated-answer template with a Japanese lead-in; no human involved',
    from: AWS_NOTIFY,
    to: SEI.src,
    subject: 'AWS Training and Certification - 自動回答 / Automated response',
    date: d('2026-01-12 23:48:02', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${SEI.sama}

以下は自動生成された回答です(英語のみでのご案内となりますこと、ご容赦ください)。

This answer was generated automatically based on your question.
To combine two AWS Certification accounts, sign in to the account you want to keep and open Profile > Merge Accounts. If both accounts hold certifications, the tool cannot be used and you will be prompted to contact support.

ご不明な点がございましたら、画面の「ケースを作成」よりお問い合わせください。

Amazon Web Services`,
  }),
  j({
    slug: 'forged-ai-misaligned',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer text, but DKIM signed by an unrelated bulk-mail domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: '【自動回答】AWS 認定アカウントの統合について',
    date: d('2026-02-24 09:40:55', '+0000'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `${TAKUMI.sama}

AI アシスタントがご質問にお答えします。
アカウントの統合は、認定アカウントのプロフィール画面にある統合ツールから行えます。詳しくは下記をご参照ください。
https://aws-cert-merge-help.example.net/ja/

Amazon Web Services`,
  }),
  j({
    slug: 'misaki-ai-html-only',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only generated answer with a create-case button',
    from: AWS_NOTIFY,
    to: misakiTo,
    subject: 'お問い合わせへの回答 (自動生成)',
    date: d('2026-02-02 05:29:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="padding:20px">
<p>${esc(MISAKI.sama)}</p>
<p>Amazon Q による回答をお送りします。</p>
<div style="background:#f2f8fd;border-left:4px solid #0073bb;padding:12px">
<p>AWS 認定アカウントを 1 つにまとめるには、認定アカウントの<b>プロフィール &gt; アカウントの統合</b>をご利用ください。統合先のアカウントでサインインしてから操作するのがおすすめです。</p>
<p>どちらのアカウントにも合格済みの認定がある場合、セルフサービスでの統合はできません。</p>
</div>
<p>問題が解決しない場合: <a href="https://support.aws.amazon.com/#/contacts/aws-training" style="background:#ff9900;color:#000;padding:6px 14px;text-decoration:none">ケースを作成</a></p>
<p style="font-size:11px;color:#687078">この回答は生成 AI によって作成されました。</p>
</div>`, 'ja'),
  }),
  j({
    slug: 'takumi-ai-no-case-needed',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated answer saying no case will be opened if this resolves it (closing/receipt words); still the AI answer',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: 'AWS トレーニングと認定 - 自動応答のご案内',
    date: d('2026-02-24 08:03:40', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `${TAKUMI.sama}

お寄せいただいたご質問は受け付けておりますが、まずは自動応答による回答をご覧ください。

・認定アカウントの統合は、セルフサービスの統合ツールで完了できる場合がございます。
・ツールで統合が完了した場合は、サポートケースの作成は不要です。この画面を閉じていただければ、本件はそのまま終了となります。
・ツールをご利用いただけない場合のみ、「ケースを作成」へお進みください。

※自動生成された回答のため、担当者による確認は行っておりません。

Amazon Web Services`,
  }),

  // ================= info_request (9) =================
  j({
    slug: 'sei-todo-numbered-ids',
    kind: 'info_request',
    trap: true,
    caseId: CASE.sei,
    note: 'restates the receipt, then asks for both candidate IDs, addresses, which to keep and the romaji name',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-14 02:18:33', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素より AWS トレーニングと認定をご愛顧賜り、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の藤堂でございます。

${jaDate('2026-01-13 10:02')}にお寄せいただきましたアカウント統合のご依頼につきましては、ケース番号 ${CASE.sei} にて確かに受け付けております。ご連絡が遅くなりましたこと、深くお詫び申し上げます。

統合のお手続きを進めるにあたり、恐れ入りますが、下記の事項につきましてご教示賜りますようお願い申し上げます。

1. 両アカウントの AWS 候補者 ID(AWS から始まる番号)
2. 各アカウントにご登録のサインイン用メールアドレス
3. 統合後に残すアカウント(どちらを統合先とされるか)
4. 認定証に記載されているお名前のローマ字表記

上記をご返信いただけましたら、内容を確認のうえ、改めてご連絡申し上げます。
お忙しいところ誠に恐縮ではございますが、ご協力のほどお願い申し上げます。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}

${sfRef('0Tc8QaZ')}

${sfOrigJa('2026-01-13 10:02', SEI.keep, SUPPORT_BARE, formSubject(CASE.sei), SEI_REQ)}`,
  }),
];
