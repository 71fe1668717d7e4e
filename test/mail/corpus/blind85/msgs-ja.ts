// cf: Japanese messages. Merges for people who are not the usual case:
// a partner company's training coordinator, a surname changed by marriage,
// kanji/kana and romanised names, a closed company domain, an account made at
// a test centre.
import type { Msg } from './lib.js';
import {
  AUTO, CASE, CERT_PORTAL, CREDLY, FORM, FORM_BARE, KIMURA, MISAKI, NOREPLY, OKADA, OOO, RYO, STAFF1, STAFF2, YUKA,
  formSubj, gmailJa, htmlDoc, jst, mk, outlookJa, paras, q, sf, sfRef, utc,
} from './common.js';

const K = CASE.kimura;
const K2 = CASE.kimura2;
const M = CASE.misaki;
const R = CASE.ryo;
const O = CASE.okada;
const Y = CASE.yuka;

const KIMURA_REQ = `AWSパートナー企業 ネクサパートナーズ株式会社で社内研修を担当しております木村です。
弊社エンジニア 小林 健太 の認定アカウントが2つに分かれているため、統合をお願いできますでしょうか。
残す方: ${STAFF1.keepId} (${STAFF1.addr})
統合元: ${STAFF1.srcId} (${STAFF1.old}) ※グループ会社在籍時のもの
本人も了承済みです。`;

const MISAKI_REQ = `結婚に伴い姓が変わりました(旧姓: 高橋)。
旧姓で受験したアカウント ${MISAKI.srcId} の認定を、現在の ${MISAKI.keepId} にまとめていただきたいです。
残すメールアドレスは ${MISAKI.keep} です。`;

const RYO_REQ = `同じ人物なのですが、カナ表記(ワタナベ リョウ)で作られたアカウントと、漢字(渡邊 亮)のアカウントがあります。
${RYO.keepId} に一本化したいです。もう一方は ${RYO.srcId} です。`;

const OKADA_REQ = `以前勤めていた株式会社ほしぞらソフトは2025年に解散し、ドメイン hoshizora-soft.example.co.jp は既に使えません。
そのアドレスで登録した認定アカウント(${OKADA.srcId})を、個人の ${OKADA.keepId} に移したいです。`;

const YUKA_REQ = `試験会場の受付の方にアカウントを作っていただいたのですが、メールアドレスが誤って登録されていたようです(${YUKA.typo})。
その試験の合格記録を、自分で作った ${YUKA.keepId} (${YUKA.keep}) に移せますか。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-kimura-jis', kind: 'acknowledgement', lang: 'ja', caseId: K,
    note: 'automatic receipt of the coordinator case, case ID in subject and body',
    from: NOREPLY, to: `${KIMURA.ja} <${KIMURA.addr}>`,
    subject: `AWS サポート: ケース ${K} を受け付けました`, date: jst('2026-02-02 10:14:03'), enc: 'jis7', extra: AUTO,
    text: `木村 恵 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースが作成されました。

ケース ID: ${K}
件名: 社員の認定アカウント統合について
お問い合わせの種類: AWS トレーニングと認定 / アカウント

担当者から通常24時間以内にご連絡いたします。同じご依頼で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

このメールは送信専用アドレスから送られています。`,
  }),
  mk({
    slug: 'ack-misaki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: M,
    note: 'receipt for the surname-change merge case; English boilerplate but Japanese text',
    from: FORM, to: MISAKI.keep,
    subject: `[CASE ${M}] お問い合わせを承りました - AWS Training and Certification`, date: jst('2026-03-09 21:47:50'), enc: 'sjis8',
    text: `お問い合わせいただき、ありがとうございます。

ケース番号 ${M} にて承りました。
内容を確認のうえ、担当より順次ご返信いたします。いましばらくお待ちくださいませ。

--
Thank you for contacting AWS Training and Certification. Please do not open a new case for the same request.
${sfRef('M01a')}`,
  }),
  mk({
    slug: 'ack-okada-body-only', kind: 'acknowledgement', lang: 'ja', caseId: O,
    note: 'receipt whose subject has no ID; the case ID is only in the body',
    from: NOREPLY, to: OKADA.keep,
    subject: 'お問い合わせを受け付けました', date: jst('2026-01-19 08:02:11'), enc: 'utf8qp', extra: AUTO,
    text: `岡田 誠 様

