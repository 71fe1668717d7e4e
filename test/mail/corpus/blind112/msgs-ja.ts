// Japanese messages of the dg set: explanations and hypotheticals around real events.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KENJI, KENJI_REQ, PORTAL, SHUN, SHUN_REQ, SUPPORT, SUPPORT_BARE, SUPPORT_JA, YUI, YUI_REQ,
  formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sf, sfRef,
} from './common.js';

const K = CASE.kenji;
const Y = CASE.yui;
const S = CASE.shun;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-kenji-notify', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'automatic receipt of the new case; explains next steps in the future tense but is the receipt',
    from: AWS_NOTIFY, to: `${KENJI.ja} <${KENJI.keep}>`, subject: `お問い合わせを受け付けました [ケース ID: ${K}]`,
    d: '2026-10-05 01:14:09', enc: 'jis7',
    text: `${KENJI.ja} 様

AWS サポートにお問い合わせいただきありがとうございます。
ケース ID ${K} としてお問い合わせを登録いたしました。

今後の流れについて
担当者がお問い合わせ内容を拝見し、通常 24 時間以内にメールでご連絡します。
アカウントの統合をご希望の場合、担当者から両方のアカウント情報の提示や、
統合への同意をお願いすることがあります。統合が行われるのはその後です。

同じご依頼について新しいケースを作成されますと、回答が遅れる原因となりますので
このメールに返信する形でご連絡ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-yui-fields', kind: 'acknowledgement', lang: 'ja', caseId: Y,
    note: 'receipt listing the submitted fields; case ID only in the body; the timeline explanation is not an event',
    from: SUPPORT_JA, to: YUI.keep, subject: '[AWS Training and Certification Form Submission] - account-assistance',
    d: '2026-10-11 06:40:31', enc: 'sjis8',
    text: `このメールは送信専用アドレスから自動でお送りしています。

以下の内容でフォームの送信を受け付けました(ケース番号 ${Y})。

お名前: 森 結衣
会社名: (未入力)
AWS 候補 ID: ${YUI.keepId}
お問い合わせの種類: AWS トレーニングと認定 / アカウントの統合
内容:
${YUI_REQ}

担当窓口で内容を確認したあと、1-2 営業日を目安にご返信いたします。
統合作業が完了するまでには、やり取りを含めて数日かかる場合がございます。`,
  }),
  mk({
    slug: 'ja-ack-shun-html', kind: 'acknowledgement', lang: 'ja', caseId: S,
    note: 'HTML receipt of the case; says what support may later ask for',
    from: AWS_NOTIFY, to: SHUN.keep, subject: `ケース ${S} が作成されました`,
    d: '2026-11-02 12:03:55', enc: 'utf8qp',
    text: `ケース ${S} が作成されました。

件名: 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定

サポート担当者からの返信はこのメールアドレスに届きます。必要に応じて、統合元と統合先の候補 ID をお尋ねすることがあります。`,
    html: htmlDoc(`<h2 style="color:#232f3e">ケース ${S} が作成されました</h2>
<table><tr><td>件名</td><td>認定アカウントの統合について</td></tr><tr><td>カテゴリ</td><td>AWS トレーニングと認定</td></tr></table>
<p>サポート担当者からの返信はこのメールアドレスに届きます。必要に応じて、統合元と統合先の候補 ID をお尋ねすることがあります。</p>`),
  }),
  mk({
    slug: 'ja-ack-yui-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiDup,
    note: 'receipt of a second case the user opened for the same request; still an automatic receipt',
    from: AWS_NOTIFY, to: YUI.keep, subject: `[ケース ${CASE.yuiDup}] お問い合わせ受付のお知らせ`,
    d: '2026-10-12 23:19:02', enc: 'jisb64',
    text: `お問い合わせありがとうございます。ケース ${CASE.yuiDup} を受け付けました。

担当者より順次ご連絡いたします。なお、すでに同じ内容のケースをお持ちの場合は、
そちらのケースへの返信でご連絡いただくと、よりスムーズにご案内できます。

※本メールへのご返信はケースに記録されます。`,
  }),
  mk({
    slug: 'ja-ack-shun-noauth', kind: 'acknowledgement', lang: 'ja', caseId: S, trusted: false, auth: 'none',
    note: 'looks like the case receipt but carries no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY, to: SHUN.keep, subject: `お問い合わせ受付 (Case ${S})`,
    d: '2026-11-02 12:09:10', enc: 'sjisb64',
    text: `AWS サポートです。ケース ${S} を受け付けました。

担当より追ってご連絡いたします。ケースの詳細はサポートセンターからもご覧いただけます。`,
  }),
  mk({
    slug: 'ja-ack-kenji-keepsubject', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'form receipt asking to keep the case number in the subject when replying; no request for data',
    from: SUPPORT, to: KENJI.keep, subject: `[CASE ${K}] [AWS Training and Certification Form Submission] - account-assistance`,
    d: '2026-10-05 01:15:40', enc: 'utf8b64',
    text: `お問い合わせを承りました。

ケース番号: ${K}
ご返信の際は件名のケース番号を消さずにお送りください。番号が残っていれば同じケースに記録され、
担当者が過去のやり取りを踏まえてご案内できます。

