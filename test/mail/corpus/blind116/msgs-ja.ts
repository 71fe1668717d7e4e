// dk: Japanese messages. Voice: events told by their consequences.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, KENJI, KENJI_ASK, NOREPLY, PORTAL, SUPPORT, SUPPORT_JA, YUI, YUI_ASK, form, mk, paras, quote, sfBlock, sfRef } from './common.js';

const K = CASE.kenji;
const Y = CASE.yui;
const gmailHdr = (d: string, who: string, addr: string): string => `${d} ${who} <${addr}>:`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-kenji-first', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'automatic receipt told by what happens next (a reply within 24h, replies join this case); case ID in subject',
    from: NOREPLY, to: KENJI.keep, subject: `ケース ${K} を承りました`, when: '2026-11-02 21:14:07', enc: 'jis7',
    text: `森 健二 様

このメールが届いた時点で、お問い合わせはケース ${K} として担当キューに入っております。
担当者から通常24時間以内に、このアドレス(${KENJI.keep})宛てにご連絡いたします。

追加の情報がある場合は、このメールにそのままご返信いただければケースに追記されます。
同じご依頼で別のケースを作成されますと、かえってご回答が遅れる原因となりますのでご注意ください。

Amazon Web Services
※このメールは送信専用アドレスから送られています。`,
  }),
  mk({
    slug: 'ja-ack-yui-sjis', kind: 'acknowledgement', lang: 'ja', caseId: Y,
    note: 'receipt whose whole content is what a reply does and when the agent writes back',
    from: NOREPLY, to: YUI.keep, subject: `[ケースID: ${Y}] お問い合わせ番号のご案内`, when: '2026-11-05 08:02:55', enc: 'sjis8',
    text: `田中 結衣 様

お問い合わせ番号は ${Y} です。

今後のやり取りはすべてこの番号にひも付けられます。本メールにご返信いただくと、その内容がそのまま担当者に届きます。
1営業日を目安に、サポート担当よりご連絡を差し上げます。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-kenji-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'receipt of a second case; says nothing of its topic, so read as a receipt',
    from: NOREPLY, to: KENJI.keep, subject: `ケース ${CASE.kenjiDup} が作成されました`, when: '2026-11-03 07:40:12', enc: 'utf8b64',
    text: `お客様

ケースID:${CASE.kenjiDup}
ステータス:担当者の割り当て待ち

担当が決まり次第、このアドレスにメールでご連絡します。それまでの間に補足があれば、この通知に返信してください。

--
Amazon Web Services, Inc. はAmazon.com, Inc.の関連会社です。`,
  }),
  mk({
    slug: 'ja-ack-html-center', kind: 'acknowledgement', lang: 'ja', caseId: Y,
    note: 'HTML-only support-centre receipt, next steps listed, case ID in body only',
    from: NOREPLY, to: YUI.keep, subject: 'AWS サポート: お問い合わせを受け付けました', when: '2026-11-05 08:03:10', enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<h2>お問い合わせありがとうございます</h2>
<table><tr><td>ケース ID</td><td><b>${Y}</b></td></tr><tr><td>カテゴリ</td><td>AWS トレーニングと認定</td></tr></table>
<p>次のステップ: 担当のスペシャリストが内容を確認し、ご登録のメールアドレスへご連絡します。通常のご回答までの目安は1〜2営業日です。</p>
<p>ご回答をお待ちいただく間に、同じ内容のケースを重ねて作成する必要はございません。</p>
<p style="color:#888">このメッセージへの返信は受け付けておりません。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-trap-after', kind: 'acknowledgement', lang: 'ja', caseId: K, trap: true,
    note: 'receipt that also describes what a merge would later change; the new fact is only the receipt',
    from: NOREPLY, to: KENJI.keep, subject: `ケース ${K}: 受付のお知らせ`, when: '2026-11-02 21:14:40', enc: 'jisb64',
    text: `森様

ケース ${K} を受け付けました。担当者の確認後にご連絡いたします。

参考: アカウントの統合が行われると、残す側のアカウントで全ての認定と特典が表示されるようになり、もう一方のアカウントにはサインインできなくなります。統合の可否は担当者からご案内します。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: Y,
    note: 'receipt from a look-alike domain (aws-support-center.jp.net): untrusted',
    from: 'Amazon Web Services <no-reply@aws-support-center.jp.net>', to: YUI.keep, subject: `[ケースID: ${Y}] 受付完了`, when: '2026-11-05 09:31:00', enc: 'utf8qp',
    text: `田中様

ケース ${Y} は受付済みです。担当者からの連絡は、下記ページでログインすると確認できるようになります。
https://aws-support-center.jp.net/case/${Y}

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-mixed', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'Japanese receipt with English boilerplate footer; reply joins the case',
    from: NOREPLY, to: KENJI.keep, subject: `Case ${K} - お問い合わせ受付`, when: '2026-11-02 21:15:02', enc: 'utf8qp',
    text: `森 健二 様

ご連絡を受け付け、番号 ${K} を発行しました。このメールに返信すると、その内容が担当者に共有されます。
担当者からの最初のご連絡は、24時間以内を目安にお送りします。

---
Please do not reply with a new case for the same issue. Replies to this message are added to case ${K}.
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-dkim', kind: 'acknowledgement', lang: 'ja', caseId: Y, auth: 'dkimonly',
    note: 'receipt authenticated only by an aligned DKIM pass (still trusted)',
    from: NOREPLY, to: YUI.keep, subject: `お問い合わせ(${Y})について`, when: '2026-11-05 08:04:40', enc: 'sjisb64',
    text: `田中 結衣 様

このたびはご連絡ありがとうございます。番号 ${Y} にてお預かりしております。
担当窓口にて内容を拝見したのち、あらためてご連絡いたしますので、今しばらくお待ちください。
ご不明点が出てきた場合も、このメールにご返信いただければ同じ番号で対応いたします。

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY, to: KENJI.keep, subject: 'AWS サポート: 生成 AI による回答のご案内', when: '2026-11-02 21:10:33', enc: 'jis7',
    text: `この回答は生成AIによって作成されました。

ご質問: 認定アカウントを1つにしたい

認定ポータルにサインインし、[プロフィール] の [アカウントの統合] を開くと、ご自身で2つのアカウントをまとめることができます。
どちらのアカウントにも認定の履歴がある場合はこの画面から進めないため、その際は [ケースを作成] からサポートにご依頼ください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-after-trap', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer explaining what signing in shows after a merge; stays ai_answer',
    from: NOREPLY, to: YUI.keep, subject: '生成AIアシスタントからのご回答', when: '2026-11-05 07:58:20', enc: 'sjis8',
    text: `AIアシスタントがお答えします(内容に誤りを含む場合があります)。

統合後は、残したアカウントでサインインすると、両方のアカウントの認定、試験履歴、特典(次回の試験の50%割引など)がまとめて表示されます。統合されたもう一方のアカウントは使えなくなります。

手順: 認定ポータル > プロフィール > アカウントの統合。ご自身で完了できない場合は、このページ下部の「ケースを作成」をご利用ください。`,
  }),
  mk({
    slug: 'ja-ai-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart AI suggestion with a create-case fallback',
    from: NOREPLY, to: KENJI.keep, subject: 'お問い合わせへの自動回答', when: '2026-11-02 21:11:05', enc: 'utf8qp',
    text: `自動回答(生成AI)

アカウントの統合はセルフサービスのツールでも行えます。認定アカウントのプロフィールから「Merge Accounts」を選び、統合するアカウントのメールアドレスを入力してください。
うまくいかない場合、または両方に認定がある場合は「ケースを作成」を押すと担当者につながります。`,
    html: `<p><b>自動回答(生成AI)</b></p>
<p>アカウントの統合はセルフサービスのツールでも行えます。認定アカウントのプロフィールから「Merge Accounts」を選び、統合するアカウントのメールアドレスを入力してください。</p>
<p>うまくいかない場合、または両方に認定がある場合は「ケースを作成」を押すと担当者につながります。</p>`,
  }),
  mk({
    slug: 'ja-ai-credly-trap', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer about where badges show after a merge (hypothetical); not a badges notice',
    from: NOREPLY, to: YUI.keep, subject: 'AI による回答: デジタルバッジについて', when: '2026-11-05 07:59:02', enc: 'jisb64',
    text: `以下は自動生成された回答です。

複数の認定アカウントをお持ちの場合、Credly でバッジが見えないことがあります。先にアカウントをまとめてから Credly でバッジを受け取ると、残したアカウントのメールアドレスでバッジが表示されるようになります。

解決しない場合は、このページから担当者へのケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-short', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'short generated suggestion, Shift_JIS base64',
    from: NOREPLY, to: KENJI.src, subject: '生成AIによる回答', when: '2026-10-30 12:20:44', enc: 'sjisb64',
    text: `生成AIがご質問に回答しました。

・認定ポータルのプロフィールから、ご自身でアカウントをまとめられる場合があります
・履歴が両方にある場合は、担当者による対応が必要です(「ケースを作成」)
・サインインできないアカウントがある場合は、先にパスワードを再設定してください`,
  }),
  mk({
    slug: 'ja-ai-utf8', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI suggestion to try the merge tool before opening a case',
    from: NOREPLY, to: YUI.keep, subject: 'AWS: 自動回答', when: '2026-11-05 07:57:10', enc: 'utf8b64',
    text: `AIアシスタントからの提案です。

マージツール(認定ポータル > プロフィール)を使うと、担当者を待たずにアカウントを1つにできます。
ツールで「サポートへお問い合わせください」と表示された場合のみ、ケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-jis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer listing what to prepare before creating a case',
    from: NOREPLY, to: KENJI.keep, subject: '生成AIアシスタント: ご質問への回答', when: '2026-11-02 21:09:51', enc: 'jis7',
    text: `ご質問の内容から、次の方法をご提案します(AIによる回答)。

1. 認定ポータルのプロフィール画面で「アカウントの統合」をお試しください。
2. 使えない場合は、両方のアカウントの候補者ID(AWSから始まる番号)を手元にご用意のうえ、ケースを作成してください。

この提案で解決しましたか? はい / いいえ`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-srcid', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'request phrased as what the team cannot do without the source candidate ID',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-03 15:22:18', enc: 'jis7',
    text: `森様

AWS トレーニングと認定サポートの石川です。

頂いた内容だけでは、どちらの記録をどちらへ移せばよいか私どもで特定できない状態です。
前職のアドレスで使っていらしたアカウントの候補者ID(AWSで始まる番号)を頂戴できれば、その時点で作業に入れます。

よろしくお願いいたします。
石川

${sfRef('0Ak3K')}

${sfBlock(KENJI.keep, '2026/11/02 12:14', SUPPORT.replace(/^.*</, '').replace('>', ''), 'アカウント統合のお願い', KENJI_ASK)}`,
  }),
  mk({
    slug: 'ja-info-keep', kind: 'info_request', lang: 'ja', caseId: Y,
    note: 'which account to keep, asked as "until we know, nothing can start"',
    from: SUPPORT_JA, to: YUI.keep, subject: form(Y), when: '2026-11-06 10:05:41', enc: 'sjis8',
    text: `田中様

お問い合わせいただいた2つのアカウントについて、残す側がどちらになるかが分からない限り、こちらでは手を付けられない状況です。
今後サインインにお使いになるメールアドレスを、このメールへのご返信でお知らせいただけますか。

サポート担当 吉川`,
  }),
  mk({
    slug: 'ja-info-skillbuilder', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'asks for the Skill Builder and notification addresses, phrased via what they enable',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-04 11:48:09', enc: 'utf8qp',
    text: `森 健二 様

ご返信ありがとうございます。
AWS Skill Builder とトレーニング通知に登録されたメールアドレスも分かれば、学習履歴も含めて取りこぼしなく一度で作業できます。
それぞれのアドレスを教えていただけないでしょうか。分からない項目は「不明」で構いません。

AWS Training and Certification 石川`,
  }),
  mk({
    slug: 'ja-info-confirmword-trap', kind: 'info_request', lang: 'ja', caseId: Y, trap: true,
    note: 'uses ご確認 but asks for an address to be reported: info_request per guide',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-07 09:30:00', enc: 'jisb64',
    text: `田中様

お手数ですが、前の勤務先で使われていた認定アカウントのログイン用メールアドレスをご確認のうえ、お知らせください。
記録上 ${YUI.src} と yui.t@agency.example.jp の2件が見つかっており、どちらか分からないままでは移す対象を決められません。

吉川`,
  }),
  mk({
    slug: 'ja-info-hypo-trap', kind: 'info_request', lang: 'ja', caseId: K, trap: true,
    note: 'hypothetical consequence ("if merged now, you would see only two") followed by a question',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-04 16:03:27', enc: 'utf8b64',
    text: `森様

いまの内容のまま統合した場合、${KENJI.keep} でサインインしても表示される認定は2つだけになってしまいます。
Professional の記録はさらに別の候補者IDにひも付いているようで、こちらが分からないと3つ目を移すことができません。
心当たりのあるメールアドレスか候補者IDはございますか。

石川 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-outlook', kind: 'info_request', lang: 'ja', caseId: Y,
    note: 'request for both candidate IDs over a quoted Outlook block',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-06 17:12:50', enc: 'jisb64',
    text: `田中様

お調べしたところ、お名前が一致するアカウントが3件ございました。対象の2件を私どもで絞り込めないため、それぞれの候補者IDをお送りいただけますと助かります。

吉川

差出人: 田中 結衣 <${YUI.keep}>
送信日時: 2026年11月5日 8:01
宛先: aws-cs-trainingcertification-form@amazon.com
件名: 認定アカウントをまとめたい

${YUI_ASK}`,
  }),
  mk({
    slug: 'ja-info-fail', kind: 'info_request', lang: 'ja', caseId: K, auth: 'fail',
    note: 'info request with dmarc=fail at the top: untrusted',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-03 18:40:02', enc: 'sjis8',
    text: `森様

作業に必要なため、両アカウントの登録氏名(ローマ字)を、このメールへのご返信でお送りください。
頂けない場合、本人確認ができず先に進めません。

AWS Support`,
  }),
  mk({
    slug: 'ja-info-gmailquote', kind: 'info_request', lang: 'ja', caseId: Y,
    note: 'follow-up asking for the pass date, user reply quoted Gmail-style',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-08 13:27:44', enc: 'utf8b64',
    text: `田中様

ID のご連絡ありがとうございます。旧アカウント側には同名の方の記録が重なっており、受験日がひとつ分かれば確実に見分けられます。
Cloud Practitioner に合格された日付(おおよそで結構です)を教えていただけますか。

吉川

${gmailHdr('2026年11月7日(土) 22:15', '田中 結衣', YUI.keep)}
${quote(`候補者IDは ${YUI.keepId}(個人)と ${YUI.srcId}(前職)です。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-names', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'asks which of two listed addresses stays, phrased without the request verb',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-03 16:10:33', enc: 'sjisb64',
    text: `森 様

今回の作業では、サインインに使えるアドレスが1つだけ残ります。
${KENJI.keep} と ${KENJI.src} のうち、どちらを今後お使いになるかのご返答があり次第、手配いたします。

石川`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'asks for consent, told by what happens once the user agrees and that it cannot be undone',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-04 18:31:15', enc: 'jis7',
    text: `森様

頂いた情報で準備が整いました。
ご同意のお返事を頂いた時点で、${KENJI.srcId} の認定・試験履歴・特典が ${KENJI.keepId} に移り、${KENJI.src} ではサインインできなくなります。
一度まとめたアカウントを元の2つに戻すことはできません。
この内容でよろしければ、「同意します」とご返信ください。

石川`,
  }),
  mk({
    slug: 'ja-conf-yui', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'consent request framed as "after your OK, the old login stops working; irreversible"',
    from: SUPPORT_JA, to: YUI.keep, subject: form(Y), when: '2026-11-09 10:14:29', enc: 'sjis8',
    text: `田中様

お待たせいたしました。以下の内容で進めてよいか、お返事をお願いできますでしょうか。

 残るアカウント : ${YUI.keepId} (${YUI.keep})
 なくなるアカウント: ${YUI.srcId} (${YUI.src})

作業後は ${YUI.src} でのサインインができなくなり、元に戻すこともできかねます。
問題なければ、その旨ご返信ください。返信を頂くまでは何も変更いたしません。

吉川`,
  }),
  mk({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'multipart consent request from support',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-05 09:02:47', enc: 'utf8qp',
    text: `森 健二 様

統合の準備ができております。ご返信で了承をいただければ、すぐに作業に入ります。
なお、統合後に分け直すことはできません。旧アカウントの証明書が必要な場合は、ご返信の前にダウンロードしておいてください。

AWS トレーニングと認定`,
    html: paras(`森 健二 様

統合の準備ができております。ご返信で了承をいただければ、すぐに作業に入ります。
なお、統合後に分け直すことはできません。旧アカウントの証明書が必要な場合は、ご返信の前にダウンロードしておいてください。

AWS トレーニングと認定`),
  }),
  mk({
    slug: 'ja-conf-quoted', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'consent request over a quoted info exchange',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-09 11:40:05', enc: 'jisb64',
    text: `田中様

受験日のご連絡、ありがとうございました。これで対象を特定できました。
このメールに「はい」とご返信いただくと、前職のアカウントの記録が個人アカウントへ移ります。取り消しはできませんので、ご了承のうえお返事ください。

吉川

-----Original Message-----
From: 田中 結衣 <${YUI.keep}>
Sent: Sunday, November 8, 2026 11:02 PM
Subject: Re: ${form(Y)}

合格日は2024年6月頃です。`,
  }),
  mk({
    slug: 'ja-conf-short', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'terse consent request: "a yes from you and we start; no going back"',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-05 08:15:00', enc: 'utf8b64',
    text: `森様

お返事ひとつで作業を始められます。
ただし、実施後は旧アカウントに戻ることができません。よろしいでしょうか。

石川`,
  }),
  mk({
    slug: 'ja-conf-misaligned', kind: 'confirmation_request', lang: 'ja', caseId: Y, auth: 'misaligned',
    note: 'consent request with DKIM for a bulk sender only (dmarc=fail): untrusted',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-09 10:50:38', enc: 'sjisb64',
    text: `田中様

統合に同意いただける場合は、以下のフォームからご回答ください。回答後、元に戻すことはできません。
https://aws-cert-merge-consent.example.net/f/${Y}

サポート`,
  }),
  mk({
    slug: 'ja-conf-benefits', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'consent request spelling out that the unused voucher moves too',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-05 10:21:56', enc: 'jis7',
    text: `森 健二 様

念のため、作業前にご了承をいただきたく存じます。
作業後は、旧アカウントに残っている未使用の50%割引特典も ${KENJI.keep} 側で使えるようになる一方、${KENJI.srcId} は無効になり、分割し直すことはできません。
ご同意いただけるようでしたら、その旨をご返信ください。

石川`,
  }),
  mk({
    slug: 'ja-conf-reask', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'second request for consent after no answer',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-12 09:00:12', enc: 'utf8qp',
    text: `田中様

先日お送りした件、まだお返事を頂けていないようでしたので再度ご連絡いたしました。
ご了承のお返事があれば、その日のうちに作業いたします(元に戻すことはできません)。
進めてよろしいか、ご返信をお待ちしております。

吉川`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-kenji', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'completion told as "from now on, signing in with the kept address shows all four"',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-06 02:44:19', enc: 'jis7',
    text: `森 健二 様

今後は ${KENJI.keep} でサインインいただくと、4つの認定すべてをご覧いただけます。
${KENJI.src} のほうはこれ以降お使いいただけませんので、ブックマーク等があれば差し替えてください。

何かお気づきの点があればこのメールにご返信ください。
石川`,
  }),
  mk({
    slug: 'ja-done-yui-history', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'completion told by where exam history and benefits now show and that the old login no longer works',
    from: SUPPORT_JA, to: YUI.keep, subject: form(Y), when: '2026-11-13 14:08:03', enc: 'sjis8',
    text: `田中様

前職のアカウント(${YUI.srcId})にあった試験履歴と特典は、現在 ${YUI.keepId} 側に表示されております。
${YUI.src} ではもうサインインできない状態です。

吉川`,
  }),
  mk({
    slug: 'ja-done-portal', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice (no case ID): profile now shows the certifications of the other account',
    from: PORTAL, to: YUI.keep, subject: 'AWS Certification: プロファイル更新のお知らせ', when: '2026-11-13 13:55:41', enc: 'utf8qp',
    text: `田中 結衣 様

お客様の AWS Certification プロファイルに、これまで別のアカウント(${YUI.srcId})に登録されていた認定が表示されるようになりました。
今後の試験予約・証明書のダウンロードは、すべて ${YUI.keepId} からご利用ください。

AWS Certification`,
    html: `<div style="font-family:Arial">
<p>田中 結衣 様</p>
<p>お客様の AWS Certification プロファイルに、これまで別のアカウント(${YUI.srcId})に登録されていた認定が表示されるようになりました。</p>
<p>今後の試験予約・証明書のダウンロードは、すべて ${YUI.keepId} からご利用ください。</p>
<p>AWS Certification</p></div>`,
  }),
  mk({
    slug: 'ja-done-andclose', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'completion plus "this case will be closed": the new fact is the completion',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-06 03:10:27', enc: 'jisb64',
    text: `森様

これからは ${KENJI.keepId} のアカウントひとつで、すべての認定と割引特典をお使いいただけます。
本件はこれで対応終了とし、ケースはクローズさせていただきます。

石川`,
  }),
  mk({
    slug: 'ja-done-checkplease', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'completion told by what the user will see, with "please check all looks right"',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-13 14:20:50', enc: 'utf8b64',
    text: `田中様

次回サインインされた際に、Cloud Practitioner と Solutions Architect - Associate の両方がひとつのアカウントに並んで表示されるはずです。
念のためご覧いただき、表示に不足があればお知らせください。

吉川`,
  }),
  mk({
    slug: 'ja-done-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: K, auth: 'lookalikeServer',
    note: 'completion whose topmost A-R is from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-06 04:00:00', enc: 'utf8qp',
    text: `森様

${KENJI.keep} でサインインすると、すべての認定が表示されるようになりました。
旧アカウントは利用できなくなっております。

AWS サポート`,
  }),
  mk({
    slug: 'ja-done-failforged', kind: 'merge_completed', lang: 'ja', caseId: Y, auth: 'failThenForged',
    note: 'completion with fail on top and a planted pass lower down: untrusted',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-13 15:31:12', enc: 'jis7',
    text: `田中様

今後は個人のアドレスだけで、すべての認定と特典をご確認いただけます。
証明書の再発行が必要な場合は下記からお手続きください。
http://cert-reissue.example.org/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-outlookquote', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'completion told by the old ID no longer existing, over a quoted consent',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-06 09:17:38', enc: 'sjisb64',
    text: `森様

ご同意ありがとうございました。${KENJI.srcId} はもう存在せず、そこにあった記録はすべて ${KENJI.keepId} からご覧いただけます。

石川

差出人: 森 健二 <${KENJI.keep}>
送信日時: 2026年11月5日 19:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: ${form(K)}

同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-done-mixed', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'mixed-language completion; Japanese new text first, English summary after',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-13 14:02:09', enc: 'utf8qp',
    text: `田中様

${YUI.keep} でサインインしていただければ、以前のアカウントの認定もご覧いただけます。

(English) From now on, signing in with ${YUI.keep} shows the certifications of both former accounts.

Yoshikawa / AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-kenji', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge via Credly to the kept address, told by what the user can now do with it',
    from: CREDLY_AWS, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-11-07 10:03:22', enc: 'utf8b64',
    text: `森 健二 さん

AWS Certified Solutions Architect - Professional のバッジを、${KENJI.keep} のCredlyアカウントで受け取れるようになりました。
受け取ると、プロフィールでの公開やSNSでの共有ができます。

バッジを入手する: https://www.credly.com/badges/7f3c1a20-5e2b-4d8e-9a11-2b6f0c4e8d55

Credly`,
    html: `<table width="600"><tr><td>
<p>森 健二 さん</p>
<p>AWS Certified Solutions Architect - Professional のバッジを、${KENJI.keep} のCredlyアカウントで受け取れるようになりました。受け取ると、プロフィールでの公開やSNSでの共有ができます。</p>
<p><a href="https://www.credly.com/badges/7f3c1a20-5e2b-4d8e-9a11-2b6f0c4e8d55" style="background:#ff6b00;color:#fff;padding:10px">バッジを入手する</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'ja-badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: Y,
    note: 'support: badges will now appear in the kept Credly wallet, and closing',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-16 11:22:45', enc: 'jis7',
    text: `田中様

Credlyのバッジは、今後 ${YUI.keep} のCredlyアカウントに表示されます。前職アドレス側のCredlyには残りません。
以上で本件のご依頼はすべて対応いたしましたので、ケースをクローズいたします。

吉川`,
  }),
  mk({
    slug: 'ja-badge-support-old', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support: badges earned on the old address can now be seen from the personal Credly account',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-09 15:47:01', enc: 'sjis8',
    text: `森様

前職のアドレスで受け取られていた3つのバッジも、個人アドレスのCredlyアカウントからご覧いただけるようになっております。
表示されない場合は、一度サインアウトしてからお試しください。

石川`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly-style badge notice from credIy.com (capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: YUI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-11-14 08:41:30', enc: 'utf8qp',
    text: `田中 結衣 さん

AWS Certified Cloud Practitioner のバッジが ${YUI.keep} のプロフィールに表示されるようになりました。
下のボタンからサインインして確認してください。

バッジを入手する: https://credIy.com/claim?u=yui`,
  }),
  mk({
    slug: 'ja-badge-credly-yui-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly AWS badge notice to the kept address',
    from: CREDLY_AWS, to: YUI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-11-14 09:12:03', enc: 'utf8qp',
    html: `<html><body>
<p>田中 結衣 さん</p>
<p>AWS Certified Solutions Architect - Associate のバッジが、このメールアドレスのCredlyアカウントに届いています。受け取った後は、履歴書やLinkedInに載せられます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c7d9e55-1f4a-4b38-8e2c-5a1d7b3f9e60">バッジを入手する</a></p>
<p style="font-size:11px">このメールは Amazon Web Services Training and Certification の依頼により Credly から送信されています。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-badge-support-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support: badges now listed on the kept Credly profile, told by where they appear',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-09 16:05:55', enc: 'jisb64',
    text: `森 健二 様

Credly のプロフィール(${KENJI.keep})を開いていただくと、Professional を含む4つのバッジが並んでいるはずです。
旧アドレスに届いていた受け取り前のバッジ通知は、もうお使いいただけません。

石川`,
  }),
  mk({
    slug: 'ja-badge-forged', kind: 'badges_transferred', lang: 'ja', caseId: Y, auth: 'forgedBelow',
    note: 'badge news whose pass A-R sits below the receiving server: untrusted',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-16 12:00:00', enc: 'utf8b64',
    text: `田中様

Credlyのバッジは個人アドレスのアカウントに表示されるようになりました。
念のため、以下のリンクから再ログインしてください。
https://credly-login.example.com/

吉川`,
  }),
  mk({
    slug: 'ja-badge-quoted', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support reply to the user asking about badges: they now show on the kept profile',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-10 10:30:14', enc: 'sjisb64',
    text: `森様

ご指摘ありがとうございました。Credly側にも反映しましたので、いまは個人アドレスのプロフィールでバッジを共有していただけます。

石川

${gmailHdr('2026年11月9日(月) 21:40', '森 健二', KENJI.keep)}
${quote('統合ありがとうございました。ただ、Credlyのバッジが旧アドレスのままのようです。')}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-reply-reopens', kind: 'case_closed', lang: 'ja', caseId: K,
    note: 'closing told by what a reply would do (reopen); otherwise nothing further',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-12 09:05:40', enc: 'jis7',
    text: `森様

その後ご連絡がございませんでしたので、本ケースは解決済みとして扱わせていただきます。
このメールにご返信いただければ、同じケースで引き続き対応いたします。ご返信がない場合、こちらからのご連絡はこれで最後となります。

石川`,
  }),
  mk({
    slug: 'ja-close-3days', kind: 'case_closed', lang: 'ja', caseId: Y,
    note: 'auto-close reminder: without a reply in 3 days the case ends',
    from: NOREPLY, to: YUI.keep, subject: `ケース ${Y} へのご返信のお願い`, when: '2026-11-11 09:00:00', enc: 'sjis8',
    text: `田中 結衣 様

ケース ${Y} は、お客様からのご返信をお待ちしている状態です。
3日以内にご返信がない場合、このケースは自動的に終了となり、その後のやり取りには新しいケースが必要になります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate-trap', kind: 'case_closed', lang: 'ja', caseId: K, trap: true,
    note: 'closing that only restates the earlier merge',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-16 10:11:27', enc: 'utf8b64',
    text: `森様

先週ご案内したとおり、現在は ${KENJI.keep} ひとつですべての認定をご覧いただける状態です。
その後ご質問がないようですので、本ケースを終了いたします。何かあればこのメールにご返信ください。

石川`,
  }),
  mk({
    slug: 'ja-close-center', kind: 'case_closed', lang: 'ja', caseId: Y,
    note: 'support-centre resolved notice, told by how to reopen',
    from: NOREPLY, to: YUI.keep, subject: `ケース ${Y} は解決済みになりました`, when: '2026-11-17 02:13:58', enc: 'utf8qp',
    text: `お客様

ケース ${Y} のステータスが「解決済み」に変わりました。
14日以内であれば、このメールへの返信でケースを再開できます。その後は新しいケースを作成してください。

AWS サポート`,
  }),
  mk({
    slug: 'ja-close-jisb64', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'closing of the duplicate case, told by where further replies go',
    from: SUPPORT, to: KENJI.keep, subject: form(CASE.kenjiDup), when: '2026-11-04 08:20:31', enc: 'jisb64',
    text: `森様

このケース(${CASE.kenjiDup})はお閉じいたします。今後のご連絡は、先にお作りいただいた ${K} へのご返信でお願いいたします。
こちらにご返信いただいても担当者には届きませんのでご注意ください。

サポート`,
  }),
  mk({
    slug: 'ja-close-plain', kind: 'case_closed', lang: 'ja', caseId: Y,
    note: 'short closing told by what a reply does',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-17 08:00:00', enc: 'jis7',
    text: `田中様

本件はクローズとなりました。ご返信いただくとケースが再度開きます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-restate-badges-trap', kind: 'case_closed', lang: 'ja', caseId: Y, trap: true,
    note: 'closing that restates badges already moved; no new event',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-20 09:42:10', enc: 'sjisb64',
    text: `田中様

バッジについても、前回お伝えしたとおり個人アドレス側でご覧いただけるようになっております。
追加のご質問はないものと判断し、本ケースを閉じさせていただきます。ご返信があれば再開いたします。

吉川`,
  }),
  mk({
    slug: 'ja-close-quote', kind: 'case_closed', lang: 'ja', caseId: K,
    note: 'will auto-close in 5 days unless the user answers, over a quoted request',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-03 23:58:00', enc: 'jis7',
    text: `森様

先日お尋ねした候補者IDについて、5日以内にご返信がなければ、このケースは自動的に終了いたします。
ご返信いただければ、その時点から作業を再開できます。

石川

${sfBlock('aws-cs-trainingcertification-form@amazon.com', '2026/11/03 06:22', KENJI.keep, form(K), '前職のアドレスで使っていらしたアカウントの候補者IDを頂戴できれば、その時点で作業に入れます。')}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-future-trap', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'status: once done, signing in will show everything (future); work in progress',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-05 20:44:01', enc: 'jis7',
    text: `森様

ただいま担当チームにて作業中です。
統合が完了しましたら、${KENJI.keep} でサインインいただくだけで、すべての認定がご覧いただけるようになります。今しばらくお待ちください。

石川`,
  }),
  mk({
    slug: 'ja-sr-thanks-trap', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: 'thanks for consenting, passed to the team; consequence described as future',
    from: SUPPORT_JA, to: YUI.keep, subject: form(Y), when: '2026-11-12 15:37:22', enc: 'sjis8',
    text: `田中様

ご同意のお返事ありがとうございます。専門チームに引き継ぎました。
数日のうちに、個人のアドレスからすべての認定が見えるようになる見込みです。作業が終わりましたら改めてご連絡いたします。

吉川`,
  }),
  mk({
    slug: 'ja-sr-notyet-trap', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'negated: signing in still shows only two because the work is not done yet',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-05 23:12:48', enc: 'utf8qp',
    text: `森様

お問い合わせの件ですが、現時点では ${KENJI.keepId} でサインインしても認定が2つしか表示されません。
これは統合作業がまだ終わっていないためで、不具合ではございません。終わり次第お知らせします。

石川`,
  }),
  mk({
    slug: 'ja-sr-dupcases-trap', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'duplicate cases merged into one, not the account merge',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-03 12:05:19', enc: 'utf8b64',
    text: `森様

同じご依頼で2件のケース(${K} / ${CASE.kenjiDup})が作成されていたため、ケースを1つに統合いたしました。
今後は ${K} へのご返信だけで、すべて同じ担当者に届きます。

石川`,
  }),
  mk({
    slug: 'ja-sr-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: Y,
    note: '"write to us from the address you keep" without asking for data',
    from: SUPPORT, to: YUI.src, subject: form(Y), when: '2026-11-05 16:45:11', enc: 'jisb64',
    text: `田中様

恐れ入りますが、この種のご依頼は、今後お使いになる側のメールアドレスからご連絡いただく決まりになっております。
お手数ですが、個人のアドレスからこのメールにご返信ください。そちらで受け付け次第、対応を進めます。

吉川`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: K,
    note: 'escalation status, no request',
    from: SUPPORT, to: KENJI.keep, subject: form(K), when: '2026-11-08 11:11:11', enc: 'sjisb64',
    text: `森様

バッジの件は、Credly 連携を担当する部署に引き継ぎました。
回答までに数営業日いただく場合がございます。進展があり次第ご連絡しますので、このケースはそのままお待ちください。

石川`,
  }),
  mk({
    slug: 'ja-sr-credly-future-trap', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: 'explains where badges would appear after a future claim; answers a question only',
    from: SUPPORT, to: YUI.keep, subject: form(Y), when: '2026-11-13 17:26:33', enc: 'jis7',
    text: `田中様

ご質問の Credly のバッジについてです。
アカウントをまとめた後に Credly 側で受け取り手続きをしていただくと、個人アドレスのプロフィールに表示されるようになります。まだ何も表示されていなくても問題ございません。

吉川`,
  }),
  mk({
    slug: 'ja-sr-freemail', kind: 'support_reply', lang: 'ja', caseId: K, auth: 'pass',
    note: 'trusted-looking display name on a free-mail address: untrusted',
    from: 'AWS トレーニングと認定 <aws.training.support.jp@gmail.example>', to: KENJI.keep, subject: form(K), when: '2026-11-05 13:00:00', enc: 'utf8b64',
    text: `森様

現在ご依頼内容を確認しております。本人確認のため、お電話でご連絡する場合がございます。

AWSサポート`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: K, trap: true,
    note: "user's own consent reply (sent copy): no news from support",
    from: `森 健二 <${KENJI.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', subject: `RE: ${form(K)}`, when: '2026-11-05 19:02:40', enc: 'utf8b64',
    deliveredTo: KENJI.keep, relay: 'smtp.example.jp', auth: 'none',
    text: `石川様

統合に同意します。これで前職のアカウントが使えなくなることも承知しています。
よろしくお願いします。

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-trap', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'other product: Skill Builder team subscription move, told with the same consequence wording',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: KENJI.keep, subject: 'AWS Skill Builder: サブスクリプションの移行について', when: '2026-11-10 12:00:00', enc: 'utf8qp',
    text: `森 健二 様

今後は AWS Builder ID でサインインいただくと、チームサブスクリプションのコースと学習の進捗をすべてご覧いただけます。
旧サブスクリプションのライセンスは 2026年11月30日で使えなくなります。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-ms-badge-trap', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "another issuer's badge via Credly (Microsoft)",
    from: 'Microsoft via Credly <admin@credly.com>', to: YUI.keep, subject: 'Microsoftのバッジ発行のお知らせ', when: '2026-11-15 07:30:00', enc: 'utf8b64',
    text: `田中 結衣 さん

Microsoft Certified: Azure Fundamentals のバッジを、このアドレスのCredlyアカウントで受け取れるようになりました。

バッジを入手する: https://www.credly.com/badges/a1d2e3f4-0000-4bbb-8ccc-112233445566`,
    html: `<p>田中 結衣 さん</p><p>Microsoft Certified: Azure Fundamentals のバッジを、このアドレスのCredlyアカウントで受け取れるようになりました。</p><p><a href="https://www.credly.com/badges/a1d2e3f4-0000-4bbb-8ccc-112233445566">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-un-credly-merge-trap', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: KENJI.keep, subject: 'Credly: アカウントの統合を完了してください', when: '2026-11-09 22:10:05', enc: 'utf8qp',
    text: `森 健二 さん

Credlyアカウントに ${KENJI.src} を追加するリクエストを受け付けました。
以下のコードを入力すると、両方のアドレスのバッジがひとつのプロフィールに表示されるようになります。

確認コード: 604118

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey-trap', kind: 'unrelated', lang: 'ja', caseId: K, trap: true,
    note: 'satisfaction survey about the case',
    from: NOREPLY, to: KENJI.keep, subject: `ケース ${K} に関するアンケートのお願い`, when: '2026-11-13 10:00:00', enc: 'jis7',
    text: `森 健二 様

先日のお問い合わせ(ケース ${K})で、お困りごとは解決しましたか。
1分ほどのアンケートにお答えいただくと、今後のサポート改善に役立てさせていただきます。

https://survey.aws.amazon.com/s/${K}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: null,
    note: "out-of-office auto-reply from the user's former company",
    from: `総務部 <soumu@fintech.example.co.jp>`, to: KENJI.keep, subject: '自動返信: 不在のお知らせ', when: '2026-11-04 09:00:03', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信されています。

総務部は11月4日から11月6日まで休業しております。
頂いたメールは、11月9日以降に順次確認いたします。お急ぎの場合は代表番号までお電話ください。`,
  }),
  mk({
    slug: 'ja-un-billing-close-trap', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'other account/product: an AWS billing account closed, told by what the user can no longer do',
    from: NOREPLY, to: YUI.keep, subject: 'AWS アカウントの閉鎖について', when: '2026-11-18 06:30:12', enc: 'utf8b64',
    text: `田中 結衣 様

AWS アカウント 4410-2231-8890 は閉鎖されました。今後このアカウントのルートユーザーでサインインしても、コンソールは利用できません。
90日以内であれば、サポートに連絡して再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-refund-case-trap', kind: 'unrelated', lang: 'ja', caseId: CASE.yuiBill, trap: true,
    note: "user's other case (exam voucher refund), with completion-style consequence wording",
    from: SUPPORT, to: YUI.keep, subject: `RE:[CASE ${CASE.yuiBill}] [AWS Training and Certification Form Submission] - exam-voucher-refund`, when: '2026-11-11 14:40:20', enc: 'jisb64',
    text: `田中様

試験バウチャーの返金のお問い合わせについてご連絡いたします。
返金処理が済みましたので、数日以内にご利用のカードの明細に反映されます。これ以上のお手続きは不要です。

吉川`,
  }),
  mk({
    slug: 'ja-un-forward-own-trap', kind: 'unrelated', lang: 'ja', caseId: Y, trap: true,
    note: "user's own forward of the completion notice to her other address",
    from: `田中 結衣 <${YUI.keep}>`, to: YUI.src, subject: `Fw: ${form(Y)}`, when: '2026-11-13 20:31:00', enc: 'sjisb64', auth: 'none', relay: 'smtp.example.com',
    text: `メモ用に転送。これで個人のほうにまとまったはず。

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年11月13日 14:08
宛先: ${YUI.keep}
件名: ${form(Y)}

田中様

前職のアカウント(${YUI.srcId})にあった試験履歴と特典は、現在 ${YUI.keepId} 側に表示されております。`,
  }),
  mk({
    slug: 'ja-un-exam-result-trap', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail: the new result now shows in the account (not a merge)',
    from: PORTAL, to: KENJI.keep, subject: 'AWS Certification: 試験結果のお知らせ', when: '2026-11-20 18:10:00', enc: 'jis7',
    text: `森 健二 様

AWS Certified Security - Specialty の試験結果が出ました。
認定アカウントにサインインすると、スコアレポートと合格の記録をご覧いただけます。

AWS Certification`,
  }),

  // ---------------- forUser: false ----------------
  mk({
    slug: 'ja-conf-colleague', kind: 'confirmation_request', lang: 'ja', caseId: '17790088123', forUser: false,
    note: "a colleague's consent request, mis-sent to a team list (not the user's address)",
    from: SUPPORT, to: 'infra-team@fintech.example.co.jp', subject: form('17790088123'), when: '2026-11-04 11:11:48', enc: 'jis7',
    text: `小林様

ご返信で了承をいただけましたら作業に入ります。作業後は元に戻せませんので、ご注意ください。

サポート`,
  }),
];
