// Batch 2: mostly Japanese; synonyms of 統合, request forms without 「ください」, te-form chains,
// numbers between the meaning-carrying words, more traps and forged senders.
import {
  ackSubject,
  AWS_NOREPLY,
  CREDLY_AWS,
  gmailEn,
  gmailJa,
  originalMsg,
  outlookJa,
  quote,
  rfcDate,
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
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const SIG_JA2 = '──────────────\nAmazon Web Services\nAWS Training and Certification Customer Support\n──────────────';

const C1 = '1768800112345'; // 山田, 13 digits
const C2 = '176700998811'; // 佐藤
const C3 = '17702468013'; // Priya (ja speaker)

const REQ_H = `佐藤です。
会社のアドレス (${HO}) で受験した認定を、個人の ${H} のアカウントにまとめたいです。
よろしくお願いいたします。`;

export const batch2: Spec[] = [
  // ---- acknowledgement (ja) ----
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'uketsuke-b64-iso2022jp', caseId: C1, cte: 'base64',
    note: 'ISO-2022-JP base64 の受付通知; 件名にケース番号, 回答目安', from: SUPPORT_NAMED, to: T,
    subject: `[CASE ${C1}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate(d('2025-11-06T00:40:00Z'), '+0900'),
    headers: ['Auto-Submitted: auto-generated'],
    text: `お客様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせ (ケース ID: ${C1}) を承りました。

担当者が内容を確認し、2 営業日以内にメールでご連絡いたします。
本メールへの返信で情報を追加いただけます。同じご依頼で新しいケースを作成されますと、
対応に時間がかかる場合がございますのでご注意ください。

${SIG_JA}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'goirai-naiyou-hikae', caseId: C2, trap: true,
    note: '受付通知に「ご提供いただいた情報」の控え一覧; 情報の依頼ではない', from: AWS_NOREPLY, to: H,
    subject: `ケースを作成しました [ケース ID: ${C2}]`, charset: 'UTF-8', cte: 'quoted-printable', date: rfcDate(d('2025-11-06T03:00:00Z'), '+0900'),
    headers: ['Auto-Submitted: auto-generated'],
    text: `佐藤 花子 様

ケースを作成しました。ご提供いただいた情報は以下のとおりです。

■ご提供いただいた情報
氏名: 佐藤 花子
会社名: 株式会社オールドコープ
AWS 候補者 ID: AWS30551278
お問い合わせの種類: AWS トレーニングと認定
詳細: ${REQ_H.replace(/\n/g, ' ')}

ケース ID: ${C2}
回答の目安: 24 時間以内

Amazon Web Services
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'jidou-soushin-sjis-b64', caseId: C3, charset: 'Shift_JIS', cte: 'base64',
    note: 'Shift_JIS base64, 自動送信の受付確認', from: SUPPORT_NAMED, to: P,
    subject: `[CASE ${C3}] お問い合わせ受付のお知らせ`, date: rfcDate(d('2025-11-07T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
    text: `※本メールはシステムより自動送信されています。

お問い合わせ番号 ${C3} にて承りました。
順番に対応しておりますので、担当者からのご連絡まで 1〜3 営業日ほどお待ちください。

ご返信の際は件名の [CASE ${C3}] を変更しないようお願いいたします。

${SIG_JA2}
`,
  },
  // ---- info_request (ja) ----
  {
    kind: 'info_request', lang: 'ja', slug: 'saiwai-desu-sorezore', caseId: C1,
    note: '〜いただけますと幸いです; 統合元・統合先それぞれのサインイン用メールと特典', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-07T02:30:00Z'), '+0900'),
    text: `山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの井上でございます。

お手数をおかけいたしますが、統合元と統合先それぞれについて、次の項目をご連絡いただけますと幸いです。

1. サインインに使用しているメールアドレス
2. AWS 候補者 ID
3. 受験時に登録したお名前 (ローマ字)

いただいた情報をもとに、アカウントの確認を進めてまいります。

${SIG_JA}
井上
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'hitsuyou-to-narimasu-meishi', caseId: C2,
    note: '依頼の動詞なし: 「〜が必要となります」で情報を求める', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-07T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の木村です。

アカウントの統合を進めるにあたり、統合先アカウント (${H}) の AWS 候補者 ID が必要となります。
候補者 ID は認定アカウントのプロフィール画面、または認定証の PDF に記載されております。

${SIG_JA}
木村
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'dochira-wo-nokosu-gokibou', caseId: C3,
    note: '疑問形「どちらのアカウントを残されるご希望でしょうか」', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-08T01:00:00Z'), '+0900'),
    text: `Priya N 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋です。

ご連絡いただいた 2 つのアカウント (AWS55500011 / AWS55500987) のうち、
今後どちらのアカウントを残されるご希望でしょうか。
あわせて、残すアカウントで通知を受け取るメールアドレスもお知らせください。

${SIG_JA}
高橋
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'kaisha-mei-oshiete-mobile-quote', caseId: C1,
    note: '旧アカウント作成時の会社名を「教えていただけますか」; スマホからの返信を引用',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(C1), date: rfcDate(d('2025-11-09T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。ご回答ありがとうございます。

もう 1 点だけ、旧アカウント (${TC}) を作成された当時の会社名を教えていただけますか。
APN パートナー経由で作成されたアカウントの場合、確認に必要となります。

${SIG_JA}
井上

${gmailJa(d('2025-11-08T12:40:00Z'), `山田 太郎 <${T}>`)}
${quote(`井上様

統合元: ${TC} / AWS07654321 / Taro Yamada
統合先: ${T} / AWS01234567 / Taro Yamada

iPhoneから送信`)}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'mixed-en-template-ja-intro', caseId: C2,
    note: '日本語の前置き + 英語テンプレートで情報を求める (主言語は日本語)', from: SUPPORT, to: H,
    subject: supportSubject(C2), charset: 'UTF-8', cte: 'base64', date: rfcDate(d('2025-11-08T06:00:00Z'), '+0900'),
    text: `佐藤様

お問い合わせありがとうございます。英語のテンプレートで失礼いたします。
下記の項目をご記入のうえ、ご返信をお願いいたします。

Full name:
Company name:
Email address of the account to keep:
Email address of the account to merge:
Candidate ID of each account:

ご不明な点がございましたらお知らせください。

AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'shoumeisho-no-shashin', caseId: C3, cte: 'base64',
    note: '認定証に記載の氏名と一致する確認のため、写しの添付を「お願いできますでしょうか」',
    from: SUPPORT_NAMED, to: P, subject: supportSubject(C3), date: rfcDate(d('2025-11-10T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。

2 つのアカウントで登録されているお名前の綴りが異なっておりましたので (Priya N / Priya Nair)、
ご本人様確認として、お名前が確認できる公的な身分証明書の写しを本メールに添付いただくことはお願いできますでしょうか。
ご住所など、お名前以外の部分は塗りつぶしていただいて構いません。

${SIG_JA}
高橋
`,
  },
  // ---- confirmation_request (ja) ----
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'hai-to-henshin-yoroshii', caseId: C1,
    note: '「よろしいでしょうか」「問題なければ『はい』とご返信」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-10T04:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。ご協力ありがとうございます。

以下の内容で手続きを実施してよろしいでしょうか。

\u3000統合元: AWS07654321 (${TC})
\u3000統合先: AWS01234567 (${T})

問題なければ、本メールに「はい」とご返信ください。

${SIG_JA}
井上
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'saishuu-kakunin-midashi', caseId: C2,
    note: '【最終確認】見出し; 元に戻せない旨とご同意いただける場合は返信', from: SUPPORT_NAMED, to: H,
    subject: `【最終確認】${supportSubject(C2)}`, date: rfcDate(d('2025-11-10T06:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。

【最終確認】
AWS30110094 に登録されている受験履歴・認定資格・特典を、AWS30551278 へ移動します。
移動後、AWS30110094 は利用できなくなり、元に戻すこともできません。

ご承知おきのうえ、ご同意いただける場合は、このメールにご返信いただけますでしょうか。

${SIG_JA}
木村
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'omachigai-nai-deshouka-dates', caseId: C3,
    note: '日付と ID が動詞の間に入る: 「AWS55500987 の 2023年4月1日 取得の認定を…移してお間違いないでしょうか」',
    from: SUPPORT_NAMED, to: P, subject: supportSubject(C3), date: rfcDate(d('2025-11-12T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。身分証明書の写しを確認いたしました。ありがとうございます。

AWS55500987 に登録の認定 (AWS Certified Cloud Practitioner、2023年4月1日取得、有効期限 2026年4月1日) を、
${P} の AWS55500011 へ移してお間違いないでしょうか。
一度実施すると取り消しできませんので、お手数ですがご返信にてご意思をお知らせください。

${SIG_JA}
高橋
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'mixed-i-confirm-kinyuu', caseId: C1, charset: 'UTF-8', cte: 'quoted-printable',
    note: '「"I confirm" とご記入のうえご返信ください」日英混在', from: SUPPORT, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-10T09:00:00Z'), '+0900'),
    text: `山田様

お世話になっております。

統合の準備が整いました。手続きは不可逆となりますので、ご承諾いただける場合は
本文に "I confirm" とご記入のうえ、本メールへご返信ください。

Source: AWS07654321 / Target: AWS01234567

AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'te-kei-renketsu-shouchi', caseId: C2, charset: 'Shift_JIS', cte: '8bit',
    note: 'テ形と読点で一文が続き、最後に「ご承諾のご返信をお待ちしております」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(C2), date: rfcDate(d('2025-11-10T23:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村です。お名前と候補者 ID を確認し、両アカウントがご本人様のものであることを確かめまして、
AWS30110094 の内容を AWS30551278 へ移す準備ができましたので、ご承諾のご返信をお待ちしております。
なお、移した後で元の状態に戻すことはできかねます。

${SIG_JA}
`,
  },
  // ---- merge_completed (ja) ----
  {
    kind: 'merge_completed', lang: 'ja', slug: 'shori-kanryou-houkoku', caseId: C1,
    note: '「統合処理が完了しましたのでご報告いたします」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-11T07:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
AWS07654321 から AWS01234567 への統合処理が完了しましたので、ご報告いたします。

反映まで最大 24 時間ほどかかる場合がございます。

${SIG_JA}
井上

${gmailJa(d('2025-11-10T13:00:00Z'), `山田 太郎 <${T}>`)}
${quote(`はい。よろしくお願いします。`)}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'kakunin-itadakeru-you-ni', caseId: C2,
    note: '「完了」の語なし: 「AWS30551278 にてご確認いただけるようになりました」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-12T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。
旧アカウント AWS30110094 の受験履歴と認定資格は、本日より AWS30551278 にてご確認いただけるようになりました。
${HO} でのサインインは今後ご利用いただけません。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'heigou-jisshi-close-mo', caseId: C3,
    note: '併合を実施いたしました + 本ケースはクローズ (完了通知なので merge_completed)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-13T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。
ご承諾いただきましたので、AWS55500987 を AWS55500011 に併合いたしました。
これにて本件の対応は終了となり、本ケースはクローズとさせていただきます。

${SIG_JA}
高橋
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'shuuyaku-html-only', caseId: C1, format: 'html', charset: 'ISO-2022-JP',
    note: 'HTML のみ (ISO-2022-JP): 「集約いたしました」', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-11T09:00:00Z'), '+0900'),
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<p>山田 太郎 様</p>
<p>お世話になっております。井上でございます。</p>
<p>ご依頼いただきました認定アカウントは、<b>AWS01234567</b> に集約いたしました。<br>
試験履歴・認定・特典の表示をご確認ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>`,
    text: 'AWS01234567 に集約いたしました',
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'owarimashita-casual', caseId: C2, charset: 'UTF-8', cte: '8bit',
    note: 'くだけた文体「マージが終わりました」UTF-8 8bit', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-12T03:00:00Z'), '+0900'),
    text: `佐藤さま

木村です。お待たせしました、アカウントのマージが終わりました！
新しいほう (${H}) でログインして、認定が 3 つ並んでいれば OK です。

${SIG_JA}
`,
  },
  // ---- badges (ja) ----
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-saihakkou-ja', caseId: null, charset: 'UTF-8', cte: 'base64', format: 'alt',
    note: 'Credly: AWS のバッジが再発行された (日本語)', from: CREDLY_AWS, to: T,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-11-12T10:00:00Z')),
    text: `山田 太郎 様

Amazon Web Services Training and Certification が、次のバッジを ${T} 宛てに再発行しました。

AWS Certified Developer – Associate
AWS Certified Solutions Architect – Associate

バッジを入手する
https://www.credly.com/earner/earned/badge/2b2b2b2b-1111-4222-8333-444455556666

今後このようなメールを受け取りたくない場合は、通知設定を変更してください。
Credly
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'support-badge-iten-kanryou', caseId: C2,
    note: 'サポート: Credly バッジの移転が完了; 統合とは別の報告', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-15T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。ご連絡いただいたデジタルバッジの件ですが、Credly のバッジを ${H} 宛てに移しました。
Credly アカウントにサインインすると、3 件のバッジが表示されるはずです。

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-iso2022jp-badge', caseId: null,
    note: 'Credly 日本語 ISO-2022-JP; 1 件のバッジ', from: CREDLY_AWS, to: P,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-11-14T10:00:00Z')),
    text: `Priya N 様

おめでとうございます。Amazon Web Services Training and Certification からバッジが届いています。

AWS Certified Cloud Practitioner

「バッジを入手する」からバッジを受け取り、プロフィールで公開しましょう。
https://www.credly.com/earner/earned/badge/77aa77aa-1111-4222-8333-99990000aaaa

Credly
`,
  },
  // ---- case_closed (ja) ----
  {
    kind: 'case_closed', lang: 'ja', slug: 'kaiketsu-close-itashimasu', caseId: C1,
    note: '本件は解決済みとしてクローズ; 統合には触れない', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-18T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。その後ご不明な点はございませんでしょうか。
特にご連絡がございませんでしたので、本件は解決済みとしてクローズいたします。
再度ご相談がある場合は、本メールにご返信いただければ対応を再開いたします。

${SIG_JA}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'close-saikou-tougou-kanryou-zumi', caseId: C2, trap: true,
    note: 'クローズ通知が先週の統合完了に言及: case_closed', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-20T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。
先週ご案内のとおりアカウントの統合は完了しており、バッジの移行もご確認いただけましたので、
本ケースをクローズさせていただきます。ご利用ありがとうございました。

${SIG_JA}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'nanoka-go-jidou-close', caseId: C3, cte: 'base64',
    note: '7 日以内に返信がなければ自動的にクローズ (警告)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-11T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。
先日お送りしたメールについて、まだご返信をいただいておりません。
本日から 7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

${SIG_JA}
`,
  },
  // ---- support_reply (ja) ----
  {
    kind: 'support_reply', lang: 'ja', slug: 'juufuku-case-tougou', caseId: C1, trap: true,
    note: '重複ケースを 1 つに統合した (ケースの統合であってアカウントではない)', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-06T08:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
同じ内容のケースが 2 件 (${C1} / 1768800112399) 作成されておりましたので、こちらのケースに統合いたしました。
今後のやり取りは本ケースでお願いいたします。アカウントの件は、確認でき次第ご連絡いたします。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'mada-kanryou-shite-orimasen', caseId: C2, trap: true,
    note: '「まだ完了しておりません」否定', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-11T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。お問い合わせの件、統合作業はまだ完了しておりません。
担当チームで処理中のため、完了まで今しばらくお待ちください。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'kakunin-go-ni-tougou-mirai', caseId: C3, trap: true,
    note: '条件付き未来: 「確認が取れましたら統合いたします」; 依頼も完了もない',
    from: SUPPORT_NAMED, to: P, subject: supportSubject(C3), date: rfcDate(d('2025-11-09T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。ご返信ありがとうございます。
いただいた内容を担当チームに共有いたしました。チーム側で両アカウントの確認が取れましたら統合いたしますので、
結果は本ケースでご連絡いたします。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'tougou-dekikanemasu-apn', caseId: C1, trap: true,
    note: '「統合いたしかねます」不可の回答 (APN 管理アカウント)', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-08T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
旧アカウントは APN パートナーの管理下にあるため、現状のままでは統合いたしかねます。
パートナー管理者の方にアカウントの関連付け解除をご依頼いただいた後、改めてご連絡ください。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'escalation-shimashita-outlook', caseId: C2,
    note: 'エスカレーション報告; Outlook 日本語引用ブロック付き', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-13T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。バッジが表示されない件につきまして、Credly 担当チームへエスカレーションいたしました。
回答があり次第お知らせいたします。

${SIG_JA}

${outlookJa(d('2025-11-12T12:00:00Z'), `佐藤 花子 <${H}>`, SUPPORT, supportSubject(C2))}

木村様
統合ありがとうございました。認定は表示されたのですが、Credly のバッジが旧アドレスのままです。
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'tokuten-shitsumon-kaitou', caseId: C3,
    note: '特典 (割引バウチャー) についての質問への回答', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-14T02:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。ご質問の 50% 割引特典ですが、未使用のものは認定とともに移され、有効期限も変わりません。
使用済みの特典は復元されませんのでご了承ください。

${SIG_JA}
`,
  },
  // ---- ai_answer (ja/en) ----
  {
    kind: 'ai_answer', lang: 'ja', slug: 'amazon-q-kaitou-sjis', caseId: null, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: 'Amazon Q による自動回答 (Shift_JIS QP)', from: AWS_NOREPLY, to: TC,
    subject: 'ご質問への回答 (自動生成)', date: rfcDate(d('2025-11-05T12:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `この回答は Amazon Q によって自動生成されたものです。

ご質問: 認定アカウントを 2 つ持っているので統合したい

回答: 認定アカウントのマージは、統合先のアカウントにサインインし、[プロフィール] > [アカウントのマージ] から行えます。
統合元アカウントのメールアドレスとパスワードが必要です。

この回答で解決しましたか? 解決しない場合は [ケースを作成] を選択してください。
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'virtual-agent-html-ja', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'バーチャルアシスタントの自動案内 (multipart)', from: AWS_NOREPLY, to: H,
    subject: 'バーチャルアシスタントからのご案内', date: rfcDate(d('2025-11-05T13:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `こんにちは。AWS のバーチャルアシスタントです。

お問い合わせ「会社と個人の認定アカウントをまとめたい」について、次の記事が役に立つかもしれません。

・AWS 認定アカウントを統合する方法
・旧メールアドレスにアクセスできない場合

記事で解決しない場合は、担当者へのお問い合わせ (ケースの作成) にお進みください。
※本メッセージは自動で送信されています。
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'generative-ai-notice-certmetrics', caseId: null,
    note: 'AI answer disclaimer; suggests self-service merge in the certification portal', from: AWS_NOREPLY, to: A,
    subject: 'Re: How do I link my two certification profiles?', date: rfcDate(d('2025-11-05T20:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `This response was generated using generative AI. Verify important information.

It sounds like you'd like to link two AWS Certification profiles. In most cases you can do
this yourself: sign in to the AWS Certification Account you want to keep, open Profile, and
select "Merge Accounts". You'll need the sign-in email and password of the other profile.

Note: if the tool reports that both accounts contain certifications, you'll need to contact
support by creating a case.
`,
  },
  // ---- unrelated (ja) ----
  {
    kind: 'unrelated', lang: 'ja', slug: 'webinar-moushikomi-kanryou', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable', format: 'alt',
    note: 'ウェビナーお申し込み完了; 「完了」「ご確認」を含む', from: 'AWS Webinar <aws-apac-webinar@amazon.com>', to: T,
    subject: '【お申し込み完了】AWS Black Belt Online Seminar: データ統合入門', date: rfcDate(d('2025-11-06T05:00:00Z'), '+0900'),
    headers: ['Precedence: bulk'],
    text: `山田 太郎 様

AWS Black Belt Online Seminar「データ統合入門」へのお申し込みが完了しました。
当日の視聴 URL は開催前日にお送りします。内容をご確認のうえ、ご参加ください。

開催日時: 2025年11月20日(木) 18:00〜19:00
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'survey-kaiketsu-shimashitaka', caseId: C1, trap: true, charset: 'UTF-8', cte: 'base64',
    note: 'アンケート「問題は解決しましたか?」 (クローズ通知ではない)', from: 'AWS サポート アンケート <support-survey@amazon.com>', to: T,
    subject: 'サポートに関するアンケートのお願い', date: rfcDate(d('2025-11-19T02:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田 太郎 様

先日のお問い合わせ (ケース ${C1}) について、簡単なアンケートにご協力ください。

Q1. 問題は解決しましたか?  はい / いいえ
Q2. 担当者の対応にどの程度満足されましたか?

回答する: https://survey.amazon.com/jp/abc
所要時間は約 1 分です。
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'goukaku-tsuuchi-badge', caseId: null, trap: true,
    note: '認定試験の合格通知 (スコア/認定メール): 「バッジ」「完了」を含むが統合とは無関係',
    from: 'AWS Certification <no-reply@aws.training>', to: H, subject: 'おめでとうございます。AWS 認定を取得しました', date: rfcDate(d('2025-11-16T03:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS Certified Solutions Architect - Professional に合格されました。おめでとうございます。

認定証は AWS 認定アカウントからダウンロードできます。
デジタルバッジは数日以内に Credly からメールでお届けします。

AWS Training and Certification
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'douryou-kojin-mail-tougou', caseId: null, trap: true, auth: 'none',
    note: '同僚からの私信「統合終わった?」', from: '鈴木 次郎 <jiro.suzuki@corp.example.co.jp>', to: TC,
    subject: 'Re: 認定アカウントの件', date: rfcDate(d('2025-11-12T05:00:00Z'), '+0900'),
    text: `山田さん

お疲れさまです。鈴木です。
認定アカウントの統合、もう終わりました? 自分も退職前にやっておきたいので、
サポートから来た確認メールの文面を今度見せてください。

鈴木
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'fuzai-jidou-outou-kyuu-kaisha', caseId: null,
    note: '旧会社アドレスの不在通知 (自動応答)', from: '佐藤 花子 <hanako@oldcorp.example.com>', to: H, auth: 'none',
    subject: '自動応答: 認定アカウントについて', date: rfcDate(d('2025-11-06T04:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `誠に勝手ながら、11月5日から11月14日まで休暇をいただいております。
期間中にいただいたメールは、11月17日以降に順次確認いたします。

株式会社オールドコープ 佐藤 花子
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-microsoft-ja', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64', format: 'alt',
    note: 'Microsoftのバッジ発行のお知らせ (発行元が AWS ではない)', from: 'Microsoft via Credly <admin@credly.com>', to: H,
    subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate(d('2025-11-17T03:00:00Z')),
    text: `佐藤 花子 様

Microsoft から次のバッジが発行されました。

Microsoft Certified: Azure Fundamentals

バッジを入手する: https://www.credly.com/earner/earned/badge/abababab-1111-4222-8333-cdcdcdcdcdcd

Credly
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-account-merge-code', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly 自身のアカウント統合の認証コード (サポートケースではない)', from: 'Credly <admin@credly.com>', to: HO,
    subject: 'Credly アカウントの統合の確認', date: rfcDate(d('2025-11-16T05:00:00Z')),
    text: `Credly アカウントの統合がリクエストされました。

認証コード: 482913

このコードを入力して統合を確認すると、このアカウントのバッジが既定のアカウントに追加されます。
心当たりがない場合は、このメールを無視してください。
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'tokuten-kigen-oshirase', caseId: null,
    note: '認定特典の有効期限のお知らせ', from: 'AWS Certification <no-reply@aws.training>', to: T,
    subject: 'AWS 認定特典の有効期限が近づいています', date: rfcDate(d('2025-11-20T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

お持ちの 50% 割引特典の有効期限は 2026年4月1日 です。
次の認定試験のお申し込み時にご利用ください。

AWS Training and Certification
`,
  },
  // ---- untrusted (ja) ----
  {
    kind: 'merge_completed', lang: 'ja', slug: 'lookalike-amazon-com-example-net', caseId: C1, auth: 'pass',
    note: 'amazon.com.example.net (見た目は amazon.com); 完了通知を装う', from: `AWS トレーニングと認定 <${SUPPORT.replace('amazon.com', 'amazon.com.example.net')}>`, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-11T01:00:00Z'), '+0900'),
    text: `山田 太郎 様

統合作業が完了いたしました。下記リンクよりサインインし、認定情報をご確認ください。
https://aws-certification.example.net/signin

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-lookalike-credIy', caseId: null, auth: 'pass', charset: 'UTF-8', cte: 'base64',
    note: 'credIy.com (大文字 I) の偽 Credly', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: H,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-11-14T01:00:00Z')),
    text: `佐藤 花子 様

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://credIy.com/claim?token=abc

Credly
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'dmarc-fail-kakunin', caseId: C2, auth: 'fail',
    note: 'dmarc=fail の確認依頼 (差出人は本物の住所を詐称)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(C2), date: rfcDate(d('2025-11-10T07:00:00Z'), '+0900'),
    text: `佐藤 花子 様

統合を進めてよろしければ、24 時間以内に本メールへご返信ください。
返信がない場合、アカウントは停止されます。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'other-authserv-only', caseId: C3, auth: 'other',
    note: '他サーバ (mx.google.com) の A-R だけがある: 信頼できない', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-08T04:00:00Z'), '+0900'),
    text: `Priya N 様

統合元アカウントのサインイン用メールアドレスを、ご返信にてお知らせください。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'forged-below-own-ar', caseId: C3, auth: 'belowOwn',
    note: '自サーバの A-R は fail、その下に偽の mx.test.example dmarc=pass', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(C3), date: rfcDate(d('2025-11-12T04:00:00Z'), '+0900'),
    text: `Priya N 様

アカウントの統合が完了しました。特典コードを受け取るには下記フォームに入力してください。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'display-name-only', caseId: C1, auth: 'pass',
    note: '表示名だけ AWS、アドレスは無関係のドメイン', from: 'AWS Training and Certification <aws-training-jp@mail-notice.example.net>', to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-09T01:00:00Z'), '+0900'),
    text: `山田 太郎 様

お問い合わせの件、現在担当チームで確認しております。進捗は下記ポータルでご確認いただけます。
https://mail-notice.example.net/case/${C1}

${SIG_JA}
`,
  },
  // ---- forUser false (ja) ----
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'betsujin-ate-douryou', caseId: '1767000111222', deliveredTo: null,
    note: '同僚宛ての確認依頼 (To/Delivered-To に利用者のアドレスなし)', from: SUPPORT_NAMED, to: '鈴木 次郎 <jiro.suzuki@corp.example.co.jp>',
    subject: supportSubject('1767000111222'), date: rfcDate(d('2025-11-12T06:00:00Z'), '+0900'),
    text: `鈴木 次郎 様

上記 2 つのアカウントの統合を進めてよろしいでしょうか。元に戻すことはできませんので、
よろしければ本メールにご返信ください。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'resent-tenso-kanryou', caseId: C2, deliveredTo: H,
    note: '旧会社アドレスから Resent-* で転送された完了通知', from: SUPPORT_NAMED, to: HO,
    headers: [`Resent-From: ${HO}`, `Resent-To: ${H}`, 'Resent-Date: Wed, 12 Nov 2025 11:00:00 +0900'],
    subject: supportSubject(C2), date: rfcDate(d('2025-11-12T01:30:00Z'), '+0900'),
    text: `佐藤 花子 様

木村でございます。統合作業が完了いたしました。今後は ${H} でサインインしてください。

${SIG_JA}
`,
  },
  // ---- a few English ones with Japanese users ----
  {
    kind: 'info_request', lang: 'en', slug: 'english-to-ja-user-kindly-share', caseId: C1,
    note: '"kindly share" the APN company name; English agent to a Japanese customer', from: SUPPORT, to: T, cc: TC,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-08T20:00:00Z')),
    text: `Dear Yamada-san,

Thank you for writing back. Kindly share the name of the APN partner company that manages
AWS07654321, so that our partner team can release the account before we proceed.

Regards,
Kenji
AWS Training and Certification Customer Support

${originalMsg(d('2025-11-08T12:40:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(C1))}

Dear person in charge,
Thank you for your contact. Please merge the two accounts according to the information provided.
Best regards,
Taro Yamada
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'gmail-quote-answer-partner-central', caseId: C1,
    note: 'answers a question (Partner Central sync delay), no request', from: SUPPORT, to: T,
    subject: supportSubject(C1), date: rfcDate(d('2025-11-12T21:00:00Z')),
    text: `Dear Yamada-san,

Partner Central reads certifications from the certification account once a day, so it can
take up to 5 days for the certifications to show on your partner profile. No action is
needed on your side.

Regards,
Kenji

${gmailEn(d('2025-11-12T10:00:00Z'), `Taro Yamada <${T}>`)}
${quote(`Hi Kenji, my certifications still don't appear in Partner Central. Is that expected?`)}
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'case-number-in-body-portal', caseId: '1760011223344',
    note: 'receipt with case number only in the body, subject generic', from: SUPPORT_NAMED, to: A,
    subject: 'AWS Training and Certification: we received your message', date: rfcDate(d('2025-11-07T16:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We received your message. Your case number is 1760011223344; please keep it for reference.

What happens next: a customer support specialist will review your request and get back to
you within 2 business days. Please avoid submitting the form again for the same issue.

AWS Training and Certification
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'shiteki-nashi-short-ack', caseId: '1760099887766', charset: 'UTF-8', cte: 'base64',
    note: '短い受付通知; 件名に RE: なし、ケース番号と回答時間', from: SUPPORT_NAMED, to: TC,
    subject: ackSubject('1760099887766'), date: rfcDate(d('2025-11-21T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お問い合わせありがとうございます。
ケース 1760099887766 として受け付けました。24 時間以内に担当者からご連絡します。
`,
  },
];