お送りいただいた内容:
${KENJI_REQ}

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-ack-generic', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiOther, auth: 'dkimonly',
    note: 'receipt that says nothing about its topic: read as a receipt',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `ケース ID ${CASE.kenjiOther} を受け付けました`,
    d: '2026-10-20 04:51:27', enc: 'jis7',
    text: `お問い合わせいただき、ありがとうございます。
ケース ID: ${CASE.kenjiOther}

担当者が確認しご連絡いたしますので、今しばらくお待ちください。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer explaining the self-service Merge Accounts tool and what a merge would do',
    from: AWS_NOTIFY, to: KENJI.keep, subject: 'AWS サポートからの自動回答: 認定アカウントの統合',
    d: '2026-10-05 01:10:02', enc: 'jis7',
    text: `この回答は生成 AI によって自動的に作成されました。

認定アカウントを 1 つにまとめたい場合、まず AWS 認定ポータルの「プロフィール」→「アカウントの統合」からセルフサービスでの統合をお試しください。
統合が完了すると、統合元アカウントの認定と特典は統合先アカウントに表示されるようになります。

ただし、両方のアカウントに認定の履歴がある場合、このツールは利用できません。その場合は「ケースを作成」を選択し、サポートへお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-survivor', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer explaining which account survives a merge; no case, no event',
    from: AWS_NOTIFY, to: YUI.keep, subject: '自動回答: 統合後に残るアカウントについて',
    d: '2026-10-11 06:35:48', enc: 'sjis8',
    text: `Amazon Q による回答(自動生成)

ご質問: 統合するとどちらのアカウントが残りますか

回答: アカウントの統合では、お客様が指定したアカウント(統合先)が残り、もう一方(統合元)の試験履歴、認定、バウチャーが統合先に移されます。統合元のアカウントはその後ご利用いただけなくなります。
統合は取り消すことができないため、サポートが統合前にお客様の同意を確認します。

解決しない場合は、このページから担当者へのケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-badges-html', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer: badges will appear on Credly after a merge; explanation only',
    from: AWS_NOTIFY, to: SHUN.keep, subject: 'AWS サポート: おすすめの解決方法',
    d: '2026-11-02 11:58:13', enc: 'utf8qp',
    text: `おすすめの解決方法(AI により生成)

Credly のデジタルバッジは、認定アカウントに登録されたメールアドレスに紐づいて発行されます。アカウントを統合すると、バッジは統合先のメールアドレスで受け取れるようになります。先に統合を済ませ、その後 Credly でバッジを受け取る(Accept)ことをおすすめします。

それでも解決しない場合は「ケースを作成」を選んでください。`,
    html: htmlDoc(`<p style="font-size:12px;color:#687078">AI により生成された回答です</p>
<h3>おすすめの解決方法</h3>
<p>Credly のデジタルバッジは、認定アカウントに登録されたメールアドレスに紐づいて発行されます。アカウントを統合すると、バッジは統合先のメールアドレスで受け取れるようになります。先に統合を済ませ、その後 Credly でバッジを受け取る(Accept)ことをおすすめします。</p>
<p>それでも解決しない場合は「ケースを作成」を選んでください。</p>`),
  }),
  mk({
    slug: 'ja-ai-short', kind: 'ai_answer', lang: 'ja',
    note: 'short automated suggestion pointing to the FAQ and the Create case button',
    from: AWS_NOTIFY, to: KENJI.src, subject: '自動回答をお送りします',
    d: '2026-09-28 08:22:40', enc: 'jisb64',
    text: `お問い合わせ内容をもとに、自動で関連情報をご案内します。

・AWS 認定に関するよくある質問(FAQ)
・AWS 認定ポータルのプロフィール設定

この情報で解決しない場合は、画面下部の「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-voucher', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer about what would happen to vouchers after a merge',
    from: AWS_NOTIFY, to: YUI.src, subject: '生成 AI による回答: 特典バウチャーと統合',
    d: '2026-10-10 14:02:17', enc: 'utf8b64',
    text: `生成 AI による回答です。内容が正確でない場合があります。

次回受験用の 50% 割引バウチャーは、取得したアカウントの「特典」に表示されます。統合が行われた場合、統合元アカウントの未使用バウチャーも統合先で確認できるようになります。使用済み・期限切れのものは移りません。

統合をご希望の場合は、担当者へのケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-both-history', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer: the tool refuses when both accounts have history; explains the support route and its confirmation step',
    from: AWS_NOTIFY, to: SHUN.src, subject: '自動回答: 「アカウントの統合」ツールがエラーになる',
    d: '2026-11-01 09:47:31', enc: 'sjisb64',
    text: `自動回答(AI)

「アカウントの統合」ツールで「統合できません」と表示される場合、両方のアカウントに認定の取得履歴があることが考えられます。
この場合はサポートでの手動統合となり、担当者から統合内容の確認と同意のお願いが届きます。同意のご返信のあとに統合が行われます。

ケースを作成する場合は、残したいアカウントのメールアドレスでサインインしてからお問い合わせいただくと手続きが早くなります。`,
  }),
  mk({
    slug: 'ja-ai-in-case', kind: 'ai_answer', lang: 'ja', caseId: K, trap: true,
    note: 'automated suggestion posted to the case before a human picks it up; mentions marking the case resolved',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `[ケース ${K}] 自動で生成された回答があります`,
    d: '2026-10-05 01:20:44', enc: 'jis7',
    text: `ケース ${K} に対して、自動で生成された回答が追加されました。

回答の要約:
サインインできるアカウントが複数ある場合は、認定ポータルのプロフィールから各アカウントの候補 ID を控えておくと、担当者とのやり取りがスムーズです。

この回答で問題が解決した場合は、サポートセンターでケースを解決済みにできます。解決しない場合は担当者からの連絡をお待ちください。`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'human reply asking for both candidate IDs and emails, explaining why',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-06 03:31:18', enc: 'jis7',
    text: `伊藤 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定カスタマーサービスの中村です。

