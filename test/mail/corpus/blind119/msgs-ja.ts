// Japanese messages of set dn (mistaken and shared identities).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAISUKE, KENTA, KENTA_REQ, MISAKI, MISAKI_REQ, NAMESAKE, PORTAL, SAKURA, SAKURA2, SAKURA_REQ, SUCCESSOR, SUPPORT,
  formSubject, gmailJa, jst, mk, outlookJa, paras, quote, sfBlock, sfRef,
} from './common.js';

const K = `${KENTA.ja} <${KENTA.keep}>`;
const FAM = `山本家 <${MISAKI.family}>`;
const TEAM = `クラウド推進チーム <${SAKURA.team}>`;
const SAK = `${SAKURA.ja} <${SAKURA.own}>`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-kenta-notify', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'automatic receipt of Kenta\'s merge case with its ID',
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.kenta} を受け付けました`, date: jst('2026-10-05 21:04:11'),
    text: `${KENTA.ja} 様

AWS トレーニングと認定へのお問い合わせを承りました。
ケース ID: ${CASE.kenta}
件名: 認定アカウントの統合 (account-assistance)

担当者が内容を拝見し、通常24時間以内にこのアドレス宛てにご返信いたします。
同じご依頼で新しいケースを作成されますと回答が遅れる場合がございますので、ご了承ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-daisuke-family', kind: 'acknowledgement', lang: 'ja', caseId: CASE.daisuke, enc: 'jisb64',
    note: 'receipt of the husband\'s merge case, delivered to the shared family mailbox (the user\'s address)',
    from: AWS_NOTIFY, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: `[ケース ${CASE.daisuke}] お問い合わせ受付のお知らせ`, date: jst('2026-10-12 07:55:40'),
    text: `山本 大輔 様

この度はお問い合わせいただきありがとうございます。ケース番号 ${CASE.daisuke} として登録しました、
内容: AWS認定 アカウントの統合。
担当チームから順次ご連絡いたします。本メールは送信専用のアドレスから送られています。`,
  }),
  mk({
    slug: 'ack-sakura-team', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sakura, enc: 'sjisb64',
    note: 'receipt of Sakura\'s case sent to the team mailbox she gave in the form',
    from: AWS_NOTIFY, to: TEAM, subject: `お問い合わせを受け付けました (ケース ${CASE.sakura})`, date: jst('2026-10-20 13:02:09'),
    text: `伊藤 さくら 様

サポートケース ${CASE.sakura} を作成しました。
ご依頼の種類: AWS トレーニングと認定 / 認定 / アカウントの統合
1営業日以内に担当者よりご連絡します。返信をお待ちいただく間、同じ内容のケースを重ねて作成しないようお願いいたします。

-- 
Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ack-fake-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenta, enc: 'utf8qp', trusted: false, auth: 'pass',
    note: 'receipt-shaped mail from a look-alike domain: content is a receipt, sender not trusted',
    from: 'AWS サポート <support@aws-certification-help.jp>', to: K, subject: `ケース${CASE.kenta}受付完了`, date: jst('2026-10-05 22:40:00'),
    text: `鈴木 健太 様

ケース番号 ${CASE.kenta} を受付いたしました。本人確認のため、下記のページから候補者IDとパスワードをご入力ください。
https://aws-certification-help.jp/verify

AWS認定サポート事務局`,
  }),
  mk({
    slug: 'ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'HTML-only receipt; case ID only in the body',
    from: AWS_NOTIFY, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: 'AWS サポート: お問い合わせありがとうございます', date: jst('2026-10-11 18:20:31'),
    html: `<html><body><table width="600"><tr><td>
<p>山本 美咲 様</p>
<p>お問い合わせ内容を受領しました。<br>ケース番号: <b>${CASE.misaki}</b></p>
<p>担当者から追ってメールでご連絡します。ご返信の際は件名を変えずにお送りください。</p>
<p style="color:#888">このメールに心当たりがない場合は破棄してください。</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ack-kenta-dup-topicless', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kentaDup, enc: 'jis7',
    note: 'receipt that says nothing of its topic (Kenta\'s duplicate case): read as a receipt',
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.kentaDup} が作成されました`, date: jst('2026-10-06 08:31:52'),
    text: `お客様

ケース ${CASE.kentaDup} を作成しました。内容を確認し、担当より連絡いたします。
ケースの状況はサポートセンターからも確認できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-sakura2-team-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sakura2, enc: 'utf8qp', auth: 'dkimonly',
    note: 'receipt of the same-reading colleague\'s case, addressed to the shared team mailbox (the user\'s); Japanese text with English boilerplate',
    from: AWS_NOTIFY, to: TEAM, subject: `[Case ${CASE.sakura2}] 受付のお知らせ / We received your request`, date: jst('2026-10-21 09:14:27'),
    text: `伊藤 咲良 様

ケース ${CASE.sakura2} でお問い合わせを承りました、担当より順にご返信します。

We have received your request (Case ID ${CASE.sakura2}). Please do not reply to this automated message.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-kenta-selfservice', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    note: 'automated suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: K, subject: 'AIアシスタントからの回答: 認定アカウントの統合', date: jst('2026-10-05 20:58:03'),
    text: `このメッセージは生成AIによって作成された自動回答です。

認定アカウントが2つある場合、まず AWS Certification アカウントにサインインし、
プロフィール画面の「Merge Accounts」からご自身で統合をお試しください。
両方のアカウントに認定の履歴がある場合など、ツールで統合できないときは「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-family-sharedaddr', kind: 'ai_answer', lang: 'ja', enc: 'sjis8',
    note: 'AI answer about accounts sharing one e-mail address, sent to the family mailbox',
    from: AWS_NOTIFY, to: FAM, subject: '自動回答: 同じメールアドレスを複数の方で使っている場合', date: jst('2026-10-11 18:12:45'),
    text: `※本メールはAIが自動で生成した参考情報です。

1つのメールアドレスを家族や同僚と共有している場合でも、認定アカウントは受験者ご本人ごとに分ける必要があります。
別の方のアカウントと統合することはできません。
ご本人のアカウントが2つある場合は、認定ポータルのアカウント統合ツールをご利用いただけます。
解決しない場合は、このページ下部の「ケースを作成」をお選びください。`,
  }),
  mk({
    slug: 'ai-sakura-badges-after', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64', trap: true,
    note: 'AI answer that also explains what happens to badges after a merge: still ai_answer',
    from: AWS_NOTIFY, to: SAK, subject: 'AWS サポート - 生成AIによるご案内', date: jst('2026-10-20 12:57:19'),
    text: `自動生成された回答です(担当者による確認は行っていません)

・認定アカウントの統合はポータルの「アカウントの統合」機能からご自身で行えます。
・統合が済んだあとに Credly でバッジを受け取り直すと、残したアカウントにバッジが表示されます。
・ツールでエラーになる場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ai-namesake-warn', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'automated answer about two people with the same name',
    from: AWS_NOTIFY, to: K, subject: '自動回答: 同姓同名のアカウントについて', date: jst('2026-10-06 08:25:10'),
    text: `AIアシスタントより

同じ氏名のアカウントが見つかった場合でも、それが別の方のものである可能性があります。
統合の前に、ご自身の候補者ID (AWSで始まる番号) を両方のアカウントで確認してください。
ご自身のアカウントであることが確認できたら、アカウント統合ツールで手続きできます。
ご不明点が残る場合はケースの作成にお進みください。`,
  }),
  mk({
    slug: 'ai-misaki-html', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'HTML-only automated answer pointing to the Merge Accounts tool',
    from: AWS_NOTIFY, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: 'AIアシスタントの回答をお届けします', date: jst('2026-10-11 19:03:00'),
    html: `<div>このメールは自動応答です。</div>
<div>アカウントを統合するには、認定ポータルのプロフィールから「Merge Accounts」を開き、統合したいアカウントのメールアドレスを入力してください。</div>
<div>うまくいかない場合はサポートケースを作成できます。</div>`,
  }),
  mk({
    slug: 'ai-team-account', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64', auth: 'dkimonly',
    note: 'AI answer about a certification account made with a team address',
    from: AWS_NOTIFY, to: TEAM, subject: 'AIによる自動回答のご案内', date: jst('2026-10-20 12:49:33'),
    text: `以下はAIが作成した回答です。

チームの共有アドレスで作成した認定アカウントをご本人のアカウントへまとめたい場合、
まず両方にサインインできるかご確認のうえ、「アカウントの統合」ツールをお試しいただけます。
どちらにも認定の記録がある場合はツールが使えないため、画面の案内に沿ってケースを作成してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-kenta-which-id', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'support found two people named 鈴木 健太 and asks which candidate IDs are his',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-06 15:41:08'),
    text: `鈴木 健太 様

AWS トレーニングと認定カスタマーサポートの小川です。
ご依頼いただいた氏名で検索したところ、「鈴木 健太」様のアカウントが複数見つかりました。
お手数ですが、ご本人様の2つのアカウントそれぞれについて、候補者ID、登録メールアドレス、最後に受験した試験名と受験日をお知らせいただけますでしょうか。
いただいた情報をもとに、別の方のアカウントと取り違えがないよう照合いたします。

${sfRef('Ab12x')}

${sfBlock(KENTA.keep, '2026/10/05 21:03', '認定アカウントの統合', KENTA_REQ)}`,
  }),
  mk({
    slug: 'info-misaki-names-differ', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'names differ (kanji vs romaji); support asks for the details of both accounts',
    from: SUPPORT, to: FAM, subject: formSubject(CASE.misaki), date: jst('2026-10-13 10:22:47'),
    text: `山本 美咲 様

お問い合わせありがとうございます。
${MISAKI.keepId} は「山本 美咲」、${MISAKI.srcId} は「YAMAMOTO MISAKI」と、2つのアカウントで氏名の表記が異なっておりました。
同一人物であることを確かめるため、両アカウントの登録メールアドレスと、それぞれで取得された認定の名称を本メールへの返信でお送りください。
また、統合後に残すアカウントがどちらかも併せてご指定願います。

AWS Training and Certification カスタマーサポート`,
  }),
  mk({
    slug: 'info-sakura-confirmword', kind: 'info_request', lang: 'ja', caseId: CASE.sakura, enc: 'sjis8', trap: true,
    note: 'asks her to confirm and tell which address she keeps: an information request worded with 確認',
    from: SUPPORT, to: SAK, cc: TEAM, subject: formSubject(CASE.sakura), date: jst('2026-10-21 16:05:12'),
    text: `伊藤様

ご連絡ありがとうございます。
共有アドレス ${SAKURA.team} のアカウントには、伊藤 咲良 様の受験記録も紐づいているように見受けられます。
お手数ですが、統合後にお使いになるメールアドレスと、ご自身が受験された試験の名前をご確認のうえお知らせください。

${gmailJa('2026-10-20 13:00', SAK)}
${quote(SAKURA_REQ)}`,
  }),
  mk({
    slug: 'info-kenta-write-from-keep', kind: 'info_request', lang: 'ja', caseId: CASE.kentaDup, enc: 'jis7',
    note: 'asks him to write from the kept address and to give both IDs',
    from: SUPPORT, to: K, subject: formSubject(CASE.kentaDup), date: jst('2026-10-07 11:10:30'),
    text: `鈴木様

本ケースは統合元のアドレスに関連した内容として作成されておりますが、
統合先として残すアドレスから、2つの候補者ID (AWS から始まる番号) を添えてご返信いただけますか。
前職のアドレスは別の方がお使いとのことですので、今後のご連絡はすべて個人アドレスに限らせていただきます。`,
  }),
  mk({
    slug: 'info-daisuke-family', kind: 'info_request', lang: 'ja', caseId: CASE.daisuke, enc: 'utf8qp',
    note: 'information request on the husband\'s case, delivered to the family mailbox',
    from: SUPPORT, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: formSubject(CASE.daisuke), date: jst('2026-10-13 14:48:02'),
    text: `山本 大輔 様

いつもお世話になっております。
同じメールアドレスから奥様のケースも承っているため、取り違え防止のため確認させてください。
大輔様ご本人の候補者ID 2件と、それぞれの登録メールアドレスを返信にてご教示いただけますでしょうか、
どちらのアカウントを残すかもお書き添えください。`,
  }),
  mk({
    slug: 'info-misaki-mobile', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'short follow-up asking for the birth date on both accounts',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: formSubject(CASE.misaki), date: jst('2026-10-15 09:02:55'),
    text: `山本様

ご返信ありがとうございます。もう1点だけ、両方のアカウントに登録されている生年月日が一致しているかどうか、
お分かりになる範囲で教えてください。一致しない場合は正しい方をお知らせいただければ修正して進めます。

${gmailJa('2026-10-14 22:41', `${MISAKI.ja} <${MISAKI.own}>`)}
> 登録アドレスは family.yamamoto@example.ne.jp と misaki.yamamoto@example.com です。
> 残すのは ${MISAKI.keepId} でお願いします。
>
> iPhoneから送信`,
  }),
  mk({
    slug: 'info-fake-password', kind: 'info_request', lang: 'ja', caseId: CASE.sakura, enc: 'utf8qp', trusted: false, auth: 'otherOnly',
    note: 'forged information request: only another server (mx.google.com) vouches for it, below our Received',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-22 02:13:40'),
    text: `伊藤様

統合手続きを進めるため、両アカウントのログインパスワードとご本人確認書類の画像を本メールに添付してご返信ください。
48時間以内にご返信がない場合、アカウントは停止されます。`,
  }),
  mk({
    slug: 'info-kenta-correct-id-ask', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, enc: 'sjisb64',
    note: 'support realises an ID belongs to the other 鈴木 健太 and asks for the right one',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-08 17:26:14'),
    text: `鈴木 健太 様

お送りいただいた候補者ID ${NAMESAKE.id} は、照合の結果、同姓同名の別のお客様のものでした。
お手元の認定証明書またはポータルのプロフィールで、ご自身の候補者IDをもう一度ご確認のうえ、正しい番号をご返信いただけますでしょうか。
番号の末尾が似ているため、お間違えのないようお願いします。

${outlookJa('2026-10-08 09:12', K, 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.kenta))}

統合元の候補者IDは ${NAMESAKE.id} です。よろしくお願いします。`,
  }),
  mk({
    slug: 'info-sakura-which-account-shared', kind: 'info_request', lang: 'ja', caseId: CASE.sakura, enc: 'jis7',
    note: 'asks which certifications on the team account are hers',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-23 10:40:00'),
    text: `伊藤 さくら 様

チームアドレスのアカウント ${SAKURA.srcId} には2名分の受験履歴が混在している可能性があります。
さくら様が合格された試験名と合格日を一覧でお送りください。それ以外の記録は移さずにおきます。

よろしくお願いいたします。
AWS トレーニングと認定 サポート 田村`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-kenta-corrected', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'corrected IDs; asks him to consent to the irreversible merge',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-09 13:15:26'),
    text: `鈴木 健太 様

正しい候補者IDのご連絡をありがとうございます。以下の内容で統合の準備ができました。
残すアカウント: ${KENTA.keepId} (Kenta Suzuki / ${KENTA.keep})
統合されるアカウント: ${KENTA.srcId} (鈴木 健太 / ${KENTA.old})
統合後は元に戻すことができません。この内容で進めてよろしいか、本メールにご返信いただく形でご同意ください。

${sfRef('Ab12x')}`,
  }),
  mk({
    slug: 'conf-misaki-family', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'asks Misaki to agree to the merge; sent to the family mailbox',
    from: SUPPORT, to: FAM, subject: formSubject(CASE.misaki), date: jst('2026-10-16 11:48:09'),
    text: `山本 美咲 様

情報のご提供ありがとうございました。
${MISAKI.srcId} (YAMAMOTO MISAKI) の認定を ${MISAKI.keepId} (山本 美咲) にまとめます、
処理後に取り消すことはできませんので、この2件の統合に同意いただけるかどうか、ご返信をお願いいたします。
※同じアドレスで承っているご主人様のケースとは別に処理いたします。`,
  }),
  mk({
    slug: 'conf-daisuke-family', kind: 'confirmation_request', lang: 'ja', caseId: CASE.daisuke, enc: 'sjis8',
    note: 'consent request on the husband\'s case, delivered to the family mailbox (forUser by address)',
    from: SUPPORT, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: formSubject(CASE.daisuke), date: jst('2026-10-16 15:30:44'),
    text: `山本 大輔 様

統合元 ${DAISUKE.srcId}、統合先 ${DAISUKE.keepId} として手続きを行います。
一度統合するとアカウントを分け直すことはできません。よろしければ「統合に同意します」とご返信ください。`,
  }),
  mk({
    slug: 'conf-sakura-bottom', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sakura, enc: 'utf8qp',
    note: 'consent request moving only her own records out of the team account',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-26 14:20:18'),
    text: `伊藤 さくら 様

お送りいただいた一覧に基づき、共有アカウント ${SAKURA.srcId} にある「SAA」「DVA」の2件のみをさくら様の ${SAKURA.keepId} へ移します。
咲良様の記録はそのまま残ります。
この操作は取り消せません。差し支えなければ、このまま進めてよい旨をご返信ください。

${gmailJa('2026-10-24 08:03', SAK)}
> 合格したのは SAA(2024年3月) と DVA(2025年1月) です。`,
  }),
  mk({
    slug: 'conf-namesake-misdelivered', kind: 'confirmation_request', lang: 'ja', caseId: CASE.namesake, enc: 'jis7', forUser: false,
    note: 'consent request for the other 鈴木 健太, addressed and delivered to him, not the user',
    from: SUPPORT, to: `${NAMESAKE.ja} <${NAMESAKE.addr}>`, subject: formSubject(CASE.namesake), date: jst('2026-10-10 10:05:37'),
    text: `鈴木 健太 様

ご依頼のアカウント ${NAMESAKE.id} と AWS39920518 の統合について、取り消しのできない操作のため最終のご意思を確認させてください。
問題なければこのメールに返信で「同意します」とお知らせください。`,
  }),
  mk({
    slug: 'conf-fake-link', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', trusted: false, auth: 'forgedBelow',
    note: 'forged consent request: the dmarc=pass line sits below the server\'s Received',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: formSubject(CASE.misaki), date: jst('2026-10-16 23:58:00'),
    html: paras(`山本様

アカウント統合の最終確認です。取り消しはできません。
下記ボタンから統合に同意してください。

[ 統合に同意する ]  https://aws-merge-confirm.example-login.net/c/88213`),
  }),
  mk({
    slug: 'conf-kenta-restated-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kentaDup, enc: 'utf8qp',
    note: 'reply on the duplicate case: IDs restated, consent asked in Japanese with English template below',
    from: SUPPORT, to: K, subject: formSubject(CASE.kentaDup), date: jst('2026-10-09 13:40:02'),
    text: `鈴木様

重複して作成されたケースにもご連絡します。内容は ${CASE.kenta} と同じで、
${KENTA.srcId} を ${KENTA.keepId} へ統合することになります、元に戻せない点をご承知おきいただき、ご同意の旨をどちらかのケースへご返信ください。

Please reply to confirm that you agree to merge ${KENTA.srcId} into ${KENTA.keepId}. This cannot be reversed.`,
  }),
  mk({
    slug: 'conf-sakura-typo', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sakura, enc: 'sjisb64',
    note: 'consent request with typos and an ID between the words',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-27 09:11:48'),
    text: `伊藤さくら様

昨日のご案内に誤りがあり失礼しました、移行元は ${SAKURA.srcId}、移行先は ${SAKURA.keepId}です。
統合した後は元にもどせませんので、この内容でよろしければ同意する旨をご返信ねがいます。`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-kenta', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'support says the two accounts were merged into the kept one',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-10 19:02:33'),
    text: `鈴木 健太 様

ご同意ありがとうございました。${KENTA.srcId} の認定履歴を ${KENTA.keepId} へ移し、2つのアカウントを1つにいたしました。
表示名はローマ字表記 (Kenta Suzuki) のままです。漢字表記に変えたい場合はプロフィールから変更できます。
ポータルにサインインし、認定と特典が表示されていることをご確認ください。

${gmailJa('2026-10-09 21:30', K)}
> 内容に問題ありません、統合をお願いします。`,
  }),
  mk({
    slug: 'merged-misaki-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'completion notice asking her to check everything looks right: still merge_completed',
    from: SUPPORT, to: FAM, subject: formSubject(CASE.misaki), date: jst('2026-10-18 10:44:51'),
    text: `山本 美咲 様

統合作業が完了しました。${MISAKI.keepId} に両方の認定が表示されるようになっています。
念のため、お手すきの際に内容に誤りがないかご確認いただけますと幸いです。
ご主人様のケースについては引き続き別途ご連絡いたします。`,
  }),
  mk({
    slug: 'merged-daisuke-family', kind: 'merge_completed', lang: 'ja', caseId: CASE.daisuke, enc: 'jisb64',
    note: 'husband\'s merge completed, delivered to the shared family mailbox',
    from: SUPPORT, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: formSubject(CASE.daisuke), date: jst('2026-10-19 16:12:09'),
    text: `山本 大輔 様

お待たせしました、${DAISUKE.srcId} を ${DAISUKE.keepId} に統合し終えました。
今後は ${DAISUKE.keepId} でサインインしてください。`,
  }),
  mk({
    slug: 'merged-portal-ja', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    note: 'the certification portal\'s own merged notice (no case ID)',
    from: PORTAL, to: `${SAKURA.ja} <${SAKURA.own}>`, subject: 'AWS認定: アカウントの統合が完了しました', date: jst('2026-10-28 04:30:00'),
    html: `<html><body>
<p>伊藤 さくら 様</p>
<p>お客様の AWS Certification アカウントは統合されました。統合されたアカウントの認定、特典、受験履歴は、現在お使いのアカウントでご覧いただけます。</p>
<p><a href="https://cp.certification.aws.training/">AWS Certification アカウントにサインイン</a></p>
<p>このメールは送信専用です。</p>
</body></html>`,
  }),
  mk({
    slug: 'merged-sakura-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.sakura, enc: 'jis7',
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-28 11:06:20'),
    text: `伊藤 さくら 様

共有アカウントにあったさくら様の2件の認定を、${SAKURA.keepId} へ移し統合を完了しました。
咲良様の記録は共有アカウントに残っています。
本件はこれにてクローズとさせていただきます。`,
  }),
  mk({
    slug: 'merged-fake-sjis', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenta, enc: 'sjis8', trusted: false, auth: 'fail',
    note: 'completion-looking mail whose topmost verdict is dmarc=fail',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-10 03:22:10'),
    text: `鈴木様

アカウントの統合が完了いたしました。
特典バウチャーを受け取るには下記URLからカード情報を登録してください。
https://aws-voucher.example-pay.net/`,
  }),
  mk({
    slug: 'merged-kenta-topquote-outlook', kind: 'merge_completed', lang: 'ja', caseId: CASE.kentaDup, enc: 'utf8qp',
    note: 'merge done, reported on the duplicate case, with Outlook-style quoted history',
    from: SUPPORT, to: K, subject: formSubject(CASE.kentaDup), date: jst('2026-10-10 19:20:47'),
    text: `鈴木様

もう一方のケースでもご連絡のとおり、${KENTA.srcId} と ${KENTA.keepId} の統合処理は本日済んでおります。
前職アドレスのアカウントは今後ご利用いただけません。

${outlookJa('2026-10-09 21:35', K, 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.kentaDup))}

同意します。重複してケースを作ってしまい失礼しました。`,
  }),
  mk({
    slug: 'merged-misaki-romaji-name', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'merged; says which name spelling the kept account shows',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: formSubject(CASE.misaki), date: jst('2026-10-18 10:50:03'),
    text: `山本様

先ほど家族共用アドレス宛てにもお送りしましたが、念のためご本人アドレスへも。
2件のアカウントは ${MISAKI.keepId} にまとまりました、氏名は漢字の「山本 美咲」で登録されています。
ローマ字表記が必要な証明書は、プロフィールの英字氏名欄をご確認ください。`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-kenta', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: `Kenta Suzuki <${KENTA.keep}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-10-12 06:15:22'),
    html: `<html><body style="font-family:sans-serif">
<p>Kenta Suzuki さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c">バッジを入手する</a></p>
<p>Credly by Pearson</p>
</body></html>`,
  }),
  mk({
    slug: 'badge-support-kenta', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-14 12:33:41'),
    text: `鈴木 健太 様

ご連絡いただいたCredlyのバッジの件、前職アドレスに紐づいていた3つのバッジを ${KENTA.keep} のCredlyアカウントへ移行いたしました。
前のアドレスは後任の方がお使いとのことですので、旧アドレス側にはバッジは残っていません。

${gmailJa('2026-10-13 20:02', K)}
> 統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。`,
  }),
  mk({
    slug: 'badge-credly-misaki-sjis', kind: 'badges_transferred', lang: 'ja', enc: 'sjisb64',
    note: 'Credly issues the AWS badge to Misaki\'s own address',
    from: CREDLY_AWS, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-10-19 07:40:18'),
    text: `山本 美咲 さん

Amazon Web Services Training and Certification より、AWS Certified Cloud Practitioner のバッジが届いています。
バッジを入手する: https://www.credly.com/earner/earned/badge/19ad

Credly`,
  }),
  mk({
    slug: 'badge-support-sakura', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sakura, enc: 'utf8qp',
    note: 'support announces badges moved and closes: badges_transferred',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-30 15:47:00'),
    text: `伊藤 さくら 様

チームアドレスのCredlyアカウントにあったさくら様の2つのバッジは、${SAKURA.own} のCredlyアカウントに付け替えました。
咲良様のバッジは動かしていません。
ほかにご不明な点がなければ、本ケースはこれで終了となります。`,
  }),
  mk({
    slug: 'badge-credly-fake', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', trusted: false, auth: 'pass',
    note: 'Credly-shaped badge mail from credIy.com (capital I look-alike)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: `Kenta Suzuki <${KENTA.keep}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-10-12 06:40:00'),
    html: `<p>Kenta Suzuki さん</p><p>統合されたアカウントにバッジが移されました。</p><p><a href="https://credly-badge.example-claim.net/">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'badge-daisuke-family', kind: 'badges_transferred', lang: 'ja', caseId: CASE.daisuke, enc: 'jisb64',
    note: 'husband\'s badges moved, to the shared family mailbox',
    from: SUPPORT, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: formSubject(CASE.daisuke), date: jst('2026-10-22 09:30:12'),
    text: `山本 大輔 様

Credly のバッジについて、統合元に残っていた分も含め、すべて ${DAISUKE.work} のCredlyアカウントに表示されるよう移動しました。`,
  }),
  mk({
    slug: 'badge-credly-namesake', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', forUser: false,
    note: 'AWS badge for the other 鈴木 健太, addressed and delivered to him',
    from: CREDLY_AWS, to: `${NAMESAKE.ja} <${NAMESAKE.addr}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-10-13 05:05:05'),
    text: `鈴木 健太 さん

Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジを発行しました。
バッジを入手する
https://www.credly.com/earner/earned/badge/a2e0`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-kenta-dup', kind: 'case_closed', lang: 'ja', caseId: CASE.kentaDup, enc: 'jis7',
    note: 'the duplicate case is closed',
    from: SUPPORT, to: K, subject: formSubject(CASE.kentaDup), date: jst('2026-10-11 10:00:12'),
    text: `鈴木様

本ケースはケース ${CASE.kenta} と同じご依頼のため、こちらはクローズいたします。
今後のやり取りは ${CASE.kenta} で続けさせていただきます。`,
  }),
  mk({
    slug: 'closed-misaki-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'reminder that the case will close without a reply',
    from: AWS_NOTIFY, to: FAM, subject: `ケース ${CASE.misaki} は3日後に自動的に終了します`, date: jst('2026-10-25 08:00:00'),
    text: `山本 美咲 様

担当者からのご案内以降、お返事をいただいていないため、本ケースは3日後に自動的に解決済みとなります。
引き続きお手伝いが必要な場合は、期限までにケースにご返信ください。`,
  }),
  mk({
    slug: 'closed-sakura-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.sakura, enc: 'utf8b64', trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-11-04 10:15:40'),
    text: `伊藤 さくら 様

先月28日にお知らせしたとおりアカウントの統合は済んでおり、その後ご質問もございませんでしたので、本ケースを解決済みといたしました。
またお困りの際は新しいケースでお問い合わせください。`,
  }),
  mk({
    slug: 'closed-daisuke-family', kind: 'case_closed', lang: 'ja', caseId: CASE.daisuke, enc: 'jis7',
    note: 'husband\'s case marked resolved, delivered to the family mailbox',
    from: AWS_NOTIFY, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: `ケース ${CASE.daisuke} は解決済みになりました`, date: jst('2026-10-26 18:00:00'),
    text: `山本 大輔 様

ケース ${CASE.daisuke} のステータスを「解決済み」に変更しました。
ケースを再開するには、サポートセンターからこのケースに返信してください。`,
  }),
  mk({
    slug: 'closed-kenta-short', kind: 'case_closed', lang: 'ja', caseId: CASE.kenta, enc: 'utf8qp', auth: 'dkimonly',
    note: 'short system notice that the case is closed',
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.kenta} はクローズされました`, date: jst('2026-10-20 04:11:00'),
    text: `お客様のケース ${CASE.kenta} はクローズされました。
ご意見をお聞かせください。`,
  }),
  mk({
    slug: 'closed-sakura2-team', kind: 'case_closed', lang: 'ja', caseId: CASE.sakura2, enc: 'sjisb64', trap: true,
    note: 'colleague\'s case closed (to the team mailbox) because it was a duplicate of a merge request: closing, not a merge',
    from: SUPPORT, to: TEAM, subject: formSubject(CASE.sakura2), date: jst('2026-10-24 13:35:50'),
    text: `伊藤 咲良 様

お問い合わせのアカウント統合につきましては、同じ共有アドレスから伊藤 さくら様のご依頼を承っており、咲良様ご本人の統合のご依頼は確認できませんでした。
ご返信がなかったため、本ケースは終了とさせていただきます。`,
  }),
  mk({
    slug: 'closed-kenta-final', kind: 'case_closed', lang: 'ja', caseId: CASE.kenta, enc: 'jisb64', trap: true,
    note: 'resolved notice that restates the merge and badge move before closing',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-21 09:05:00'),
    text: `鈴木 健太 様

統合とバッジの移行は先週までにすべて済んでおりますので、本ケースはクローズいたします。
同姓同名の方の記録とは混ざっていないことも改めて確認しております。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-kenta-wrong-recipient-apology', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, enc: 'jis7', trap: true,
    note: 'apology: an earlier consent request about another customer\'s ID went to him; please ignore it',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-08 18:45:10'),
    text: `鈴木 健太 様

本日お送りした「統合内容のご確認」のメールは、同姓同名の別のお客様のケースに関するもので、誤ってお送りしてしまいました。
大変失礼いたしました。お手数ですが破棄していただけますでしょうか。
鈴木様のケースは引き続き担当者が対応しております。`,
  }),
  mk({
    slug: 'sr-misaki-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', trap: true,
    note: 'thanks for confirming, passed to the team',
    from: SUPPORT, to: FAM, subject: formSubject(CASE.misaki), date: jst('2026-10-17 09:20:15'),
    text: `山本 美咲 様

ご同意のご返信ありがとうございます、担当部署に引き継ぎました。
作業が終わりましたらあらためてお知らせします。

${gmailJa('2026-10-16 21:14', FAM)}
> 統合に同意します。山本美咲`,
  }),
  mk({
    slug: 'sr-namesake-cannot-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, enc: 'sjis8', trap: true,
    note: 'refuses to merge the other person\'s account: negated merge is support_reply',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-07 16:32:00'),
    text: `鈴木様

ご指定の ${NAMESAKE.id} は生年月日と受験地が異なり、別の方のアカウントと判断しました。
そのため、このアカウントとの統合はお受けできません。ご自身のもう一方のアカウントについては、担当にて引き続き調査しております。`,
  }),
  mk({
    slug: 'sr-daisuke-once-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.daisuke, enc: 'jisb64', trap: true,
    note: 'status: merge will be done after the wife\'s case; conditional, not done',
    from: SUPPORT, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: formSubject(CASE.daisuke), date: jst('2026-10-17 17:05:31'),
    text: `山本 大輔 様

同じメールアドレスでご登録の奥様の処理と重ならないよう、順番に作業しております。
統合が完了しましたら、このアドレス宛てにご連絡いたします。`,
  }),
  mk({
    slug: 'sr-sakura-merged-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.sakura, enc: 'utf8b64', trap: true,
    note: 'duplicate cases merged, not the accounts',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-22 11:52:00'),
    text: `伊藤 さくら 様

チームアドレスから同じ内容のお問い合わせがもう1件届いておりましたので、ケースを本ケース ${CASE.sakura} に統合しました。
アカウントの手続きは引き続き本ケースで進めます。`,
  }),
  mk({
    slug: 'sr-kenta-successor-note', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'write from the kept address (no data asked): support_reply',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-06 19:10:02'),
    text: `鈴木様

旧アドレス ${KENTA.old} の方 (後任の中村様) からも本件についてお問い合わせがありました。
ご本人確認の都合上、このケースへのご返信は必ず ${KENTA.keep} からお送りくださいますようお願いします。`,
  }),
  mk({
    slug: 'sr-misaki-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', trap: true,
    note: 'the merge has not been completed yet: status update',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.own}>`, subject: formSubject(CASE.misaki), date: jst('2026-10-17 18:40:27'),
    text: `山本様

お問い合わせの件、統合処理はまだ完了しておりません。ご主人様のアカウントと取り違えることのないよう、二重に確認を行っているためです。
もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'sr-sakura-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.sakura, enc: 'jis7',
    note: 'status: escalated to a senior agent',
    from: SUPPORT, to: SAK, subject: formSubject(CASE.sakura), date: jst('2026-10-25 01:00:00'),
    text: `伊藤様

本件は上位の担当へエスカレーションしました。結果が出ましたらご連絡します。`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-own-reply-kenta', kind: 'unrelated', lang: 'ja', caseId: CASE.kenta, enc: 'jis7', trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own consent reply (copy in his mailbox)',
    from: K, to: 'aws-cs-trainingcertification-form@amazon.com', cc: K, subject: formSubject(CASE.kenta), date: jst('2026-10-09 21:30:05'),
    text: `ご担当者様

内容に問題ありません、統合をお願いします。
鈴木 健太

${sfBlock('aws-cs-trainingcertification-form@amazon.com', '2026/10/09 13:15', formSubject(CASE.kenta), '統合後は元に戻すことができません。この内容で進めてよろしいか、ご返信ください。')}`,
  }),
  mk({
    slug: 'un-successor-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.kenta, enc: 'utf8qp', trusted: false, auth: 'pass', trap: true,
    note: 'the successor at the old address forwards a support mail: his own note carries no news from support',
    from: `${SUCCESSOR.ja} <${SUCCESSOR.addr}>`, to: K, subject: `Fw: ${formSubject(CASE.kenta)}`, date: jst('2026-10-10 20:11:40'),
    text: `鈴木さん

ご無沙汰しています、中村です。旧アドレスに「統合が完了しました」という件のメールが届いていたので転送します。
こちらでは何も操作していません。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年10月10日(土) 19:02
Subject: ${formSubject(CASE.kenta)}
To: <${KENTA.old}>

2つのアカウントを1つにいたしました。`,
  }),
  mk({
    slug: 'un-successor-resent', kind: 'unrelated', lang: 'ja', enc: 'jis7', forUser: false, trap: true,
    note: 'exam-score mail for the old address, redirected by the successor (Resent-*); an exam result, not merge news',
    from: PORTAL, to: `${KENTA.ja} <${KENTA.old}>`, subject: 'AWS認定試験の結果のお知らせ', date: jst('2026-10-15 08:00:00'),
    resent: { from: `${SUCCESSOR.ja} <${SUCCESSOR.addr}>`, to: KENTA.keep, date: jst('2026-10-15 09:12:00') },
    text: `鈴木 健太 様

受験いただいた試験の結果が確定しました。スコアレポートは認定アカウントでご確認いただけます。
合格の場合、デジタルバッジは数日以内に届きます。`,
  }),
  mk({
    slug: 'un-namesake-mail', kind: 'unrelated', lang: 'ja', caseId: CASE.namesake, enc: 'utf8b64', trusted: false, auth: 'none', trap: true,
    note: 'a note from the other 鈴木 健太, who received the user\'s consent request by mistake',
    from: `${NAMESAKE.ja} <${NAMESAKE.addr}>`, to: K, subject: '同姓同名の鈴木です(AWSからのメールについて)', date: jst('2026-10-09 12:30:00'),
    text: `突然のご連絡失礼します。つばめネットの鈴木健太と申します。
AWSのサポートから「統合内容のご確認」というメールが私のところに届いたのですが、候補者IDがあなたのもののようです。
私のケース番号は ${CASE.namesake} です。サポートにも伝えてありますが、念のためお知らせします。`,
  }),
  mk({
    slug: 'un-husband-note', kind: 'unrelated', lang: 'ja', enc: 'sjis8', trusted: false, auth: 'none', trap: true,
    note: 'husband\'s note in the family mailbox about his own merge',
    from: `${DAISUKE.ja} <${DAISUKE.work}>`, to: FAM, subject: 'AWSの件', date: jst('2026-10-19 12:15:00'),
    text: `美咲へ

家のアドレスに俺の統合完了のメールも届くと思うけど、そっちのケースとは別だから気にしないで。
バッジが移ったらまた連絡する。`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.sakura, enc: 'jis7', trusted: false, auth: 'none', trap: true,
    note: 'colleague\'s out-of-office reply on the team thread',
    from: `${SAKURA2.ja} <${SAKURA2.addr}>`, to: TEAM, subject: `自動応答: ${formSubject(CASE.sakura)}`, date: jst('2026-10-26 14:21:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。伊藤咲良です。
10月26日から30日まで休暇のため不在にしております。AWS認定の統合の件など、お急ぎの場合はチームアドレスまでご連絡ください。`,
  }),
  mk({
    slug: 'un-survey-ja', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', trap: true,
    note: 'survey about the resolved case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: FAM, subject: 'サポートの対応はいかがでしたか?', date: jst('2026-10-27 10:00:00'),
    html: paras(`山本 美咲 様

先日クローズしたケース ${CASE.misaki} について、問題は解決しましたか?
1分ほどのアンケートにご協力ください。

[ はい ]  [ いいえ ]`),
  }),
  mk({
    slug: 'un-credly-ms-badge', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    note: 'badge from another issuer via Credly',
    from: 'Microsoft via Credly <admin@credly.com>', to: `${SAKURA.ja} <${SAKURA.own}>`, subject: 'Microsoftのバッジ発行のお知らせ', date: jst('2026-10-29 07:00:00'),
    html: `<p>伊藤 さくら さん</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/771b">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', enc: 'jisb64', trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: `Kenta Suzuki <${KENTA.keep}>`, subject: 'Credly アカウント統合の確認コード', date: jst('2026-10-13 21:10:00'),
    text: `Kenta Suzuki さん

Credly のアカウントを統合するための確認コードは 482913 です。
このコードを画面に入力すると、2つの Credly アカウントが1つになります。心当たりがない場合は無視してください。`,
  }),
  mk({
    slug: 'un-voucher-case', kind: 'unrelated', lang: 'ja', caseId: CASE.voucher, enc: 'sjisb64', trap: true,
    note: 'receipt of the user\'s other case (exam voucher refund), topic stated',
    from: AWS_NOTIFY, to: FAM, subject: `ケース ${CASE.voucher} を受け付けました: 試験バウチャーの返金について`, date: jst('2026-10-28 16:30:00'),
    text: `山本 美咲 様

試験バウチャーの返金に関するお問い合わせをケース ${CASE.voucher} として受け付けました。
担当より追ってご連絡します。`,
  }),
  // ---------------- added: more kanji/romaji and shared-mailbox shapes ----------------
  mk({
    slug: 'sr-kenta-name-display', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, enc: 'jis7',
    note: 'answer to his question about the kanji/romaji display name; no new merge event',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenta), date: jst('2026-10-11 14:03:27'),
    text: `鈴木様

お問い合わせの氏名表記の件、認定証に印字される氏名はプロフィールの「法的氏名」欄の内容が使われます。
ローマ字と漢字のどちらで表示するかはご自身で切り替えていただけますので、必要に応じて変更してください、
こちらで操作することはありません。

${gmailJa('2026-10-11 08:47', K)}
> 認定証の名前を漢字にしたいのですが可能でしょうか。
> iPhoneから送信`,
  }),
  mk({
    slug: 'un-skillbuilder-ja', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', trap: true,
    note: 'Skill Builder marketing that talks about completion and badges',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: FAM, subject: '【AWS Skill Builder】今月のおすすめコースと修了バッジ', date: jst('2026-10-29 12:00:00'),
    html: paras(`AWS Skill Builder をご利用いただきありがとうございます。

コースを修了すると、デジタルバッジを受け取れるラボも増えました。
ご家族やチームで1つのアカウントを共有することはできません、お一人ずつご登録ください。

配信停止はこちら`),
  }),
  mk({
    slug: 'info-sakura2-team-multipart', kind: 'info_request', lang: 'ja', caseId: CASE.sakura2, enc: 'utf8qp',
    note: 'asks the colleague (via the shared team mailbox) for her candidate ID and which account to keep',
    from: SUPPORT, to: TEAM, subject: formSubject(CASE.sakura2), date: jst('2026-10-22 15:18:06'),
    text: `伊藤 咲良 様

共有アドレスのアカウントには伊藤 さくら様の記録もございます。
咲良様ご自身のアカウントを整理されたい場合は、咲良様の候補者IDと、今後お使いになるメールアドレスをお知らせください。`,
    html: `<p>伊藤 咲良 様</p><p>共有アドレスのアカウントには伊藤 さくら様の記録もございます。<br>咲良様ご自身のアカウントを整理されたい場合は、咲良様の候補者IDと、今後お使いになるメールアドレスをお知らせください。</p>`,
  }),
  mk({
    slug: 'merged-portal-kenta', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    note: 'portal notice (multipart) that the accounts were merged; no case ID',
    from: PORTAL, to: `Kenta Suzuki <${KENTA.keep}>`, subject: 'AWS Certification アカウント統合のお知らせ', date: jst('2026-10-10 19:45:00'),
    text: `Kenta Suzuki 様

2つの AWS Certification アカウントが1つに統合されました。統合元のアカウントにはサインインできなくなります。
認定と特典はこのアカウントでご確認ください。`,
    html: `<p>Kenta Suzuki 様</p><p>2つの AWS Certification アカウントが1つに統合されました。統合元のアカウントにはサインインできなくなります。</p><p>認定と特典はこのアカウントでご確認ください。</p>`,
  }),
  mk({
    slug: 'badge-credly-daisuke-family', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64',
    note: 'AWS badge via Credly for the husband, addressed to the family mailbox (the user\'s address)',
    from: CREDLY_AWS, to: `${DAISUKE.ja} <${MISAKI.family}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-10-23 06:02:44'),
    text: `山本 大輔 さん

Amazon Web Services Training and Certification から AWS Certified Data Engineer - Associate のバッジが発行されています。
バッジを入手する
https://www.credly.com/earner/earned/badge/d0c8`,
  }),
];
