// dh: Japanese messages (resends, reminders, corrections, late and duplicate notices).
import type { Msg } from './lib.js';
import { C, CERT_PORTAL, CREDLY_AWS, FORM, FORM_BARE, HANAKO, KENJI, MISAKI, NOREPLY, SUPPORT_JP, TARO, formSubj, gmJa, mk, olJa, q, ref, sf } from './common.js';

const taroAsk = `AWS認定アカウントを1つにまとめていただきたく、ご連絡しました。
残す方: ${TARO.keepId} / ${TARO.keep}
まとめる方: ${TARO.srcId} / ${TARO.src}
山田`;

const hanakoAsk = `いつもお世話になっております。佐藤です。
前職のアドレス(${HANAKO.src})で受験したSAAの記録を、個人アドレス側に寄せたいです。
よろしくお願いします。`;

const kenjiAsk = `認定アカウントが2つあるので統合希望です。
${KENJI.keep} を残し、${KENJI.src} の方を寄せてください。
伊藤`;

const misakiAsk = `お世話になります、森です。
派遣先のアドレスで作った認定アカウントと個人のものが分かれてしまいました。統合のご対応をお願いできますでしょうか。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-plain', kind: 'acknowledgement', lang: 'ja', caseId: C.taro,
    note: 'automatic receipt of the new case with its case ID',
    subject: `[CASE ${C.taro}] お問い合わせを受け付けました`, at: '2026-11-02 21:14:09', to: TARO.keep, from: SUPPORT_JP,
    text: `${TARO.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケースID ${C.taro} として登録いたしました。

担当者より通常24時間以内にご連絡いたします。同じご依頼で別のケースを作成されますと、回答が遅れる原因となりますのでお控えください。

本メールは送信専用アドレスから自動でお送りしています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-resend-bounce', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako,
    note: 'the receipt re-sent by the system after the first copy bounced; still the case receipt',
    subject: `【再送】お問い合わせ受付のお知らせ - ケース ${C.hanako}`, at: '2026-11-04 08:02:51', to: HANAKO.keep, from: NOREPLY, enc: 'jisb64',
    text: `※先にお送りした受付メールが配信エラーで戻ってきたため、同じ内容を再送しています。

${HANAKO.ja} 様

お問い合わせを承りました。受付番号(ケースID): ${C.hanako}
内容を確認のうえ、担当部署から順次ご連絡差し上げます。いましばらくお待ちください。

--
Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-duplicate-copy', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji,
    note: 'the same receipt delivered a second time (system re-notification); still a receipt',
    subject: `お問い合わせありがとうございます [ケース ID: ${C.kenji}]`, at: '2026-11-10 13:40:02', to: KENJI.keep, from: NOREPLY, enc: 'sjis8',
    extra: ['X-AWS-Notification-Attempt: 2'],
    text: `伊藤 健二 様

AWSサポートセンターにてお問い合わせを受け付けました (ケース ID: ${C.kenji})。
ケースの詳細はサポートセンターからいつでもご確認いただけます。

(このメールは再通知です。すでに同じ内容を受信されている場合は、そのまま破棄してください。)

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ja-ack-corrected-id', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'corrected receipt: the system re-issues the receipt with the right case ID (the wrong one appears in the body)',
    subject: `【訂正】受付番号のご案内 (ケース ${C.misaki})`, at: '2026-11-12 10:05:33', to: MISAKI.keep, from: SUPPORT_JP, enc: 'utf8qp',
    text: `森 美咲 様

先ほどお送りした受付メールで、受付番号を ${C.misakiWrong} と記載しておりました。正しい受付番号は ${C.misaki} です。
ご迷惑をおかけし申し訳ございません。お問い合わせは上記番号で受け付けております、ご返信の際は件名を変えずにお送りください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-mixed-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: C.kenjiDup,
    note: 'receipt of the duplicate case the user opened by mistake; says nothing else, so it reads as a receipt',
    subject: `Case ${C.kenjiDup} を受け付けました`, at: '2026-11-10 13:52:47', to: KENJI.keep, from: NOREPLY, enc: 'sjisb64',
    text: `Thank you for contacting AWS Support.
お問い合わせいただきありがとうございます。

ケース番号: ${C.kenjiDup}
ステータス: 未対応

担当エンジニアが確認次第、ご連絡いたします。`,
  }),
  mk({
    slug: 'ja-ack-late-delivery', kind: 'acknowledgement', lang: 'ja', caseId: C.taro,
    note: 'the receipt arriving a day late after a delivery delay; its content is the receipt',
    subject: `[CASE ${C.taro}] お問い合わせ受付 (配信遅延のお詫び)`, at: '2026-11-03 18:21:40', to: TARO.keep, from: NOREPLY, enc: 'utf8b64',
    text: `本メールは、システムの一時的な不具合により配信が遅れております。
11月2日にいただいたお問い合わせは、ケース ${C.taro} として正常に受け付けられています。

担当者からの回答をお待ちください。すでに担当者からご連絡が届いている場合は、本メールは読み飛ばしていただいて差し支えありません。

アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, untrusted: true, auth: 'pass',
    note: 'a receipt from a look-alike domain (aws-certification-support.jp): reads as a receipt but untrusted',
    subject: `再送: お問い合わせ受付 ケース ${C.hanako}`, at: '2026-11-04 09:30:00', to: HANAKO.keep, from: 'AWS Support <support@aws-certification-support.jp>', enc: 'jis7',
    text: `佐藤 花子 様

お問い合わせ(ケース ${C.hanako})を受付いたしました。
念のため同じ受付通知を再度お送りしております。

以下のリンクからサインインし、ケースの状態をご確認ください。
https://aws-certification-support.jp/case/${C.hanako}`,
  }),
  mk({
    slug: 'ja-ack-html-third', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki,
    note: 'HTML-only receipt sent a third time by the notification system',
    subject: `ケース ${C.misaki} のご登録完了通知(3回目の送信)`, at: '2026-11-12 11:47:19', to: MISAKI.keep, from: NOREPLY, enc: 'utf8b64',
    html: `<html><body><div style="font-family:sans-serif">
<p>森 美咲 様</p>
<p>お問い合わせをいただき、ありがとうございます。<br>
ケース番号 <b>${C.misaki}</b> でお問い合わせを登録しました。</p>
<p>このお知らせは配信確認が取れなかったため、自動的に再送されています(3回目)。</p>
<p style="color:#888">Amazon Web Services</p>
</div></body></html>`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-first', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion pointing at the self-service merge tool, before any case exists',
    subject: 'AWS トレーニングと認定: 生成AIによる回答', at: '2026-11-02 21:09:12', to: TARO.keep, from: NOREPLY,
    text: `以下は生成AIが作成した回答です。内容が正確でない場合があります。

AWS 認定のアカウントが複数ある場合は、認定アカウントにサインインし、プロフィールの「アカウントの統合」からご自身で統合手続きを行えます。
両方のアカウントに認定履歴がある場合など、ツールで統合できないときは、この画面の「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-resend-after', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'the same AI answer re-sent; it explains what happens after a merge but is still the automated answer',
    subject: '【再送】自動回答: 認定アカウントの統合について', at: '2026-11-05 07:15:44', to: HANAKO.keep, from: NOREPLY, enc: 'jisb64',
    text: `このメールは、以前お送りした自動回答を再度お届けするものです。

(AIによる自動生成の回答)
統合が完了すると、統合元アカウントの認定資格・試験履歴・特典は統合先アカウントに表示されるようになります。Credly のデジタルバッジは自動で移らないことがあるため、統合後に Credly 側で受け取り直してください。
セルフサービスの統合ツールで手続きできない場合は、フォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-steps-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI suggestion with self-service steps; mentions badges and merge results but is an automated answer',
    subject: 'お問い合わせへの自動応答', at: '2026-11-10 13:31:05', to: KENJI.keep, from: NOREPLY, enc: 'sjis8',
    text: `伊藤 様

生成AIによる回答をお送りします。

1. 認定アカウントへサインイン
2. 右上のメニューからプロフィールを開く
3. 「アカウントのマージ」を選び、もう一方のアカウントの資格情報を入力

マージ後、バッジは数日以内に統合先へ表示されることが多いです。うまくいかない場合は「ケースを作成」を押して、担当者へお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only AI answer suggesting the Merge Accounts tool',
    subject: 'AIアシスタントからのご案内', at: '2026-11-12 09:58:30', to: MISAKI.keep, from: NOREPLY, enc: 'utf8qp',
    html: `<html><body>
<p>AI アシスタントがお答えします(自動生成)。</p>
<p>ご質問の「認定アカウントを一つにまとめたい」件は、AWS Certification アカウントの <b>Merge Accounts</b> ツールでお手続きいただける場合があります。</p>
<p>ツールでエラーになる場合は、このページ下部の「ケースを作成」から人間の担当者にお問い合わせください。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ai-again', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'the automated answer delivered once more after the user re-submitted the form',
    subject: '自動回答 (再度のお問い合わせを受けて)', at: '2026-11-06 22:40:18', to: TARO.src, from: NOREPLY, enc: 'utf88bit',
    text: `同じ内容のご質問を再度いただきましたので、自動回答をあらためてお送りします。

認定アカウントが二つある場合、まずは認定サイトのプロフィールにあるアカウント統合機能をお試しください。
統合機能で解決しない場合のみ、担当者へのケース作成に進んでください。

※この回答は AI によって生成されています`,
  }),
  mk({
    slug: 'ja-ai-fail', kind: 'ai_answer', lang: 'ja', caseId: null, untrusted: true, auth: 'fail',
    note: 'AI-style answer whose DMARC fails: reads as the automated answer, untrusted',
    subject: 'AWS 生成AI回答 再送信', at: '2026-11-07 03:12:55', to: HANAKO.keep, from: NOREPLY, enc: 'jis7',
    text: `(自動生成された回答の再送信です)

アカウント統合はセルフサービスのツールで行えます。ツールが使えない場合は下記URLからサインインしてください。
http://aws-merge-tool.example.net/login`,
  }),
  mk({
    slug: 'ja-ai-no-case-yet', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that says no case has been created yet: uses receipt words without being a receipt',
    subject: 'お問い合わせ内容に対するAI回答', at: '2026-11-12 09:51:02', to: MISAKI.keep, from: NOREPLY, enc: 'jisb64',
    text: `ご入力の内容をもとに、AIが回答を作成しました。

※この時点ではまだケースは受け付けられていません。担当者からの回答をご希望の場合は、画面の「ケースを作成」ボタンを押してください。

回答: 認定アカウントの統合は、プロフィールの統合メニューから、統合したいもう一方のアカウントのメールアドレスとパスワードを入力して行えます。`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'ja-info-remind-candidate', kind: 'info_request', lang: 'ja', caseId: C.taro,
    note: 'reminder that restates and asks again for the source account candidate ID',
    subject: formSubj(C.taro), at: '2026-11-06 10:11:27', to: TARO.keep, enc: 'jis7',
    text: `山田 様

【リマインド】
11月3日にお願いしておりました、統合元アカウントの候補者ID(AWSで始まる番号)のご連絡をまだいただいておりません。
お手数をおかけしますが、本メールへの返信でお知らせくださいますようお願いいたします。

AWS Training and Certification カスタマーサービス
${ref('1hX2a')}`,
  }),
  mk({
    slug: 'ja-info-second-remind', kind: 'info_request', lang: 'ja', caseId: C.hanako,
    note: 'second reminder asking which account to keep; still the information request',
    subject: `${formSubj(C.hanako)} 【再送】`, at: '2026-11-09 16:22:10', to: HANAKO.keep, enc: 'sjis8',
    text: `佐藤様

再度のご連絡失礼いたします。
先日のメールで、どちらのアカウントを残されるかをお伺いしておりました。個人アドレス側 (${HANAKO.keep}) を残すということでよろしければ、その旨と、統合元の試験日をご記入のうえご返信ください。

どうぞよろしくお願いいたします。
AWS T&C サポート 担当: 小林

${sf(FORM_BARE, '2026/11/05 14:03', HANAKO.keep, formSubj(C.hanako), '佐藤様\n統合にあたり、残すアカウントをお知らせください。')}`,
  }),
  mk({
    slug: 'ja-info-wrong-address', kind: 'info_request', lang: 'ja', caseId: C.hanako,
    note: 'agent corrects a wrong address in the previous mail and asks again for that account\'s candidate ID',
    subject: formSubj(C.hanako), at: '2026-11-06 11:48:03', to: HANAKO.keep, enc: 'utf8qp',
    text: `佐藤 花子 様

前回のメールで統合元のメールアドレスを hanako@oldcorp.example.co.jp と誤って記載しておりました。正しくは ${HANAKO.src} です、大変失礼いたしました。

あらためまして、${HANAKO.src} のアカウントの候補者IDと、そちらで取得された認定名をお送りいただけますか。
いただき次第、手続きを進めます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-wrong-case-id', kind: 'info_request', lang: 'ja', caseId: C.taro,
    note: 'agent corrects a wrong case number (the wrong one is in the body) and asks for both notification addresses',
    subject: formSubj(C.taro), at: '2026-11-04 09:20:45', to: TARO.keep, enc: 'jisb64',
    text: `山田様

先ほどのメールにてケース番号を ${C.taroWrong} と記載しておりましたが、正しくは ${C.taro} です。ご返信の際はこちらの番号のメールにお返事ください。

また統合作業のため、両アカウントそれぞれの認定通知用メールアドレスを教えていただけますでしょうか。

以上、よろしくお願いいたします。
AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-info-resend-bounce', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'request re-sent to the personal address because the first one bounced at the old work address; asks which account to keep',
    subject: formSubj(C.kenji), at: '2026-11-11 15:05:12', to: KENJI.keep, enc: 'sjisb64',
    text: `伊藤 健二 様

先日 ${KENJI.src} 宛にお送りしたメールが配信不能で戻ってまいりましたので、こちらのアドレスへ改めてお送りします。

統合後に残すアカウントはどちらになさいますか。あわせて、統合元アカウントの候補者IDもご記載ください。

カスタマーサポート

${olJa(KENJI.ja + ' <' + KENJI.src + '>', '2026年11月10日 13:35', FORM_BARE, 'アカウント統合のお願い', kenjiAsk)}`,
  }),
  mk({
    slug: 'ja-info-confirm-wording', kind: 'info_request', lang: 'ja', caseId: C.misaki, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: an information request worded with confirmation',
    subject: formSubj(C.misaki), at: '2026-11-13 10:30:19', to: MISAKI.keep, enc: 'jis7',
    text: `森様

お問い合わせの件、恐れ入りますが、今後お使いになるアカウントのログイン用メールアドレスをご確認のうえお知らせください。
先日いただいたメールには派遣先のアドレスしか記載がなかったため、念のため再度お伺いしております。

AWS Training and Certification カスタマーサービス 山本`,
  }),
  mk({
    slug: 'ja-info-ignore-previous', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: '"please discard my previous mail (meant for someone else)" followed by a fresh request for exam names and dates',
    subject: `${formSubj(C.kenji)} (訂正)`, at: '2026-11-11 17:33:50', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

直前にお送りしたメールは、別のお客様宛の内容を誤ってお送りしたものです。お手数ですが破棄していただけますと幸いです。

伊藤様のケースにつきましては、統合元アカウントで受験された試験名と合格日を、わかる範囲でお知らせいただきたく存じます。

失礼いたしました。
AWS T&C カスタマーサービス`,
  }),
  mk({
    slug: 'ja-info-still-waiting-quoted', kind: 'info_request', lang: 'ja', caseId: C.taro, trap: true,
    note: 'still-waiting reminder asking for the source account address; "once merged we will tell you" is future, not the event',
    subject: formSubj(C.taro), at: '2026-11-08 12:02:33', to: TARO.keep, enc: 'sjis8',
    text: `山田 太郎 様

お世話になっております。
統合元アカウントに登録されているメールアドレスについて、引き続きご返信をお待ちしております。こちらが揃わないと作業に入れないため、お手すきの際にお知らせください。
統合が完了しましたら、改めてご連絡差し上げます。

AWS Training and Certification

${olJa(FORM, '2026年11月3日 15:40', TARO.keep, formSubj(C.taro), 'ご依頼ありがとうございます。統合元アカウントのメールアドレスと候補者IDをお知らせください。')}`,
  }),
  mk({
    slug: 'ja-info-forged-below', kind: 'info_request', lang: 'ja', caseId: C.misaki, untrusted: true, auth: 'forgedBelow',
    note: 'reminder asking for IDs and password; the dmarc pass sits below the server Received line, so untrusted',
    subject: `リマインド: ${formSubj(C.misaki)}`, at: '2026-11-14 02:45:10', to: MISAKI.keep, from: FORM, enc: 'utf8b64',
    text: `森様

再三のご連絡となりますが、統合に必要な情報をまだいただけておりません。
両アカウントの候補者ID、メールアドレス、パスワードを本日中にご返信ください。`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-first', kind: 'confirmation_request', lang: 'ja', caseId: C.taro,
    note: 'asks for consent to the irreversible merge before doing it',
    subject: formSubj(C.taro), at: '2026-11-09 11:25:08', to: TARO.keep, enc: 'jis7',
    text: `山田様

情報のご提供ありがとうございました。
${TARO.srcId} を ${TARO.keepId} に統合する準備ができております。統合後に元へ戻すことはできません。
この内容で進めてよろしければ、本メールにその旨ご返信ください。

AWS Training and Certification カスタマーサービス`,
  }),
  mk({
    slug: 'ja-conf-reminder', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako,
    note: 'reminder that asks again for the consent reply (irreversible merge)',
    subject: `【リマインド】${formSubj(C.hanako)}`, at: '2026-11-14 09:10:40', to: HANAKO.keep, enc: 'jisb64',
    text: `佐藤様

3日前にお送りした統合のご同意についてのメールに、まだお返事をいただいておりません。
統合は取り消しができませんので、内容に問題がなければ「同意します」とだけご返信いただければ結構です。

統合先: ${HANAKO.keep} (${HANAKO.keepId})
統合元: ${HANAKO.src} (${HANAKO.srcId})

カスタマーサービス 小林`,
  }),
  mk({
    slug: 'ja-conf-swapped', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'agent had the direction reversed; corrects it and asks for consent again',
    subject: `${formSubj(C.kenji)} 訂正とお願い`, at: '2026-11-13 14:55:21', to: KENJI.keep, enc: 'sjis8',
    text: `伊藤様

先ほどのメールで、統合先と統合元を逆に記載しておりました。申し訳ございません。正しくは以下のとおりです。

  残すアカウント: ${KENJI.keepId} (${KENJI.keep})
  統合されるアカウント: ${KENJI.srcId} (${KENJI.src})

統合すると元に戻せませんので、この向きで実施してよろしいか、改めてご承諾のご返信をお願いいたします。`,
  }),
  mk({
    slug: 'ja-conf-resend-same', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'identical consent request re-sent with a resend note',
    subject: `再送:${formSubj(C.misaki)}`, at: '2026-11-16 10:00:02', to: MISAKI.keep, enc: 'utf8qp',
    text: `※同じ内容を再送しております。既にご返信済みの場合はご容赦ください。

森 美咲 様

両アカウントの情報を確認いたしました。統合を実行してよろしいでしょうか。
一度統合すると分割はできません。ご了承いただける場合は、このメールに返信する形でお知らせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-third', kind: 'confirmation_request', lang: 'ja', caseId: C.taro,
    note: 'third message asking for the go-ahead; restates the irreversibility',
    subject: formSubj(C.taro), at: '2026-11-13 16:42:11', to: TARO.keep, enc: 'utf8b64',
    text: `山田様

三度目のご連絡となり恐縮です。
${TARO.src} 側のアカウントを個人アカウントへ寄せる作業について、実施可否のお返事をお待ちしています。取り消しのきかない処理ですので、ご本人様からの「進めてください」のひと言をいただいてから着手いたします。

${gmJa('2026年11月9日(月) 11:25', 'AWS Training and Certification <' + FORM_BARE + '>', '情報のご提供ありがとうございました。\n統合後に元へ戻すことはできません。')}`,
  }),
  mk({
    slug: 'ja-conf-ignore-completed', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, trap: true,
    note: '"ignore my earlier merge-completed mail, sent in error; nothing merged yet, may we proceed?": a consent request using completion words',
    subject: `${formSubj(C.hanako)} 【お詫び】`, at: '2026-11-12 18:07:36', to: HANAKO.keep, enc: 'jis7',
    text: `佐藤 花子 様

先ほど「アカウントの統合が完了しました」というメールをお送りしましたが、これは誤送信でした。大変申し訳ございません。
実際にはまだ統合は行っておりません。

あらためて確認させてください。${HANAKO.srcId} を ${HANAKO.keepId} へ統合してよろしいでしょうか。統合後は元に戻せません。ご承諾いただける場合はご返信をお願いします。`,
  }),
  mk({
    slug: 'ja-conf-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, untrusted: true, auth: 'lookalikeServer',
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    subject: formSubj(C.kenji), at: '2026-11-14 07:20:00', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

統合の最終確認です。下記リンクから「同意する」を押してください。押されない場合は統合できません。
https://aws-account-merge.example.org/consent/${C.kenji}`,
  }),
  mk({
    slug: 'ja-conf-mixed', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'Japanese consent request with the English template kept above it; resent because the user replied to the wrong thread',
    subject: formSubj(C.misaki), at: '2026-11-17 13:13:13', to: MISAKI.keep, enc: 'utf8b64',
    text: `Please reply "I agree" to proceed with the account merge.

森様
別のスレッドにご返信いただいていたようで、こちらのケースには反映されておりませんでした。お手数ですが、このメールに「同意します」とご返信いただけますか。統合は不可逆の処理となります。

AWS Training and Certification`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merge-done', kind: 'merge_completed', lang: 'ja', caseId: C.taro,
    note: 'support says the merge is done',
    subject: formSubj(C.taro), at: '2026-11-15 09:44:27', to: TARO.keep, enc: 'jis7',
    text: `山田様

ご承諾ありがとうございました。${TARO.srcId} の認定履歴を ${TARO.keepId} へ統合する作業が本日完了いたしました。
認定アカウントにサインインし、取得済み認定と特典をご確認ください。

AWS Training and Certification カスタマーサービス`,
  }),
  mk({
    slug: 'ja-merge-incomplete-previous', kind: 'merge_completed', lang: 'ja', caseId: C.hanako,
    note: '"previous mail went out half-written, ignore it" then the completion itself',
    subject: `${formSubj(C.hanako)} (再送)`, at: '2026-11-16 11:02:19', to: HANAKO.keep, enc: 'utf8qp',
    text: `佐藤様

先ほどのメールは書きかけの状態で送信されてしまいました。お手数ですが破棄してください。

改めてご案内いたします。
本日、旧アカウント (${HANAKO.srcId}) の資格情報を ${HANAKO.keep} のアカウントへ移し、統合を終えました。
反映まで数時間かかる場合がございます。

カスタマーサービス 小林`,
  }),
  mk({
    slug: 'ja-merge-portal', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    subject: 'AWS 認定: アカウントの統合が完了しました', at: '2026-11-15 10:01:55', to: TARO.keep, from: CERT_PORTAL, enc: 'utf8b64',
    text: `山田 太郎 様

お客様の AWS 認定アカウントは正常に統合されました。
統合された候補者ID: ${TARO.srcId} → ${TARO.keepId}

今後は ${TARO.keep} でサインインしてください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-portal-resend', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the portal merge notice re-sent a second time by the system',
    subject: '[再送] アカウント統合のお知らせ', at: '2026-11-17 06:30:12', to: HANAKO.keep, from: CERT_PORTAL, enc: 'jisb64',
    text: `このメールは再送信です。

佐藤 花子 様
ご依頼のあった2つの認定アカウントは1つに統合されています。試験履歴・認定・特典は統合後のアカウントでご覧いただけます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-late-close', kind: 'merge_completed', lang: 'ja', caseId: C.kenji,
    note: 'completion notice delivered late; also says the case will be closed (completion is the new fact)',
    subject: formSubj(C.kenji), at: '2026-11-18 08:15:03', to: KENJI.keep, enc: 'sjisb64',
    text: `※本メールはメールサーバーの遅延により、送信から時間が経ってお手元に届いている可能性があります。

伊藤様

お待たせいたしました。${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。
これにて本ケースはクローズさせていただきます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-check', kind: 'merge_completed', lang: 'ja', caseId: C.misaki,
    note: 'completion with a request to check all looks right: still the completion',
    subject: formSubj(C.misaki), at: '2026-11-19 14:20:48', to: MISAKI.keep, enc: 'jis7',
    text: `森様

お世話になっております。二つの認定アカウントのマージ処理が終わりました、念のためサインインして試験履歴や特典に不足がないかご確認ください。
何かございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス 山本`,
  }),
  mk({
    slug: 'ja-merge-quoted-consent', kind: 'merge_completed', lang: 'ja', caseId: C.taro,
    note: 'short completion on top of the user\'s quoted consent (Gmail quote)',
    subject: formSubj(C.taro), at: '2026-11-15 09:50:31', to: TARO.keep, cc: TARO.src, enc: 'sjis8',
    text: `山田様

統合、完了しております。先ほどのメールと重複しますが、旧アドレスにも念のため同報いたします。

${gmJa('2026年11月14日(土) 22:01', '山田 太郎 <' + TARO.keep + '>', '統合を進めてください。よろしくお願いいたします。\n山田')}`,
  }),
  mk({
    slug: 'ja-merge-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, untrusted: true, auth: 'failThenForged',
    note: 'completion wording, but the top Authentication-Results fails and a pass is planted lower: untrusted',
    subject: formSubj(C.kenji), at: '2026-11-16 04:12:40', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

統合が完了しました。新しいアカウントの確認のため、以下から再ログインしてください。
https://aws-training-merge.example.com/verify`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept account',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-16 03:22:10', to: TARO.keep, from: CREDLY_AWS, enc: 'utf8b64',
    text: `山田 太郎 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

下のボタンからバッジを受け取り、共有しましょう。
[バッジを入手する] https://www.credly.com/earner/earned/badge/3f1c2a90

Credly`,
  }),
  mk({
    slug: 'ja-badge-credly-reminder', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly reminder to accept the AWS badge now sitting on the kept account',
    subject: 'リマインダー: Amazon Web Services Training and Certificationのバッジがまだ受け取られていません', at: '2026-11-23 03:30:00', to: HANAKO.keep, from: CREDLY_AWS, enc: 'utf8qp',
    html: `<html><body>
<p>佐藤 花子 さん</p>
<p>Amazon Web Services Training and Certification が発行したバッジ「AWS Certified Developer - Associate」が、まだ受け取られていません。</p>
<p><a href="https://www.credly.com/earner/earned/badge/91be0d3c">バッジを入手する</a></p>
<p>Credly</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji,
    note: 'support says the Credly badges were moved and closes the case',
    subject: formSubj(C.kenji), at: '2026-11-20 10:40:52', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

ご連絡いただいていた Credly のバッジにつきまして、${KENJI.keep} のアカウントへ移行いたしました。Credly にサインインしてご確認ください。
本件はこれにてクローズとさせていただきます。

AWS T&C カスタマーサービス`,
  }),
  mk({
    slug: 'ja-badge-wrong-address', kind: 'badges_transferred', lang: 'ja', caseId: C.taro,
    note: 'agent corrects the address named in the previous badge mail; the badges are on the kept account',
    subject: `${formSubj(C.taro)} 【訂正】`, at: '2026-11-18 15:30:09', to: TARO.keep, enc: 'utf8b64',
    text: `山田様

先ほどのメールで、バッジの移行先を ${TARO.src} と記載してしまいましたが誤りです。
Credly のバッジは ${TARO.keep} の方へ移してあります。混乱を招き申し訳ありません。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-badge-resend-not-arrived', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako,
    note: 'support re-sends the badge notice the user said never arrived: badges are moved',
    subject: formSubj(C.hanako), at: '2026-11-21 09:05:44', to: HANAKO.keep, enc: 'sjis8',
    text: `佐藤様

前回のご案内が届いていないとのことでしたので、再送いたします。

旧アカウントに紐づいていた Credly のデジタルバッジ3点は、${HANAKO.keep} のCredlyアカウントに移し終えております。

${q('バッジがまだ見当たりません。前のメールは届いていないようです。\n佐藤')}`,
  }),
  mk({
    slug: 'ja-badge-late', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki,
    note: 'badge move notice delivered out of order (after the closing notice)',
    subject: formSubj(C.misaki), at: '2026-11-21 22:48:13', to: MISAKI.keep, enc: 'jisb64',
    text: `森様

配信の順序が前後してしまい申し訳ございません。
Credly のバッジは統合後のアカウントへ付け替えが済んでいます。Credly のダッシュボードでご確認いただけます。

カスタマーサービス 山本`,
  }),
  mk({
    slug: 'ja-badge-credly-second', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'second AWS badge via Credly on the kept account, a day after the first',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ (2件目)', at: '2026-11-17 03:25:41', to: TARO.keep, from: CREDLY_AWS, enc: 'sjisb64',
    text: `山田 太郎 さん

おめでとうございます! Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」のバッジを発行しました。

バッジを入手する: https://www.credly.com/earner/earned/badge/a77e41b2`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, untrusted: true, auth: 'pass',
    note: 'badge mail from a look-alike domain (credly-badges.net): untrusted',
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ(再送)', at: '2026-11-17 12:00:00', to: KENJI.keep, from: 'Amazon Web Services via Credly <admin@credly-badges.net>', enc: 'utf8qp',
    text: `伊藤 健二 さん

AWS のバッジが統合後のアカウントに移りました。以下から受け取ってください。
https://credly-badges.net/accept`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-close-autoclose-5d', kind: 'case_closed', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'auto-close warning that restates the earlier request: "will close in 5 days without a reply" is case_closed',
    subject: formSubj(C.kenji), at: '2026-11-15 10:00:00', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

以前お願いした候補者IDについて、まだご返信をいただいておりません。
5日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、このメールに返信いただければケースは再開されます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-close-final-notice', kind: 'case_closed', lang: 'ja', caseId: C.misaki,
    note: 'final auto-close reminder (3 days)',
    subject: `最終のご案内: ${formSubj(C.misaki)}`, at: '2026-11-24 10:00:00', to: MISAKI.keep, enc: 'utf8qp',
    text: `森様

最後のご案内です。3日後、このケースはご返信のないまま解決済みとして閉じられます。
引き続きサポートが必要な場合は、それまでにこのメールへご返信ください。`,
  }),
  mk({
    slug: 'ja-close-system', kind: 'case_closed', lang: 'ja', caseId: C.hanako,
    note: 'system notice that the case was closed',
    subject: `ケース ${C.hanako} はクローズされました`, at: '2026-11-25 00:05:17', to: HANAKO.keep, from: NOREPLY, enc: 'jisb64',
    text: `佐藤 花子 様

お問い合わせいただいたケース ${C.hanako} はクローズされました。
再度お問い合わせが必要な場合は、サポートセンターから新しいケースを作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate-merge', kind: 'case_closed', lang: 'ja', caseId: C.taro, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    subject: formSubj(C.taro), at: '2026-11-22 11:11:40', to: TARO.keep, enc: 'sjis8',
    text: `山田様

先週ご報告のとおり、アカウントの統合は完了しております。その後ご連絡がございませんので、本ケースはクローズいたします。
ご利用ありがとうございました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-close-correct-id', kind: 'case_closed', lang: 'ja', caseId: C.misaki,
    note: 'corrected closing notice: the earlier one named the wrong case number (in the body)',
    subject: `【訂正】ケースクローズのお知らせ (${C.misaki})`, at: '2026-11-27 09:30:20', to: MISAKI.keep, from: NOREPLY, enc: 'utf8b64',
    text: `先ほどお送りしたクローズのお知らせで、ケース番号を ${C.misakiWrong} と誤って表示しておりました。

正しくは、ケース ${C.misaki} がクローズされています。お手数をおかけしました。`,
  }),
  mk({
    slug: 'ja-close-resent-redirect', kind: 'case_closed', lang: 'ja', caseId: C.hanako, notForUser: true,
    note: 'closing notice redirected by the old company with Resent-* headers: forUser false',
    subject: `ケース ${C.hanako} 解決済みのお知らせ`, at: '2026-11-25 00:05:20', to: HANAKO.src, from: NOREPLY, enc: 'jis7',
    resent: { from: 'postmaster@oldcorp.example.com', to: 'it-desk@oldcorp.example.com', date: 'Wed, 25 Nov 2026 09:12:00 +0900' },
    text: `佐藤 花子 様

ケース ${C.hanako} は解決済みとなりました。ご協力ありがとうございました。
このケースに関するご質問は、返信により再開できます。`,
  }),
  mk({
    slug: 'ja-close-dup-case', kind: 'case_closed', lang: 'ja', caseId: C.kenjiDup, trap: true,
    note: 'the duplicate case is closed; the merge request continues on the other case (merge words, not the merge)',
    subject: formSubj(C.kenjiDup), at: '2026-11-11 09:12:03', to: KENJI.keep, enc: 'sjisb64',
    text: `伊藤様

同じ内容のケースが二重に作成されていたため、こちらのケース (${C.kenjiDup}) はクローズいたします。
アカウント統合のご依頼は、ケース ${C.kenji} にて引き続き対応いたします。`,
  }),
  mk({
    slug: 'ja-close-noauth', kind: 'case_closed', lang: 'ja', caseId: C.taro, untrusted: true, auth: 'none',
    note: 'closing notice without any Authentication-Results: untrusted',
    subject: `ケース ${C.taro} を閉じました(再送)`, at: '2026-11-22 23:00:00', to: TARO.keep, from: NOREPLY, enc: 'jis7',
    text: `山田様

ケース ${C.taro} は解決済みになりました。前回のお知らせが届いていない可能性があるため、再送しています。`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'answer to the user\'s "any news?": the merge is not done yet, still in progress',
    subject: formSubj(C.kenji), at: '2026-11-14 17:02:29', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

お問い合わせありがとうございます。統合はまだ完了しておりません。
担当部署にて作業中ですので、完了次第こちらからご連絡いたします。もうしばらくお待ちください。

${q('先週同意の返信をしましたが、その後どうなっていますでしょうか。')}`,
  }),
  mk({
    slug: 'ja-sr-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: 'thanks for confirming, passed to the team: status, not a request or completion',
    subject: formSubj(C.taro), at: '2026-11-14 23:40:02', to: TARO.keep, enc: 'utf8qp',
    text: `山田様

統合へのご同意、確かに承りました。担当チームへ引き継ぎましたので、作業完了までお待ちください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-retract-completion', kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'retraction: the earlier "merge completed" was wrong, work is still going on',
    subject: `${formSubj(C.misaki)} 先ほどのメールについて`, at: '2026-11-18 16:45:00', to: MISAKI.keep, enc: 'jisb64',
    text: `森様

先ほど統合完了とお伝えしましたが、こちらの確認誤りでした。現在も作業を継続しております。
お手数ですが先ほどのメールは破棄いただけますでしょうか。大変失礼いたしました。`,
  }),
  mk({
    slug: 'ja-sr-misdelivered', kind: 'support_reply', lang: 'ja', caseId: C.hanako,
    note: 'apology for sending the previous update to the wrong address; points to the case history',
    subject: formSubj(C.hanako), at: '2026-11-10 12:20:33', to: HANAKO.keep, enc: 'sjis8',
    text: `佐藤様

前回の返信を、誤って以前のご勤務先アドレスへお送りしておりました。申し訳ございません。
内容はケース履歴からもご覧いただけます。現在、認定チームが状況を確認しておりますので、引き続きお待ちください。

${gmJa('2026年11月4日(水) 7:55', HANAKO.ja + ' <' + HANAKO.keep + '>', hanakoAsk)}`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: C.taro,
    note: 'escalation notice with a reminder not to open another case',
    subject: formSubj(C.taro), at: '2026-11-07 14:14:14', to: TARO.keep, enc: 'utf8b64',
    text: `山田様

いただいた内容を専門チームへエスカレーションいたしました。回答まで数営業日いただく場合がございます。
同じ内容で新しいケースを作成されますと、対応が遅れる原因となりますので、このメールへの返信でやり取りを続けていただけますと幸いです。`,
  }),
  mk({
    slug: 'ja-sr-bounce-resend-answer', kind: 'support_reply', lang: 'ja', caseId: C.kenji,
    note: 'answer re-sent after a bounce: the old work mailbox is not needed; no request, no event',
    subject: formSubj(C.kenji), at: '2026-11-12 10:48:29', to: KENJI.keep, enc: 'jis7',
    text: `伊藤様

以前お送りしたご案内がエラーで戻ってまいりましたので、再送いたします。

ご質問の件、統合元のメールアドレス(前職のもの)がすでに受信できない状態でも、お手続きに支障はございません。ご安心ください。`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: '"write to us from the address you keep" with no data asked: support_reply',
    subject: formSubj(C.misaki), at: '2026-11-12 15:33:20', to: MISAKI.src, cc: MISAKI.keep, enc: 'utf8qp',
    text: `森様

恐れ入りますが、今後お使いになる方のメールアドレスから、あらためてこのケースにご返信いただけますでしょうか。
(派遣先アドレスからのご連絡では、ご本人確認が取れないため)

${sf(MISAKI.src, '2026/11/12 9:59', FORM_BARE, 'アカウント統合', misakiAsk)}`,
  }),
  mk({
    slug: 'ja-sr-badges-pending', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'badges not moved yet, waiting on Credly: status, not the badge event',
    subject: formSubj(C.hanako), at: '2026-11-19 11:01:09', to: HANAKO.keep, enc: 'jisb64',
    text: `佐藤様

バッジの件でお問い合わせいただいた件ですが、Credly 側への移行依頼は出しておりますが、まだ反映されておりません。
移し終わりましたら、改めてご連絡いたします。

${olJa(HANAKO.ja + ' <' + HANAKO.keep + '>', '2026年11月18日 20:14', FORM_BARE, formSubj(C.hanako), '統合ありがとうございました。Credlyのバッジがまだ旧アカウントのままです。')}`,
  }),

  // ---------------- unrelated (9) ----------------
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true,
    note: 'survey about the case ("was it resolved?")',
    subject: `アンケートのお願い: ケース ${C.taro} は解決しましたか?`, at: '2026-11-23 12:00:00', to: TARO.keep, from: NOREPLY, enc: 'utf8b64',
    text: `先日は AWS トレーニングと認定のサポートをご利用いただきありがとうございました。
ケース ${C.taro} でのお問い合わせは解決しましたか? 1分ほどのアンケートにご協力ください。

https://survey.aws.example/ja/${C.taro}`,
  }),
  mk({
    slug: 'ja-un-survey-remind', kind: 'unrelated', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'survey reminder (resent) mentioning the closed case',
    subject: '【再送】サポート満足度アンケートご協力のお願い', at: '2026-11-27 12:00:00', to: KENJI.keep, from: NOREPLY, enc: 'sjis8',
    text: `伊藤 健二 様

先日お送りしたアンケートのご案内を再送いたします。
クローズされたケース ${C.kenji} のサポートについて、ご意見をお聞かせください。`,
  }),
  mk({
    slug: 'ja-un-own-reminder', kind: 'unrelated', lang: 'ja', caseId: C.taro, untrusted: true, auth: 'none',
    note: 'the user\'s own reminder to support (copy to self): no news from support',
    subject: `Re: ${formSubj(C.taro)}`, at: '2026-11-06 08:30:00', crlf: false, to: FORM_BARE, cc: TARO.keep, from: `${TARO.ja} <${TARO.keep}>`, enc: 'utf88bit',
    text: `ご担当者様

先日お送りした統合依頼の件、その後いかがでしょうか。念のため再送いたします。

${taroAsk}`,
  }),
  mk({
    slug: 'ja-un-exam-booking-resend', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, untrusted: true, auth: 'pass',
    note: 'exam appointment confirmation re-sent by the test vendor: not part of the merge',
    subject: '【再送】試験予約確認のお知らせ', at: '2026-11-08 19:00:00', to: TARO.keep, from: 'Pearson VUE <noreply@pearson.example.com>', enc: 'jis7',
    text: `山田 太郎 様

以下の試験予約が確定しています(本メールは確認メールの再送です)。
試験: AWS Certified Security - Specialty
日時: 2026年12月5日 10:00
会場: オンライン監督試験`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: C.taroRefund, trap: true,
    note: 'receipt of the user\'s other case about a voucher refund',
    subject: `[CASE ${C.taroRefund}] バウチャー返金に関するお問い合わせを受け付けました`, at: '2026-11-05 13:00:22', to: TARO.keep, from: SUPPORT_JP, enc: 'jisb64',
    text: `山田 太郎 様

試験バウチャーの返金についてのお問い合わせを受け付けました (ケース ${C.taroRefund})。
担当者から追ってご連絡いたします。`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'the agent\'s out-of-office auto-reply',
    subject: `自動応答: ${formSubj(C.hanako)}`, at: '2026-11-09 16:30:01', to: HANAKO.keep, enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `(自動返信)
小林は11月9日から11月11日まで不在にしております。統合手続きに関するご返信は、戻り次第確認いたします。
お急ぎの場合は別の担当者が対応いたします。`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a Credly badge from another issuer (Microsoft)',
    subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-11-19 02:11:00', to: HANAKO.keep, from: 'Microsoft via Credly <admin@credly.com>', enc: 'utf8b64',
    text: `佐藤 花子 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/5d2e`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code, re-sent',
    subject: 'Credly: アカウント統合の確認コード (再送)', at: '2026-11-20 20:20:20', to: KENJI.keep, from: 'Credly <no-reply@credly.com>', enc: 'jis7',
    text: `伊藤 健二 さん

Credly アカウントの統合を完了するための確認コードを再送します。
確認コード: 482913

このコードは30分間有効です。`,
  }),
  mk({
    slug: 'ja-un-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: C.misaki, untrusted: true, notForUser: true, auth: 'none', deliveredTo: null,
    note: 'the user\'s own forward of the completion mail to a colleague (Sent copy): unrelated, not delivered to the user',
    subject: `Fwd: ${formSubj(C.misaki)}`, at: '2026-11-19 18:02:00', to: '田中 さん <tanaka@agency.example.co.jp>', from: `${MISAKI.ja} <${MISAKI.keep}>`, rcpt: 'tanaka@agency.example.co.jp', enc: 'utf88bit',
    text: `田中さん

統合終わったみたいです、共有まで。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年11月19日(木) 14:20
Subject: ${formSubj(C.misaki)}
To: <${MISAKI.keep}>

森様
二つの認定アカウントのマージ処理が終わりました。`,
  }),
];