AWS へのお問い合わせを受け付けました。ケースの番号は ${O} です。
返信メールの件名は変更せずにお使いください、ケース番号が消えると別のお問い合わせとして扱われる場合があります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-yuka-html', kind: 'acknowledgement', lang: 'ja', caseId: Y,
    note: 'receipt in multipart/alternative for the test-centre account case',
    from: NOREPLY, to: `${YUKA.ja} <${YUKA.keep}>`,
    subject: `ケース ${Y} が作成されました`, date: jst('2026-04-21 14:30:26'), enc: 'jisb64', extra: AUTO,
    text: `松本 由佳 様

サポートケース ${Y} を作成しました。
ご連絡はこのメールアドレス宛にお送りします。

AWS トレーニングと認定 カスタマーサポート`,
    html: htmlDoc(`<p>松本 由佳 様</p>\n<p>サポートケース <b>${Y}</b> を作成しました。<br>ご連絡はこのメールアドレス宛にお送りします。</p>\n<p>AWS トレーニングと認定 カスタマーサポート</p>`, 'ja'),
  }),
  mk({
    slug: 'ack-ryo-lists-fields', kind: 'acknowledgement', lang: 'ja', caseId: R, trap: true,
    note: 'receipt that echoes the submitted fields; asks nothing, so still the acknowledgement',
    from: FORM, to: RYO.keep,
    subject: `[CASE ${R}] ご依頼内容の控え`, date: jst('2026-02-24 23:11:09'), enc: 'sjisb64',
    text: `本メールはお問い合わせフォーム送信の控えです。

ケース: ${R}
氏名: 渡邊 亮 (ワタナベ リョウ)
メールアドレス: ${RYO.keep}
AWS 候補 ID: ${RYO.keepId}
お問い合わせ内容:
${RYO_REQ}

上記の内容で受け付けました。担当窓口からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ack-kimura-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: K2, trusted: false,
    note: 'receipt wording but From a look-alike domain amazon-support-jp.example',
    from: 'Amazon Web Services <no-reply-aws@amazon-support-jp.example>', to: KIMURA.addr,
    subject: `ケース ${K2} 受付完了のお知らせ`, date: jst('2026-02-05 03:12:44'), enc: 'utf8b64',
    text: `お客様のケース ${K2} を受け付けました。
ケースの状況は以下からご確認いただけます(サインインが必要です)。
https://aws-support-case.amazon-support-jp.example/cases/${K2}

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-misaki-dmarcfail', kind: 'acknowledgement', lang: 'ja', caseId: M, trusted: false, auth: 'fail',
    note: 'a receipt in shape, but the receiving server says dmarc=fail for amazon.com',
    from: NOREPLY, to: MISAKI.src,
    subject: `サポートケース ${M} を受理しました`, date: jst('2026-03-10 02:55:31'), enc: 'jis7',
    text: `高橋 美咲 様

ケース ${M} を受理しました。
お手数ですが、追加の連絡は本メールに返信する形でお願いいたします。`,
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'ai-kimura-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated answer suggesting the self-service tool, which each staff member must run',
    from: NOREPLY, to: KIMURA.addr,
    subject: 'お問い合わせへの自動回答: 認定アカウントの統合', date: jst('2026-02-02 10:09:40'), enc: 'jisb64', extra: AUTO,
    text: `以下は生成 AI による自動回答です。内容が正確でない場合があります。

認定アカウントの統合は、統合先となるアカウントにサインインし、[プロフィール] の [アカウントの統合] から行えます。
なお、統合操作は各アカウントの所有者ご本人によるサインインが必要です。社員の方のアカウントについては、ご本人様に操作していただくようご案内ください。
解決しない場合は、[ケースを作成] を選択して担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ai-misaki-name', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer about name change and merge tool; explains afterwards but is automated',
    from: NOREPLY, to: MISAKI.keep,
    subject: 'AI による回答のご案内', date: jst('2026-03-09 21:40:02'), enc: 'utf8qp', extra: AUTO,
    text: `お問い合わせ内容から、次の手順が役立つ可能性があります(AI 生成の回答です)。

1. 氏名の変更: 認定アカウントの [プロフィール] で、本人確認書類と同じ表記に更新できます。
2. 旧姓で作成したアカウントがある場合: 残したい方のアカウントでサインインし、Merge Accounts ツールをお使いください。両方のアカウントに認定資格がある場合、ツールでは統合できないことがあります。
3. 統合後は、取得済みの認定と特典が残したアカウントに表示されます。

この回答で解決しない場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-okada-olddomain', kind: 'ai_answer', lang: 'ja', caseId: O,
    note: 'automated answer attached to the case: reset via old address, then tool',
    from: FORM, to: OKADA.keep,
    subject: `[CASE ${O}] よくあるご質問からのご案内`, date: jst('2026-01-19 08:03:29'), enc: 'sjis8', extra: AUTO,
    text: `※本メッセージは自動で送信されています。

ご質問に近い内容として、以下をご案内します。
・ログインに使っていたメールアドレスが使えない場合でも、AWS Builder ID を新しいアドレスで作成し、セルフサービスの統合ツールをお試しいただけます。
・ツールで「統合できません」と表示される場合は、このケースに返信して担当者の対応をお待ちください。

ケース ${O}`,
  }),
  mk({
    slug: 'ai-yuka-htmlonly', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only AI suggestion for an account created at a test centre',
    from: NOREPLY, to: YUKA.keep,
    subject: 'Amazon Q による回答', date: jst('2026-04-21 14:25:58'), enc: 'utf8b64', extra: AUTO,
    html: htmlDoc(`<p><i>この回答は AI によって生成されました。</i></p>
<p>テストセンターで作成されたアカウントに心当たりがある場合、そのアカウントのメールアドレスでパスワードを再設定し、サインインしてから <b>アカウントの統合</b> ツールを実行してください。</p>
<p>メールアドレスに誤りがありメールを受信できない場合は、担当者へのお問い合わせ(ケースの作成)にお進みください。</p>
<p>役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?yes">はい</a> / <a href="https://support.aws.amazon.com/feedback?no">いいえ</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ai-ryo-mixed', kind: 'ai_answer', lang: 'ja', caseId: R,
    note: 'mixed-language automated suggestion; Japanese text with English header',
    from: FORM, to: RYO.keep,
    subject: `[CASE ${R}] Suggested answer / 自動回答`, date: jst('2026-02-24 23:12:40'), enc: 'utf8qp', extra: AUTO,
    text: `[Automated response - not reviewed by an agent]

お名前の表記(漢字・カナ・ローマ字)が異なるだけで同一の方であれば、ご自身で両方のアカウントにサインインし、統合ツールで ${RYO.srcId} を ${RYO.keepId} に統合できる場合があります。
氏名の表記は統合後にプロフィール画面で揃えてください。
担当者の回答が必要な場合は、このメールにそのまま返信してください。`,
  }),
  mk({
    slug: 'ai-kimura2-bulk', kind: 'ai_answer', lang: 'ja', caseId: K2,
    note: 'automated answer to the second coordinator case about bulk staff merges',
    from: FORM, to: KIMURA.addr, cc: `${STAFF2.ja} <${STAFF2.addr}>`,
    subject: `[CASE ${K2}] 自動応答: 複数アカウントの統合について`, date: jst('2026-02-05 09:00:12'), enc: 'jis7', extra: AUTO,
    text: `自動応答メッセージです。

複数名分のアカウント統合をまとめてご依頼いただくことはできません。アカウントの統合はお一人ずつ、ご本人のアカウントから Merge Accounts ツールで実行いただくのが最短です。
ツールでエラーになった方がいらっしゃる場合のみ、担当者が個別に確認いたします。`,
  }),

  // ---------------- info_request (10) ----------------
  mk({
    slug: 'info-kimura-consent', kind: 'info_request', lang: 'ja', caseId: K,
    note: 'asks for the staff member to write in himself plus both candidate IDs and the kept address',
    from: FORM, to: KIMURA.addr, cc: STAFF1.addr,
    subject: formSubj(K), date: jst('2026-02-03 11:26:37'), enc: 'jis7',
    text: `木村様

いつもお世話になっております。AWS トレーニングと認定サポートの藤原です。

アカウントの所有者は小林様ご本人となるため、誠に恐れ入りますが、小林様ご自身のメールアドレスから本ケースへご返信をいただけますでしょうか。
その際、以下の3点を記載くださいますようお願いいたします。
- 残すアカウントの候補 ID とログインメールアドレス
- 統合元アカウントの候補 ID とログインメールアドレス
- 統合に同意する旨の一文

木村様を CC に入れていただいたままで問題ございません。

藤原
AWS Training and Certification Customer Support
${sfRef('K02b')}

${sf(`${KIMURA.ja} <${KIMURA.addr}>`, '2026/02/02 10:13', FORM_BARE, 'アカウント統合の依頼', KIMURA_REQ)}`,
  }),
  mk({
    slug: 'info-kimura2-history', kind: 'info_request', lang: 'ja', caseId: K2,
    note: 'needs exam dates and titles on the source account before merging a second staff account',
    from: FORM, to: STAFF2.addr, cc: KIMURA.addr,
    subject: formSubj(K2), date: jst('2026-02-06 16:41:05'), enc: 'sjis8',
    text: `石井 彩 様
(CC: 木村様)

ご連絡ありがとうございます。
統合元とされているアカウント ${STAFF2.srcId} は、ご登録のメールアドレスが個人の方のものとなっており、現時点で同一人物であることが確認できておりません。
お手数ですが、そちらのアカウントで受験された試験の名称と受験日、ならびに受験地(テストセンター名 または オンライン)を本メールへの返信でご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。
サポート担当 長谷川`,
  }),
  mk({
    slug: 'info-misaki-proof', kind: 'info_request', lang: 'ja', caseId: M,
    note: 'asks which name to keep and a document showing both surnames',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-11 09:58:14'), enc: 'jisb64',
    text: `中村 美咲 様

お問い合わせいただきありがとうございます。
旧姓(高橋)でご登録のアカウント ${MISAKI.srcId} と、現在のアカウント ${MISAKI.keepId} が同じ方のものであることを確認させていただきたく存じます。

つきましては、旧姓と現在の姓の双方が記載された公的書類(例: 旧姓併記のある運転免許証、戸籍抄本など)の写しを、氏名と生年月日以外は黒塗りにしたうえでご返送ください。
あわせて、統合後の認定証に表示するお名前を「中村 美咲」「Misaki Nakamura」のどちらの表記とされるかもお知らせいただけますか。

どうぞよろしくお願いいたします。
${sfRef('M11c')}`,
  }),
  mk({
    slug: 'info-misaki-confirmaddr', kind: 'info_request', lang: 'ja', caseId: M, trap: true,
    note: 'worded as "please check and tell us" the address to keep: an information request, not consent',
    from: FORM, to: MISAKI.keep, cc: MISAKI.src,
    subject: formSubj(M), date: jst('2026-03-13 17:20:48'), enc: 'utf8qp',
    text: `中村様

書類のご送付ありがとうございました。確認が取れました。
一点だけ、統合後のログイン用メールアドレスについて、${MISAKI.keep} と ${MISAKI.src} のいずれを残されるか、ご確認のうえお知らせください。
(旧アドレス側は統合後、サインインにお使いいただけなくなります)

${gmailJa('2026年3月12日(木) 22:03 中村 美咲 <misaki.nakamura@example.jp>', '', '書類の写しを添付しました。ご確認をお願いします。\n中村')}`,
  }),
  mk({
    slug: 'info-ryo-venue', kind: 'info_request', lang: 'ja', caseId: R,
    note: 'asks for exam dates and venues on both name spellings to confirm the same person',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-02-26 10:44:19'), enc: 'sjisb64',
    text: `渡邊様

お世話になっております。
カナ表記のアカウント(${RYO.srcId}、登録名 ワタナベ リョウ)と漢字表記のアカウント(${RYO.keepId})について、登録されている生年月日が一致しておりませんでした。入力誤りの可能性もございますので、
・それぞれのアカウントで最後に受験された試験名と受験日
・正しい生年月日
をお送りいただけますか。確認でき次第、次のご案内をいたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'info-okada-validation', kind: 'info_request', lang: 'ja', caseId: O,
    note: 'old domain cannot receive mail, so support asks for validation number and certificate',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-01-20 15:07:52'), enc: 'jis7',
    text: `岡田 誠 様

通常は統合元アカウントのメールアドレス宛に確認のご連絡をお送りしますが、${OKADA.dead} は配信不能となっておりました。
代わりの確認方法として、統合元アカウントで取得された認定の検証番号(Validation Number)と、認定証 PDF または試験のスコアレポートのいずれかをお送りいただけますでしょうか。
お手元にない場合は、その旨と受験時期のおおよそをお書き添えください。

よろしくお願いいたします。
${sfRef('O20d')}`,
  }),
  mk({
    slug: 'info-yuka-pvue', kind: 'info_request', lang: 'ja', caseId: Y,
    note: 'test-centre account: needs the Pearson VUE registration ID and exam date',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-22 13:18:36'), enc: 'utf8b64',
    text: `松本様

試験会場で作成されたアカウントは ${YUKA.srcId} で登録されておりました。ご登録のメールアドレスに誤字があるため、こちらからの本人確認メールが届かない状態です。

恐れ入りますが、ピアソン VUE の予約確認メールに記載されている登録 ID(Registration ID)、受験日、試験会場名を教えていただけますか。受付で提示された身分証明書の氏名表記もあわせてお知らせください。`,
  }),
  mk({
    slug: 'info-yuka-which-mobile', kind: 'info_request', lang: 'ja', caseId: Y,
    note: 'short follow-up asking which of the two accounts to keep, above a mobile-quoted reply',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-24 10:02:03'), enc: 'sjis8',
    text: `松本様
ご返信ありがとうございます。登録 ID 確認できました。

最後に、残すアカウントが ${YUKA.keepId} でお間違いないか、あるいは試験会場で作成された ${YUKA.srcId} のほうを残したいのか、どちらかお選びいただけますか。

${gmailJa('2026/04/23 20:41、松本 由佳 <yuka.matsumoto@example.jp>のメール', '', `登録IDは 4471-0923-18 です。受験日は2026年3月14日、会場は新宿の試験センターでした。\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'info-kimura-misaligned', kind: 'info_request', lang: 'ja', caseId: K, trusted: false, auth: 'misaligned',
    note: 'phishing-style data request: DKIM passes only for a bulk-mail domain, dmarc=fail for amazon.com',
    from: FORM, to: KIMURA.addr,
    subject: formSubj(K), date: jst('2026-02-04 04:37:15'), enc: 'utf8qp',
    text: `木村様

統合手続きのため、対象社員全員分の AWS Builder ID とパスワード、候補 ID を一覧にして 48 時間以内にご返信ください。
期限を過ぎると社員の認定資格が失効する場合があります。

AWS Certification Support`,
  }),
  mk({
    slug: 'info-okada-romaji-outlook', kind: 'info_request', lang: 'ja', caseId: O,
    note: 'asks for romanised name and former employer name; Outlook-quoted history below',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-01-22 11:31:40'), enc: 'jisb64',
    text: `岡田様

資料のご送付ありがとうございます。確認を進めるにあたり、もう少し情報が必要です。
統合元アカウントでは英字表記の氏名が「MAKOTO OKADA」、会社名が空欄となっておりました。受験当時のご所属(株式会社ほしぞらソフト)の英文社名と、パスポート等に記載のローマ字表記を返信にてお知らせくださいませ。

${outlookJa(`岡田 誠 <${OKADA.keep}>`, '2026年1月21日 19:12', FORM_BARE, `RE: [CASE ${O}]`, `検証番号: AWS-SAA-7731902\n認定証PDFを添付します。\n岡田`)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'conf-kimura-staff1', kind: 'confirmation_request', lang: 'ja', caseId: K,
    note: 'asks the staff member (coordinator cc) to consent to an irreversible merge',
    from: FORM, to: STAFF1.addr, cc: KIMURA.addr,
    subject: formSubj(K), date: jst('2026-02-05 14:22:58'), enc: 'jis7',
    text: `小林 健太 様
(CC: 木村様)

ご本人様からのご連絡ありがとうございました。以下の内容で統合を行います。

統合元: ${STAFF1.srcId} / ${STAFF1.old}
統合先: ${STAFF1.keepId} / ${STAFF1.addr}

統合を実施しますと元に戻すことはできず、統合元アカウントは利用できなくなります。
上記でよろしければ、このメールに「同意します」とご返信ください。ご返信を確認後、処理を開始いたします。`,
  }),
  mk({
    slug: 'conf-misaki', kind: 'confirmation_request', lang: 'ja', caseId: M,
    note: 'consent request for old-surname account into current account, cannot be undone',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-16 10:05:27'), enc: 'sjisb64',
    text: `中村 美咲 様

ご回答ありがとうございます。ログイン用メールアドレスは ${MISAKI.keep} を残す形で承りました。

旧姓のアカウント ${MISAKI.srcId} の試験履歴・認定・特典を ${MISAKI.keepId} へ移し、旧アカウントは閉鎖いたします。この操作は取り消しができません。
お手数ですが、この内容で進めてよいか、ご了承の旨を本メールへのご返信でお知らせいただけますでしょうか。

AWS トレーニングと認定 サポート 森`,
  }),
  mk({
    slug: 'conf-ryo-te-form', kind: 'confirmation_request', lang: 'ja', caseId: R,
    note: 'consent asked in a te-form chain with the IDs between the words',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-03-02 18:40:01'), enc: 'utf8qp',
    text: `渡邊様

生年月日の件、登録誤りであることを確認し、正しい日付に修正しておきました。
カナ表記の ${RYO.srcId} を、漢字表記の ${RYO.keepId} に統合して、統合後のお名前は「渡邊 亮」に揃える予定です、統合は元に戻せませんので、問題なければその旨ご返信をいただけますか。

${gmailJa('2026年2月28日(土) 9:15 渡邊 亮 <ryo.watanabe@example.net>', '', '最後の受験はSAP、2025年11月です。生年月日は1990年7月3日です。')}`,
  }),
  mk({
    slug: 'conf-okada', kind: 'confirmation_request', lang: 'ja', caseId: O,
    note: 'asks for agreement to merge the closed-domain account into the personal one',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-01-26 13:13:13'), enc: 'jis7',
    text: `岡田様

ご提供いただいた情報で、統合元アカウントが岡田様のものであることを確認いたしました。
今回の統合では、解散した会社のドメインで登録された ${OKADA.srcId} の認定をすべて ${OKADA.keepId} (${OKADA.keep}) へ移行いたします。

一度統合すると分離はできかねます。ご同意いただける場合は、その旨を本メールにご返信くださいますようお願いいたします。`,
  }),
  mk({
    slug: 'conf-yuka-html', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'multipart consent request for the test-centre account merge',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-25 09:34:50'), enc: 'utf8b64',
    text: `松本様

試験会場で作成された ${YUKA.srcId} (登録メール: ${YUKA.typo})を、${YUKA.keepId} に統合いたします。
統合は不可逆です。進めてよろしいでしょうか。ご承諾いただけましたら、このメールへ返信をお願いいたします。`,
    html: htmlDoc(paras(`松本様

試験会場で作成された ${YUKA.srcId} (登録メール: ${YUKA.typo})を、${YUKA.keepId} に統合いたします。
統合は不可逆です。進めてよろしいでしょうか。ご承諾いただけましたら、このメールへ返信をお願いいたします。`), 'ja'),
  }),
  mk({
    slug: 'conf-kimura2-staff2', kind: 'confirmation_request', lang: 'ja', caseId: K2,
    note: 'consent request to the second staff member, coordinator in Cc',
    from: FORM, to: `${STAFF2.ja} <${STAFF2.addr}>`, cc: `${KIMURA.ja} <${KIMURA.addr}>`,
    subject: formSubj(K2), date: jst('2026-02-10 17:55:24'), enc: 'sjisb64',
    text: `石井様

受験履歴のご提示ありがとうございます。照合が取れました。

最終確認です。${STAFF2.srcId} → ${STAFF2.keepId} の統合を行ってよいか、ご本人様からご返信で意思表示をお願いします。統合後の取り消しはお受けできません。
木村様からのご返信ではお受けできかねますので、ご了承ください。`,
  }),
  mk({
    slug: 'conf-misaki-forgedbelow', kind: 'confirmation_request', lang: 'ja', caseId: M, trusted: false, auth: 'forgedBelow',
    note: 'consent request, but the only dmarc=pass sits below the receiving server Received line',
    from: FORM, to: MISAKI.src,
    subject: formSubj(M), date: jst('2026-03-15 01:08:47'), enc: 'jisb64',
    text: `高橋様

アカウント統合の最終確認です。以下のリンクから旧アカウントでサインインし、「統合に同意する」を押してください。
https://aws-certification-merge.example.net/confirm?case=${M}
24時間以内に操作がない場合、申請は取り消されます。`,
  }),
  mk({
    slug: 'conf-yuka-identifier-mid', kind: 'confirmation_request', lang: 'ja', caseId: Y,
    note: 'second consent request after the first went unanswered; IDs between the words',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-28 16:00:09'), enc: 'jisb64',
    text: `松本様

先日お送りした件、念のため再度ご案内いたします。
${YUKA.srcId} に記録された 2026年3月14日 受験分の合格記録を ${YUKA.keepId} へ移す処理は、実施後に取り消すことができません。差し支えなければ、統合に同意いただける旨を一言ご返信いただけますと幸いです。

${sf(FORM_BARE, '2026/04/25 9:34', YUKA.keep, formSubj(Y), `試験会場で作成された ${YUKA.srcId} を、${YUKA.keepId} に統合いたします。`)}`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'done-kimura-staff1', kind: 'merge_completed', lang: 'ja', caseId: K,
    note: 'support says the staff member accounts are now one',
    from: FORM, to: STAFF1.addr, cc: KIMURA.addr,
    subject: formSubj(K), date: jst('2026-02-06 12:47:33'), enc: 'jis7',
    text: `小林様、木村様

ご同意のご返信ありがとうございました。
${STAFF1.srcId} の認定資格および試験履歴を ${STAFF1.keepId} に移し、アカウントの統合処理が完了しております。
反映まで数時間かかる場合がございます。サインイン後、認定の一覧をご確認ください。

${q(`同意します。\n小林 健太`)}`,
  }),
  mk({
    slug: 'done-misaki', kind: 'merge_completed', lang: 'ja', caseId: M,
    note: 'completion notice for the surname-change merge; asks her to check the name shown',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-17 15:22:10'), enc: 'utf8qp',
    text: `中村 美咲 様

お待たせいたしました。旧姓のアカウント ${MISAKI.srcId} は ${MISAKI.keepId} に統合されました。
認定証の氏名は「Misaki Nakamura」で再発行されています。表示に誤りがないか、お手すきの際にご確認いただければ幸いです。

森`,
  }),
  mk({
    slug: 'done-ryo-check', kind: 'merge_completed', lang: 'ja', caseId: R,
    note: 'merge done; "please check everything looks right" stays a completion',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-03-03 11:02:45'), enc: 'sjis8',
    text: `渡邊様

カナ表記アカウントからの移行を、本日 ${RYO.keepId} 側へ反映いたしました。2つのアカウントは1つになり、氏名は漢字表記に統一済みです。
念のため、認定資格と特典(次回受験の割引)が揃っているか、ご確認をお願いします。`,
  }),
  mk({
    slug: 'done-okada-andclose', kind: 'merge_completed', lang: 'ja', caseId: O,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-01-28 10:10:10'), enc: 'jisb64',
    text: `岡田様

旧勤務先ドメインのアカウント ${OKADA.srcId} の統合作業を終えました。すべての認定は ${OKADA.keepId} でご確認いただけます。
本件はこれをもってクローズとさせていただきます。ほかにご不明点があれば、このケースへご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'done-yuka', kind: 'merge_completed', lang: 'ja', caseId: Y,
    note: 'completion, written plainly with the test date between the words',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-30 08:49:21'), enc: 'utf8b64',
    text: `松本様

試験会場で作成されたアカウントの 2026年3月14日 の合格記録は、${YUKA.keepId} へ移行済みです。統合元のアカウントは無効化いたしました。
今後はご自身で作成されたアカウントのみをお使いください。`,
  }),
  mk({
    slug: 'done-portal-ja', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal own merge notice, no case ID',
    from: CERT_PORTAL, to: MISAKI.keep,
    subject: 'AWS 認定: アカウントが統合されました', date: utc('2026-03-17 06:20:02'), enc: 'jis7', extra: AUTO,
    text: `中村 美咲 様

お客様の AWS 認定アカウントは統合されました。
統合先アカウント: ${MISAKI.keepId}
統合されたアカウント: ${MISAKI.srcId}

今後は統合先アカウントでサインインしてください。
AWS 認定`,
  }),
  mk({
    slug: 'done-kimura2-longthread', kind: 'merge_completed', lang: 'ja', caseId: K2,
    note: 'short completion on top of a long quoted thread with consent and earlier requests',
    from: FORM, to: STAFF2.addr, cc: KIMURA.addr,
    subject: formSubj(K2), date: jst('2026-02-12 19:03:58'), enc: 'sjisb64',
    text: `石井様

統合処理が終わりました。${STAFF2.keepId} に一本化されております。
木村様にもご共有いただけますと助かります。

${gmailJa('2026年2月11日(水) 8:30 石井 彩 <aya.ishii@nexapartners.example.co.jp>', '', `統合に同意します。よろしくお願いします。\n\n${gmailJa('2026年2月10日(火) 17:55 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '', `最終確認です。${STAFF2.srcId} → ${STAFF2.keepId} の統合を行ってよいか、ご本人様からご返信で意思表示をお願いします。`)}`)}`,
  }),
  mk({
    slug: 'done-ryo-lookalikeserver', kind: 'merge_completed', lang: 'ja', caseId: R, trusted: false, auth: 'lookalikeServer',
    note: 'completion text, but the topmost verdict is from mx.test.example.mailhub-relay.net, not the receiving server',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-03-03 02:14:17'), enc: 'utf8qp',
    text: `渡邊様

統合が完了しました。統合後のアカウントを有効化するため、以下からサインインしてください。
https://aws-training.example-verify.net/activate?case=${R}`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'badge-credly-misaki', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY, to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ', date: utc('2026-03-18 02:41:07'), enc: 'utf8b64', relay: 'o1.em.credly.com',
    text: `中村 美咲 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/7f1c2a90-misaki

Credly`,
  }),
  mk({
    slug: 'badge-support-misaki-close', kind: 'badges_transferred', lang: 'ja', caseId: M,
    note: 'support says the Credly badges were moved to the kept account and closes',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-19 12:12:40'), enc: 'jis7',
    text: `中村様

Credly のバッジが旧姓のアカウントに残っていた件、Credly 側で ${MISAKI.keep} のウォレットへ移動いたしました。
3つのバッジすべてが表示されていることをご確認ください。これにて本ケースを終了いたします。`,
  }),
  mk({
    slug: 'badge-support-kimura', kind: 'badges_transferred', lang: 'ja', caseId: K,
    note: 'support tells coordinator and staff member the badges are now on the kept account',
    from: FORM, to: KIMURA.addr, cc: STAFF1.addr,
    subject: formSubj(K), date: jst('2026-02-09 10:30:00'), enc: 'sjis8',
    text: `木村様、小林様

お問い合わせのデジタルバッジですが、小林様の統合先アカウントのメールアドレス ${STAFF1.addr} に紐づく Credly アカウントへ移し終えました。
グループ会社時代のアドレスでは今後バッジを受け取ることはございません。`,
  }),
  mk({
    slug: 'badge-credly-ryo-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML Credly notice of an AWS badge after the kana/kanji merge',
    from: CREDLY, to: RYO.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ', date: utc('2026-03-04 07:55:13'), enc: 'utf8qp', relay: 'o2.em.credly.com',
    text: `渡邊 亮 様

AWS Certified Solutions Architect - Professional のバッジがあなたに発行されました。
バッジを入手する
https://www.credly.com/earner/earned/badge/0b93e1d4-ryo`,
    html: htmlDoc(`<p>渡邊 亮 様</p>\n<p><b>AWS Certified Solutions Architect - Professional</b> のバッジがあなたに発行されました。</p>\n<p><a href="https://www.credly.com/earner/earned/badge/0b93e1d4-ryo" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'badge-support-okada', kind: 'badges_transferred', lang: 'ja', caseId: O,
    note: 'after a follow-up, support says the badges moved; restates the earlier merge',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-02-02 16:26:31'), enc: 'utf8b64',
    text: `岡田様

先日統合いたしましたアカウントについて、Credly のバッジが旧ドメインのまま残っていたため、個人アドレス ${OKADA.keep} のウォレットへ付け替えました。今後の更新通知もこちらに届きます。

${outlookJa(`岡田 誠 <${OKADA.keep}>`, '2026年2月1日 21:44', FORM_BARE, `RE: [CASE ${O}]`, '統合ありがとうございました。Credlyのバッジが見当たらないのですが、旧ドメインのアドレスはもう受信できません。')}`,
  }),
  mk({
    slug: 'badge-credly-yuka-htmlonly', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly mail with an AWS badge, to the kept address',
    from: CREDLY, to: YUKA.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ', date: utc('2026-05-01 00:18:26'), enc: 'utf8b64', relay: 'o3.em.credly.com',
    html: htmlDoc(`<table width="100%"><tr><td>
<p>松本 由佳 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が <b>AWS Certified Cloud Practitioner</b> のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/55d0aa31-yuka">バッジを入手する</a></p>
</td></tr></table>`, 'ja'),
  }),
  mk({
    slug: 'badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from credly-badges.example, a look-alike of credly.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.example>', to: KIMURA.addr,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ', date: utc('2026-02-09 18:02:55'), enc: 'jisb64',
    text: `木村 恵 さん

統合されたアカウントのバッジがあなたのウォレットに移動しました。
バッジを入手する: https://credly-badges.example/claim?u=kimura`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'closed-kimura-7days', kind: 'case_closed', lang: 'ja', caseId: K,
    note: 'will close in 7 days without a reply from the staff member',
    from: FORM, to: KIMURA.addr, cc: STAFF1.addr,
    subject: formSubj(K), date: jst('2026-02-04 09:15:44'), enc: 'jis7',
    text: `木村様

先日ご案内した件について、小林様ご本人からのご連絡がまだ確認できておりません。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も同じメールへの返信で再開できます。`,
  }),
  mk({
    slug: 'closed-misaki-resolved', kind: 'case_closed', lang: 'ja', caseId: M,
    note: 'AWS Support notice that the case was resolved',
    from: NOREPLY, to: MISAKI.keep,
    subject: `ケース ${M} は解決済みになりました`, date: jst('2026-03-20 09:00:33'), enc: 'sjisb64', extra: AUTO,
    text: `中村 美咲 様

サポートケース ${M} のステータスが「解決済み」に変更されました。
追加のご質問がある場合は、14日以内にケースを再開してください。`,
  }),
  mk({
    slug: 'closed-ryo-restate', kind: 'case_closed', lang: 'ja', caseId: R, trap: true,
    note: 'closing that only restates the earlier merge',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-03-10 13:45:09'), enc: 'utf8qp',
    text: `渡邊様

3月3日にアカウントを統合済みのため、その後ご連絡がございませんでしたので本ケースはクローズいたします。
ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'closed-okada-nomore', kind: 'case_closed', lang: 'ja', caseId: O,
    note: 'closing after the badge follow-up, no new event',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-02-09 10:00:00'), enc: 'jisb64',
    text: `岡田様

その後いかがでしょうか。特にご連絡がないため、問題は解消されたものと判断し、このケースを閉じさせていただきます。
何かございましたら、本メールにご返信いただければ再度お調べいたします。`,
  }),
  mk({
    slug: 'closed-yuka-html', kind: 'case_closed', lang: 'ja', caseId: Y,
    note: 'HTML case-closed notice from AWS Support',
    from: NOREPLY, to: YUKA.keep,
    subject: `[ケース ${Y}] クローズのお知らせ`, date: jst('2026-05-07 10:20:41'), enc: 'utf8b64', extra: AUTO,
    html: htmlDoc(`<p>松本 由佳 様</p>\n<p>ケース <b>${Y}</b> はクローズされました。</p>\n<p>同じ内容で再度お困りの場合は、サポートセンターからケースを再開できます。</p>`, 'ja'),
  }),
  mk({
    slug: 'closed-kimura2-reminder', kind: 'case_closed', lang: 'ja', caseId: K2,
    note: 'reminder that the second case will auto-close in 3 days',
    from: FORM, to: STAFF2.addr, cc: KIMURA.addr,
    subject: formSubj(K2), date: jst('2026-02-08 08:08:08'), enc: 'sjis8',
    text: `石井様

受験履歴についてのご返信をお待ちしております。あと3日ほどご返信がない場合、自動的にケースを終了させていただきますので、あらかじめご了承ください。`,
  }),
  mk({
    slug: 'closed-misaki-noauth', kind: 'case_closed', lang: 'ja', caseId: M, trusted: false, auth: 'none',
    note: 'closing notice without any Authentication-Results header',
    from: NOREPLY, to: MISAKI.keep,
    subject: `ケース ${M} はクローズされました`, date: jst('2026-03-20 23:41:10'), enc: 'jis7',
    text: `中村 美咲 様

ケース ${M} はクローズされました。アンケートへのご協力をお願いします。`,
  }),

  // ---------------- support_reply (11) ----------------
  mk({
    slug: 'sr-kimura-refuse-proxy', kind: 'support_reply', lang: 'ja', caseId: K, trap: true,
    note: 'refuses to merge on the coordinator request alone; asks the owner to write, without asking data',
    from: FORM, to: KIMURA.addr,
    subject: formSubj(K), date: jst('2026-02-02 17:20:18'), enc: 'jis7',
    text: `木村様

ご連絡ありがとうございます。
申し訳ございませんが、認定アカウントの統合はアカウント所有者ご本人からのご依頼でのみ承っております。研修ご担当者様からのご依頼では統合を行うことができません。
小林様ご本人から、統合先アカウントのメールアドレスで本ケースにご連絡いただくようお伝えいただけますでしょうか。`,
  }),
  mk({
    slug: 'sr-misaki-namechange-later', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: 'name change is separate; "after the merge is done" is conditional',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-10 16:32:27'), enc: 'sjis8',
    text: `中村様

ご質問の氏名変更についてですが、アカウントの統合とは別のお手続きとなります。
統合が完了しましたら、プロフィール画面から登録名をご自身で更新いただけます。更新後の氏名で認定証を再発行されたい場合は、その際に改めてお知らせください。`,
  }),
  mk({
    slug: 'sr-ryo-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: R, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-03-02 21:05:39'), enc: 'jisb64',
    text: `渡邊様

ご確認いただきありがとうございます。同意のご返信を受領いたしましたので、統合担当チームへ依頼しました。
処理が終わりましたら改めてご連絡いたします。

${q(`問題ありません、統合をお願いします。\n渡邊`)}`,
  }),
  mk({
    slug: 'sr-okada-escalated', kind: 'support_reply', lang: 'ja', caseId: O, trap: true,
    note: 'status: escalated because the old domain cannot confirm; no data asked, no merge yet',
    from: FORM, to: OKADA.keep,
    subject: formSubj(O), date: jst('2026-01-23 18:18:18'), enc: 'utf8qp',
    text: `岡田様

ローマ字表記と社名のご回答、ありがとうございました。
旧ドメインでの本人確認ができないため、本件は認定チームの専任担当へエスカレーションいたしました。アカウントの統合可否について判断が出るまで、3から5営業日ほどお時間を頂戴いたします。`,
  }),
  mk({
    slug: 'sr-yuka-notyet', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true,
    note: 'negated: the merge has not been done yet, still verifying with the test vendor',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-23 12:00:40'), enc: 'sjisb64',
    text: `松本様

ご連絡ありがとうございます。お問い合わせの件、現時点ではまだ統合は行っておりません。
試験会場でのアカウント作成経緯について、試験配信会社へ照会中です。回答が届き次第、ご案内いたします。`,
  }),
  mk({
    slug: 'sr-kimura2-dupcases', kind: 'support_reply', lang: 'ja', caseId: K2, trap: true,
    note: 'merged duplicate support cases, not accounts',
    from: FORM, to: KIMURA.addr,
    subject: formSubj(K2), date: jst('2026-02-05 15:48:02'), enc: 'jis7',
    text: `木村様

同じ内容のケースが3件作成されておりましたので、ケース ${K2} に統合いたしました。以後のやり取りはこちらのケースでお願いいたします。
なお、石井様のアカウントについては現在確認中です。`,
  }),
  mk({
    slug: 'sr-misaki-voucher-after', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: 'answers a question about the 50% voucher after a future merge',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(M), date: jst('2026-03-14 11:11:52'), enc: 'utf8b64',
    text: `中村様

割引特典についてのご質問にお答えします。
旧姓のアカウントに付与されている50%割引バウチャーは、統合後に現在のアカウントの「特典」タブへ表示される見込みです。有効期限は変わりません。
統合の手続きは、引き続き本ケースで進めてまいります。`,
  }),
  mk({
    slug: 'sr-ryo-inprogress', kind: 'support_reply', lang: 'ja', caseId: R,
    note: 'plain status update (with a conversion typo 紹介 for 照会): being checked, reply soon',
    from: FORM, to: RYO.keep,
    subject: formSubj(R), date: jst('2026-02-27 19:30:14'), enc: 'sjis8', crlf: false,
    text: `渡邊様

情報のご提供ありがとうございます。いただいた内容を担当部署にて紹介しております。今しばらくお待ちいただけますと幸いです。`,
  }),
  mk({
    slug: 'sr-okada-partner-refuse', kind: 'support_reply', lang: 'ja', caseId: CASE.okadaOther, trap: true,
    note: 'refusal: partner-managed account of a dissolved company cannot be merged; no request',
    from: FORM, to: OKADA.keep,
    subject: formSubj(CASE.okadaOther), date: jst('2026-01-21 14:55:00'), enc: 'jisb64',
    text: `岡田様

お問い合わせの2つ目のアカウント(APN パートナー経由で作成されたもの)については、ほしぞらソフト社のパートナー契約終了に伴い、パートナー側の管理下にあるため、当窓口では統合いたしかねます。
個人で受験された認定については、別ケース ${O} にて引き続きご案内いたします。`,
  }),
  mk({
    slug: 'sr-yuka-mixedlang', kind: 'support_reply', lang: 'ja', caseId: Y,
    note: 'mixed English/Japanese status note from an agent, no request and no event',
    from: FORM, to: YUKA.keep,
    subject: formSubj(Y), date: jst('2026-04-26 22:10:05'), enc: 'utf8qp',
    text: `Hello Matsumoto-san,

日本語で失礼いたします。週末のため、担当チームの処理は月曜日以降になります。ご承諾のご返信はきちんと届いておりますのでご安心ください。

Best regards,
Kevin / AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-freemail-display', kind: 'support_reply', lang: 'ja', caseId: K, trusted: false,
    note: 'display name says AWS support but the address is a free-mail one',
    from: 'AWS Training and Certification <aws.cert.support.jp@freemail.example>', to: KIMURA.addr,
    subject: formSubj(K), date: jst('2026-02-03 22:22:22'), enc: 'sjis8',
    text: `木村様

担当が変更となりました。今後はこちらのアドレス宛にご連絡ください。
社員の皆様の統合状況は順調です。`,
  }),

  // ---------------- unrelated (14) ----------------
  mk({
    slug: 'un-kimura-own-forward', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, forUser: false, trap: true, auth: 'none',
    note: "the coordinator's own forward to the staff member (sent copy), no news from support",
    from: `${KIMURA.ja} <${KIMURA.addr}>`, to: `${STAFF1.ja} <${STAFF1.addr}>`,
    subject: `Fwd: ${formSubj(K)}`, date: jst('2026-02-03 12:01:30'), enc: 'jis7', relay: 'mail.nexapartners.example.co.jp',
    text: `小林さん

AWS から、本人のアドレスから返信するようにと連絡がありました。
下記に返信して、統合に同意する旨と候補IDを書いてもらえますか。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年2月3日(火) 11:26
Subject: ${formSubj(K)}

小林様ご自身のメールアドレスから本ケースへご返信をいただけますでしょうか。`,
  }),
  mk({
    slug: 'un-misaki-own-consent', kind: 'unrelated', lang: 'ja', caseId: M, trusted: false, trap: true, auth: 'none',
    note: "the user's own consent reply with her old address in Cc",
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: FORM_BARE, cc: MISAKI.src,
    subject: formSubj(M), date: jst('2026-03-16 22:47:05'), enc: 'utf8b64', relay: 'smtp.example.jp',
    text: `ご担当者様

内容を確認しました。旧姓アカウントの統合に同意します。元に戻せないことも了解しています。
よろしくお願いいたします。
中村 美咲`,
  }),
  mk({
    slug: 'un-staff-ooo', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true, auth: 'none',
    note: "a staff member's out-of-office auto-reply to the coordinator",
    from: `${STAFF1.ja} <${STAFF1.addr}>`, to: KIMURA.addr,
    subject: `自動応答: Fwd: ${formSubj(K)}`, date: jst('2026-02-03 12:01:44'), enc: 'sjis8', relay: 'mail.nexapartners.example.co.jp', extra: OOO,
    text: `(自動応答)
2月3日から2月6日まで研修講師として出張中のため、メールの確認が遅れます。
認定アカウントの統合など急ぎの件は、木村までご連絡ください。`,
  }),
  mk({
    slug: 'un-pvue-booking', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'exam appointment confirmation from the test vendor',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: YUKA.keep,
    subject: '試験予約確認: AWS Certified Solutions Architect - Associate', date: jst('2026-05-12 13:30:00'), enc: 'jisb64',
    text: `松本 由佳 様

試験のご予約が確定しました。
試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026年6月6日 10:00
会場: 新宿テストセンター
登録 ID: 4471-2208-55

当日は本人確認書類を2点お持ちください。登録名と書類の氏名が一致していることをご確認ください。`,
  }),
  mk({
    slug: 'un-cert-passed', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice from the certification portal; mentions the badge to come',
    from: CERT_PORTAL, to: STAFF1.addr, cc: KIMURA.addr,
    subject: '認定取得おめでとうございます', date: utc('2026-03-25 04:12:09'), enc: 'utf8qp', extra: AUTO,
    text: `小林 健太 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly からメールでお届けします。認定の特典は認定アカウントの [特典] からご確認ください。`,
  }),
  mk({
    slug: 'un-credly-other-issuer', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (an IT skills association)',
    from: 'Japan Cloud Skills Association via Credly <admin@credly.com>', to: RYO.keep,
    subject: 'Japan Cloud Skills Association のバッジ発行のお知らせ', date: utc('2026-03-05 01:00:41'), enc: 'utf8b64', relay: 'o1.em.credly.com',
    text: `渡邊 亮 さん

Japan Cloud Skills Association から「クラウド基礎講座 修了」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/a1b2-jcsa`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code",
    from: 'Credly <no-reply@credly.com>', to: OKADA.keep,
    subject: 'Credly: アカウント統合の確認コード', date: utc('2026-02-01 12:40:33'), enc: 'jis7', relay: 'o2.em.credly.com',
    text: `岡田 誠 さん

Credly アカウントの統合リクエストを受け付けました。以下の確認コードを入力して、統合を完了してください。

確認コード: 613 904

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-skillbuilder-paid', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder team subscription payment completed, not the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: KIMURA.addr,
    subject: 'AWS Skill Builder Team サブスクリプションのお支払いが完了しました', date: utc('2026-02-01 00:05:12'), enc: 'sjisb64', extra: AUTO,
    text: `木村 恵 様

ネクサパートナーズ株式会社 様の AWS Skill Builder Team サブスクリプション(25 ライセンス)のお支払い手続きが完了しました。
メンバーの追加と割り当ては管理コンソールから行えます。`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: M, trap: true,
    note: 'satisfaction survey after the case, mentions the resolved case',
    from: 'AWS Support <no-reply@support.aws.com>', to: MISAKI.keep,
    subject: 'サポートの対応はいかがでしたか', date: jst('2026-03-21 10:00:00'), enc: 'utf8qp', extra: AUTO,
    text: `中村 美咲 様

ケース ${M} (アカウントの統合)は解決済みとなりました。
今回の対応について、1分ほどのアンケートにご協力ください。
https://support.aws.com/survey/${M}`,
  }),
  mk({
    slug: 'un-other-case-refund', kind: 'unrelated', lang: 'ja', caseId: '1786021199', trap: true,
    note: "receipt of the user's other case, about an exam refund; says its topic",
    from: NOREPLY, to: YUKA.keep,
    subject: 'ケース 1786021199 を受け付けました: 試験料の返金について', date: jst('2026-05-13 09:12:44'), enc: 'jisb64', extra: AUTO,
    text: `松本 由佳 様

試験料の返金に関するお問い合わせ(ケース 1786021199)を受け付けました。
担当者より折り返しご連絡いたします。`,
  }),
  mk({
    slug: 'un-summit-registered', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration completed (AWS Summit), marketing',
    from: 'AWS Summit Japan <aws-events@aws.amazon.com>', to: KIMURA.addr,
    subject: 'AWS Summit Japan 2026 ご登録完了のお知らせ', date: jst('2026-04-02 16:00:00'), enc: 'utf8b64',
    text: `木村 恵 様

AWS Summit Japan 2026 へのご登録が完了しました。
会期中は認定者ラウンジをご利用いただけます。入場時に認定のデジタルバッジをご提示ください。`,
  }),
  mk({
    slug: 'un-partner-newsletter', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'partner newsletter about certification counts, mentions account merges in general',
    from: 'AWS Partner Network <apn-news@amazon.com>', to: KIMURA.addr,
    subject: 'APN ニュース: 認定者数の集計方法が変わります', date: jst('2026-02-15 11:00:00'), enc: 'sjis8',
    text: `パートナーの皆様

4月より、パートナー企業の認定者数は AWS Partner Central に紐づいた認定アカウント単位で集計されます。
社員の方が個人アカウントへ統合した場合、貴社の認定者数から外れることがあります。研修ご担当者様は社内でのご確認をお願いいたします。`,
  }),
  mk({
    slug: 'un-deadomain-bounce', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'none',
    note: 'delivery failure for the closed company domain',
    from: 'Mail Delivery System <MAILER-DAEMON@smtp.example.com>', to: OKADA.keep,
    subject: '配信不能: アカウントの件', date: jst('2026-01-18 20:31:00'), enc: 'jis7', extra: ['Auto-Submitted: auto-replied'],
    text: `次の宛先へのメッセージは配信できませんでした。

${OKADA.dead}
ドメインが存在しません (host not found)`,
  }),
  mk({
    slug: 'un-resent-conf-staff1', kind: 'confirmation_request', lang: 'ja', caseId: K, forUser: false,
    resent: { from: STAFF1.addr, to: KIMURA.team, date: jst('2026-02-05 14:30:00') },
    note: 'consent request addressed to the staff member, redirected (Resent-*) to the training team list',
    from: FORM, to: STAFF1.addr,
    subject: formSubj(K), date: jst('2026-02-05 14:22:58'), enc: 'jisb64',
    text: `小林 健太 様

統合元 ${STAFF1.srcId} を ${STAFF1.keepId} に統合してよろしいでしょうか。この操作は元に戻せません。ご了承いただける場合は、本メールにご返信ください。`,
  }),
];
