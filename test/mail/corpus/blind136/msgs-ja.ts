// Japanese messages of set ee: IME conversion slips (same reading, wrong kanji),
// doubled/missing particles, kana left unconverted, full/half-width mix-ups.
// Labels follow what the sender meant.
import type { Msg } from './lib.js';
import { C, CREDLY, NOREPLY, P, PORTAL, SUPPORT, SUPPORT_ADDR, mk, outlookJa, paras, q, ref, sfOrig, subj } from './common.js';

const T = P.taro;
const H = P.hanako;
const K = P.kenji;

const taroAsk = `AWS認定アカウントの統合をお願いします。
残す方: ${T.keepId} / ${T.keep}
統合元: ${T.srcId} / ${T.src}
転職のため個人アドレスの方にまとめたいです。`;

const hanakoAsk = `佐藤です。前の会社のアドレスで作った認定アカウントと個人のアカウントを一つにしたいです。
のこしたいのは ${H.keep} です。もう一方は ${H.src} です。`;

const kenjiAsk = `渡辺と申します。認定アカウントが２つあるので統合希望です。
${K.keepId}（${K.keep}）に ${K.srcId}（${K.src}）をまとめてください。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-1', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, from: NOREPLY, to: T.keep,
    subject: `AWS サポート: ケース ${C.taro} を受け付けました`,
    note: 'automatic receipt of the new case; 確認 typed as 隔任',
    text: `山田 太郎 様

AWS サポートへお問い合わせいただき、ありがとうございます。
ケース ID ${C.taro} にてお問い合わせを受け付けました。
内容を隔任のうえ、通常24時間以内に担当者よりご連絡さしあげます。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

本メールは送信専用アドレスからお送りしています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-2', kind: 'acknowledgement', lang: 'ja', caseId: C.hanakoDup, to: H.keep, enc: 'sjisb64', trap: true,
    subject: `[CASE ${C.hanakoDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'form receipt in half-width kana; 受付完了 is the receipt, not a completed merge',
    text: `佐藤 花子 様

ｻﾎﾟｰﾄｹｰｽ ${C.hanakoDup} の受付完了のお知らせです。
お問い合わせいただきありがとうございました。担当者より順次ご連絡いたしますので、今しばらくおまちください。

※このメールにはご返信いただかなくても問題ございません。
AWS ﾄﾚｰﾆﾝｸﾞと認定 ｶｽﾀﾏｰｻｰﾋﾞｽ`,
  }),
  mk({
    slug: 'ja-ack-3', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, from: NOREPLY, to: K.keep, enc: 'utf8b64',
    subject: `お問い合わせ受付のお知らせ（ケースID: ${C.kenji}）`,
    note: 'HTML-only receipt with the case ID; ご返信 left in kana',
    html: `<html><body style="font-family:sans-serif">
