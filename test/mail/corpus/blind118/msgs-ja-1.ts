// Japanese messages, part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import { CASE, CHIHIRO, DAISUKE, MISAKI, NOREPLY, SUPPORT, formSubject, htmlDoc, mk, olJa, paras, quote, sf, sfRef } from './common.js';

const M = CASE.misaki;
const D = CASE.daisuke;
const C = CASE.chihiro;

const misakiAsk = `AWS認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${MISAKI.keepId} / ${MISAKI.keep}
まとめる方: ${MISAKI.srcId} / ${MISAKI.src}
前職で受験した分を個人側へ寄せたいです。中村`;

const daisukeAsk = `お世話になります。井上です。
会社アドレス(${DAISUKE.src})で取った認定を、個人アドレス(${DAISUKE.keep})のアカウントへ移したいです。
SAA と DVA を会社側で、SOA を個人側で取得しています。`;

const chihiroAsk = `大学のメールで作成したアカウント(${CHIHIRO.src})と、いま使っている ${CHIHIRO.keep} のアカウントを統合したいです。候補者IDは後者が ${CHIHIRO.keepId} です。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-noreply-jis', kind: 'acknowledgement', lang: 'ja', caseId: M, trap: false,
    note: 'automatic receipt from no-reply-aws with the case ID in the subject',
    from: NOREPLY, to: MISAKI.keep, subject: `[CASE ${M}] お問い合わせを受け付けました`, at: ['2026-10-05 21:14:09', '+0000'], enc: 'jis7',
    text: `${MISAKI.ja} 様

AWS サポートへお問い合わせいただきありがとうございます。
ケース ID ${M} にて受け付けました。内容を確認した担当者より、通常 24 時間以内にメールでご連絡いたします。

同じ内容で新しいケースを作成されますと、担当が分かれ回答が遅れる原因となりますので、追加の情報は本ケースへの返信でお寄せください。