統合元のアカウントを正しく特定するため、お手数ですが次の情報をお送りいただけますでしょうか。
- 両方のアカウントの AWS 候補 ID (AWS から始まる番号)
- 両方のアカウントのサインイン用メールアドレス
- どちらのアカウントを残すか

お送りいただいた内容を拝見してから、統合内容のご案内をいたします。

中村
AWS Training and Certification

${sfRef('0Kn4Q1')}

${sf(KENJI.keep, '2026/10/05 1:14', SUPPORT_BARE, '認定アカウントの統合', KENJI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-yui-which', kind: 'info_request', lang: 'ja', caseId: Y, trap: true,
    note: 'asks which account to keep; explains hypothetically what would happen to the other one',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-12 02:08:44', enc: 'sjis8',
    text: `森様

ご連絡ありがとうございます。
統合にあたり、残す側のアカウントを一つお選びいただく必要がございます。統合元に指定されたアカウントは、統合後はサインインできなくなり、試験の予約や特典もすべて統合先でのご利用となります。

そのうえで、どちらのメールアドレスのアカウントを残されるか、ご返信いただけますか。
(お問い合わせ本文では個人アドレスと書かれていますが、フォームの候補 ID が研究室側のものでしたので、念のためお伺いしております)

よろしくお願いいたします。
カスタマーサービス 小林`,
  }),
  mk({
    slug: 'ja-info-shun-confirmword', kind: 'info_request', lang: 'ja', caseId: S, trap: true,
    note: '"ご確認のうえお知らせください" asks for the kept address: information, not consent',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-03 07:15:00', enc: 'utf8qp',
    text: `加藤様

AWS トレーニングと認定サポートでございます。
いただいた情報では統合元の候補 ID (${SHUN.srcId}) は確認できましたが、統合先アカウントの候補 ID が記載されておりませんでした。

統合先として残すアカウントのメールアドレスと候補 ID を、プロフィール画面でご確認のうえお知らせください。統合の可否はその後にご案内いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-kenji-notif', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'second request: notification and Skill Builder addresses; Gmail-quoted user reply below',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-07 05:02:39', enc: 'jisb64',
    text: `伊藤様

情報のご提供ありがとうございます。候補 ID は両方とも確認できました。
もう一点、統合元アカウントで設定されている「認定の通知用メールアドレス」と、AWS Skill Builder で使われているメールアドレスを教えていただけますか。異なるアドレスが登録されていると、統合後に通知が届かなくなることがあるためです。

中村

${gmailJa('2026年10月6日(火) 21:40 伊藤 健二 <kenji.ito@example.jp>', '', `お世話になっております。
残すのは ${KENJI.keepId} (${KENJI.keep}) です。
統合元は ${KENJI.srcId} (${KENJI.src}) になります。`)}`.replace(' <kenji.ito@example.jp> :', ' <kenji.ito@example.jp>:'),
  }),
  mk({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', caseId: K, trusted: false,
    note: 'look-alike domain asking for IDs and a password; means an information request, untrusted',
    from: 'AWS 認定サポート <support@aws-certification-merge.jp>', to: KENJI.keep, subject: `[CASE ${K}] 統合に必要な情報のご提出`,
    d: '2026-10-06 10:44:12', enc: 'sjisb64',
    text: `伊藤様

アカウント統合の手続きを進めるため、以下を本メールへの返信でお送りください。
1. 両アカウントの候補 ID
2. 統合元アカウントのパスワード
3. 生年月日

ご提出がない場合、統合を進めることができません。`,
  }),
  mk({
    slug: 'ja-info-yui-html', kind: 'info_request', lang: 'ja', caseId: Y, trap: true,
    note: 'HTML-only request for certification names and pass dates; mentions the later consent step in the future',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-13 01:26:50', enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(paras(`森 結衣 様

ご返信ありがとうございます。残すアカウントが個人のアドレスの方であることを承知いたしました。

研究室のアカウントに登録されている認定について、認定名と合格日をそれぞれお知らせいただけますでしょうか。照合ができ次第、統合内容の最終確認のご連絡を差し上げます。

AWS トレーニングと認定 カスタマーサービス
小林`)),
  }),
  mk({
    slug: 'ja-info-shun-notfound', crlf: false, kind: 'info_request', lang: 'ja', caseId: S,
    note: 'the given ID was not found; asks for the AWS-prefixed candidate ID',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-04 02:55:21', enc: 'jis7',
    text: `加藤様

お待たせしております。
ご記載の番号 30582241 では認定アカウントが見つかりませんでした。候補 ID は「AWS」で始まる番号で、認定ポータルの右上のお名前をクリックすると表示されます。

お手数ですが、正しい候補 ID を再度ご返信ください。

${sf(SHUN.keep, '2026/11/03 20:11', SUPPORT_BARE, formSubject(S), '統合元の ID は 30582241 です。')}`,
  }),
  mk({
    slug: 'ja-info-kenji-fromkeep', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'asks to write from the kept address and, in the same reply, to state the source account ID; case ID only in the body',
    from: SUPPORT, to: KENJI.src, subject: 'RE: AWS認定アカウントについて',
    d: '2026-09-29 06:12:45', enc: 'utf88bit',
    text: `伊藤様

お問い合わせありがとうございます(ケース番号: ${K})。
ご本人様確認のため、残したいアカウントのメールアドレスからこのケースにご返信いただき、その際に統合元アカウントの候補 ID もあわせてご記載ください。

現在お送りいただいているアドレスは統合元のものと思われますので、こちらからは統合の手続きに進めない状況です。

カスタマーサービス`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-kenji-table', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'summary of the merge and a request to agree by reply; explains irreversibility and what would move',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-08 04:10:33', enc: 'jis7',
    text: `伊藤様

情報をお送りいただきありがとうございます。以下の内容で統合を行う予定です。

統合先(残るアカウント): ${KENJI.keepId} / ${KENJI.keep}
統合元(なくなるアカウント): ${KENJI.srcId} / ${KENJI.src}
移される内容: 試験履歴、認定 2 件、未使用のバウチャー 1 件

統合を行うと、元に戻すことはできません。上記の内容でよろしければ、このメールに「同意します」とご返信ください。ご返信をいただいてから作業に入ります。

中村
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-yui-badges', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'asks for consent; explains that badges may need a separate step afterwards',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-14 03:44:09', enc: 'sjis8',
    text: `森様

ご提供いただいた認定名と合格日で照合ができました。

研究室のアカウント (${YUI.srcId}) を、個人のアカウント (${YUI.keepId}) に統合いたします。この処理は取り消しができません。
なお、Credly のバッジは統合と同時には移らないことがあり、その場合は統合後にこのケースでお知らせいただければ対応いたします。

この内容で進めてよいか、ご同意のご返信をお願いいたします。

小林`,
  }),
  mk({
    slug: 'ja-conf-shun-alt', kind: 'confirmation_request', lang: 'ja', caseId: S,
    note: 'multipart consent request with a what-if explanation about exam appointments',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-05 05:30:12', enc: 'utf8qp',
    text: `加藤様

候補 ID の確認ができました。統合の前に、次の点についてご同意をお願いします。

・${SHUN.srcId} の試験履歴と認定を ${SHUN.keepId} に移し、${SHUN.srcId} は利用できなくなります。
・統合元で予約中の試験がある場合、予約はいったん取り消されます(現在、予約はございません)。
・統合後に元の 2 つのアカウントに戻すことはできません。

上記にご同意いただける場合は、その旨をご返信ください。

サポート 田中`,
    html: htmlDoc(`<p>加藤様</p>
<p>候補 ID の確認ができました。統合の前に、次の点についてご同意をお願いします。</p>
<ul><li>${SHUN.srcId} の試験履歴と認定を ${SHUN.keepId} に移し、${SHUN.srcId} は利用できなくなります。</li>
<li>統合元で予約中の試験がある場合、予約はいったん取り消されます(現在、予約はございません)。</li>
<li>統合後に元の 2 つのアカウントに戻すことはできません。</li></ul>
<p>上記にご同意いただける場合は、その旨をご返信ください。</p>
<p>サポート 田中</p>`),
  }),
  mk({
    slug: 'ja-conf-freemail', kind: 'confirmation_request', lang: 'ja', caseId: Y, trusted: false,
    note: 'consent request from a free-mail address with a trusted-looking display name: untrusted',
    from: 'AWS Training and Certification <aws.cert.desk@gmail.com>', to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-14 09:12:47', enc: 'jisb64',
    text: `森様

統合の最終確認です。統合は取り消せませんので、下記リンクから同意の手続きをお願いします。
https://aws-cert-merge.example.net/consent?c=${Y}

期限内にお手続きがない場合、統合は行われません。`,
  }),
  mk({
    slug: 'ja-conf-kenji-nudge', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'repeats the consent request because no reply came yet; Outlook quote of the first request',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-10 02:00:19', enc: 'utf8b64',
    text: `伊藤様

先日お送りした統合内容について、まだご返信をいただいていないようでしたので、改めてご連絡いたしました。
内容にお間違いがなければ、統合を進めてよいかどうか、一言ご返信をお願いできますでしょうか。ご返信があるまで統合は行いません。

中村

${outlookJa('aws-cs-trainingcertification-form@amazon.com', '2026年10月8日 13:10', '伊藤 健二', formSubject(K), `統合先(残るアカウント): ${KENJI.keepId}
統合元(なくなるアカウント): ${KENJI.srcId}
統合を行うと、元に戻すことはできません。`)}`,
  }),
  mk({
    slug: 'ja-conf-shun-noword', kind: 'confirmation_request', lang: 'ja', caseId: S,
    note: 'consent asked without the word confirm: proceed on your OK, cannot be undone',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-06 01:02:58', enc: 'sjisb64',
    text: `加藤様

以下の内容で処理を進めさせていただきます。
${SHUN.srcId} → ${SHUN.keepId}

処理後の取り消しはできかねますため、問題なければその旨このメールへご返信ください。お返事をいただき次第、担当チームへ依頼いたします。

田中`,
  }),
  mk({
    slug: 'ja-conf-yui-mixed', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'Japanese consent request with English boilerplate underneath',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-15 00:41:36', enc: 'jis7',
    text: `森様

ご確認いただきたい点がございます。研究室側のアカウントを個人のアカウントへまとめる作業は、一度行うと元に戻せません。よろしければ「統合に同意します」とご返信ください。

Please reply to this email to confirm that you agree to merge account ${YUI.srcId} into ${YUI.keepId}. This action cannot be reversed.

Kind regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-kenji-bottom', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'bottom-posted consent request answering the user\'s question about what would happen to the old address',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-09 06:27:03', enc: 'utf88bit',
    text: `${quote(`統合したら、前職のアドレスにはもう何も届かなくなりますか?`)}

はい、統合後は統合元アカウントに紐づく通知はすべて統合先のアドレスに送られるようになります。

それを踏まえ、${KENJI.srcId} を ${KENJI.keepId} に統合してよろしいでしょうか。取り消しのできない操作のため、ご同意のご返信をお待ちしております。

中村`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-done-kenji', kind: 'merge_completed', lang: 'ja', caseId: K, trap: true,
    note: 'merge done; badges only promised for later and the case will close: the new fact is the merge',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-11 08:14:52', enc: 'jis7',
    text: `伊藤様

ご同意いただきありがとうございました。
${KENJI.srcId} のアカウントを ${KENJI.keepId} に統合いたしました。今後は ${KENJI.keep} でサインインしてください。

Credly のバッジは、数日以内に統合先のアドレス宛てに案内が届く見込みです。届かない場合はこのケースにご返信ください。
本件はこれにてクローズとさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-done-yui-check', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'completion asking the user to check all looks right: stays merge_completed',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-16 05:50:20', enc: 'sjis8',
    text: `森様

ご依頼の統合作業を終えました。研究室のアカウントにあった認定 2 件と試験履歴が、個人のアカウントで表示されるようになっています。

お手数ですが、認定ポータルにサインインし、認定と特典に漏れがないかご確認ください。

小林`,
  }),
  mk({
    slug: 'ja-done-portal-certmetrics', kind: 'merge_completed', lang: 'ja', trusted: false,
    note: 'portal-style completion notice from a sender outside the trusted domains; no case ID',
    from: 'AWS Certification <noreply@certmetrics.com>', to: SHUN.keep, subject: 'アカウントが統合されました',
    d: '2026-11-07 03:03:03', enc: 'jisb64',
    text: `加藤 駿 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウントの認定と試験履歴は、現在ご利用のアカウントでご覧いただけます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-done-portal-html', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal notice (HTML only, no case ID) that the accounts are now one',
    from: PORTAL, to: YUI.keep, subject: 'AWS 認定: アカウント統合のお知らせ',
    d: '2026-10-16 05:20:11', enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<div style="background:#232f3e;color:#fff;padding:12px">AWS Certification</div>
<p>森 結衣 様</p>
<p>2 つの認定アカウントの統合が完了しました。今後は <b>${YUI.keep}</b> のアカウントのみをご利用ください。</p>
<p>統合元アカウントの認定、試験履歴、特典はこのアカウントに移っています。</p>`),
  }),
  mk({
    slug: 'ja-done-shun-credly-later', kind: 'merge_completed', lang: 'ja', caseId: S, trap: true,
    note: 'merge finished; vouchers carried over; badge mail is expected later (future)',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-08 02:17:46', enc: 'utf8b64',
    text: `加藤様

ご返信ありがとうございました。担当チームにて統合処理が行われ、${SHUN.srcId} の認定は ${SHUN.keepId} でご確認いただけるようになりました。未使用のバウチャーも移っております。

バッジについては、Credly から別途メールが届く予定です。1 週間ほどたっても届かない場合はお知らせください。

田中`,
  }),
  mk({
    slug: 'ja-done-yui-mobile', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'very short completion note',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-16 06:01:09', enc: 'sjisb64',
    text: `森様
マージ完了しております。ご確認ください。
小林`,
  }),
  mk({
    slug: 'ja-done-kenji-long', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiOther,
    note: 'completion with a long explanation of what moved and what did not (the second case of Kenji was reused)',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(CASE.kenjiOther),
    d: '2026-10-22 07:38:15', enc: 'jis7',
    text: `伊藤様

大変お待たせいたしました。統合の処理が本日完了しております。

移したもの: 試験履歴、認定 (SAA, DVA)、未使用の 50% 割引バウチャー
移らないもの: 統合元アカウントのプロフィール写真、通知設定

通知用のメールアドレスは統合先の設定が引き継がれます。変更をご希望の場合は、プロフィールから変更できます。`,
  }),
  mk({
    slug: 'ja-done-shun-zumi', kind: 'merge_completed', lang: 'ja', caseId: S,
    note: 'completion worded as "統合処理が済みました" with restated details',
    from: SUPPORT, to: SHUN.keep, subject: `Re: ${formSubject(S)}`,
    d: '2026-11-07 23:55:02', enc: 'utf88bit',
    text: `加藤様

先ほど、統合処理が済みました。
統合先: ${SHUN.keepId} (${SHUN.keep})
統合元: ${SHUN.srcId} (${SHUN.src}) ※このアカウントはご利用いただけません

サインインしてお確かめいただけますと幸いです。`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly-alt', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-10-13 16:05:44', enc: 'utf8qp',
    text: `伊藤 健二 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。

下のボタンからバッジを受け取り、プロフィールで公開できます。
バッジを入手する: https://www.credly.com/earner/earned/badge/6b0e2d41

Credly`,
    html: htmlDoc(`<p>伊藤 健二 様</p>
<p>Amazon Web Services Training and Certification から、<b>AWS Certified Solutions Architect - Associate</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/6b0e2d41" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only AWS Credly badge mail to the kept address',
    from: CREDLY_AWS, to: YUI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-10-18 11:31:08', enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>森 結衣 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が AWS Certified Cloud Practitioner のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a91c0f77">バッジを入手する</a></p>
<p style="font-size:11px">このメールは ${YUI.keep} に送信されました。</p>`),
  }),
  mk({
    slug: 'ja-badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support moved the badges and closes the case',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-15 02:40:27', enc: 'jis7',
    text: `伊藤様

Credly のバッジが統合元のアドレスに残っていた件、統合先のアカウントへ移しました。Credly にサインインすると、2 つのバッジが ${KENJI.keep} のプロフィールに表示されているはずです。

ほかにご不明な点がなければ、本ケースはこちらでクローズいたします。

中村

${gmailJa('2026年10月14日(水) 9:02 伊藤 健二 <kenji.ito@example.jp>', '', 'バッジだけ前のアドレスに残っているようです。')}`.replace(' <kenji.ito@example.jp> :', ' <kenji.ito@example.jp>:'),
  }),
  mk({
    slug: 'ja-badge-yui-accept', kind: 'badges_transferred', lang: 'ja', caseId: Y,
    note: 'badges moved; explains how to accept them on Credly next',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-18 04:12:55', enc: 'sjis8',
    text: `森様

バッジの移行が完了しました。Credly から ${YUI.keep} 宛てに通知が届きますので、メール内のボタンから受け取りの操作をしてください。受け取らないままでも、バッジ自体は統合先のアカウントに付いています。

小林`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly badge mail from a look-alike domain (credIy with a capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: SHUN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-11-09 08:00:00', enc: 'jisb64',
    text: `加藤 駿 様

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://credly-badge-claim.example.net/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-shun-three', kind: 'badges_transferred', lang: 'ja', caseId: S,
    note: 'support says the three named badges were moved to the kept account',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-12 06:33:21', enc: 'utf8b64',
    text: `加藤様

ご指摘いただいたバッジ 3 件(SAA、SOA、DVA)を、統合先アカウントの Credly プロフィールへ移動いたしました。反映まで数時間かかる場合がございます。

${outlookJa('加藤 駿', '2026年11月11日 22:15', SUPPORT_BARE, formSubject(S), '統合後、Credly のバッジが旧アドレスのままです。移していただけますか。')}`,
  }),
  mk({
    slug: 'ja-badge-credly-8bit', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge via Credly delivered to the kept address (8bit UTF-8)',
    from: CREDLY_AWS, to: SHUN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    d: '2026-11-12 09:47:36', enc: 'utf88bit',
    text: `加藤 駿 様

AWS Certified SysOps Administrator - Associate のバッジが発行されました。発行元: Amazon Web Services Training and Certification

バッジを入手する
https://www.credly.com/earner/earned/badge/3c5d9e10

バッジを共有すると、スキルを周囲に示すことができます。`,
  }),
  mk({
    slug: 'ja-badge-kenji-ifnot', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenjiOther,
    note: 'support moved the badges; the if-not-visible advice is secondary',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(CASE.kenjiOther),
    d: '2026-10-24 03:09:50', enc: 'jisb64',
    text: `伊藤様

統合元アカウントに紐づいていたデジタルバッジを、統合先のアカウントへ付け替えました。
もし Credly 上で表示されない場合は、いったんサインアウトしてから再度サインインしてみてください。それでも表示されなければ、このケースにご返信ください。`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-close-kenji-3days', kind: 'case_closed', lang: 'ja', caseId: K,
    note: 'will auto-close in 3 days without a reply',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-17 01:00:40', enc: 'jis7',
    text: `伊藤様

その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、このメールにご返信いただければケースを再開できます。

中村`,
  }),
  mk({
    slug: 'ja-close-yui-resolved', kind: 'case_closed', lang: 'ja', caseId: Y,
    note: 'AWS Support notice that the case was resolved and closed',
    from: AWS_NOTIFY, to: YUI.keep, subject: `ケース ${Y} は解決済みになりました`,
    d: '2026-10-21 00:00:12', enc: 'sjis8',
    text: `ケース ${Y} は解決済みとしてクローズされました。

内容をご確認のうえ、さらにご質問がある場合は、サポートセンターからケースを再開してください。
ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-close-yui-dup', kind: 'case_closed', lang: 'ja', caseId: CASE.yuiDup,
    note: 'duplicate case closed; the work continues on the original case',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yuiDup),
    d: '2026-10-13 02:14:35', enc: 'jisb64',
    text: `森様

同じご依頼のケース (${Y}) がすでにございますので、こちらのケース ${CASE.yuiDup} はクローズいたします。以降のやり取りは ${Y} で続けさせていただきます。`,
  }),
  mk({
    slug: 'ja-close-misaligned', kind: 'case_closed', lang: 'ja', caseId: S, trusted: false, auth: 'misaligned',
    note: 'closing notice whose DKIM is for an unrelated domain and DMARC fails: untrusted',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-10 10:10:10', enc: 'utf8qp',
    text: `加藤様

お問い合わせの件は解決したものとして、本ケースをクローズしました。
アンケートへのご協力をお願いいたします: https://survey-aws.example.net/r/${S}`,
  }),
  mk({
    slug: 'ja-close-kenji-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiOther, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(CASE.kenjiOther),
    d: '2026-10-29 05:45:18', enc: 'utf8b64',
    text: `伊藤様

先週ご連絡のとおり、アカウントの統合とバッジの付け替えは完了しております。その後ご連絡がございませんので、本ケースをクローズさせていただきます。

またご不明な点がございましたら、新しいケースでお問い合わせください。`,
  }),
  mk({
    slug: 'ja-close-shun-7days', kind: 'case_closed', lang: 'ja', caseId: S,
    note: 'waiting for a reply; the case closes after 7 days without one',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-19 04:26:07', enc: 'jisb64',
    text: `加藤様

ご返信をお待ちしております。
7 日間ご連絡がない場合は、解決したものとしてこのケースを閉じさせていただきますので、ご了承ください。`,
  }),
  mk({
    slug: 'ja-close-yui-html', kind: 'case_closed', lang: 'ja', caseId: Y, trap: true,
    note: 'HTML closing that restates the earlier badge move',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-20 08:19:44', enc: 'sjisb64', wholeSubject: true,
    html: `<html><body><p>森様</p><p>10 月 18 日にバッジの移行もご案内済みのため、本件は完了とし、ケースをクローズいたします。</p><p>ご利用ありがとうございました。<br>小林</p></body></html>`,
  }),

  // ---------------- support_reply (10) ----------------
  mk({
    slug: 'ja-sr-voucher-future', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'answers a voucher question with "統合が完了しましたら": future, no event, no request',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-07 08:30:00', enc: 'jis7',
    text: `伊藤様

ご質問いただいたバウチャーの件についてご回答いたします。
統合が完了しましたら、統合元アカウントにある未使用の 50% 割引バウチャーは統合先の「特典」に表示されます。有効期限は変わりません。

引き続き、統合の準備を進めております。

中村`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: 'thanks for confirming, passed to the team; completion announced only as future',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-15 06:48:22', enc: 'sjis8',
    text: `森様

ご同意のご返信をありがとうございます。担当チームへ統合の依頼をいたしました。
作業が終わりましたら、改めてこちらからご連絡いたします。通常 3-5 営業日ほどお時間をいただいております。

小林

${gmailJa('2026年10月15日(木) 12:03 森 結衣 <yui.mori@example.ne.jp>', '', '統合に同意します。よろしくお願いします。')}`.replace(' <yui.mori@example.ne.jp> :', ' <yui.mori@example.ne.jp>:'),
  }),
  mk({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: S, trap: true,
    note: 'the merge has not been completed yet; status only',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-07 02:02:20', enc: 'utf8qp',
    text: `加藤様

お問い合わせの件、統合はまだ完了しておりません。現在担当チームにて処理を進めておりますので、もうしばらくお待ちください。完了しましたらこのケースでお知らせいたします。`,
  }),
  mk({
    slug: 'ja-sr-escalate-badges', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'escalation: the badges will be moved by another team; nothing has moved yet',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-14 07:07:07', enc: 'jisb64',
    text: `伊藤様

バッジが旧アドレスに残っている件、Credly 連携を担当する専門チームへエスカレーションいたしました。移行が済みましたら、あらためてご案内いたします。
お急ぎのところ恐縮ですが、今しばらくお待ちいただけますと幸いです。`,
  }),
  mk({
    slug: 'ja-sr-merged-cases', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: '"重複したケースを統合しました" is about cases, not accounts',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-13 02:20:40', enc: 'utf8b64',
    text: `森様

同じ内容で 2 件のケースをいただいておりましたので、ケースを 1 件に統合いたしました。今後はこのケース (${Y}) でご案内します。
アカウントの統合そのものは、引き続きご依頼の情報を確認しているところです。`,
  }),
  mk({
    slug: 'ja-sr-otheronly', kind: 'support_reply', lang: 'ja', caseId: S, trap: true, trusted: false, auth: 'otherOnly',
    note: 'hypothetical about exam bookings; only a foreign Authentication-Results below the server: untrusted',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-04 09:40:18', enc: 'sjisb64',
    text: `加藤様

ご質問の件ですが、もし統合元のアカウントで試験を予約されている場合、統合を行うとその予約はキャンセル扱いになります。受験後に統合をご依頼いただくか、予約を統合先で取り直していただくことになります。

現時点では予約は見当たりませんので、このままお手続きを進められます。`,
  }),
  mk({
    slug: 'ja-sr-same-cert', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'explains what would happen if both accounts hold the same certification',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(K),
    d: '2026-10-07 23:11:31', enc: 'jis7',
    text: `伊藤様

「両方のアカウントで同じ認定を持っている場合はどうなるのか」というご質問にお答えします。
その場合、統合後は有効期限の長い方の認定が残り、もう一方は履歴として表示されます。バッジも有効な方が 1 つ残る形になります。

伊藤様の場合は同じ認定の重複はございませんでした。`,
  }),
  mk({
    slug: 'ja-sr-cannot-now', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: 'cannot merge at the moment because of a booked exam: negated, no request',
    from: SUPPORT, to: YUI.keep, subject: formSubject(Y),
    d: '2026-10-13 07:58:03', enc: 'utf88bit',
    text: `森様

確認したところ、研究室のアカウントで 10 月 24 日に試験のご予約がありました。予約中の試験があるアカウントは、現時点では統合できません。
受験が終わりましたら、このケースにご返信ください。その時点で統合の手続きを再開いたします。`,
  }),
  mk({
    slug: 'ja-sr-consent-received', kind: 'support_reply', lang: 'ja', caseId: S, trap: true,
    note: 'consent received; gives an expected timeline (3-5 business days)',
    from: SUPPORT, to: SHUN.keep, subject: formSubject(S),
    d: '2026-11-06 06:06:40', enc: 'jis7',
    text: `加藤様

ご確認ありがとうございます。同意のご連絡を承りました。
統合は通常 3-5 営業日で完了する見込みです。作業が終わり次第、認定ポータルで結果を確認できるようになります。

田中`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'asks only to write from the kept address (no data); mentions identity confirmation',
    from: SUPPORT, to: KENJI.src, subject: formSubject(K),
    d: '2026-09-30 01:37:29', enc: 'utf8qp',
    text: `伊藤様

ご本人確認の都合上、統合の手続きは残される側のアカウントのメールアドレスからご連絡いただいた場合にのみ進めております。
お手数ですが、残されるアカウントのアドレスからこのケースにご返信ください。`,
    html: htmlDoc(paras(`伊藤様

ご本人確認の都合上、統合の手続きは残される側のアカウントのメールアドレスからご連絡いただいた場合にのみ進めております。
お手数ですが、残されるアカウントのアドレスからこのケースにご返信ください。`)),
  }),

  // ---------------- unrelated (10) ----------------
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true,
    note: 'the user\'s own consent reply (copy to self): no news from support',
    from: `${KENJI.ja} <${KENJI.keep}>`, to: SUPPORT, cc: KENJI.keep, subject: `Re: ${formSubject(K)}`,
    d: '2026-10-10 19:20:41', tz: '+0900', enc: 'jis7',
    text: `中村様

ご連絡ありがとうございます。内容を確認しました。
統合に同意しますので、手続きを進めてください。

伊藤

${gmailJa('2026年10月10日(土) 11:00 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '', '統合を進めてよいかどうか、一言ご返信をお願いできますでしょうか。')}`.replace('> :', '>:'),
  }),
  mk({
    slug: 'ja-un-colleague', crlf: false, kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'a colleague explains from experience how a merge and badge move would go',
    from: '高橋 直樹 <n.takahashi@formerco.example.co.jp>', to: KENJI.src, subject: 'Re: AWS認定のアカウント統合って',
    d: '2026-09-27 13:22:10', tz: '+0900', enc: 'sjis8',
    text: `伊藤さん

自分のときは、サポートに頼んでから 3 日くらいで統合されました。
統合が終わると旧アカウントには入れなくなるので、証明書は先に落としておいた方がいいです。
あとバッジは自動では移らなかったので、同じケースで頼んだら移してもらえましたよ。

高橋`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'out-of-office auto reply from a colleague promising to check the merge matter later',
    from: '渡辺 さくら <s.watanabe@formerco.example.co.jp>', to: KENJI.src, subject: '自動応答: 認定アカウント統合の件',
    d: '2026-09-28 00:05:00', tz: '+0900', enc: 'jisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `誠に恐れ入りますが、10 月 2 日まで不在にしております。
統合のご確認などは、戻り次第対応いたします。お急ぎの場合は部内メーリングリストへご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: YUI.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    d: '2026-10-19 12:44:00', enc: 'utf8qp',
    text: `森 結衣 様

Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/f00a11b2`,
  }),
  mk({
    slug: 'ja-un-credly-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge code mail, not the AWS merge',
    from: 'Credly <admin@credly.com>', to: SHUN.keep, subject: 'Credly アカウント統合の確認コード',
    d: '2026-11-13 01:12:59', enc: 'utf8b64',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

確認コード: 482 917

このコードは 30 分間有効です。統合をリクエストしていない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: K, trap: true,
    note: 'survey about the resolved case',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `ケース ${K} に関するアンケート`,
    d: '2026-10-18 02:30:30', enc: 'jis7',
    text: `先日お問い合わせいただいたケース ${K} は解決しましたか?

サービス向上のため、1 分ほどのアンケートにご協力ください。
https://survey.aws.example.com/s/${K}`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: '178440557302', trap: true,
    note: 'receipt of another case that says it is about a voucher refund',
    from: AWS_NOTIFY, to: KENJI.keep, subject: 'お問い合わせ(バウチャーの返金)を受け付けました',
    d: '2026-11-02 03:03:33', enc: 'sjisb64',
    text: `お問い合わせを受け付けました。ケース ID: 178440557302
お問い合わせ内容: 試験バウチャーの返金について

返金の可否は担当者が確認のうえ、ご連絡いたします。`,
  }),
  mk({
    slug: 'ja-un-webinar', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'marketing: webinar that will explain merges and badges',
    from: 'AWS トレーニングと認定 <no-reply@aws.training>', to: YUI.keep, subject: '【ウェビナー】認定アカウントの統合とバッジ管理を解説します',
    d: '2026-11-20 01:00:00', enc: 'utf8qp',
    text: `AWS 認定をお持ちの皆さまへ

12 月 10 日のオンラインセッションでは、複数の認定アカウントを統合する方法、統合後にバッジがどう移るか、特典の確認方法を解説します。
参加登録はこちら: https://aws.training/events/jp-cert-1210

配信停止はこちらから。`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result notice; says the badge will come from Credly later',
    from: PORTAL, to: SHUN.keep, subject: 'AWS 認定試験の結果のお知らせ',
    d: '2026-11-25 05:55:55', enc: 'utf88bit',
    text: `加藤 駿 様

AWS Certified Developer - Associate の試験結果が確定しました。結果: 合格

デジタルバッジは 5 営業日以内に Credly から届きます。認定ポータルから証明書をダウンロードできます。`,
  }),
  mk({
    slug: 'ja-un-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: Y, trusted: false, forUser: false, trap: true,
    note: 'the user\'s own forward of the completion to a colleague; not addressed to the user',
    from: `${YUI.ja} <${YUI.keep}>`, to: '上田 先生 <ueda@lab.example.ac.jp>', subject: `Fwd: ${formSubject(Y)}`,
    d: '2026-10-16 18:30:00', tz: '+0900', enc: 'jis7', deliveredTo: null, rcpt: 'ueda@lab.example.ac.jp',
    text: `上田先生

研究室アドレスの認定アカウントを個人の方へ統合してもらいました。今後は個人アドレスのほうでお願いします。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年10月16日(金) 14:50
Subject: ${formSubject(Y)}
To: <${YUI.keep}>

森様
ご依頼の統合作業を終えました。`,
  }),
];
