// Japanese messages, part A: receipts, automated answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, AWS_SUPPORT_NOTIFY, BANNER_JA_EN, CASE, KAITO, KAITO_SHARED, KATO, KOBAYASHI, MINATO, NAKAMURA, NAKAMURA_REQ, NISHIKAZE,
  SUPPORT, SUPPORT_BARE, SUZUKI, SUZUKI_REQ, TAKAHASHI, TAKAHASHI_REQ, YOSHIDA, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef, subj,
} from './common.js';

const S = SUZUKI;
const T = TAKAHASHI;
const N = NAKAMURA;

export const JA_A: Msg[] = [
  // ---------------- acknowledgement (8)
  mk({
    slug: 'ja-ack-suzuki', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki,
    note: 'automatic receipt of the new merge case, case ID in subject and body',
    from: AWS_NOTIFY, to: `${S.ja} <${S.keep}>`,
    subject: `AWS サポート: ケース ${CASE.suzuki} を受け付けました`, date: rfcDate('2026-05-11 01:03:40'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `${S.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
このメールは送信専用アドレスから自動でお送りしています。

  ケース ID      : ${CASE.suzuki}
  お問い合わせ種別: AWS トレーニングと認定
  受付日時        : 2026/05/11 10:03 (JST)

担当者から通常 24 時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、
ケースが分かれてしまい回答までにお時間をいただくことになりますので、ご注意ください。
追加の情報がある場合は、このメールにそのまま返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-suzuki-dup-oldaddr', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzukiDup,
    note: 'receipt of a second case opened from the old (merged-away) company address, auto-forwarded to the new mailbox; still a receipt',
    from: AWS_NOTIFY, to: `${S.src}`, rcpt: S.keep, auth: 'fwdPass', relay: MINATO.relay,
    extra: ['X-Original-To: ' + S.src, 'X-Forwarded-For: ' + S.src + ' ' + S.keep, 'Auto-Submitted: auto-generated'],
    subject: `[ケース ${CASE.suzukiDup}] お問い合わせ受付のお知らせ`, date: rfcDate('2026-05-11 02:21:07'), enc: 'utf8b64',
    text: `このメールは自動送信です。

AWS サポートセンターにて新しいケースが作成されました。
ケース番号 ${CASE.suzukiDup} にて承っております。

ご返信は、本メールに直接返信いただくか、サポートセンターのケース詳細ページからお願いいたします。
※ 通常、1 営業日以内に担当よりご連絡します。

今後ともよろしくお願い申し上げます。
アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'ja-ack-takahashi-gateway', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashi,
    note: 'case receipt; the new employer\'s Microsoft 365 rule added a bilingual external banner and subject tag after authentication',
    from: AWS_NOTIFY, to: `${T.ja} <${T.work}>`,
    subject: `[外部] Case ${CASE.takahashi}: お問い合わせを受け付けました`, wholeSubject: true, date: rfcDate('2026-06-02 04:40:12'), enc: 'utf8qp',
    extra: ['X-MS-Exchange-Organization-SCL: 1', 'X-MS-Exchange-Transport-Rule: external-banner-v2'],
    text: `${BANNER_JA_EN}

高橋 美咲 様

お問い合わせいただき、ありがとうございます。以下の内容でケースを登録しました。

ケース ID: ${CASE.takahashi}
件名: 認定アカウントの統合について
重要度: 一般的なご質問

担当者が内容を確認し、順次ご連絡差し上げます。
(このアドレスは送信専用のため、返信はケースのページからお願いします)

Amazon Web Services`,
    html: htmlDoc(`<div style="border:1px solid #c00;padding:6px;color:#c00">【注意】このメールは社外から届きました。差出人に心当たりがない場合、リンクや添付ファイルを開かないでください。<br>CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.</div>
<p>高橋 美咲 様</p>
<p>お問い合わせいただき、ありがとうございます。以下の内容でケースを登録しました。</p>
<table><tr><td>ケース ID</td><td>${CASE.takahashi}</td></tr><tr><td>件名</td><td>認定アカウントの統合について</td></tr><tr><td>重要度</td><td>一般的なご質問</td></tr></table>
<p>担当者が内容を確認し、順次ご連絡差し上げます。<br>(このアドレスは送信専用のため、返信はケースのページからお願いします)</p>
<p>Amazon Web Services</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-kobayashi-by-coord', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kobayashi,
    note: 'receipt for a team member\'s merge case that the training coordinator (the user) opened; delivered to the user',
    from: SUPPORT, to: `${N.ja} <${N.keep}>`,
    subject: `[CASE ${CASE.kobayashi}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-07-06 00:15:33'), enc: 'jisb64',
    text: `中村 陽介 様

お問い合わせを承りました。本件はケース番号 ${CASE.kobayashi} として管理いたします。
ご記入いただいた内容:
  対象者: 小林 真一 様
  お問い合わせ内容: アカウント統合 (account-assistance)

担当部署にて確認のうえ、本メールアドレス宛にご連絡いたします。
本件へのご返信の際は、件名のケース番号を変更しないでください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-ack-kato-bare', crlf: false, kind: 'acknowledgement', lang: 'ja', caseId: CASE.kato,
    note: 'bare receipt that says nothing of its topic; read as the receipt it looks like',
    from: AWS_SUPPORT_NOTIFY, to: `<${N.keep}>`,
    subject: `ケース ${CASE.kato} 受付完了`, date: rfcDate('2026-07-06 00:19:02'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied'],
    text: `お問い合わせありがとうございます。
ケース ${CASE.kato} を作成しました。担当者からの連絡をお待ちください。

-- 
このメッセージはシステムにより自動送信されています。`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trusted: false, auth: 'pass',
    note: 'forged receipt from a look-alike domain (amazon-certification-help.com) that reuses the real case ID and asks to sign in',
    from: 'AWS サポート <support@amazon-certification-help.com>', to: `${S.ja} <${S.keep}>`,
    subject: `【AWS】ケース ${CASE.suzuki} 受付のご案内(要本人確認)`, date: rfcDate('2026-05-11 06:48:19', '+0900'), enc: 'jis7',
    text: `鈴木 健一 様

お問い合わせ(ケース ${CASE.suzuki})を受け付けました。
社名変更に伴うアカウント移行のため、48時間以内に下記より本人確認を行ってください。
確認が取れない場合、認定資格は失効いたします。

https://amazon-certification-help.com/verify?case=${CASE.suzuki}

AWS トレーニングと認定 サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-yoshida-dkim', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yoshida, auth: 'dkimonly',
    note: 'receipt for the third team member\'s case, signed with an aligned DKIM key only',
    from: AWS_NOTIFY, to: `${N.ja} <${N.keep}>`,
    subject: `ケースが作成されました (ID: ${CASE.yoshida})`, date: rfcDate('2026-07-06 00:24:51'), enc: 'utf88bit',
    text: `ご連絡ありがとうございます。

AWS トレーニングと認定のケース ${CASE.yoshida} を受け付けております。
担当チームの確認後、改めてメールにてご案内いたしますので、今しばらくお待ちくださいませ。

Thank you for contacting AWS Training and Certification. Your case ID is ${CASE.yoshida}.

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ja-ack-forged-below', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trusted: false, auth: 'forgedBelow',
    note: 'receipt-shaped mail whose only dmarc=pass verdict sits below the receiving server\'s Received line (planted)',
    from: AWS_NOTIFY, to: `<${S.keep}>`,
    subject: `ケース ${CASE.suzuki} の受付`, date: rfcDate('2026-05-11 03:30:00'), enc: 'utf8qp',
    text: `お問い合わせを受け付けました、ケース ID は ${CASE.suzuki} です。
旧会社のアカウント情報は、下記フォームに入力のうえ送信してください。
https://aws-merge-form.example.net/jp

Amazon Web Services`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ja-ai-suzuki-tool', kind: 'ai_answer', lang: 'ja', caseId: CASE.suzuki,
    note: 'AI-generated suggestion to try the self-service Merge Accounts tool first',
    from: AWS_NOTIFY, to: `${S.ja} <${S.keep}>`,
    subject: `ケース ${CASE.suzuki}: 生成 AI による回答のご案内`, date: rfcDate('2026-05-11 01:04:02'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `※ この回答は生成 AI により自動作成されたものです。内容が正確でない場合があります。

ご質問: 社名変更で旧ドメインのアドレスが使えなくなるため、認定アカウントを統合したい

回答:
AWS 認定アカウント同士の統合は、多くの場合お客様ご自身で行えます。
1. 残したいアカウントで AWS Certification にサインインします
2. プロフィールのメニューから「アカウントの統合 (Merge Accounts)」を開きます
3. 統合元アカウントのメールアドレスを入力し、届いたコードで認証します
どちらのアカウントにも認定の履歴がある場合、このツールでは処理できないことがあります。
その際は、このケースに返信してサポート担当者にご相談ください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-takahashi-after-merge', kind: 'ai_answer', lang: 'ja', caseId: CASE.takahashi,
    note: 'automated answer that also explains what happens to Credly badges after a merge; stays ai_answer',
    from: AWS_NOTIFY, to: `${T.ja} <${T.keep}>`,
    subject: `お問い合わせへの自動回答 [${CASE.takahashi}]`, date: rfcDate('2026-06-02 04:40:30'), enc: 'utf8qp',
    text: `高橋様

Amazon Q による自動回答をお送りします。担当者の回答ではありません。

会社の買収やメールシステムの移行(Google Workspace から Microsoft 365 など)でログイン用アドレスが変わる場合、
認定アカウント自体を作り直す必要はありません。ログイン方法を AWS Builder ID に切り替えることで、引き続き同じアカウントをご利用いただけます。

アカウントを統合した場合、統合元の認定・特典は残す側のアカウントに移り、
Credly のデジタルバッジは残す側のメールアドレス宛に改めて発行されるのが一般的です。
バッジが表示されない場合は、Credly 側で新しいアドレスを追加してください。

解決しない場合は「ケースを作成」から担当者へお問い合わせください。`,
    html: htmlDoc(`<p>高橋様</p><p><b>Amazon Q による自動回答</b>をお送りします。担当者の回答ではありません。</p>
<p>会社の買収やメールシステムの移行(Google Workspace から Microsoft 365 など)でログイン用アドレスが変わる場合、
認定アカウント自体を作り直す必要はありません。ログイン方法を AWS Builder ID に切り替えることで、引き続き同じアカウントをご利用いただけます。</p>
<p>アカウントを統合した場合、統合元の認定・特典は残す側のアカウントに移り、
Credly のデジタルバッジは残す側のメールアドレス宛に改めて発行されるのが一般的です。
バッジが表示されない場合は、Credly 側で新しいアドレスを追加してください。</p>
<p>解決しない場合は「ケースを作成」から担当者へお問い合わせください。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ai-nakamura-batch', kind: 'ai_answer', lang: 'ja', caseId: CASE.kobayashi,
    note: 'automated answer to the coordinator\'s batch request: points each person to the self-service tool',
    from: AWS_NOTIFY, to: `${N.ja} <${N.keep}>`,
    subject: `AI アシスタントからの回答 (ケース ${CASE.kobayashi})`, date: rfcDate('2026-07-06 00:15:49'), enc: 'sjisb64',
    text: `このメッセージは AI アシスタントが自動で作成しました。

複数の従業員の方のアカウント統合についてのご質問ですね。
認定アカウントは個人に紐づくため、統合の操作は各ご本人のサインインが必要です。
各自が残すアカウントでサインインし、[プロフィール] > [アカウントの統合] から旧アドレスのアカウントを指定する方法をお試しください。
社名変更によるドメインの切り替えだけであれば、統合ではなくプロフィールのメールアドレス更新で足りる場合もあります。

それでも解決しない場合は、担当者によるサポートをご依頼いただけます。`,
  }),
  mk({
    slug: 'ja-ai-kato-builderid', kind: 'ai_answer', lang: 'ja', caseId: CASE.kato,
    note: 'automated answer about signing in with Builder ID after the domain change',
    from: AWS_NOTIFY, to: `${N.ja} <${N.keep}>`,
    subject: `ケース ${CASE.kato} へのおすすめの解決方法`, date: rfcDate('2026-07-06 00:19:15'), enc: 'jisb64',
    text: `以下は自動生成された回答です。

旧ドメインのメールアドレスでサインインできなくなった場合でも、AWS Builder ID を新しいアドレスで作成し、
認定ポータルで既存アカウントとひも付けることで、履歴はそのまま引き継げます。
手順の詳細は AWS Certification の FAQ「アカウントの統合」をご覧ください。

この回答で解決しましたか? 解決しない場合は、引き続き担当者がケースを確認します。`,
  }),
  mk({
    slug: 'ja-ai-suzuki-rename', kind: 'ai_answer', lang: 'ja', caseId: CASE.suzukiDup, auth: 'dkimonly',
    note: 'automated answer on the duplicate case explaining that a company rename alone only needs an e-mail update',
    from: AWS_NOTIFY, to: `${S.ja} <${S.keep}>`,
    subject: `自動回答: ケース ${CASE.suzukiDup}`, date: rfcDate('2026-05-11 02:21:30'), enc: 'utf8b64',
    text: `鈴木 健一 様

生成 AI による参考回答です(担当者からの回答ではございません)。

会社の合併・社名変更に伴いメールアドレスのみが変わる場合、アカウントの統合は不要で、
認定ポータルの [プロフィール] で連絡先メールアドレスを新しいものへ変更いただくだけで済むことがほとんどです。
既に新しいアドレスで別アカウントを作成済みで、両方に認定がある場合に限り、サポートでの統合が必要となります。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', caseId: CASE.takahashi, trusted: false, auth: 'misaligned',
    note: 'AI-answer look-alike whose DKIM is from an unrelated bulk sender and dmarc fails',
    from: AWS_NOTIFY, to: `<${T.keep}>`,
    subject: `【自動回答】ケース ${CASE.takahashi} の解決方法`, date: rfcDate('2026-06-02 05:12:44'), enc: 'sjis8',
    text: `この回答は AI が自動的に作成しました。

アカウント統合ツールをご利用になる前に、旧アドレス(西風ソフト)のパスワードを下記から再設定してください。
https://signin-aws-training.example.org/reset

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ai-yoshida-mixed', kind: 'ai_answer', lang: 'ja', caseId: CASE.yoshida,
    note: 'automated suggestion in Japanese with English boilerplate; explains the merge tool',
    from: AWS_NOTIFY, to: `${N.ja} <${N.keep}>`,
    subject: `Suggested answer / 推奨される回答 - Case ${CASE.yoshida}`, wholeSubject: true, date: rfcDate('2026-07-06 00:25:05'), enc: 'utf88bit',
    text: `[Generated by AI - may contain errors]

吉田 拓海 様のアカウントについて:
旧ドメイン (${KAITO.oldDom}) と新ドメイン (${KAITO.newDom}) の 2 つのアカウントをお持ちの場合、
まずは新ドメイン側でサインインし、「Merge Accounts」ツールで旧アカウントを指定してみてください。
ツールの最後の画面で統合内容を確認できます。

Did this answer your question? If not, an agent will follow up on this case.`,
  }),

  // ---------------- info_request (9)
  mk({
    slug: 'ja-info-suzuki-ids', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki,
    note: 'support needs both candidate IDs and the notification addresses before it can merge',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-12 03:22:10'), enc: 'jis7',
    text: `鈴木様

AWS トレーニングと認定カスタマーサービスの大野です。
お問い合わせの件、会社様の合併に伴うご事情承知いたしました。

作業を進めるにあたり、両アカウントの次の項目を拝見できますでしょうか。
- AWS 候補 ID(AWS から始まる番号)
- 認定通知の送付先として登録されているメールアドレス
- 各アカウントで取得済みの認定名

旧ドメイン側で現在もメールを受信できるかどうかも、併せて教えていただけると助かります。

よろしくお願いいたします。
大野
AWS Training and Certification Customer Service

${gmailJa('2026年5月11日(月) 10:02', S.ja, S.keep)}
${quote(SUZUKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-suzuki-confirm-addr', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'asks the user to check and tell which address to keep (「ご確認のうえお知らせください」): information, not consent',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-13 06:05:48'), enc: 'jis7',
    text: `鈴木 健一 様

ご返信ありがとうございます。
いただいた情報で、AWS17730264 の方にも ${S.keep} が連絡先として登録されていることがわかりました。
合併後の新しいアドレスがどちらのアカウントにも入っている状態ですので、
最終的にログインに使うアドレスはどちらか、ご確認のうえお知らせください。

大野`,
  }),
  mk({
    slug: 'ja-info-takahashi-resent', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, forUser: false,
    note: 'asks for the exam name and date; reached the user only through the old Google Workspace admin\'s redirect (Resent-*), so not delivered to her',
    to: `${T.ja} <${T.src}>`,
    resent: { from: 'admin@nishikaze.example.co.jp', to: T.work, date: rfcDate('2026-06-03 15:02:11', '+0900') },
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-03 05:58:40'), enc: 'sjis8',
    text: `高橋様

お世話になっております。AWS トレーニングと認定の佐々木でございます。
旧アドレスのアカウントを特定するため、そちらのアカウントで受験された試験名と受験日(おおよそで構いません)をご返信いただけますか。
買収前の会社名(西風ソフト株式会社)で登録されていた場合、その旨も記載ください。

佐々木

${outlookJa(`${T.ja} <${T.keep}>`, '2026年6月2日 13:38', SUPPORT_BARE, '認定アカウントの統合について')}

${TAKAHASHI_REQ}`,
  }),
  mk({
    slug: 'ja-info-nakamura-three', kind: 'info_request', lang: 'ja', caseId: CASE.kobayashi,
    note: 'for the coordinator\'s batch: support asks, per person, for candidate IDs and the address each will keep',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-07 02:41:03'), enc: 'jisb64',
    text: `中村様

ご連絡いただきありがとうございます。
3 名様分のご依頼について、ケースは 1 名につき 1 件で進めさせていただきます。本ケース(${CASE.kobayashi})は小林様分となります。

小林様の統合元・統合先それぞれの AWS 候補 ID と、今後残されるアドレスが ${KOBAYASHI.keep} で相違ないか、
小林様ご本人から本ケースへご返信いただく形でお送りください。
加藤様・吉田様の分は、それぞれのケースで別途ご案内いたします。

よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサービス

${sfOriginal(`${N.ja} <${N.keep}>`, '2026/07/06 9:14', SUPPORT_BARE, 'アカウント統合(3名分)', NAKAMURA_REQ)}`,
  }),
  mk({
    slug: 'ja-info-kobayashi-fromkeep', rcpt: N.keep, kind: 'info_request', lang: 'ja', caseId: CASE.kobayashi, cc: `${N.ja} <${N.keep}>`,
    note: 'asks the team member to write from the kept address AND send his candidate IDs; the coordinator is on Cc',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-08 01:10:27'), enc: 'utf8qp',
    text: `小林様
(Cc: 中村様)

本人確認のため、残されるアカウントのアドレス(${KOBAYASHI.keep})から、旧アカウントの候補 ID を添えてご返信をお願いできますでしょうか。
旧ドメインのアドレスは社名変更で既に停止済みと伺っておりますので、そちらからの送信は不要です。

${sfRef('7Kq2aB')}`,
  }),
  mk({
    slug: 'ja-info-takahashi-mixed', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi,
    note: 'English template with a Japanese paragraph asking for the old login e-mail used at exam time',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-04 07:31:55'), enc: 'utf8b64',
    text: `高橋様

買収前の旧アドレスでは該当するアカウントが見つかりませんでした。Google Workspace 時代に別名(エイリアス)をお使いだった可能性がございます。
受験時にログインしていたアドレスを、もう一度正確に教えていただけますか。ドメインが ${NISHIKAZE.oldDom} 以外だった場合も含め、心当たりのあるものをすべてお書きください。

----
Dear customer, to proceed we require the exact e-mail address that was used to sign in when the exam was taken.
Kind regards,
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-phish-password', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trusted: false,
    note: 'forged information request from aws-training.jp (not an AWS domain) asking for the old account password',
    from: 'AWS トレーニングと認定 <support@aws-training.jp>', to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-12 19:44:02', '+0900'), enc: 'jis7',
    text: `鈴木様

アカウント統合のため、統合元アカウント(旧ミナト精工ドメイン)のログインパスワードと、
生年月日をこのメールに返信してお知らせください。
本日中にご返信がない場合、統合は行われません。

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-info-suzuki-which-primary', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki,
    note: 'long Salesforce/Gmail thread; new text asks which account should stay primary since both hold certifications',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-14 02:17:36'), enc: 'sjisb64',
    text: `鈴木 健一 様

いつもお世話になっております。
AWS40718825 には 2026 年 4 月取得の SAA が、AWS17730264 には 2024 年取得の CLF と DVA がございます。
どちらを主アカウントとしてお残しになるか、念のためもう一度ご指定いただけますと幸いです。
なお、主アカウントのログインアドレスは後から変更可能です。

AWS トレーニングと認定 大野

${sfOriginal(`${S.ja} <${S.keep}>`, '2026/05/13 18:40', SUPPORT_BARE, `RE:[CASE ${CASE.suzuki}]`, `大野様

ご連絡ありがとうございます。ログインは新しい方(${S.keep})を使います。
旧ミナト精工のアドレスは9月末で転送も終わるとIT部門から案内がありました。
よろしくお願いいたします。

鈴木`)}

${sfOriginal(SUPPORT_BARE, '2026/05/13 15:05', S.keep, `RE:[CASE ${CASE.suzuki}]`, `鈴木 健一 様

ご返信ありがとうございます。
最終的にログインに使うアドレスはどちらか、ご確認のうえお知らせください。

大野`)}`,
  }),
  mk({
    slug: 'ja-info-yoshida-gw', rcpt: N.keep, kind: 'info_request', lang: 'ja', caseId: CASE.yoshida, cc: `${N.ja} <${N.keep}>`,
    note: 'asks for Yoshida\'s old-account exam history; tagged by the company gateway 【社外】',
    to: `${YOSHIDA.ja} <${YOSHIDA.keep}>`,
    subject: `【社外】RE:[CASE ${CASE.yoshida}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-07-08 04:02:19'), enc: 'utf8qp',
    text: `${BANNER_JA_EN}

吉田様

旧ドメイン ${KAITO.oldDom} で登録された受験履歴が 2 件見つかりました(2023 年と 2025 年)。
どちらもご本人の受験で間違いないか、また合格した試験の名称をお書き添えのうえ、このメールにご返信ください。

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (9)
  mk({
    slug: 'ja-conf-suzuki', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki,
    note: 'support lays out the merge and asks the user to consent by reply; states it cannot be undone',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-15 01:48:55'), enc: 'jis7',
    text: `鈴木様

お待たせいたしました。以下の内容で統合の準備が整っております。

  統合元 AWS17730264 (${S.src})
  統合先 AWS40718825 (${S.keep})

統合元の認定・受験履歴・特典はすべて統合先へ移り、統合元のアカウントは閉鎖されます。
一度実施すると元に戻すことはできませんので、この内容で差し支えなければ、その旨をご返信ください。
ご返信を確認しだい作業に入ります。

大野`,
  }),
  mk({
    slug: 'ja-conf-takahashi-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi,
    note: 'bilingual consent request (Japanese first); the merge is irreversible and needs her explicit agreement',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-05 03:26:14'), enc: 'utf8qp',
    text: `高橋様

旧アドレスのアカウント(AWS30261947)を確認できました。下記アカウントへ統合いたします。
 → AWS55093318 / ${T.keep}
統合後に取り消すことはできません。同意いただける場合は「同意します」とだけご返信ください。

Dear Ms. Takahashi,
We located account AWS30261947 and are ready to merge it into AWS55093318 (${T.keep}).
This action is permanent. Please reply with your consent so that we can proceed.

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-kobayashi', rcpt: N.keep, kind: 'confirmation_request', lang: 'ja', caseId: CASE.kobayashi, cc: `${N.ja} <${N.keep}>`,
    note: 'asks the team member himself to agree to the irreversible merge; coordinator copied',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-09 02:03:40'), enc: 'sjis8',
    text: `小林様 (Cc: 中村様)

${KOBAYASHI.srcId} の内容を ${KOBAYASHI.keepId} に移す作業は、実施後に取り消しができません。
ご本人の意思確認が必要となりますので、小林様から「統合を承諾する」旨をご返信いただけますか。
(中村様からのご返信では代理の承諾として扱えませんのでご了承ください)

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-kato-agree', rcpt: N.keep, kind: 'confirmation_request', lang: 'ja', caseId: CASE.kato, cc: `${N.ja} <${N.keep}>`,
    note: 'consent request phrased as "if there is no problem, reply 同意します"',
    to: `${KATO.ja} <${KATO.keep}>`,
    subject: subj(CASE.kato), date: rfcDate('2026-07-09 02:30:11'), enc: 'jisb64',
    text: `加藤 彩 様

社名変更前のアカウント ${KATO.srcId}(${KATO.src})を、${KATO.keepId} に一本化いたします。
統合後は旧アカウントでのサインインができなくなり、元の状態へは戻せません。
問題なければ、本メールに「同意します」と記載してご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-conf-yoshida-shoudaku', rcpt: N.keep, kind: 'confirmation_request', lang: 'ja', caseId: CASE.yoshida, cc: `${N.ja} <${N.keep}>`,
    note: 'polite consent request (ご承諾いただけますでしょうか) with the account pair restated',
    to: `${YOSHIDA.ja} <${YOSHIDA.keep}>`,
    subject: subj(CASE.yoshida), date: rfcDate('2026-07-10 05:14:09'), enc: 'utf8b64',
    text: `吉田様

ご回答ありがとうございました。2 件とも吉田様の受験であることを確認いたしました。
つきましては ${YOSHIDA.srcId} を ${YOSHIDA.keepId} へ統合する件、ご承諾いただけますでしょうか。
一度統合したアカウントは分割できませんので、ご了承のうえお返事ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-suzuki-second-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki,
    note: 'corrected consent request after the user fixed an ID; long Outlook 差出人 thread below',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-18 00:52:31'), enc: 'sjisb64',
    text: `鈴木様

ご指摘ありがとうございます。統合元の ID を訂正いたしました。

  統合元: AWS17730264 → 統合先: AWS40718825

改めまして、この組み合わせで統合してよろしいか、お返事をいただけますでしょうか。
統合は取り消せない処理となります。

大野

${outlookJa(`${S.ja} <${S.keep}>`, '2026年5月15日 14:22', SUPPORT_BARE, `RE:[CASE ${CASE.suzuki}]`)}

大野様
先ほどの内容、統合元のIDが AWS17730246 になっていますが、正しくは AWS17730264 です。
ご確認をお願いします。
鈴木

${outlookJa(SUPPORT_BARE, '2026年5月15日 10:48', S.keep, `RE:[CASE ${CASE.suzuki}]`)}

鈴木様
以下の内容で統合の準備が整っております。
  統合元 AWS17730246
  統合先 AWS40718825
差し支えなければ、その旨をご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-failthenforged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, trusted: false, auth: 'failThenForged',
    note: 'consent request whose top verdict is dmarc=fail; a "pass" header planted lower does not count',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-05 09:40:00'), enc: 'jis7',
    text: `高橋様

統合の最終確認です。下記リンクから同意ボタンを押してください。統合は取り消しできません。
https://aws-consent.example.info/c/${CASE.takahashi}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-takahashi-fwd', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, auth: 'fwdPass', relay: NISHIKAZE.relay,
    note: 'consent request sent to the old Google Workspace address and auto-forwarded to her personal mailbox; DKIM survived',
    to: `${T.ja} <${T.src}>`, rcpt: T.keep, extra: ['X-Original-To: ' + T.src, 'X-Forwarded-To: ' + T.keep],
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-05 03:27:02'), enc: 'utf88bit',
    text: `高橋様

(旧アドレス宛にもお送りしております)
AWS30261947 から AWS55093318 への統合について、お客様のご了承をいただけましたら作業いたします。
統合は元に戻せない点にご注意のうえ、ご返信をお願いいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-nakamura-own-gw', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura,
    note: 'the coordinator\'s own two accounts: consent request, subject tagged 【社外】 by the company gateway after authentication',
    to: `${N.ja} <${N.keep}>`,
    subject: `【社外】RE:[CASE ${CASE.nakamura}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-07-14 06:20:45'), enc: 'jis7',
    text: `${BANNER_JA_EN}

中村 陽介 様

ご本人のアカウント ${N.srcId}(旧 ${KAITO.oldDom})を ${N.keepId} に統合する準備ができました。
統合すると取り消しはできません。よろしければこのメールに「承諾します」とご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
];

void KAITO_SHARED;
void paras;
void quote;
