// Set bh, Japanese part 3: mail that is not part of the merge case (most of it a trap).
import { type Msg } from './lib.js';
import { CASE, KEN, MISAKI, NOREPLY, SHO, SUPPORT, SUPPORT_ADDR, YUKI, addr, caseSubj, htmlDoc, jst, mk, quote } from './common.js';

export const JA3: Msg[] = [
  mk({
    slug: 'ken-own-answer-cc',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'the user\'s own reply answering the questions (Cc to himself): no news from support',
    from: addr(KEN.ja, KEN.keep),
    to: SUPPORT,
    cc: KEN.keep,
    rcpt: KEN.keep,
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-05 21:14:03'),
    auth: 'none',
    enc: 'jis7',
    text: `森様

ご連絡ありがとうございます。
候補者IDは ${KEN.keepId} と ${KEN.srcId} です。残したいのは個人の ${KEN.keep} のほうです。
他に必要な情報があれば教えてください。

中村

2026年10月5日(月) 11:20 AWS Training and Certification <${SUPPORT_ADDR}>:
> 両方のアカウントの候補者ID(AWSから始まる番号)
> それぞれのアカウントに登録されているメールアドレス
> 統合後に残すアカウントはどちらか`,
  }),
  mk({
    slug: 'yuki-own-mobile',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'her own mobile reply (sent copy) agreeing to the merge; no user address as recipient',
    from: addr(YUKI.ja, YUKI.keep),
    to: SUPPORT_ADDR,
    deliveredTo: null,
    rcpt: SUPPORT_ADDR,
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-25 23:05:40'),
    auth: 'none',
    enc: 'utf8b64',
    text: `上記の内容で統合をお願いします。同意します。

iPhoneから送信

> 2026/08/25 14:30、AWS Training and Certification <${SUPPORT_ADDR}>のメール:
>
> この統合は後から取り消すことができません。ご承諾いただける場合は、その旨をご返信ください。`,
  }),
  mk({
    slug: 'ja-survey',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'satisfaction survey about the closed case',
    from: 'AWS Support <no-reply-aws@amazon.com>',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: 'お問い合わせは解決しましたか? アンケートのお願い',
    caseId: CASE.misaki,
    date: jst('2026-09-25 10:00:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>先日のお問い合わせ(ケース ${CASE.misaki})についてお伺いします。</p>
<p>問題は解決しましたか? 担当者の対応はいかがでしたか?</p>
<p><a href="https://survey.example.amazon.com/">1分で終わるアンケートに回答する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-pearson-booking',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'test vendor\'s exam booking confirmation: not the account merge',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>',
    to: addr(SHO.ja, SHO.keep),
    subject: '試験予約の確認: AWS Certified Solutions Architect - Associate',
    date: jst('2026-11-15 19:02:44'),
    enc: 'utf8b64',
    text: `高橋 翔 様

以下の試験のご予約が確定しました。内容をご確認ください。

試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026年12月5日 10:00
会場: オンライン監督試験

予約の変更・キャンセルは試験開始の24時間前までに行ってください。`,
  }),
  mk({
    slug: 'ja-credly-other-issuer',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from another issuer (a Linux foundation), not AWS',
    from: 'The Linux Foundation via Credly <admin@credly.com>',
    to: KEN.keep,
    subject: 'The Linux Foundationのバッジ発行のお知らせ',
    date: jst('2026-10-21 08:30:12'),
    enc: 'utf8qp',
    text: `中村 健一 様

The Linux Foundation が「Certified Kubernetes Administrator」のバッジを発行しました。
バッジを入手する: https://www.credly.com/badges/accept`,
    html: htmlDoc(`<p>中村 健一 様</p><p>The Linux Foundation が「Certified Kubernetes Administrator」のバッジを発行しました。</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    from: 'Credly <no-reply@credly.com>',
    to: YUKI.keep,
    subject: 'Credly アカウント統合の確認コード',
    date: jst('2026-08-28 21:03:19'),
    enc: 'utf8b64',
    text: `Credly のアカウント統合をリクエストされました。
確認コード: 482913
このコードを入力して統合を完了してください。心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-colleague-ooo',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'colleague\'s out-of-office auto-reply quoting the support question',
    from: '鈴木 一郎 <suzuki.ichiro@hq.example.co.jp>',
    to: addr(MISAKI.ja, MISAKI.src),
    subject: '自動応答: ' + caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-16 14:22:40'),
    auth: 'none',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ただいま不在にしております。9月24日以降に確認し、ご返信いたします。
お急ぎの場合は情報システム部までご連絡ください。

鈴木

${quote('退職後も受信できるアドレスはどちらでしょうか。')}`,
  }),
  mk({
    slug: 'ja-other-case-receipt',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'receipt of his other case, about an exam refund',
    from: NOREPLY,
    to: addr(KEN.ja, KEN.keep),
    subject: `[CASE ${CASE.kenExam}] お問い合わせを受け付けました - 試験料金の返金`,
    caseId: CASE.kenExam,
    date: jst('2026-10-22 12:40:31'),
    enc: 'jisb64',
    text: `ケース ${CASE.kenExam} を受け付けました。
お問い合わせ内容: 試験のキャンセルに伴う受験料の返金について

担当者より24時間以内にご連絡いたします。`,
  }),
  mk({
    slug: 'ja-other-case-closed',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'closing of his exam-refund case',
    to: addr(KEN.ja, KEN.keep),
    subject: `RE:[CASE ${CASE.kenExam}] [AWS Training and Certification Form Submission] - exam-refund`,
    caseId: CASE.kenExam,
    date: jst('2026-10-24 16:20:07'),
    enc: 'sjis8',
    text: `中村様

受験料の返金手続きが完了いたしましたので、本ケースをクローズいたします。
カード会社の処理により、反映まで数日かかる場合がございます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-event-registered',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'event registration completed (marketing), not the merge',
    from: 'AWS Japan イベント <aws-events-jp@amazon.com>',
    to: addr(YUKI.ja, YUKI.keep),
    subject: '【登録完了】AWS 認定 合格者向けオンラインセミナー',
    date: jst('2026-09-02 11:00:00'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>渡辺 由紀 様</p><p>AWS 認定 合格者向けオンラインセミナーへのご登録が完了しました。</p><p>日時: 2026年9月30日 19:00 - 20:30<br>当日の視聴 URL は前日にお送りします。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-colleague-asks',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'a colleague asks whether his merge is done and what support asked for',
    from: '田中 優 <yu.tanaka@example.jp>',
    to: addr(SHO.ja, SHO.keep),
    subject: 'AWS認定の統合、その後どう?',
    date: jst('2026-11-07 20:11:54'),
    enc: 'jis7',
    text: `高橋さん

前に話してた認定アカウントの統合、もう完了した?
サポートから候補者IDとか聞かれた? 自分も来月やる予定なので、どんな質問が来たか教えてほしいです。

田中`,
  }),
  mk({
    slug: 'ken-own-forward',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'his own forward of support\'s question from the old company address to the personal one',
    from: addr(KEN.ja, KEN.src),
    to: KEN.keep,
    subject: 'Fw: ' + caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-05 12:02:18'),
    enc: 'jis7',
    text: `自分用メモ。個人のほうでも返信できるように転送。
候補者IDは両方ともプロフィール画面で確認すること。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年10月5日(月) 11:20
Subject: ${caseSubj(CASE.ken)}
To: ${KEN.ja} <${KEN.keep}>

アカウントの統合を進めるにあたり、恐れ入りますが次の3点をお教えください。
・両方のアカウントの候補者ID(AWSから始まる番号)
・それぞれのアカウントに登録されているメールアドレス
・統合後に残すアカウントはどちらか`,
  }),
];
