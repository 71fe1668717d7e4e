// eq: Japanese messages (counterfactuals, regrets and past conditionals next to real events).
import type { Msg } from './lib.js';
import {
  CASE, CERT_PORTAL, CREDLY, HANAKO, JA_REQ_KENJI, JA_REQ_YUI, KENJI, NOREPLY, SUPPORT, SUPPORT_JA, TARO, YUI,
  formSubject, formSubjectJa, gmailJa, mk, outlookJa, paras, ref, sf, type Spec,
} from './common.js';

const K = CASE.kenji;
const Y = CASE.yui;
const T = CASE.taro;
const H = CASE.hanako;

const S: Spec[] = [
  // ---------------- acknowledgement (8)
  {
    slug: 'ack-plain-kenji', kind: 'acknowledgement', lang: 'ja', caseId: K, note: 'automatic receipt of the new case with its ID',
    from: NOREPLY, subject: `お問い合わせを受け付けました [ケース ID ${K}]`, enc: 'jis7', to: `${KENJI.ja} <${KENJI.keep}>`,
    text: `${KENJI.ja} 様\n\nAWS サポートへのお問い合わせを受け付けました。\nケース ID: ${K}\n担当者より順次ご連絡いたしますので、今しばらくお待ちください。\n\nこのメールは送信専用アドレスから自動送信されています。\nAmazon Web Services`,
  },
  {
    slug: 'ack-signin-cf', kind: 'acknowledgement', lang: 'ja', caseId: Y, note: 'receipt; the sign-in remark is a counterfactual, nothing else happened',
    subject: `[CASE ${Y}] お問い合わせ受付のお知らせ`, enc: 'utf8b64', to: `${YUI.ja} <${YUI.keep}>`,
    text: `森 様\n\nフォームからのお問い合わせ (ケース番号 ${Y}) を確かに承りました。\nサインインした状態で送信されていれば、ケースはアカウントに自動的にひも付いていたはずですが、サインインなしでも対応に支障はございません。\n内容を確認のうえ、1-2 営業日を目安にご連絡差し上げます。\n\nAWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ack-fields-html', kind: 'acknowledgement', lang: 'ja', caseId: T, trap: true, note: 'receipt echoing the submitted fields; the merge words only name the topic',
    from: NOREPLY, subject: `ケース ${T} を作成しました`, enc: 'utf8b64', to: TARO.keep,
    text: `ケースを作成しました。\n\nケース ID: ${T}\nお問い合わせの種類: AWS トレーニングと認定\n件名: 認定アカウントの統合希望\n受験者 ID: ${TARO.keepId}\n\n同じ内容でケースを重ねて作成されると、ご回答が遅れる場合があります。`,
    html: `<html><body><p>ケースを作成しました。</p><table><tr><td>ケース ID</td><td>${T}</td></tr><tr><td>お問い合わせの種類</td><td>AWS トレーニングと認定</td></tr><tr><td>件名</td><td>認定アカウントの統合希望</td></tr><tr><td>受験者 ID</td><td>${TARO.keepId}</td></tr></table><p>同じ内容でケースを重ねて作成されると、ご回答が遅れる場合があります。</p></body></html>`,
  },
  {
    slug: 'ack-sjis-dupwarn', kind: 'acknowledgement', lang: 'ja', caseId: H, note: 'receipt of the case; dup-case warning is boilerplate',
    subject: `[CASE ${H}] 受付完了: AWS Training and Certification Form Submission`, enc: 'sjis8', to: HANAKO.keep,
    text: `佐藤 花子 様\n\nこのたびはお問い合わせいただき、ありがとうございます。\nケース ${H} として受付いたしました。\n以前に同じご依頼でケースを作成されていた場合は、そちらをご返信いただければ二重に対応せずに済みましたので、今後はこのケースにご返信ください。\n\n(本メールは自動送信です)`,
  },
  {
    slug: 'ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: K, trusted: false, note: 'receipt shape but from a look-alike domain: untrusted',
    from: 'AWS サポート <no-reply@aws-support-center.jp>', subject: `お問い合わせ受付 (ケース ${K})`, enc: 'jisb64', to: KENJI.keep,
    text: `お問い合わせを受け付けました。\nケース番号: ${K}\n本人確認のため、下記リンクからサインインしていただく必要があります。\nhttps://aws-support-center.jp/verify`,
  },
  {
    slug: 'ack-bare', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiDup, note: 'receipt that says nothing of its topic, ID in body only',
    from: NOREPLY, subject: 'お問い合わせありがとうございます', enc: 'jisb64', to: YUI.keep,
    text: `お問い合わせありがとうございます。\n受付番号 ${CASE.yuiDup} にて承りました。\n回答まで今しばらくお待ちください。`,
  },
  {
    slug: 'ack-mixed', kind: 'acknowledgement', lang: 'ja', caseId: K, note: 'receipt in Japanese with English boilerplate',
    subject: `[CASE ${K}] We have received your request / お問い合わせを受け付けました`, enc: 'utf8qp', to: KENJI.keep, hdr: 'utf8q',
    text: `渡辺様\n\nお問い合わせ番号 ${K} で受付済みです。担当者が内容を拝見し、追ってご連絡します。\n\n---\nThis is an automated message. Please do not reply with a new case for the same request.`,
  },
  {
    slug: 'ack-noauth', kind: 'acknowledgement', lang: 'ja', caseId: H, trusted: false, note: 'receipt text but no Authentication-Results at all: untrusted',
    from: NOREPLY, subject: `ケース ${H} を受け付けました`, enc: 'sjisb64', auth: 'none', to: HANAKO.keep,
    text: `AWS サポートへのお問い合わせを受け付けました。ケース ID は ${H} です。\nご返信の際は件名を変えずにお送りください。`,
  },

  // ---------------- ai_answer (7)
  {
    slug: 'ai-selfservice-cf', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI-generated suggestion to try the Merge Accounts tool; counterfactual is advice',
    from: NOREPLY, subject: 'AI による回答のご案内', enc: 'utf8b64', to: KENJI.keep,
    text: `この回答は生成 AI によって作成されました。\n\n片方のアカウントに認定履歴がなければ、認定ポータルの「Merge Accounts」(プロフィール > アカウントの統合) からご自身で統合できます。両方に履歴がある場合は、このままケースを作成してください。\n\nこの回答で解決しましたか? 解決しない場合は「ケースを作成」を選択してください。`,
  },
  {
    slug: 'ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, note: 'automated answer explaining what happens after a merge (badges) - stays ai_answer',
    from: NOREPLY, subject: '自動回答: 認定アカウントの統合について', enc: 'jis7', to: YUI.keep,
    text: `自動応答によるご案内です。\n\n統合後は、統合元で取得した認定と特典 (次回試験の 50% 割引) が統合先に表示されます。Credly のバッジは統合先のメールアドレスで受け取り直す必要がある場合があります。\nメールアドレスが一致していれば、通常は自動で反映されます。\n\nほかにご不明な点があれば、サポートケースを作成してください。`,
  },
  {
    slug: 'ai-html-only', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'HTML-only AI suggestion',
    from: NOREPLY, subject: 'お問い合わせ内容に関連する回答 (AI 生成)', enc: 'utf8qp', to: TARO.keep,
    html: `<html><body><p><b>AI が生成した回答です。内容に誤りが含まれる場合があります。</b></p><p>ご質問の「受験者アカウントが2つある」件は、次の手順で解消できる可能性があります。</p><ol><li>残したいアカウントでサインイン</li><li>プロフィールからアカウント統合ツールを開く</li><li>もう一方のアカウントの認証情報を入力</li></ol><p>ツールでエラーになる場合は、このページからケースを作成してください。</p></body></html>`,
  },
  {
    slug: 'ai-should-have', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'automated answer; "should have used the tool first" is a regret-styled hint',
    from: NOREPLY, subject: 'Amazon Q からの回答', enc: 'sjis8', to: HANAKO.keep,
    text: `Amazon Q の回答 (自動生成)\n\nケースを作成する前に、まずセルフサービスの統合ツールをお試しいただくと、最短で解決できた可能性があります。今からでも、認定ポータルのプロフィール画面からお試しいただけます。\n統合ツールが利用できないと表示された場合は、サポートへのお問い合わせに進んでください。`,
  },
  {
    slug: 'ai-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, note: 'AI-answer text with misaligned DKIM and dmarc=fail: untrusted',
    from: NOREPLY, auth: 'misaligned', subject: 'AI 回答: アカウント統合', enc: 'utf8b64', to: KENJI.keep,
    text: `生成 AI による回答です。\n認定ポータルのアカウント統合ツールを使用すると、ご自身でアカウントをまとめられます。\n詳しくはこちら: https://aws-cert-help.example.net/merge`,
  },
  {
    slug: 'ai-with-case', kind: 'ai_answer', lang: 'ja', caseId: Y, note: 'automated suggestion sent on the case before a human picks it up',
    subject: `[CASE ${Y}] 自動応答: よくあるご質問`, enc: 'jisb64', to: YUI.keep,
    text: `このメッセージは自動で送信されています。\nお問い合わせ内容から、以下の情報がお役に立つ可能性があります。\n\n・2つのアカウントのうち一方だけに合格履歴がある場合、統合ツールで即時にまとめられます\n・両方に履歴がある場合は、担当者が個別に対応します\n\n担当者からの連絡をお待ちいただくか、上記をお試しください。`,
  },
  {
    slug: 'ai-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI suggestion, Japanese with English header line',
    from: NOREPLY, subject: 'Generated answer / 生成された回答', enc: 'utf8qp', to: TARO.keep,
    text: `[Generated by AI]\nアカウント統合はプロフィールのメニューから申請できます。以前のメールアドレスにアクセスできなくても、サインインできれば手続きは進められます。\nうまくいかなかった場合は、この画面で「ケースを作成」を押してください。`,
  },

  // ---------------- info_request (9)
  {
    slug: 'info-friday-cf', kind: 'info_request', lang: 'ja', caseId: K, trap: true, note: 'asks for the source address; "could have merged last week" is a counterfactual',
    subject: formSubject(K), enc: 'jis7', to: KENJI.keep,
    text: `渡辺様\n\nお世話になっております。AWS トレーニングと認定サポートです。\n金曜日までにご返信をいただいていれば、先週のうちに統合できたのですが、統合元アカウントのメールアドレスがまだ確認できておりません。\n統合元のログイン用メールアドレスと受験者 ID を本メールへのご返信でお知らせください。\n\nよろしくお願いいたします。\n${ref('Kj3x01')}`,
  },
  {
    slug: 'info-addr-mismatch', kind: 'info_request', lang: 'ja', caseId: Y, trap: true, note: 'badges-moved wording is only a past conditional; asks for candidate IDs',
    subject: formSubjectJa(Y), enc: 'utf8b64', to: YUI.keep,
    text: `森 様\n\nメールアドレスが一致していれば、認定は自動で移行されていたはずですが、今回は2つのアカウントで登録アドレスが異なっております。\nお手数ですが、それぞれの受験者 ID (AWS から始まる番号) をお送りいただけますか。\n\nAWS トレーニングと認定`,
  },
  {
    slug: 'info-which-keep', kind: 'info_request', lang: 'ja', caseId: T, trap: true, note: '"ご確認のうえお知らせください" asks which account to keep: info, not consent',
    subject: formSubject(T), enc: 'sjis8', to: TARO.keep,
    text: `山田様\n\nもっと早くご確認をお願いすべきでした。申し訳ございません。\n統合後に残すアカウントは ${TARO.keepId} と ${TARO.srcId} のどちらでしょうか。ご確認のうえお知らせください。`,
  },
  {
    slug: 'info-te-form', kind: 'info_request', lang: 'ja', caseId: H, note: 'asks for both accounts\' details in te-form, no request word',
    subject: formSubject(H), enc: 'jisb64', to: HANAKO.keep,
    text: `佐藤 花子 様\n\nお問い合わせの件、両アカウントのサインイン用アドレス、通知先アドレス、氏名のローマ字表記をご返信いただき、こちらで照合させていただく流れとなります。\n情報が揃い次第、次のご案内に進みます。\n\nAWS T&C サポート 松本`,
  },
  {
    slug: 'info-thread-gmail', kind: 'info_request', lang: 'ja', caseId: K, note: 'asks for the pass dates; quoted history is the user\'s request',
    subject: `Re: ${formSubject(K)}`, enc: 'utf8qp', to: KENJI.keep,
    text: `渡辺様\n\nご連絡ありがとうございます。照合のため、統合元アカウントで取得された認定の名称と合格日 (おおよそで構いません) を教えていただけますでしょうか。\n\n${gmailJa('2026年10月3日(土) 9:12', KENJI.ja, KENJI.keep, JA_REQ_KENJI)}`,
  },
  {
    slug: 'info-phish', kind: 'info_request', lang: 'ja', caseId: Y, trusted: false, note: 'asks for details but from a look-alike domain: untrusted',
    from: 'AWS Training and Certification <support@aws-training-verify.com>', subject: `[CASE ${Y}] 追加情報のお願い`, enc: 'utf8b64', to: YUI.keep,
    text: `森様\n\n統合を進めるにあたり、両アカウントのパスワードを下記フォームへご入力ください。\n昨日までにご入力いただいていれば、本日中に統合できたのですが。\nhttps://aws-training-verify.com/form`,
  },
  {
    slug: 'info-outlook', kind: 'info_request', lang: 'ja', caseId: T, trap: true, note: 'asks for the notification address; "would have been merged" is counterfactual',
    subject: formSubject(T), enc: 'sjisb64', to: TARO.keep,
    text: `山田様\n\n前回いただいたアドレスで検索いたしましたが、該当するアカウントが見つかりませんでした。同じアドレスで登録されていれば、その時点で統合まで済んでいたかと存じます。\n認定通知の届いているメールアドレスを改めてお知らせください。\n\n${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年10月5日 11:02', SUPPORT, formSubject(T), '統合元は taro@corp.example.co.jp です。よろしくお願いします。')}`,
  },
  {
    slug: 'info-old-addr', kind: 'info_request', lang: 'ja', caseId: Y, forUser: false, note: 'asks for IDs but addressed to the former-employer address, not one of the user\'s',
    subject: formSubject(Y), enc: 'jis7', to: `森 結衣 <${YUI.src}>`, deliveredTo: YUI.src,
    text: `森様\n\nお問い合わせいただいた件について、受験者 ID が記載されていなかったため、特定ができませんでした。\nAWS から始まる受験者 ID を2つともお知らせください。`,
  },
  {
    slug: 'info-keep-addr', kind: 'info_request', lang: 'ja', caseId: H, note: 'asks to write from the kept address and to include the candidate IDs',
    subject: formSubject(H), enc: 'utf88bit', to: HANAKO.keep,
    text: `佐藤様\n\n最初から残す側のアドレスでご連絡いただいていれば、本人確認の手順を省けたのですが、念のため確認させてください。\n残すアカウントのメールアドレスからこのケースにご返信のうえ、両方の受験者 ID を本文に記載してください。`,
  },

  // ---------------- confirmation_request (8)
  {
    slug: 'conf-regret', kind: 'confirmation_request', lang: 'ja', caseId: K, note: 'asks consent to the irreversible merge; regret is about timing',
    subject: formSubject(K), enc: 'jis7', to: KENJI.keep,
    text: `渡辺様\n\nもっと早くご同意をお願いすべきでした。お待たせして申し訳ございません。\n以下の2アカウントを統合いたします。統合は取り消しができません。\n\n統合先: ${KENJI.keepId}\n統合元: ${KENJI.srcId}\n\nこの内容で進めてよろしければ、その旨をご返信ください。`,
  },
  {
    slug: 'conf-badges-cf', kind: 'confirmation_request', lang: 'ja', caseId: Y, trap: true, note: 'consent request; badges-moved words only in a past conditional',
    subject: formSubjectJa(Y), enc: 'utf8b64', to: YUI.keep,
    text: `森 様\n\nメールアドレスが一致していればバッジも含めて自動で移行されていたはずですが、今回は手動で統合を行います。\n統合後に元へ戻すことはできませんので、${YUI.keepId} を残して統合することに同意いただけるか、ご返信をお願いします。`,
  },
  {
    slug: 'conf-html', kind: 'confirmation_request', lang: 'ja', caseId: T, note: 'HTML consent request, cannot be undone',
    subject: formSubject(T), enc: 'utf8qp', to: TARO.keep,
    text: `山田様\n\n統合の準備が整いました。一度統合すると元に戻せないため、ご了承いただけるかお返事をお願いします。\n残す: ${TARO.keepId}\n消える: ${TARO.srcId}`,
    html: paras(`山田様\n\n統合の準備が整いました。一度統合すると元に戻せないため、ご了承いただけるかお返事をお願いします。\n\n残す: ${TARO.keepId}\n消える: ${TARO.srcId}`),
  },
  {
    slug: 'conf-lastweek-cf', kind: 'confirmation_request', lang: 'ja', caseId: H, trap: true, note: '"would already be merged" is counterfactual; asks for consent',
    subject: formSubject(H), enc: 'sjis8', to: HANAKO.keep,
    text: `佐藤様\n\n先週の時点でご承諾をいただけていれば、すでに統合済みになっていたはずですが、まだご意向を伺えておりません。\n${HANAKO.srcId} を ${HANAKO.keepId} に統合してよろしいでしょうか。取り消し不可の操作のため、明示的なご承諾のご返信をお待ちしております。`,
  },
  {
    slug: 'conf-forged', kind: 'confirmation_request', lang: 'ja', caseId: K, trusted: false, note: 'consent request; top A-R fails, a planted pass lower down: untrusted',
    subject: formSubject(K), enc: 'jisb64', auth: 'failThenForged', to: KENJI.keep,
    text: `渡辺様\n\n統合を実行してよいか、ご同意のご返信をお願いします。統合は元に戻せません。`,
  },
  {
    slug: 'conf-mixed', kind: 'confirmation_request', lang: 'ja', caseId: Y, note: 'Japanese consent request under English template lines',
    subject: formSubject(Y), enc: 'utf8qp', to: YUI.keep,
    text: `Hello,\n\n森様、ご提供いただいた情報で2つのアカウントを確認できました。\nPlease note: account merges are permanent.\n統合後は ${YUI.src} 側のアカウントにはサインインできなくなります。それでも進めてよろしいか、「同意します」とご返信いただけますか。\n\nBest regards,\nAWS Training and Certification`,
  },
  {
    slug: 'conf-sjis-quote', kind: 'confirmation_request', lang: 'ja', caseId: T, note: 'consent request above a quoted info reply',
    subject: `RE: ${formSubject(T)}`, enc: 'sjisb64', to: TARO.keep,
    text: `山田様\n\n情報をお送りいただきありがとうございます。\n最後に、統合の実施についてご承認をいただきたく存じます。実施後は取り消せませんので、ご了承のうえご返信ください。\n\n${sf(TARO.keep, '2026/10/07 8:40', SUPPORT, formSubject(T), `残すのは ${TARO.keepId} です。`)}`,
  },
  {
    slug: 'conf-wish', kind: 'confirmation_request', lang: 'ja', caseId: H, note: 'consent request; "wish we had asked sooner" regret',
    from: SUPPORT_JA,
    subject: formSubject(H), enc: 'jis7', to: HANAKO.keep,
    text: `佐藤様\n\n本来であれば最初のご連絡の際にお伺いすべきでしたが、統合に進む前にお客様の同意が必要です。\n統合すると元の状態には戻せません。ご同意いただける場合は、本メールにそのままご返信ください。`,
  },

  // ---------------- merge_completed (8)
  {
    slug: 'merge-regret', kind: 'merge_completed', lang: 'ja', caseId: K, note: 'says the merge is done; regret about the delay',
    subject: formSubject(K), enc: 'jis7', to: KENJI.keep,
    text: `渡辺様\n\nお待たせいたしました。${KENJI.srcId} を ${KENJI.keepId} へ統合いたしました。\nもっと早く完了できればよかったのですが、お時間をいただき申し訳ございませんでした。\n認定ポータルにサインインし、認定の一覧をご覧ください。`,
  },
  {
    slug: 'merge-portal', kind: 'merge_completed', lang: 'ja', caseId: null, note: 'certification portal notice that the accounts were merged, no case ID',
    from: CERT_PORTAL, subject: 'アカウント統合完了のお知らせ', enc: 'utf8b64', to: YUI.keep,
    text: `${YUI.ja} 様\n\nお客様の AWS 認定アカウントの統合処理が完了しました。\n今後は ${YUI.keep} でサインインしてください。\n\nAWS Certification`,
  },
  {
    slug: 'merge-close', kind: 'merge_completed', lang: 'ja', caseId: T, note: 'completion plus "we will close the case" - merge is the new fact',
    subject: formSubject(T), enc: 'sjis8', to: TARO.keep,
    text: `山田様\n\n統合作業が終わりました。統合元で取得された認定と特典は、現在 ${TARO.keepId} に表示されております。\nご依頼の内容は以上となりますので、本ケースはこれにてクローズいたします。`,
  },
  {
    slug: 'merge-badges-cf', kind: 'merge_completed', lang: 'ja', caseId: H, trap: true, note: 'merge done; badges would have moved only if addresses matched (not a badge move)',
    subject: formSubject(H), enc: 'jisb64', to: HANAKO.keep,
    text: `佐藤様\n\n2つのアカウントの統合を実施いたしました。\nメールアドレスが一致していれば、Credly のバッジも自動で移行されていたはずですが、今回はアドレスが異なるため、統合先のアドレスでバッジを受け取り直していただく必要がございます。`,
  },
  {
    slug: 'merge-check', kind: 'merge_completed', lang: 'ja', caseId: Y, trap: true, note: 'completion notice asking to check everything looks right stays merge_completed',
    subject: formSubjectJa(Y), enc: 'utf8qp', to: YUI.keep,
    text: `森様\n\nアカウントの統合が完了しております。\n念のため、認定・受験履歴・割引特典がすべて表示されているか、ご確認いただけますと幸いです。不足があればこのケースにご返信ください。`,
  },
  {
    slug: 'merge-forgedbelow', kind: 'merge_completed', lang: 'ja', caseId: K, trusted: false, note: 'completion text, but the dmarc pass sits below the server\'s Received: untrusted',
    subject: formSubject(K), enc: 'utf8b64', auth: 'forgedBelow', to: KENJI.keep,
    text: `渡辺様\n\nアカウントを統合しました。以下より新しいパスワードを設定してください。\nhttps://aws-training-reset.example.org/`,
  },
  {
    slug: 'merge-thread', kind: 'merge_completed', lang: 'ja', caseId: T, note: 'merge completed above the quoted consent request and the user\'s consent',
    subject: `RE: ${formSubject(T)}`, enc: 'jis7', to: TARO.keep,
    text: `山田様\n\nご同意ありがとうございました。統合は本日付で完了しています。\n\n${gmailJa('2026年10月8日(木) 21:05', TARO.ja, TARO.keep, `統合に同意します。\n\n${sf(SUPPORT, '2026/10/08 3:11', TARO.keep, formSubject(T), '統合は元に戻せません。同意いただけるか、ご返信ください。')}`)}`,
  },
  {
    slug: 'merge-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: H, note: 'merge done; notes it would have been faster with one case',
    subject: formSubject(H), enc: 'sjisb64', to: HANAKO.keep,
    text: `佐藤様\n\nお問い合わせが1件にまとまっていれば、もう少し早くご案内できたかと思いますが、ご依頼の統合は完了いたしました。\n今後は ${HANAKO.keep} のアカウントをご利用ください。`,
  },

  // ---------------- badges_transferred (8)
  {
    slug: 'badge-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'AWS badge issued via Credly to the kept account',
    from: CREDLY, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64', to: KENJI.keep,
    text: `${KENJI.ja} 様\n\nAmazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。\n\nバッジを入手する: https://www.credly.com/badges/5d1f0c2e/accept\n\nCredly`,
  },
  {
    slug: 'badge-support-regret', kind: 'badges_transferred', lang: 'ja', caseId: Y, note: 'support says the badges moved; wishes it had happened with the merge',
    subject: formSubjectJa(Y), enc: 'jis7', to: YUI.keep,
    text: `森様\n\nCredly のバッジを統合先のアカウントへ移しました。\n統合と同時に移っていればよかったのですが、別作業となりご不便をおかけしました。\nCredly にサインインのうえ、バッジが表示されているかご確認ください。`,
  },
  {
    slug: 'badge-close', kind: 'badges_transferred', lang: 'ja', caseId: T, note: 'badges moved and the case closes: badges_transferred',
    subject: formSubject(T), enc: 'sjis8', to: TARO.keep,
    text: `山田様\n\n残っていた3つのバッジの移行が完了いたしました。ほかにご依頼がなければ、このままケースを終了させていただきます。`,
  },
  {
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'HTML-only Credly issue notice for an AWS badge',
    from: CREDLY, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8qp', to: HANAKO.keep,
    html: `<html><body><p>佐藤 花子 様</p><p>AWS Certified Cloud Practitioner のデジタルバッジが発行されました。</p><p><a href="https://www.credly.com/badges/88ac0e1b/accept">バッジを入手する</a></p><p>このメールは Credly から送信されています。</p></body></html>`,
  },
  {
    slug: 'badge-credIy', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, note: 'Credly badge notice from credIy.com (capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64', to: KENJI.keep,
    text: `AWS Certified Developer - Associate のバッジが発行されました。\nバッジを入手する: https://credIy.com/accept`,
  },
  {
    slug: 'badge-pointed-out', kind: 'badges_transferred', lang: 'ja', caseId: H, note: 'badges user reported missing are now moved',
    subject: formSubject(H), enc: 'jisb64', to: HANAKO.keep,
    text: `佐藤様\n\n先日ご指摘いただいた、統合後に表示されていなかったバッジにつきまして、${HANAKO.keep} 側への移行が済んでおります。`,
  },
  {
    slug: 'badge-firsttime-cf', kind: 'badges_transferred', lang: 'ja', caseId: K, note: 'badges moved now; counterfactual about doing it with the first merge',
    subject: formSubject(K), enc: 'utf8qp', to: KENJI.keep,
    text: `渡辺様\n\n最初の統合の際に一緒に移行できていれば、改めてお手間をおかけせずに済んだのですが、本日 Credly のバッジ2件を ${KENJI.keep} へ付け替えました。`,
  },
  {
    slug: 'badge-outlook-thread', kind: 'badges_transferred', lang: 'ja', caseId: Y, note: 'badges moved, above an Outlook-quoted user question',
    subject: `RE: ${formSubject(Y)}`, enc: 'sjisb64', to: YUI.keep,
    text: `森様\n\nバッジは統合先アカウントに移行されました。お手数ですが Credly でご確認ください。\n\n${outlookJa(`${YUI.ja} <${YUI.keep}>`, '2026年10月12日 19:44', SUPPORT, formSubject(Y), '統合後、Credly のバッジが旧アカウントに残っています。')}`,
  },

  // ---------------- case_closed (8)
  {
    slug: 'closed-reminder-cf', kind: 'case_closed', lang: 'ja', caseId: K, trap: true, note: 'will auto-close without a reply; merge word only counterfactual',
    from: NOREPLY, subject: `ケース ${K} は3日後にクローズされます`, enc: 'jis7', to: KENJI.keep,
    text: `渡辺様\n\nご返信をいただいていれば、先週のうちに統合できたのですが、その後ご連絡がございません。\n3日以内にご返信がない場合、本ケースは自動的にクローズされます。`,
  },
  {
    slug: 'closed-restate', kind: 'case_closed', lang: 'ja', caseId: Y, trap: true, note: 'closing that restates the earlier merge',
    subject: formSubjectJa(Y), enc: 'utf8b64', to: YUI.keep,
    text: `森様\n\n先週お知らせしたとおり統合は完了しておりますので、本ケースはクローズとさせていただきます。`,
  },
  {
    slug: 'closed-resolved', kind: 'case_closed', lang: 'ja', caseId: T, note: 'case marked resolved by the notification system',
    from: NOREPLY, subject: `ケース ${T} は解決済みになりました`, enc: 'sjis8', to: TARO.keep,
    text: `ケース ID ${T} のステータスが「解決済み」に変更されました。\n再度お問い合わせが必要な場合は、サポートセンターからケースを再開してください。`,
  },
  {
    slug: 'closed-7days', kind: 'case_closed', lang: 'ja', caseId: H, note: 'reminder: closes in 7 days without a reply',
    subject: formSubject(H), enc: 'jisb64', to: HANAKO.keep,
    text: `佐藤様\n\n前回のご案内からご返信をいただいておりません。7日以内にご返信がない場合、本件はクローズされますのでご了承ください。`,
  },
  {
    slug: 'closed-regret', kind: 'case_closed', lang: 'ja', caseId: K, note: 'closes the case; regret about not answering sooner',
    subject: formSubject(K), enc: 'utf8qp', to: KENJI.keep,
    text: `渡辺様\n\nもっと早くご対応できればよかったのですが、お客様からのご連絡が途絶えたため、本日をもってお問い合わせをクローズいたします。必要であれば新しいケースではなく、このメールへご返信ください。`,
  },
  {
    slug: 'closed-lookalike-server', kind: 'case_closed', lang: 'ja', caseId: Y, trusted: false, note: 'closing notice; A-R is from a look-alike authserv-id: untrusted',
    from: NOREPLY, auth: 'lookalikeServer', subject: `ケース ${Y} をクローズしました`, enc: 'jis7', to: YUI.keep,
    text: `ケース ${Y} はクローズされました。`,
  },
  {
    slug: 'closed-badges-restate', kind: 'case_closed', lang: 'ja', caseId: H, trap: true, note: 'closing that restates earlier badge move',
    subject: formSubject(H), enc: 'sjisb64', to: HANAKO.keep,
    text: `佐藤様\n\nバッジの移行も先日済んでおりますので、このケースを終了いたします。ご利用ありがとうございました。`,
  },
  {
    slug: 'closed-resent', kind: 'case_closed', lang: 'ja', caseId: T, forUser: false, note: 'closing notice redirected via Resent-* headers: not delivered to the user',
    from: NOREPLY, subject: `ケース ${T} のクローズのお知らせ`, enc: 'utf8b64', to: TARO.keep,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'helpdesk@corp.example.co.jp', date: 'Thu, 15 Oct 2026 02:10:00 +0000' },
    text: `ケース ${T} はクローズされました。ご返信がなかったため、自動で終了しています。`,
  },

  // ---------------- support_reply (8)
  {
    slug: 'sr-future', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, note: 'future: "once the merge is done we will tell you"',
    subject: formSubject(K), enc: 'jis7', to: KENJI.keep,
    text: `渡辺様\n\nご承諾のご返信ありがとうございます。担当チームで作業を進めております。統合が完了しましたら、改めてご連絡いたします。`,
  },
  {
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true, note: 'negated: merge not completed yet',
    subject: formSubjectJa(Y), enc: 'utf8b64', to: YUI.keep,
    text: `森様\n\n現時点では統合はまだ完了しておりません。本来なら昨日中に終わっているはずでしたが、システム側の確認に時間を要しております。`,
  },
  {
    slug: 'sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: T, trap: true, note: 'thanks for confirming, passed to the team',
    subject: formSubject(T), enc: 'sjis8', to: TARO.keep,
    text: `山田様\n\nご確認いただきありがとうございます。内容を担当部署へ引き継ぎました。もう少し早くお願いできていればと悔やまれますが、引き続きよろしくお願いいたします。`,
  },
  {
    slug: 'sr-manual-cf', kind: 'support_reply', lang: 'ja', caseId: H, trap: true, note: 'past conditional about automatic transfer; status only',
    subject: formSubject(H), enc: 'jisb64', to: HANAKO.keep,
    text: `佐藤様\n\nメールアドレスが一致していれば自動で移行されていたはずですが、今回は手作業となるため、少々お時間をいただいております。`,
  },
  {
    slug: 'sr-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.yuiDup, trap: true, note: 'merged duplicate cases, not the accounts',
    subject: formSubject(CASE.yuiDup), enc: 'utf8qp', to: YUI.keep,
    text: `森様\n\n同じご依頼で2件のケース (${CASE.yuiDup} / ${Y}) が作成されていたため、ケースを1つに統合しました。今後は ${Y} でやり取りさせてください。`,
  },
  {
    slug: 'sr-unable', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, note: 'unable to merge; negated event',
    subject: formSubject(K), enc: 'utf8b64', to: KENJI.keep,
    text: `渡辺様\n\n統合元アカウントに有効な試験予約が残っているため、現状では統合できませんでした。予約日を過ぎましたら再度お試しいたします。`,
  },
  {
    slug: 'sr-escalate', kind: 'support_reply', lang: 'ja', caseId: T, note: 'escalated to the specialist team',
    subject: formSubject(T), enc: 'jis7', to: TARO.keep,
    text: `山田様\n\n本件は専門チームへエスカレーションいたしました。回答までいましばらくお待ちくださいませ。`,
  },
  {
    slug: 'sr-write-from', kind: 'support_reply', lang: 'ja', caseId: H, note: 'asks to write from the kept address, no data requested',
    subject: formSubject(H), enc: 'sjisb64', to: HANAKO.keep,
    text: `佐藤様\n\n恐れ入りますが、今後は残す側のアカウントのメールアドレスからご返信いただけますと幸いです。`,
  },

  // ---------------- unrelated (9)
  {
    slug: 'un-own-consent', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true, note: 'the user\'s own consent reply (sent copy): no news from support',
    from: `${KENJI.ja} <${KENJI.keep}>`, to: SUPPORT, cc: KENJI.keep, subject: `Re: ${formSubject(K)}`, enc: 'jis7', relay: 'smtp.example.net',
    text: `統合に同意します。よろしくお願いします。\nもっと早く返信していれば先週のうちに終わっていましたね、失礼しました。\n\n渡辺`,
  },
  {
    slug: 'un-own-forward', kind: 'unrelated', lang: 'ja', caseId: Y, trusted: false, forUser: false, trap: true, note: 'the user forwards the completion mail to a colleague',
    from: `${YUI.ja} <${YUI.keep}>`, to: 'tanaka@formerco.example.co.jp', subject: `Fwd: ${formSubject(Y)}`, enc: 'utf8b64', relay: 'smtp.example.jp', deliveredTo: null,
    text: `田中さん\n\n認定アカウントの統合が終わったそうです。参考までに転送します。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nSubject: ${formSubject(Y)}\n\n森様、アカウントの統合が完了しております。`,
  },
  {
    slug: 'un-ooo', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, trap: true, note: 'colleague\'s out-of-office auto reply quoting the case',
    from: '小林 誠 <kobayashi@sangyo.example.co.jp>', to: KENJI.keep, subject: `自動応答: ${formSubject(K)}`, enc: 'sjis8', relay: 'mail.sangyo.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `誠に勝手ながら、10月20日まで不在にしております。\n統合や確認のご依頼については、戻り次第対応いたします。`,
  },
  {
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'exam result mail; badge wording is about a new cert, not a transfer',
    from: CERT_PORTAL, subject: '試験結果のお知らせ', enc: 'utf8qp', to: TARO.keep,
    text: `山田 太郎 様\n\nAWS Certified Security - Specialty 試験に合格されました。おめでとうございます。\nデジタルバッジは数日以内に Credly から発行されます。`,
  },
  {
    slug: 'un-ms-badge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', subject: 'Microsoftのバッジ発行のお知らせ', enc: 'utf8b64', to: HANAKO.keep,
    text: `佐藤 花子 様\n\nMicrosoft から Azure Fundamentals のバッジが発行されました。\nバッジを入手する: https://www.credly.com/badges/ab12/accept`,
  },
  {
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', subject: 'Credly アカウント統合の確認コード', enc: 'jisb64', to: YUI.keep,
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください: 481205\nお心当たりがない場合は、このメールを破棄してください。`,
  },
  {
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: K, trap: true, note: 'survey: was your issue resolved',
    from: NOREPLY, subject: 'サポートに関するアンケートのお願い', enc: 'utf8qp', to: KENJI.keep,
    text: `ケース ${K} について、問題は解決しましたか?\n1分ほどのアンケートにご協力ください。\nhttps://survey.aws.example/feedback`,
  },
  {
    slug: 'un-other-case', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiOther, trap: true, note: 'receipt of another case about an exam refund',
    from: NOREPLY, subject: `お問い合わせを受け付けました [ケース ID ${CASE.kenjiOther}]`, enc: 'jis7', to: KENJI.keep,
    text: `ケース ID: ${CASE.kenjiOther}\n件名: 試験キャンセル料の返金について\nお問い合わせを受け付けました。担当者よりご連絡いたします。`,
  },
  {
    slug: 'un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Skill Builder subscription "completed" notice',
    from: 'AWS Skill Builder <no-reply@aws.training>', subject: 'サブスクリプションのお手続きが完了しました', enc: 'sjis8', to: TARO.keep,
    text: `山田様\n\nAWS Skill Builder 個人サブスクリプションのお手続きが完了しました。\n月初に申し込まれていれば、今月分の特典も受け取れていました。次回のキャンペーンもお見逃しなく。`,
  },
];

export const JA: Msg[] = S.map((s, i) => mk(s, i, '2026-10-01'));