<p>渡辺 健二 様</p>
<p>このたびは AWS サポートにお問合せいただき、ありがとうございます。以下の内容でケースをお受けしました。</p>
<table border="1" cellpadding="4">
<tr><td>ケース ID</td><td>${C.kenji}</td></tr>
<tr><td>件名</td><td>AWS トレーニングと認定</td></tr>
<tr><td>重要度</td><td>一般的な質問</td></tr>
</table>
<p>担当者がないようを拝見してからごへんしんいたします。しばらくお待ちください。</p>
<p>Amazon Web Services, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-4', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, from: NOREPLY, to: H.keep, enc: 'utf8qp',
    subject: 'AWS サポート：お問い合わせありがとうございます',
    note: 'receipt with the case ID only in the body; doubled particle をを',
    text: `お問い合わせをを受け付けました。

ケース番号: ${C.hanako}
ステータス: 担当者の割り当て待ち

ご返信はこのメールではなく、サポートセンターのケース画面または担当者からのメールへの返信でお願いいたします。
AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-5', kind: 'acknowledgement', lang: 'ja', caseId: C.taro2, to: T.keep, enc: 'jisb64', auth: 'fail', trusted: false,
    subject: `[CASE ${C.taro2}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'looks like the form receipt but dmarc=fail: untrusted acknowledgement',
    text: `山田様

お問い合わせ頂きありがとうございます。新しいケース（${C.taro2}）が作成されました。
担当より追って連絡致します。お急ぎの場合も、同じご依頼で重複してケースを作成なさらないようお願い致します。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-6', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji2, from: NOREPLY, enc: 'sjis8', forUser: false,
    to: 'aws-cert-admins@corp2.example.co.jp', deliveredTo: 'aws-cert-admins@corp2.example.co.jp',
    subject: `ケース ${C.kenji2} が作成されました`,
    note: 'receipt delivered to a team list, not to the user',
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${C.kenji2} を作成しました。ケースの内容は AWS サポートセンターでいつでもご覧いただけます。
担当のエンジニアが内容を確認し、ご連絡いたします。

よろしくお願いいたします。
アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  mk({
    slug: 'ja-ack-7', kind: 'acknowledgement', lang: 'ja', caseId: C.taro2, to: T.keep, enc: 'utf88bit', auth: 'dkimonly', trap: true,
    subject: `[CASE ${C.taro2}] お問い合わせを承りました`,
    note: 'receipt listing the submitted fields (the word 投合 is a slip for 統合, the request, not a completion)',
    text: `Thank you for contacting AWS Training and Certification.
以下の内容でお問い合わせを承りました。

お問い合わせの種類: AWS トレーニングと認定
問題のタイプ: 認定
詳細: アカウントの投合
候補者 ID: ${T.keepId}

ケース番号は ${C.taro2} です。担当者からの返信まで１～２営業日ほどお時間をいただいております。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-1', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: T.keep,
    subject: '生成 AI によるご回答（自動送信）',
    note: 'generated suggestion to use the self-service merge tool; 統合 typed as 等号',
    text: `※この回答は生成 AI によって自動作成されたものです。

AWS 認定アカウントの等号は、認定ポータルのプロフィールにある「アカウントのマージ」からご自身で実行できる場合があります。
ただし両方のアカウントに認定の履歴があるときはツールがご利用いただけませんので、その際は「ケースを作成」からお問い合わせください。

この回答で解決しない場合は、画面下のボタンからサポートにお進みください。`,
  }),
  mk({
    slug: 'ja-ai-2', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: H.keep, enc: 'utf8b64', trap: true,
    subject: 'AWS サポート - 自動回答のご案内',
    note: 'automated answer that explains what happens after a merge (感量/以降 slips); still ai_answer',
    text: `佐藤様

お問い合わせ内容に基づき、自動で回答を作成しました。

・投合が感量すると、統合元の認定資格・特典は統合先のアカウントに以降されます。
・Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取り直してください。
・セルフサービスのマージツールは、片方のアカウントに認定が無い場合のみご利用になれます。

回答が役に立たなかった場合は、「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-3', kind: 'ai_answer', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'sjis8',
    subject: `[CASE ${C.kenji}] 自動回答: セルフサービスのマージツールをお試しください`,
    note: 'automated reply on the case pointing to the self-service tool',
    text: `自動応答メッセージです。

お寄せいただいたご質問は、AWS 認定ポータルのセルフサービス機能で解決できる可能性がございます。
ポータルにサインイン → プロフィール → アカウントのマージ の順でおすすみください。
ツールでエラーとなる場合は、本メールにご返信いただくと担当者がたいおうします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ai-4', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: T.src, enc: 'utf8qp',
    subject: 'Amazon Q からのご提案',
    note: 'multipart AI suggestion with a feedback prompt',
    text: `Amazon Q による回答（ベータ）

認定アカウントを１つにまとめたい場合、まずは認定ポータルの Merge Accounts ツールをご利用ください。
手順: 認定アカウントにサインイン → 右上のプロフィール → アカウント統合

この回答は役に立ちましたか？ はい / いいえ`,
    html: `<div><b>Amazon Q による回答（ベータ）</b></div>
<p>認定アカウントを１つにまとめたい場合、まずは認定ポータルの Merge Accounts ツールをご利用ください。</p>
<p>手順: 認定アカウントにサインイン → 右上のプロフィール → アカウント統合</p>
<p>この回答は役に立ちましたか？ <a href="https://support.aws.amazon.com/feedback?y=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?y=0">いいえ</a></p>`,
  }),
  mk({
    slug: 'ja-ai-5', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: K.keep, enc: 'jisb64',
    subject: '自動生成された回答をお送りします',
    note: 'AI answer with kana left unconverted (とうごう)',
    text: `渡辺様

あかうんとのとうごうをご希望の場合、以下をお試しいただけます。
1. 両方のアカウントにサインインできることを確認する
2. のこす側のアカウントから Merge Accounts ツールを開く
3. もう一方のアカウントのメールアドレスを入力する

※本回答は AI により作成されており、内容が正確でない場合がございます。`,
  }),
  mk({
    slug: 'ja-ai-6', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: H.keep, enc: 'jis7', trap: true,
    subject: 'AI アシスタントからの回答',
    note: 'AI answer mentioning identity approval (承認→証人) and ご確認; not a consent request',
    text: `お問い合わせありがとうございます。AI アシスタントが回答します。

アカウントの統合には、ご本人様であることの証人（承認）が必要となる場合がございます。
統合したい２つのアカウントのメールアドレスを、あらかじめご確認ください。
セルフサービスで統合できない場合は「ケースを作成」ボタンからお進みください。`,
  }),
  mk({
    slug: 'ja-ai-7', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: T.keep, enc: 'sjisb64',
    subject: 'AWS サポート AI 回答',
    note: 'generated answer: how to merge by yourself; full-width letters',
    text: `ＡＩによる自動回答です。

ＡＷＳ認定のアカウントが２つある場合は、認定ポータルの「Merge Accounts」機能でまとめられます。
統合元のアカウントに受験履歴があると機能がつかえないことがございますので、その場合はケースを作成してください。
解決した場合、ケースを作成する必要はありません。`,
  }),

  // ---------------- info_request (10) ----------------
  mk({
    slug: 'ja-info-1', kind: 'info_request', lang: 'ja', caseId: C.taro, to: T.keep,
    subject: subj(C.taro),
    note: 'asks for both candidate IDs, login addresses and which account to keep (くだい typo, のこす in kana)',
    text: `山田様

お問い合わせいただきありがとうございます。担当の西村です。
アカウントの統合にあたり、以下をお知らせくだい。

・両アカウントの AWS 候補者 ID
・それぞれのログイン用メールアドレス
・どちらのアカウントをのこすか

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
${ref('T1a')}

${sfOrig(T.keep, '2026/02/03 9:12', SUPPORT_ADDR, 'account-assistance', taroAsk)}`,
  }),
  mk({
    slug: 'ja-info-2', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'sjisb64', trap: true,
    subject: subj(C.hanako),
    note: 'ご隔任のうえお知らせください = asks which address to keep: info_request per the guide',
    text: `佐藤 花子 様

ご連絡ありがとうございます。
統合後に残すアカウントのメールアドレスをご隔任のうえ、お知らせください。
いただいた二つのアドレスのうち、どちらをログインに使われるかで作業内容が変わります。

AWS T&C サポート 李`,
  }),
  mk({
    slug: 'ja-info-3', kind: 'info_request', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'utf8qp',
    subject: subj(C.kenji),
    note: 'request without a request verb: the source account candidate ID would let them proceed',
    text: `渡辺 様

お世話になっております。
統合元アカウント（${K.src}）の AWS 候補者 ID が分かれば、すぐに作業をすすめられます。
本メールへのご返信でお送りいただければ幸いです。

Mateo
AWS Training & Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-4', kind: 'info_request', lang: 'ja', caseId: C.taro, to: T.keep, enc: 'jis7', trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.jp>',
    subject: subj(C.taro),
    note: 'look-alike domain amazon-support.jp asking for IDs and a password: untrusted info_request',
    text: `山田様

統合作業のため、下記をご返信ください。
・候補者 ID（両方）
・統合元アカウントのパスワード

期限までにご返信がない場合、統合は行えません。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-5', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf8b64',
    subject: subj(C.hanako),
    note: 'asks for the candidate ID and notification address, full/half-width mix-up',
    text: `佐藤様

ご返信ありがとうございます。
お手数ですが、ＡＷＳ候補者IDと、認定通知用のﾒｰﾙｱﾄﾞﾚｽを、両方のアカウント分おしらせください。
また、どちらのｱｶｳﾝﾄを統合先とされるかも併せてご記載ください。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-info-6', kind: 'info_request', lang: 'ja', caseId: C.kenji2, to: K.src, enc: 'jis7',
    subject: subj(C.kenji2),
    note: 'write from the kept address AND include both IDs: info_request',
    text: `渡辺様

恐れ入りますが、統合先のメールアドレスからこのケースにご返信いただき、あわせて両方の候補者 ID をご記載ください。
統合元のアドレスからのご依頼では作業ができかねます。

よろしくおねがいします。
AWS トレーニングと認定 林`,
  }),
  mk({
    slug: 'ja-info-7', kind: 'info_request', lang: 'ja', caseId: C.taro, to: T.keep, enc: 'sjis8', trap: true,
    subject: subj(C.taro),
    note: 'restates that a merge cannot be undone, but the new text asks for exam history: info_request',
    text: `山田様

先日ご案内のとおり、統合は元に戻すことができません。
そのまえに、統合元アカウントで受験された試験の名前と受験日を教えていただけますか。
同一の試験が両方に残っていないか念のため見ておきたいためです。

AWS トレーニングと認定 西村`,
  }),
  mk({
    slug: 'ja-info-8', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf88bit',
    subject: subj(C.hanako),
    note: 'one of the IDs was not found; asks for it again (Outlook-quoted history below)',
    text: `佐藤様

ご返信ありがとうございます。
いただいた ID のうち AWS6021449 が見つかりませんでした。桁が一つ足りないようです、AWS で始まる候補者 ID をもう一度お送りいただけますか。

AWS T&C カスタマーサービス

${outlookJa(`${H.ja} <${H.keep}>`, '2026年3月4日 11:02', SUPPORT_ADDR, `RE: ${subj(C.hanako)}`, `候補者IDは AWS27735018 と AWS6021449 です。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-9', kind: 'info_request', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'jis7',
    subject: subj(C.kenji),
    note: 'asks for the source account address; 移行元 typed as 意向元',
    text: `渡辺様

お問い合わせありがとうございます。
意向元（統合元）となるアカウントのログインメールアドレスを教えて下さい。
統合先は ${K.keep} で承知しました。

以上、よろしくお願いいたします。
AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-info-10', kind: 'info_request', lang: 'ja', caseId: C.taro2, to: T.keep, enc: 'jisb64', trap: true,
    subject: subj(C.taro2),
    note: 'future 統合が完了しましたら + asks whether vouchers exist on both accounts: info_request',
    text: `山田 様

統合が完了しましたら改めてご連絡いたしますが、まずは両アカウントに特典（50% 割引バウチャー）が残っているかご確認のうえ、お知らせください。
未使用のバウチャーがある場合、統合前に控えておかれることをおすすめします。

AWS トレーニングと認定 カスタマーサービス`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-1', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: T.keep,
    subject: subj(C.taro),
    note: 'asks consent, merge cannot be undone (投合/同位 slips for 統合/同意)',
    text: `山田様

ご連絡ありがとうございます。
以下の２アカウントを投合いたします。

統合先: ${T.keepId}（${T.keep}）
統合元: ${T.srcId}（${T.src}）

統合後は元に戻すことができません。同位いただける場合は、このメールに「同意します」とご返信ください。

AWS トレーニングと認定 西村`,
  }),
  mk({
    slug: 'ja-conf-2', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'sjisb64',
    subject: subj(C.hanako),
    note: 'asks approval to proceed (承認 typed as 証人)',
    text: `佐藤様

いただいた情報で、${H.src} の認定記録を ${H.keep} へ統合する準備ができました。
この内容ですすめてよろしいでしょうか。ご証人いただけましたら作業に入ります。
なお、統合したアカウントを分けなおすことはできませんのでご留意ください。

李`,
  }),
  mk({
    slug: 'ja-conf-3', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'utf8b64', auth: 'forgedBelow', trusted: false,
    subject: subj(C.kenji),
    note: 'consent request whose dmarc=pass sits below the receiving server: untrusted',
    text: `渡辺様

統合の最終隔任です。
${K.srcId} を ${K.keepId} に統合してよろしいですか。取り消しはできません。
問題なければ「はい」とだけご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-4', kind: 'confirmation_request', lang: 'ja', caseId: C.taro2, to: T.keep, enc: 'utf8qp',
    subject: subj(C.taro2),
    note: 'multipart consent request with a table of the two IDs',
    text: `山田様

統合の対象は次のとおりです。
統合先 ${T.keepId} / 統合元 ${T.srcId}

統合は取り消し不可です。ご了承いただけるか、ご返信にてお知らせください。
AWS トレーニングと認定`,
    html: `<p>山田様</p>
<p>統合の対象は次のとおりです。</p>
<table><tr><th>統合先</th><td>${T.keepId}</td></tr><tr><th>統合元</th><td>${T.srcId}</td></tr></table>
<p>統合は取り消し不可です。ご了承いただけるか、ご返信にてお知らせください。</p>
<p>AWS トレーニングと認定</p>`,
  }),
  mk({
    slug: 'ja-conf-5', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'jisb64',
    subject: subj(C.hanako),
    note: 'restates the IDs it checked, then asks for consent to the irreversible merge',
    text: `佐藤様

お送りいただいた候補者 ID（${H.keepId}／${H.srcId}）を隔任しました。
統合を実行してもよろしいですか？一度実行しますと元には戻せませんので、ご同意のご返信をお待ちしております。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-conf-6', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji2, to: K.keep, enc: 'sjis8',
    subject: subj(C.kenji2),
    note: 'consent request above a Gmail-style Japanese quote of the user',
    text: `渡辺様

ご返信ありがとうございます。統合先のアドレスから頂いたことを確認しました。
このあと統合作業をおこないますが、統合後は分離できません。このまま進めてよいか、ひとことご返信ください。

林

2026年4月9日(木) 8:41 渡辺 健二 <${K.keep}>:
${q(kenjiAsk)}`,
  }),
  mk({
    slug: 'ja-conf-7', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: T.keep, enc: 'jis7',
    subject: subj(C.taro),
    note: 'mixed English/Japanese consent request',
    text: `Dear Yamada-san,

Please reply "I agree" to proceed with the merge. This cannot be undone.
統合を進めるには「同意します」とご返信ください。統合は元に戻せません。

Best regards,
Chen / AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-8', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf88bit',
    subject: subj(C.hanako),
    note: 'consent request typed mostly in unconverted kana',
    text: `さとうさま

じゅんびがととのいました。とうごうしてもよろしいでしょうか。
とうごうご は もとにもどせません ので、ごどういいただけるばあいは ごへんしん ください。

AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merged-1', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: T.keep,
    subject: subj(C.taro),
    note: '等号が感量 = 統合が完了: merge done, asks the user to check (stays merge_completed)',
    text: `山田様

お待たせいたしました。アカウントの等号が感量しました。
統合先アカウント（${T.keep}）にサインインして、認定資格が表示されていることをご確認ください。

AWS トレーニングと認定 西村`,
  }),
  mk({
    slug: 'ja-merged-2', kind: 'merge_completed', lang: 'ja', from: PORTAL, to: H.keep, enc: 'utf8b64',
    subject: 'AWS 認定: アカウントが統合されました',
    note: 'certification portal notice (no case ID) that the accounts were merged',
    html: `<html><body>
<h2>アカウント統合のお知らせ</h2>
<p>${H.ja} 様</p>
<p>ご依頼のあった AWS 認定アカウントの統合が完了しました。今後は ${H.keep} でサインインしてください。</p>
<p>統合元アカウントはご利用いただけなくなります。</p>
<p>AWS Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-merged-3', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'sjisb64',
    subject: subj(C.kenji),
    note: 'merge done (完了 typed 完良) and the case will be closed: the new fact is the merge',
    text: `渡辺様

統合作業が完良いたしました。統合元の認定と特典は ${K.keepId} に反映されています。
本ケースはこれにてクローズいたします。

Mateo`,
  }),
  mk({
    slug: 'ja-merged-4', kind: 'merge_completed', lang: 'ja', caseId: C.taro2, to: T.keep, enc: 'utf8qp', auth: 'none', trusted: false,
    subject: subj(C.taro2),
    note: 'completion notice without any Authentication-Results: untrusted',
    text: `山田様

ご同意ありがとうございました。統合がおわりました。
${T.keep} のアカウントに全ての認定がまとまっています。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-5', kind: 'merge_completed', lang: 'ja', caseId: C.kenji2, to: K.keep, enc: 'jisb64',
    subject: subj(C.kenji2),
    note: 'history moved into the kept account (移行 typed as 以降): merge done',
    text: `渡辺様

認定履歴を ${K.keepId} のほうへ以降しました。特典（割引バウチャー）も反映済みです。
統合元の ${K.srcId} はもう使用できません。

林 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-6', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'sjis8',
    subject: subj(C.hanako),
    note: 'completion written in half-width kana',
    text: `佐藤様

ｱｶｳﾝﾄの統合が完了しました。
ﾛｸﾞｲﾝ後、認定ﾍﾟｰｼﾞで資格が２件とも表示されているか見ていただけますと幸いです。

AWS T&C ｻﾎﾟｰﾄ`,
  }),
  mk({
    slug: 'ja-merged-7', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: T.keep, enc: 'utf88bit',
    subject: `Re: ${subj(C.taro)}`,
    note: 'merge done above a long Gmail quote of the consent and the consent request',
    text: `山田様

ご返信ありがとうございます。統合の処理がすべて終わりました。ご不便をおかけしました。

2026年2月6日(金) 18:20 山田 太郎 <${T.keep}>:
> 同位します。よろしくお願いします。
>
> 2026年2月6日(金) 10:03 AWS Training and Certification <${SUPPORT_ADDR}>:
>> 統合後は元に戻すことができません。同意いただける場合はご返信ください。
>>
${q(taroAsk, '>> ')}`,
  }),
  mk({
    slug: 'ja-merged-8', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'jis7',
    subject: subj(C.hanako),
    note: 'bilingual completion notice',
    text: `Hello Sato-san,

The merge is now complete. / 統合が完了しております。
Your certifications are all under ${H.keepId} now.
認定はすべて ${H.keepId} にまとまりました。

Thanks, Rahul`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-badge-1', kind: 'badges_transferred', lang: 'ja', from: CREDLY, to: T.keep, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
下のボタンからバッジを受け取ってください。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: `<p>山田 太郎 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p>
<p>Credly</p>`,
  }),
  mk({
    slug: 'ja-badge-2', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, to: H.keep,
    subject: subj(C.hanako),
    note: 'support says the Credly badges moved to the kept account (移行→以降)',
    text: `佐藤様

ご指摘いただいた Credly のバッジですが、統合先アカウントへ以降しました。
${H.keep} で Credly にサインインすると、３つのバッジが表示されるはずです。

李`,
  }),
  mk({
    slug: 'ja-badge-3', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'sjisb64',
    subject: subj(C.kenji),
    note: 'badges moved (感量 for 完了) and the case is closed: badges_transferred',
    text: `渡辺様

バッジの移動が感量しましたので、本件はクローズとさせていただきます。
Credly のウォレットで表示をご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-4', kind: 'badges_transferred', lang: 'ja', to: T.keep, enc: 'jisb64', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    text: `山田様

新しいバッジが発行されました: AWS Certified Cloud Practitioner
バッジを入手する: https://credIy.com/accept?id=88321

Credly`,
  }),
  mk({
    slug: 'ja-badge-5', kind: 'badges_transferred', lang: 'ja', caseId: C.taro2, to: T.src, enc: 'utf8qp', forUser: false,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'mail-archive@corp.example.co.jp', date: 'Wed, 20 May 2026 10:02:11 +0900' },
    subject: subj(C.taro2),
    note: 'support says badges moved; redirected copy with Resent-* headers: not for the user',
    text: `山田様

Credly のバッジを ${T.keep} 側へ付け替えました。旧アドレス宛のバッジは無効になっています。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-6', kind: 'badges_transferred', lang: 'ja', from: CREDLY, to: K.keep, enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS Cloud Practitioner badge issued via Credly',
    text: `渡辺 健二 様

おめでとうございます。Amazon Web Services Training and Certification より AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する
https://www.credly.com/badges/accept

Credly のメール配信を停止するには設定ページからお手続きください。`,
  }),
  mk({
    slug: 'ja-badge-7', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji2, to: K.keep, enc: 'utf88bit',
    subject: `Re: ${subj(C.kenji2)}`,
    note: 'badges had not moved; support reissued them to the kept address',
    text: `渡辺様

ご連絡のとおりバッジがうつっていなかったため、こちらで Credly 側へ再発行を依頼し、${K.keep} 宛にバッジを発行しました。
数分後に Credly から通知が届きます。

林`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-closed-1', kind: 'case_closed', lang: 'ja', caseId: C.taro2, to: T.keep,
    subject: subj(C.taro2),
    note: 'case closed as resolved (typo いたしまいた)',
    text: `山田様

本ケースは解決済みとしてクローズいたしまいた。
ご不明な点があれば、このメールにご返信いただければ再開されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-2', kind: 'case_closed', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'sjisb64',
    subject: subj(C.hanako),
    note: 'reminder: the case auto-closes in 3 days without a reply',
    text: `佐藤様

先日のご案内についてご返信が確認できておりません。
３日以内にご返信がない場合、ケースは自動的にクローズされます。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-closed-3', kind: 'case_closed', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'jis7', trap: true,
    subject: subj(C.kenji),
    note: 'closing notice that only restates the earlier merge (感量 = 完了)',
    text: `渡辺様

先週ご連絡したとおり統合は感量しておりますので、本ケースをクローズいたします。
ご利用ありがとうございました。

Mateo`,
  }),
  mk({
    slug: 'ja-closed-4', kind: 'case_closed', lang: 'ja', caseId: C.taro, from: NOREPLY, to: T.keep, enc: 'utf8b64',
    subject: `ケース ${C.taro} がクローズされました`,
    note: 'AWS Support notification that the case is closed (HTML only)',
    html: `<p>山田 太郎 様</p>
<p>ケース <b>${C.taro}</b> はクローズされました。</p>
<p>ケースを再度開く必要がある場合は、サポートセンターからご返信ください。</p>
<p>Amazon Web Services</p>`,
  }),
  mk({
    slug: 'ja-closed-5', kind: 'case_closed', lang: 'ja', caseId: C.taro2, from: NOREPLY, to: T.keep, enc: 'utf8qp',
    subject: 'AWS サポート: ケースのステータスが変更されました',
    note: 'status changed to resolved; case ID in the body only',
    text: `お問い合わせいただいたケース ${C.taro2} は「解決済み」に変更されました。
再開をご希望の場合は、１４日以内にケースへ返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-6', kind: 'case_closed', lang: 'ja', caseId: C.kenji2, to: K.keep, enc: 'jisb64',
    subject: subj(C.kenji2),
    note: 'closing with the slip クロース and no other news',
    text: `渡辺様

その後ご返信がございませんでしたので、このケースはいったんクロースとさせていただきます。
また何かございましたら、いつでもお問い合わせください。

林`,
  }),
  mk({
    slug: 'ja-closed-7', kind: 'case_closed', lang: 'ja', caseId: C.hanakoDup, to: H.keep, enc: 'sjis8', trap: true,
    subject: subj(C.hanakoDup),
    note: 'the duplicate case is folded into the first one and closed; not an account merge',
    text: `佐藤様

重複して作成されたケース ${C.hanakoDup} は、既存のケース ${C.hanako} にまとめたうえでクローズいたします。
今後のやりとりは ${C.hanako} でお願いいたします。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-sr-1', kind: 'support_reply', lang: 'ja', caseId: C.taro, to: T.keep, trap: true,
    subject: subj(C.taro),
    note: 'thanks for confirming (隔任), handed to the team: support_reply',
    text: `山田様

ご隔任ありがとうございます。担当チームへ引き継ぎました。
作業が終わりしだいご連絡します。

西村`,
  }),
  mk({
    slug: 'ja-sr-2', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf8b64', trap: true,
    subject: subj(C.hanako),
    note: 'future: the team will merge from tomorrow on (以降 used correctly)',
    text: `佐藤様

ご同意のご返信ありがとうございます。
明日以降に担当チームより統合作業をおこないます。終わりましたらあらためてご連絡さしあげます。

李`,
  }),
  mk({
    slug: 'ja-sr-3', kind: 'support_reply', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'sjisb64', trap: true,
    subject: subj(C.kenji),
    note: 'negated: the merge is not finished yet',
    text: `渡辺様

お問い合わせの件、まだ統合は完了しておりません。
現在バックエンドのチームで作業中ですので、もう少々お待ちいただけますでしょうか。

Mateo`,
  }),
  mk({
    slug: 'ja-sr-4', kind: 'support_reply', lang: 'ja', caseId: C.taro2, to: T.src, enc: 'jis7',
    subject: subj(C.taro2),
    note: 'write from the address you keep, nothing else asked',
    text: `山田様

恐れ入りますが、統合先のメールアドレスからこのケースへご返信をお願いいたします。
セキュリティ上、統合元のアドレスからのご依頼はお受けできません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-5', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf8qp',
    subject: subj(C.hanako),
    note: 'escalated to the specialist team',
    text: `佐藤様

本件は専門チームにエスカレーションいたしました。
進展があり次第、こちらからご連絡いたします。ご不便をおかけしもうしわけございません。

AWS T&C カスタマーサービス`,
  }),
  mk({
    slug: 'ja-sr-6', kind: 'support_reply', lang: 'ja', caseId: C.kenji2, to: K.keep, enc: 'jisb64', trap: true,
    subject: subj(C.kenji2),
    note: 'answer about vouchers after a future merge; no event',
    text: `渡辺様

ご質問の50%割引バウチャーについてですが、統合後もそのまま引き継がれます。
有効期限も変わりませんのでご安心ください。

林`,
  }),
  mk({
    slug: 'ja-sr-7', kind: 'support_reply', lang: 'ja', caseId: C.taro, to: T.keep, enc: 'sjis8', trap: true,
    subject: subj(C.taro),
    note: 'unable to merge for now (できかねます): support_reply',
    text: `山田様

確認したところ、両方のアカウントに同じ試験の合格記録があるため、現時点では統合できかねます。
社内で対応方法を検討しておりますので、今しばらくお時間をください。

西村`,
  }),
  mk({
    slug: 'ja-sr-8', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: H.keep, enc: 'utf88bit', trap: true,
    subject: subj(C.hanako),
    note: 'duplicate cases were combined, the accounts are not merged yet',
    text: `佐藤様

重複していたケースを１つにまとめました（統合しました）。
アカウントの統合については引き続きこちらのケースでご案内しますので、今後はこちらにご返信ください。

李`,
  }),
  mk({
    slug: 'ja-sr-9', kind: 'support_reply', lang: 'ja', caseId: C.kenji, to: K.keep, enc: 'jis7', trap: true,
    subject: subj(C.kenji),
    note: 'short status: still checking (確認中)',
    text: `渡辺様
担当の林です。現在確認中です、もうすこしお待ちください。
林`,
  }),

  // ---------------- unrelated (11) ----------------
  mk({
    slug: 'ja-un-1', kind: 'unrelated', lang: 'ja', caseId: C.taro, from: `${T.ja} <${T.keep}>`, to: SUPPORT_ADDR, cc: T.keep,
    trusted: false, trap: true, enc: 'jis7',
    subject: `Re: ${subj(C.taro)}`,
    note: "the user's own consent reply (同位 = 同意), copied to self",
    text: `ご担当者様

同位します。統合をお願いいたします。

山田

2026年2月6日(金) 10:03 AWS Training and Certification <${SUPPORT_ADDR}>:
> 統合後は元に戻すことができません。同意いただける場合はご返信ください。`,
  }),
  mk({
    slug: 'ja-un-2', kind: 'unrelated', lang: 'ja', caseId: C.hanako, from: `${H.ja} <${H.keep}>`, to: '田中 一郎 <tanaka@newcorp.example.jp>',
    trusted: false, forUser: false, trap: true, enc: 'utf8b64', deliveredTo: null,
    subject: `Fwd: ${subj(C.hanako)}`,
    note: "the user's forward to a colleague of the completion notice",
    text: `田中さん

認定アカウントの投合おわりました、以下ご参考まで。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年3月12日(木) 9:40
Subject: ${subj(C.hanako)}
To: <${H.keep}>

佐藤様
アカウントの統合が完了しました。`,
  }),
  mk({
    slug: 'ja-un-3', kind: 'unrelated', lang: 'ja', from: '情報システム部 <it-info@corp.example.co.jp>', to: T.src,
    trusted: false, trap: true, enc: 'sjisb64',
    subject: '【重要】会社統合に伴うメールアドレス移行のお知らせ',
    note: 'company merger IT notice: merge/移行 words, nothing to do with the case',
    text: `社員各位

４月１日の会社統合に伴い、メールアドレスの移行を行います。
移行完了後、旧アドレス宛のメールは３か月間転送されます。
ご確認のほどよろしくお願いいたします。

情報システム部`,
  }),
  mk({
    slug: 'ja-un-4', kind: 'unrelated', lang: 'ja', from: 'Slack <no-reply@slack.com>', to: K.keep,
    trusted: false, trap: true, enc: 'utf8qp',
    subject: 'チャンネルの統合が完了しました',
    note: 'Slack channel merge notice',
    text: `#aws-study と #aws-cert の統合が完了しました。
過去のメッセージはすべて #aws-study にうつされています。

Slack チーム`,
  }),
  mk({
    slug: 'ja-un-5', kind: 'unrelated', lang: 'ja', caseId: C.taro, from: 'AWS Support <aws-support-survey@amazon.com>', to: T.keep,
    trap: true, enc: 'utf8b64',
    subject: 'お問い合わせは解決しましたか？',
    note: 'satisfaction survey about the closed case',
    text: `山田様

先日のケース ${C.taro} について、アンケートにご協力ください。
お問い合わせは解決しましたか？ はい / いいえ

今後のサービス改善に活用させていただきます。`,
  }),
  mk({
    slug: 'ja-un-6', kind: 'unrelated', lang: 'ja', from: 'Microsoft via Credly <admin@credly.com>', to: H.keep,
    trap: true, enc: 'utf8b64',
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `佐藤 花子 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
  }),
  mk({
    slug: 'ja-un-7', kind: 'unrelated', lang: 'ja', from: 'Credly <admin@credly.com>', to: T.keep,
    trap: true, enc: 'jis7',
    subject: 'Credly アカウントの統合を完了してください',
    note: "Credly's own account-merge verification code",
    text: `アカウントの統合を完了するには、以下の確認コードを入力してください。

確認コード: 482915

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-un-8', kind: 'unrelated', lang: 'ja', from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: K.keep,
    trap: true, enc: 'sjis8',
    subject: '【AWS Summit Japan】ご登録完了のお知らせ',
    note: 'event registration confirmation',
    text: `渡辺 健二 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で本メールの QR コードをご提示ください。
セッションの予約内容は マイページ からご確認いただけます。`,
  }),
  mk({
    slug: 'ja-un-9', kind: 'unrelated', lang: 'ja', caseId: C.other, to: T.keep, trap: true, enc: 'jisb64',
    subject: `RE:[CASE ${C.other}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    note: "the user's other case about rescheduling an exam (感量 = 完了)",
    text: `山田様

ご依頼いただいた試験日程の変更が感量しました。
新しい日程: 2026年6月14日 13:00 テストセンター新宿
当日は身分証明書を２点お持ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-10', kind: 'unrelated', lang: 'ja', from: '総務部 鈴木 <suzuki@corp2.example.co.jp>', to: K.keep,
    trusted: false, trap: true, enc: 'utf88bit',
    subject: '入館バッジの移行について',
    note: "a colleague about the office entry badge (以降 for 移行): other 'badge'",
    text: `渡辺さん

新オフィスへの入館バッジの以降が完了しました。
月曜から新しいカードでゲートを通れます、古いカードは総務へ返却してください。

鈴木`,
  }),
  mk({
    slug: 'ja-un-11', kind: 'unrelated', lang: 'ja', caseId: C.hanako, from: '佐藤 花子 <hanako@oldcorp.example.com>', to: H.keep,
    trusted: false, trap: true, enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `【自動返信】不在のお知らせ Re: ${subj(C.hanako)}`,
    note: "out-of-office auto-reply from the user's old company address",
    text: `お世話になっております。
佐藤は退職いたしました。本メールアドレスは今月末で停止します。
ご用件は担当部署にて確認のうえ、折り返しご連絡いたします。`,
  }),
];