このメールは送信専用のアドレスから送られています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-form-sjis-mixed', kind: 'acknowledgement', lang: 'ja', caseId: D, trap: false,
    note: 'receipt of the form submission, Japanese text with English boilerplate',
    to: DAISUKE.keep, subject: `[CASE ${D}] [AWS Training and Certification Form Submission] - account-assistance`, at: ['2026-10-08 09:02:44', '+0900'], enc: 'sjis8',
    text: `井上 大輔 様

AWS トレーニングと認定へのお問い合わせを受領しました。
受付番号:${D}
担当窓口(東京/シアトル)のいずれかより、順次ご返信いたします。

----
Thank you for contacting AWS Training and Certification. Your case number is ${D}.
Please do not submit a new form for the same request.
----

${sfRef('7Qm2d')}`,
  }),
  mk({
    slug: 'ja-ack-dupcase-qp', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'bare receipt of a second case; says nothing of its topic, so read as a receipt',
    from: NOREPLY, to: MISAKI.keep, subject: `ケース ${CASE.misakiDup} が作成されました`, at: ['2026-10-06 23:40:17', '+0000'], enc: 'utf8qp', hdr: 'utf8q',
    text: `ケースが作成されました。

ケース ID: ${CASE.misakiDup}
作成日時: 2026-10-06 23:40 (UTC)
ステータス: 未割り当て

担当者が割り当てられるまで今しばらくお待ちください。進捗はこのメールへの返信ではなく、ケースへのご返信でご確認いただけます。

-- AWS Support`,
  }),
  mk({
    slug: 'ja-ack-bodyonly-jisb64', kind: 'acknowledgement', lang: 'ja', caseId: C, trap: false,
    note: 'receipt whose case number appears only in the body',
    to: CHIHIRO.keep, subject: 'お問い合わせありがとうございます', at: ['2026-10-12 14:21:30', '+0900'], enc: 'jisb64', wholeSubject: true,
    text: `小林様

AWS トレーニングと認定 カスタマーサポートです。
下記のとおりお問い合わせを承りました。

  お問い合わせ番号  ${C}
  受付日            2026/10/12

1 営業日を目安に担当よりご連絡します。お急ぎのところ恐縮ですが、それまでお待ちくださいませ。`,
  }),
  mk({
    slug: 'ja-ack-forged-html', kind: 'acknowledgement', lang: 'ja', caseId: D, trap: false,
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    auth: 'none', to: DAISUKE.keep, subject: `【受付完了】CASE ${D} お問い合わせを受け付けました`, at: ['2026-10-08 09:30:02', '+0900'], enc: 'utf8b64',
    html: htmlDoc(`<h3>お問い合わせを受け付けました</h3>
<p>井上 大輔 様</p>
<p>ケース番号 <b>${D}</b> として登録しました。担当者からの連絡をお待ちください。</p>
<p style="color:#888">AWS Training and Certification</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-regions-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: C, trap: false,
    note: 'automatic receipt that explains Tokyo and Seattle may both work the case',
    from: NOREPLY, to: CHIHIRO.keep, subject: `[CASE ${C}] サポートケースを受け付けました`, at: ['2026-10-12 05:21:40', '+0000'], enc: 'sjisb64',
    text: `AWS サポートにご連絡いただきありがとうございます。

ケース ${C} を受け付けました。
本ケースは時間帯に応じて東京またはシアトルの担当者が対応するため、途中で担当者名や返信の言語が変わる場合があります。あらかじめご了承ください。

ご返信の際は件名のケース番号を変更しないでください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-echo-utf8', kind: 'acknowledgement', lang: 'ja', caseId: M, trap: true,
    note: 'receipt that echoes the request words (統合, 確認) but only acknowledges the new case',
    to: MISAKI.keep, subject: `[CASE ${M}] アカウント統合に関するお問い合わせ(受付)`, at: ['2026-10-05 21:14:52', '+0000'], enc: 'utf88bit',
    text: `中村 美咲 様

以下の内容でお問い合わせを受け付けました。受付番号は ${M} です。

お問い合わせ種別: AWS トレーニングと認定
詳細: アカウントの統合
ご依頼内容:
${quote(misakiAsk, '| ')}

統合の可否や必要書類については、担当者が内容を確認したうえでご案内いたします。
本メールへの返信は不要です。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice-jis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    from: NOREPLY, to: CHIHIRO.keep, subject: 'お問い合わせへの自動回答', at: ['2026-10-12 05:15:03', '+0000'], enc: 'jis7', wholeSubject: true,
    text: `※この回答は生成 AI によって作成されました。内容に誤りが含まれる可能性があります。

認定アカウントが 2 つある場合は、認定ポータルにサインインし、「プロフィール」メニュー内の「アカウントの統合 (Merge Accounts)」からご自身で統合できることがあります。
統合元のアカウントのメールアドレスとパスワードを入力し、画面の案内に従って進めてください。

両方のアカウントに認定の履歴がある場合、このツールでは統合できず、サポートへの問い合わせを案内する画面が表示されます。その場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-after-merge-sjis', kind: 'ai_answer', lang: 'ja', caseId: D, trap: true,
    note: 'automated answer that explains what happens after a merge (badges, vouchers); still ai_answer',
    from: NOREPLY, to: DAISUKE.keep, subject: `[CASE ${D}] 担当者の割り当て前の参考情報`, at: ['2026-10-08 00:05:11', '+0000'], enc: 'sjis8',
    text: `井上様

担当者におつなぎするまでの間、自動アシスタントより参考情報をお送りします。

・アカウントが統合されると、統合元の認定資格と特典(次回受験の 50% 割引など)は統合先に表示されます。
・Credly のデジタルバッジは自動では移らないことがあります。統合が終わってから Credly 側でバッジを受け取ってください。
・統合は取り消せません。

この情報で解決しない場合は、このままお待ちください。人間の担当者が引き継ぎます。
(自動送信)`,
  }),
  mk({
    slug: 'ja-ai-helpful-html', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'HTML AI answer with a was-this-helpful prompt, suggesting the merge tool',
    from: NOREPLY, to: MISAKI.keep, subject: 'AWS トレーニングと認定: 回答候補', at: ['2026-10-05 21:09:55', '+0000'], enc: 'utf8b64',
    html: htmlDoc(`<p>以下は AI が作成した回答候補です。</p>
<ol><li>認定ポータル (CertMetrics) にサインインします。</li>
<li>右上の名前から「プロフィール」を開き、アカウントの統合を選びます。</li>
<li>もう一方のアカウントの認証情報を入力します。</li></ol>
<p>この回答は役に立ちましたか? <a href="https://support.example.invalid/y">はい</a> / <a href="https://support.example.invalid/n">いいえ(ケースを作成)</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ai-amazonq-sjis', kind: 'ai_answer', lang: 'ja', caseId: C, trap: false,
    note: 'generated answer attached to the case before a human picks it up',
    from: NOREPLY, to: CHIHIRO.keep, subject: `[CASE ${C}] 自動生成された回答をお送りします`, at: ['2026-10-12 05:22:10', '+0000'], enc: 'sjis8',
    text: `こちらは自動で生成された回答です。

お問い合わせの「大学のメールアドレスで作ったアカウントと今のアカウントを一つにしたい」という件について、まずは認定ポータルのセルフサービス機能(アカウントの統合)をお試しください。ほとんどの場合、数分で処理が終わります。

ツールでエラーになった場合は、このメールに返信する必要はありません。担当者が順番にケースを確認します。`,
  }),
  mk({
    slug: 'ja-ai-disclaimer-qp', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI answer in Japanese with an English disclaimer block',
    from: NOREPLY, to: DAISUKE.keep, subject: 'Re: 認定アカウントを 1 つにしたい', at: ['2026-10-07 23:58:31', '+0000'], enc: 'utf8qp', hdr: 'utf8q',
    text: `ご質問ありがとうございます。AI アシスタントがお答えします。

複数の認定アカウントをお持ちの場合、認定アカウントのプロフィール画面にある統合機能から、片方のアカウントの試験履歴をもう片方に移すことができます。移したあとは元のアカウントは使えなくなります。

---
This response was generated by AI and may not be accurate. If it does not resolve your issue, choose "Create case" to reach a support agent.`,
  }),
  mk({
    slug: 'ja-ai-tool-error-jisb64', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer about the merge tool refusing when both accounts have history',
    from: NOREPLY, to: MISAKI.src, subject: 'よくあるご質問からの自動回答', at: ['2026-10-04 11:47:00', '+0000'], enc: 'jisb64', wholeSubject: true,
    text: `「統合ツールでエラーが表示される」というご相談には、次の回答が見つかりました。

両方のアカウントで試験を受けたことがある場合、セルフサービスのツールは利用できません。お問い合わせフォームからケースを作成すると、担当部署が手作業で対応します。
ケース作成時には、残したい側のアカウントのメールアドレスをご入力いただくと、その後のやり取りがスムーズです。

(本メールは自動応答です)`,
  }),
  mk({
    slug: 'ja-ai-queue-sjisb64', kind: 'ai_answer', lang: 'ja', caseId: M, trap: false,
    note: 'bot message while the case waits for assignment; suggests the self-service tool',
    from: NOREPLY, to: MISAKI.keep, subject: `[CASE ${M}] 担当者の割り当てをお待ちの間に`, at: ['2026-10-05 21:20:26', '+0000'], enc: 'sjisb64',
    text: `担当者が割り当てられるまでの間、バーチャルアシスタントからご案内します。

認定アカウントの統合は、片方のアカウントにしか試験履歴がない場合に限り、ポータルの「アカウントを統合」からお客様ご自身で行えます。
お試しいただいて解決した場合は、ケースはそのままで構いません。

-- AWS バーチャルアシスタント`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-handover-jis', kind: 'info_request', lang: 'ja', caseId: M, trap: false,
    note: 'new agent takes over from a colleague and asks for both candidate IDs and emails',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-07 10:33:12', '+0900'], enc: 'jis7',
    text: `中村 美咲 様

お世話になっております。
前任の鈴木が休暇に入りましたため、本日から本件は田中が引き継いでおります。

記録を拝見したところ、統合元アカウントの情報がまだ揃っていないようでした。
お手数ですが、次の 3 点をこのメールへの返信でお送りください。

  1. 両アカウントの候補者 ID(AWS から始まる番号)
  2. 各アカウントのサインイン用メールアドレス
  3. どちらのアカウントを残すご希望か

田中 健
AWS トレーニングと認定 カスタマーサポート(東京)

${sf(MISAKI.keep, '2026/10/05 21:14', SUPPORT_ADDR(), 'アカウント統合のお願い', misakiAsk)}`,
  }),
  mk({
    slug: 'ja-info-certops-relay-sjis', kind: 'info_request', lang: 'ja', caseId: D, trap: false,
    note: 'front-line agent relays questions from the certification operations team (which account to keep)',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-09 16:05:48', '+0900'], enc: 'sjis8',
    text: `井上様

いつもお世話になっております。窓口担当の高橋です。

認定運用チームに本件を回したところ、作業前に以下を確認してほしいとの返答がありました。

  ・統合後に残すのは ${DAISUKE.keepId}(個人アドレス側)でお間違いないか
  ・会社アドレス側(${DAISUKE.src})に、まだ受験予定の試験が残っていないか

上記 2 点につきまして、ご返信をお待ちしております。いただいた内容はそのまま運用チームへ連携します。

高橋 誠

> ${daisukeAsk.split('\n').join('\n> ')}`,
  }),
  mk({
    slug: 'ja-info-tokyo-seattle-qp', kind: 'info_request', lang: 'ja', caseId: C, trap: false,
    note: 'Tokyo asks in Japanese, Seattle repeats in English: send the source account candidate ID',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-13 08:12:00', '+0900'], enc: 'utf8qp',
    text: `小林 千尋 様

東京チームの伊藤です。
統合先の候補者 ID(${CHIHIRO.keepId})は確認できましたが、大学のメールで作成された方の候補者 ID がわからず、照合が止まっております。
ポータルにサインインいただき、プロフィールに表示される AWS で始まる番号をお知らせいただけないでしょうか。

伊藤 遥

---- (Seattle team, English copy) ----
Hi Chihiro, this is Diego from the Seattle team, adding the same request in English in case it helps: we still need the candidate ID of the account registered with ${CHIHIRO.src}. Thanks!

${quote(chihiroAsk)}`,
  }),
  mk({
    slug: 'ja-info-correction-jisb64', kind: 'info_request', lang: 'ja', caseId: M, trap: true,
    note: 'corrects a colleague and asks the customer to check and tell which address to keep (「ご確認のうえお知らせください」 is a request for information)',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-08 13:47:21', '+0900'], enc: 'jisb64',
    text: `中村様

たびたび失礼いたします。田中です。
午前中に高橋からお送りしたメールで、残すアカウントを「${MISAKI.src}」と記載しておりましたが、こちらは誤りでした。大変失礼いたしました。

念のため、統合後に残したいメールアドレスをご確認のうえ、改めてお知らせいただけますでしょうか。お返事を頂戴してから、次の手続きに進みます。

田中 健`,
  }),
  mk({
    slug: 'ja-info-lookalike-b64', kind: 'info_request', lang: 'ja', caseId: D, trap: false,
    note: 'asks for IDs and password from a look-alike domain: untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-certification.jp>', auth: 'pass',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-09 11:02:37', '+0900'], enc: 'utf8b64',
    text: `井上 大輔 様

統合作業に必要なため、以下を 48 時間以内にご返信ください。

  ・両アカウントの候補者 ID
  ・統合元アカウントのパスワード
  ・ご本人確認のため、生年月日

期限までにご返信がない場合、統合のご依頼は取り消されます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-implicit-jis', kind: 'info_request', lang: 'ja', caseId: D, trap: false,
    note: 'request phrased as a blocked state: the source account email is missing',
    to: DAISUKE.src, cc: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-10 10:18:05', '+0900'], enc: 'jis7',
    text: `井上様

お問い合わせの件、認定運用チームと確認を進めておりましたが、候補者 ID ${DAISUKE.srcId} のアカウントに登録されている連絡先と、頂いたメールアドレスが一致せず、このままでは照合ができない状況です。
会社アドレスを変更された経緯などがございましたら、登録時に使われていたアドレスとあわせて教えていただけますと助かります。

高橋`,
  }),
  mk({
    slug: 'ja-info-internal-memo-sjisb64', kind: 'info_request', lang: 'ja', caseId: M, trap: false,
    note: 'an internal memo left in by mistake, then a request for the source candidate ID',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-09 17:55:40', '+0900'], enc: 'sjisb64',
    text: `【社内メモ/送信前に削除】候補者ID 2件とも同じ番号。顧客に再確認 → 運用チームへは保留連絡済み(田中)

中村 美咲 様

ご返信ありがとうございます。
お知らせいただいた候補者 ID が、2 件とも ${MISAKI.keepId} となっておりました。
恐れ入りますが、統合元(前職のメールアドレスのアカウント)の候補者 ID を、再度ご連絡いただけますか。

田中`,
  }),
  mk({
    slug: 'ja-info-supervisor-utf8', kind: 'info_request', lang: 'ja', caseId: C, trap: false,
    note: 'asks for the name registered on each account; supervisor sign-off at the end',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-14 11:40:09', '+0900'], enc: 'utf88bit',
    text: `小林様

お待たせしております。伊藤です。
両アカウントの登録氏名が一部異なって表示されているため(旧姓でのご登録かと存じます)、それぞれのアカウントに登録されている氏名をローマ字で教えていただけますか。

伊藤 遥
------------------------------
本メールは主任 森が内容を確認のうえ送付しております。
森 亜紀(東京カスタマーサポート 主任)`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-newagent-jis', kind: 'confirmation_request', lang: 'ja', caseId: M, trap: false,
    note: 'new agent asks the customer to agree to the irreversible merge by replying',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-10 15:06:33', '+0900'], enc: 'jis7',
    text: `中村 美咲 様

本日より担当が田中から伊藤に代わりました。よろしくお願いいたします。

頂いた情報で、以下のとおり統合の準備が整っております。
  統合元: ${MISAKI.srcId}(${MISAKI.src})
  統合先: ${MISAKI.keepId}(${MISAKI.keep})

統合を行いますと元の状態には戻せません。この内容で進めてよろしければ、本メールにその旨ご返信ください。

伊藤 遥`,
  }),
  mk({
    slug: 'ja-conf-certops-sjis', kind: 'confirmation_request', lang: 'ja', caseId: D, trap: false,
    note: 'certification operations team, through the front line, asks for consent to merge',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-12 10:22:15', '+0900'], enc: 'sjis8',
    text: `井上様

高橋です。認定運用チームより回答がありましたので、以下に転記いたします。

――― 認定運用チームより ―――
両アカウントの試験履歴を確認しました。${DAISUKE.srcId} の SAA・DVA を ${DAISUKE.keepId} に移す形で作業できます。
作業は取り消しできないため、お客様の同意を得てから実施します。
―――――――――――――――

上記の内容でご同意いただけるようでしたら、「同意します」とだけご返信ください。確認でき次第、運用チームへ作業を依頼します。

高橋 誠`,
  }),
  mk({
    slug: 'ja-conf-bilingual-alt', kind: 'confirmation_request', lang: 'ja', caseId: C, trap: false,
    note: 'Japanese consent request with the Seattle team adding an English copy; multipart/alternative',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-16 02:11:48', '+0900'], enc: 'utf8b64',
    text: `小林 千尋 様

ご連絡ありがとうございました。旧姓での登録も含めて照合が取れました。
大学アドレスのアカウント(${CHIHIRO.srcId})の内容を、${CHIHIRO.keepId} へ移します。統合後に取り消すことはできませんので、よろしければご同意の旨をご返信ください。

--
Hello from Seattle. Tokyo asked us to send this overnight: please reply to agree to merging ${CHIHIRO.srcId} into ${CHIHIRO.keepId}. The merge is permanent.
Rachel Ortiz`,
    html: htmlDoc(paras(`小林 千尋 様

ご連絡ありがとうございました。旧姓での登録も含めて照合が取れました。
大学アドレスのアカウント(${CHIHIRO.srcId})の内容を、${CHIHIRO.keepId} へ移します。統合後に取り消すことはできませんので、よろしければご同意の旨をご返信ください。

--
Hello from Seattle. Tokyo asked us to send this overnight: please reply to agree to merging ${CHIHIRO.srcId} into ${CHIHIRO.keepId}. The merge is permanent.
Rachel Ortiz`), 'ja'),
  }),
  mk({
    slug: 'ja-conf-two-agents-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: M, trap: false,
    note: 'two agents write in one mail; the second asks the customer to consent',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-11 11:15:00', '+0900'], enc: 'jisb64',
    text: `中村様

[高橋より]
昨日頂いた候補者 ID で、両方のアカウントを特定できました。前職側には CLF と SAA、個人側には SAP の履歴がございます。

[続いて伊藤より]
高橋の説明のとおり、前職側の 2 件を個人側へまとめます。一度まとめると分けることはできませんので、差し支えなければ「統合に同意します」とご返信をお願いいたします。

高橋 / 伊藤`,
  }),
  mk({
    slug: 'ja-conf-retract-qp', kind: 'confirmation_request', lang: 'ja', caseId: D, trap: true,
    note: 'retracts a colleague\'s mistaken "merge completed" mail and asks for consent first',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-11 09:48:27', '+0900'], enc: 'utf8qp',
    text: `井上 大輔 様

昨日、鈴木から「統合が完了しました」という件名のメールが届いているかと存じますが、別のお客様宛ての文面を誤ってお送りしたものでした。ご混乱をおかけし申し訳ございません。
井上様のアカウントはまだ統合しておりません。

作業に入る前に、最終のご意思確認をさせてください。${DAISUKE.srcId} を ${DAISUKE.keepId} に統合すること、統合後は元に戻せないことをご了承いただけましたら、このメールにご返信ください。

伊藤 遥(鈴木に代わりご連絡しています)`,
  }),
  mk({
    slug: 'ja-conf-forged-html', kind: 'confirmation_request', lang: 'ja', caseId: C, trap: false,
    note: 'consent request whose only dmarc=pass sits below the server\'s Received line: untrusted',
    auth: 'forgedBelow', to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-15 19:30:00', '+0900'], enc: 'utf8b64',
    html: htmlDoc(`<p>小林 千尋 様</p>
<p>アカウント統合の最終確認です。下のボタンから同意してください。統合は取り消せません。</p>
<p><a href="https://aws-merge-consent.example.net/c/${C}" style="background:#ff9900;color:#fff;padding:8px 16px">統合に同意する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-conf-teform-sjisb64', kind: 'confirmation_request', lang: 'ja', caseId: M, trap: false,
    note: 'one long te-form sentence ending in a request to reply if all is well (consent)',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-10 18:02:19', '+0900'], enc: 'sjisb64',
    text: `中村様

認定運用チームと内容をすり合わせまして、${MISAKI.srcId} の受験履歴と特典を ${MISAKI.keepId} へ移し、移したあとは ${MISAKI.src} ではサインインできなくなり、この操作は後から取り消せませんので、これで問題なければその旨をご返信いただけますと幸いです。

伊藤(東京)`,
  }),
  mk({
    slug: 'ja-conf-approved-jis', kind: 'confirmation_request', lang: 'ja', caseId: C, trap: false,
    note: 'consent request with a supervisor approval line; Gmail-style quote of the customer',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-15 14:20:45', '+0900'], enc: 'jis7',
    text: `小林様

ご返信ありがとうございます。ローマ字氏名を確認いたしました。
最後に、統合の実施についてご同意をいただく必要がございます。統合後は取り消しができません。ご了承いただける場合は、本メールへご返信ください。

伊藤 遥
(承認: 主任 森)

2026年10月14日(水) 21:03 小林 千尋 <${CHIHIRO.keep}>:
> 伊藤様
> 大学側: CHIHIRO KOBAYASHI(旧姓 SAITO で登録)
> 現在: CHIHIRO KOBAYASHI
> よろしくお願いします。`,
  }),
];

function SUPPORT_ADDR(): string {
  return SUPPORT.replace(/^.*<|>$/g, '');
}
