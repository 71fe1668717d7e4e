// Japanese messages of heldout/d. Written fresh for this set.
import { rfcDate as d, type Msg } from './lib.js';
import {
  AWS_NOTIFY, AYA, AYA_REQ, CASE, CREDLY_AWS, KEN, KEN_REQ, MISAKI, MISAKI_REQ, PORTAL, SHO, SHO_REQ,
  SIG_KOBAYASHI, SIG_MORI, SIG_OKADA, SUPPORT, SUPPORT_JA, formSubject, formSubjectBare, gmailJa, mk,
  outlookJa, paras, quote, thread, toolJa,
} from './common.js';

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'support-uketsuke-kanryo', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support receipt of the new case with its ID',
    from: AWS_NOTIFY, to: `${KEN.ja} <${KEN.keep}>`, subject: `AWS サポート: ケース ${CASE.ken} を受け付けました`,
    date: d('2026-11-30 21:14:05'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS サポートへのお問い合わせありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${CASE.ken}
件名: 認定アカウントについて
お問い合わせの種類: AWS トレーニングと認定

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じご依頼で新しいケースを作成されますと、回答が遅れる場合がございます。

このメールは送信専用のアドレスから送信しています。
ケースの状況はサポートセンターでご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.ken}

Amazon Web Services`,
  }),
  mk({
    slug: 'form-uketamawari-b64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'form submission receipt (Japanese with English boilerplate), case number given',
    from: SUPPORT, to: MISAKI.keep, subject: formSubjectBare(CASE.misaki),
    date: d('2026-12-01 02:40:51'), enc: 'utf8b64',
    text: `伊藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お客様のリクエストを承りました。ケース番号は ${CASE.misaki} です。

担当者より順次ご連絡を差し上げますので、今しばらくお待ちください。
このメールにご返信いただくと、同じケースに情報を追記できます。

--
Thank you for contacting AWS Training and Certification. We have received your request and a member of our team will be in touch.`,
  }),
  mk({
    slug: 'naiyo-hikae-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'automatic receipt that lists the fields the customer entered (incl. the merge request); nothing asked',
    from: SUPPORT, to: SHO.keep, subject: `[CASE ${CASE.sho}] お問い合わせ内容の控え`,
    date: d('2026-12-02 10:03:12', '+0900'), enc: 'sjis8',
    text: `高橋 翔 様

下記の内容でお問い合わせを受け付けました。本メールはお客様控えとして自動でお送りしています。

■ご入力いただいた情報
氏名: Sho Takahashi
会社名: (未入力)
AWS 候補 ID: ${SHO.keepId}
お問い合わせの種類: AWS トレーニングと認定
詳細: ${SHO_REQ.split('\n').join(' ')}

ご入力内容に誤りがあった場合も、新しいケースは作成せず、このメールにご返信ください。
担当窓口より 1 営業日を目安にご連絡いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'html-uketsuke-honbun-nomi', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aya,
    note: 'HTML-only receipt; case ID only in the body',
    from: AWS_NOTIFY, to: AYA.keep, subject: 'お問い合わせありがとうございます',
    date: d('2026-12-03 13:22:40', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>木村 彩 様</p>
<p>AWS トレーニングと認定サポートにご連絡いただきありがとうございます。<br>
お問い合わせを受け付け、<b>ケース ${CASE.aya}</b> として登録いたしました。</p>
<p>担当者が確認し、24 時間以内を目安にご返信いたします。<br>
追加の情報がございましたら、件名を変えずにこのメールへご返信ください。</p>
<p style="color:#777;font-size:11px">このメッセージはシステムにより自動送信されています。</p>
</body></html>`,
  }),
  mk({
    slug: 'nikenme-auth-header-nashi', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup, trusted: false, auth: 'none',
    note: 'receipt of a second case; no Authentication-Results at all, so untrusted',
    from: AWS_NOTIFY, to: KEN.keep, subject: `ケース ${CASE.kenDup} が作成されました`,
    date: d('2026-12-01 09:12:30'), enc: 'jisb64',
    text: `お問い合わせを受け付けました。

ケース ID: ${CASE.kenDup}
ステータス: 未対応

担当者からの連絡をお待ちください。通常は 1 営業日以内にご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'jidou-message-ryogo-dkim', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2, auth: 'dkimonly',
    note: 'bilingual automatic receipt, mostly Japanese; aligned DKIM only',
    from: SUPPORT, to: SHO.keep, subject: `お問い合わせ受付のお知らせ [CASE ${CASE.sho2}]`,
    date: d('2026-12-11 23:59:02'), enc: 'utf8qp', wholeSubject: true,
    text: `This is an automated message. (English follows Japanese)

高橋 様

AWS トレーニングと認定サポートです。お問い合わせを受け付けました。
ケース ID ${CASE.sho2} で管理いたします。内容を確認後、担当者から改めてご連絡します。
ご返信の際は、件名の [CASE ${CASE.sho2}] を消さずにお送りください。

We have received your request (case ${CASE.sho2}). An agent will reply shortly.`,
    html: `<div>This is an automated message. (English follows Japanese)</div>
<div><br></div>
<div>高橋 様</div>
<div><br></div>
<div>AWS トレーニングと認定サポートです。お問い合わせを受け付けました。<br>ケース ID ${CASE.sho2} で管理いたします。内容を確認後、担当者から改めてご連絡します。<br>ご返信の際は、件名の [CASE ${CASE.sho2}] を消さずにお送りください。</div>
<div><br></div>
<div>We have received your request (case ${CASE.sho2}). An agent will reply shortly.</div>`,
  }),
  mk({
    slug: 'nisemono-domain-uketsuke-lf', kind: 'acknowledgement', lang: 'ja', caseId: CASE.fake, trusted: false,
    note: 'receipt wording but from a look-alike domain (amazon-jp-support.com): untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon-jp-support.com>', to: MISAKI.keep, subject: `[ケース ${CASE.fake}] お問い合わせを受け付けました`,
    date: d('2026-12-01 18:30:00', '+0900'), enc: 'utf88bit', crlf: false,
    text: `伊藤 美咲 様

お問い合わせを受け付けました。ケース番号: ${CASE.fake}

手続きを早めるため、以下のページから本人確認を行ってください。
https://amazon-jp-support.com/verify?case=${CASE.fake}

AWS サポート`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'seisei-ai-kaito-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated-AI answer pointing to the self-service merge tool; no case yet',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: 'お問い合わせへの自動回答',
    date: d('2026-11-30 23:55:10'), enc: 'jis7',
    text: `伊藤 美咲 様

この回答は生成 AI によって作成されたものです。内容に誤りが含まれる可能性があります。

AWS 認定アカウントを複数お持ちの場合は、メインでご利用のアカウントにサインインし、[プロフィール] から [アカウントのマージ] を選ぶことで、ご自身で統合していただけます。
両方のアカウントに認定の履歴がある場合など、このツールで統合できないときは、画面下部の [ケースを作成] からお問い合わせください。

参考: AWS 認定に関するよくある質問
https://aws.amazon.com/jp/certification/faqs/`,
  }),
  mk({
    slug: 'ai-togo-go-no-nagare-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that explains what happens after a merge (certs, badges); still an AI answer',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS トレーニングと認定: 自動生成された回答',
    date: d('2026-11-30 21:10:44'), enc: 'sjisb64',
    text: `※このメッセージは AI により自動生成されています。

ご質問: 認定アカウントを 1 つにまとめたい

回答:
・認定アカウントの統合は、統合先のアカウントから [Merge Accounts] ツールを使って行えます。
・統合が完了すると、統合元アカウントの認定、試験履歴、特典(50% 割引バウチャーなど)が統合先に表示されるようになります。
・Credly のデジタルバッジは、統合後に統合先のメールアドレス宛てに改めて発行されることがあります。バッジの受け取りは統合が終わってから行うことをおすすめします。
・ツールで統合できない場合は、サポートケースを作成してください。

この回答で解決しない場合は、[ケースを作成] を選択してください。`,
  }),
  mk({
    slug: 'amazon-q-teian-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Amazon Q style suggested answer (multipart, mixed language)',
    from: AWS_NOTIFY, to: SHO.keep, subject: 'Amazon Q からの回答候補 / Suggested answer',
    date: d('2026-12-02 00:41:09'), enc: 'utf8qp', wholeSubject: true,
    text: `Amazon Q による回答候補

お問い合わせ内容: Please merge my two AWS Certification accounts into one.

AWS 認定アカウントの統合は、AWS Certification のアカウントページにある Merge Accounts から申請できます。統合元アカウントのログイン情報が必要です。
Merge Accounts が利用できない場合は、この画面から担当者へのケースを作成してください。

Generated by Amazon Q. Responses may be inaccurate.`,
    html: `<h3>Amazon Q による回答候補</h3>
<p><i>お問い合わせ内容:</i> Please merge my two AWS Certification accounts into one.</p>
<p>AWS 認定アカウントの統合は、AWS Certification のアカウントページにある <b>Merge Accounts</b> から申請できます。統合元アカウントのログイン情報が必要です。</p>
<p>Merge Accounts が利用できない場合は、この画面から担当者へのケースを作成してください。</p>
<p style="font-size:10px;color:#888">Generated by Amazon Q. Responses may be inaccurate.</p>`,
  }),
  mk({
    slug: 'ai-kaiketsu-shimashitaka-link', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'short automated answer with FAQ links and a "did this solve it?" line; not a closing',
    from: AWS_NOTIFY, to: AYA.keep, subject: '自動応答: 認定アカウントの統合について',
    date: d('2026-12-03 13:15:27'), enc: 'utf8qp',
    text: `木村 彩 様

AI アシスタントがお問い合わせ内容から以下の情報をご案内します。

- 認定アカウントの統合方法 (Merge Accounts ツール)
  https://aws.amazon.com/jp/certification/faqs/
- AWS Builder ID でのサインインについて
  https://docs.aws.amazon.com/signin/latest/userguide/sign-in-aws_builder_id.html

問題は解決しましたか?
解決しなかった場合は、担当者へのお問い合わせ (ケースの作成) に進んでください。`,
  }),
  mk({
    slug: 'dkim-zure-ai-jisb64', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'misaligned',
    note: 'AI merge-tool answer, but DKIM signed by an unrelated domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: KEN.keep, subject: '生成 AI による回答のご案内',
    date: d('2026-12-05 04:02:11'), enc: 'jisb64',
    text: `以下は生成 AI による回答です。

認定アカウントを統合するには、残したいアカウントにサインインしてから「アカウントの統合」メニューを開き、もう一方のアカウントの情報を入力してください。
うまくいかない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ai-omachi-no-aida-b64', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki,
    note: 'automated "while you wait" generated answer for an open case',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `ケース ${CASE.misaki}: 担当者の回答をお待ちの間に`,
    date: d('2026-12-01 03:05:00'), enc: 'utf8b64',
    text: `ケース ${CASE.misaki} について、担当者からの回答をお待ちいただいている間に、自動生成された以下の回答をご参照ください。

認定アカウントの統合: 統合先アカウントにサインインし、プロフィールのアカウント統合ツールで統合元アカウントを指定すると、多くの場合はその場で手続きが終わります。
両方のアカウントに認定資格がある場合、ツールは使えませんので、このまま担当者からの連絡をお待ちください。

このメッセージは自動生成されています。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'kobayashi-koho-id-onegai', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'agent asks for both candidate IDs, login addresses, which account to keep, certifications',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-01 15:20:33', '+0900'), enc: 'jis7',
    text: `${KEN.ja} 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

この度はお問い合わせいただき、誠にありがとうございます。
アカウントの統合を承るにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 統合元・統合先それぞれの AWS 候補 ID (AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 今後ご利用になるアカウント (統合先) がどちらか
4. 各アカウントで取得済みの認定名

ご返信をいただき次第、手続きを進めてまいります。
何卒よろしくお願い申し上げます。

${SIG_KOBAYASHI}

${thread('k1')}

${toolJa(`${KEN.ja} <${KEN.keep}>`, '2026/11/30 21:13', '認定アカウントについて', KEN_REQ)}`,
  }),
  mk({
    slug: 'nokosu-adress-gokakunin-sjis', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「ご確認のうえお知らせ」 asks for the kept address and the source candidate ID: information, not consent',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-01 11:47:02', '+0900'), enc: 'sjis8',
    text: `伊藤 様

いつもAWSトレーニングと認定をご利用いただきありがとうございます。
サポート担当の森です。

統合後にお使いになるアカウントのログイン用メールアドレスをご確認のうえ、お知らせいただけますでしょうか。
あわせて、統合元アカウントの AWS 候補 ID (AWS で始まる 8 桁の番号) もご記載いただけますと幸いです。
候補 ID は、各アカウントにサインイン後、[マイプロフィール] からご確認いただけます。

${SIG_MORI}

${toolJa(`伊藤 美咲 <${MISAKI.keep}>`, '2026/12/01 11:38', 'アカウントの統合', MISAKI_REQ)}`,
  }),
  mk({
    slug: 'togo-saki-kara-id-kisai', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks to reply from the kept address AND to include both candidate IDs: information request',
    from: SUPPORT, to: SHO.keep, cc: `Sho Takahashi <${SHO.src}>`, subject: formSubject(CASE.sho),
    date: d('2026-12-02 17:08:55', '+0900'), enc: 'utf8qp',
    text: `高橋 翔 様

AWS トレーニングと認定サポートの岡田です。お問い合わせありがとうございます。

ご本人様確認のため、統合先としてお使いになるメールアドレス (${SHO.keep}) から本メールにご返信いただき、本文に次の 2 点をご記入ください。
・統合先アカウントの候補 ID
・統合元アカウントの候補 ID と、登録メールアドレス

統合元アドレスでのメール受信ができない場合は、その旨もお書き添えください。

${SIG_OKADA}

${thread('s1')}`,
  }),
  mk({
    slug: 'gokaku-bi-gokyoji-jisb64', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'asks for certification names and pass dates of the source account to verify it',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-04 10:31:19', '+0900'), enc: 'jisb64',
    text: `木村 彩 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの村井でございます。

ご依頼のアカウント統合につきまして、統合元アカウント (${AYA.srcId}) の所有者確認を行う必要がございます。
お手数ですが、統合元アカウントで取得された認定の名称と合格日 (おおよその時期でも結構です) を、わかる範囲でご教示いただけますと幸いです。

確認がとれ次第、次のご案内をお送りいたします。

今後ともAWSトレーニングと認定をよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート
村井

${gmailJa('2026年12月3日(木) 22:14', `木村 彩 <${AYA.keep}>`, AYA_REQ)}`,
  }),
  mk({
    slug: 'romaji-kaishamei-mixed-b64', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'Japanese opening over an English macro asking for name in roman letters, company and IDs',
    from: SUPPORT, to: KEN.keep, subject: `Re: ${formSubject(CASE.ken)}`,
    date: d('2026-12-02 08:12:40', '+0000'), enc: 'utf8b64',
    text: `中村様

ご返信ありがとうございます。恐れ入りますが、下記の項目を英語(ローマ字)でご記入のうえご返信ください。

Please provide the following so we can locate both records:
- Full name as shown on the certification (roman letters):
- Company name (if any):
- Candidate ID of the account you want to keep:
- Candidate ID of the account to be merged:

Thank you,
Mina
AWS Training and Certification Support (Japan)

${toolJa(`${KEN.ja} <${KEN.keep}>`, '2026/12/01 19:02', `RE: ${formSubject(CASE.ken)}`, `小林様

ご連絡ありがとうございます。
残したいのは ${KEN.keep} です。候補IDは後ほどお送りします。

iPhoneから送信`)}`,
  }),
  mk({
    slug: 'received-shita-gisou-pass', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'forgedBelow',
    note: 'asks for candidate IDs, but the only dmarc=pass header sits below the server Received line: forged, untrusted',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-02 14:00:12', '+0900'), enc: 'jis7',
    text: `伊藤 美咲 様

AWS トレーニングと認定サポートでございます。
統合の手続きのため、以下をご返信ください。

・統合先アカウントの候補 ID
・統合元アカウントの候補 ID
・統合元アカウントのログイン用メールアドレス

よろしくお願いいたします。`,
  }),
  mk({
    slug: 'suzuki-sama-ate-sjisb64', kind: 'info_request', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'info request addressed to the colleague who filed the form, not to the user',
    from: SUPPORT_JA, to: '鈴木 一郎 <suzuki@corp-b.example.co.jp>', subject: formSubject(CASE.ken),
    date: d('2026-12-01 16:45:00', '+0900'), enc: 'sjisb64',
    text: `鈴木 一郎 様

AWS トレーニングと認定 カスタマーサポートの小林です。
中村 健一 様のアカウント統合のご依頼について、ご連絡いたします。

認定アカウントの情報は個人情報にあたるため、恐れ入りますが中村様ご本人から、統合先・統合元それぞれの候補 ID をお送りいただくようお伝え願えますでしょうか。

${SIG_KOBAYASHI}`,
  }),
  mk({
    slug: 'kakunin-dekimasen-8bit', kind: 'info_request', lang: 'ja', caseId: CASE.aya, trap: true,
    note: '"could not confirm" the source address, asks to send it again: information request',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-06 09:58:41', '+0900'), enc: 'utf88bit',
    text: `木村様

お世話になっております。
いただいたメールアドレス (${AYA.src}) では認定アカウントを確認できませんでした。
お手数ですが、統合元アカウントにログインする際のメールアドレスを改めてお送りいただけますか。
スペルの違いなどがあるかもしれませんので、念のためコピー&ペーストでお願いできると助かります。

${SIG_OKADA}

> 木村 彩 <${AYA.keep}> wrote:
> 取得したのは CLF と SAA で、2024年の秋ごろです。
> 統合元アドレスは ${AYA.src} です。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'torikeshi-fuka-susumete-yoroshii', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks whether to proceed with the irreversible merge and to reply if fine',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-03 10:05:17', '+0900'), enc: 'jis7',
    text: `${KEN.ja} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご返信いただきありがとうございました。いただいた情報で、両方のアカウントを確認できました。

統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})

なお、アカウントの統合処理は、実施後に元へ戻すことができません。
上記の内容で統合を進めてよろしいでしょうか。問題がなければ、その旨を本メールにご返信ください。

${SIG_KOBAYASHI}

${thread('k2')}`,
  }),
  mk({
    slug: 'doui-shimasu-to-henshin-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks the customer to reply "同意します" to consent to the merge',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-03 16:22:08', '+0900'), enc: 'sjis8',
    text: `伊藤 様

お待たせいたしました。サポート担当の森です。
ご提供いただいた情報をもとに、アカウント ${MISAKI.srcId} の認定履歴と特典を ${MISAKI.keepId} へまとめる準備ができております。

統合後は ${MISAKI.src} でのサインインはできなくなり、この操作は取り消せません。
ご同意いただける場合は、本文に「同意します」とご記入のうえご返信くださいませ。

${SIG_MORI}`,
  }),
  mk({
    slug: 'id-no-aida-goryosho', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks for approval (ご了承) of merging the source ID into the kept ID, irreversible',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-04 11:40:30', '+0900'), enc: 'utf8qp',
    text: `高橋様

岡田です。ご返信ありがとうございました。
${SHO.srcId} のアカウントを、2026年12月4日時点の情報で ${SHO.keepId} へ統合いたします。
一度統合しますと元に戻すことはできかねますため、ご了承いただけるかどうか、ご返信でお知らせください。

${SIG_OKADA}

${gmailJa('2026年12月3日(木) 8:51', `Sho Takahashi <${SHO.keep}>`, `岡田様\n\n統合元の候補IDは ${SHO.srcId} です。旧アドレスは退職済みのため受信できません。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'html-goshodaku-onegai', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya,
    note: 'multipart reply asking for consent (ご承諾) before the merge',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-07 14:12:51', '+0900'), enc: 'utf8b64',
    text: `木村 彩 様

お世話になっております。村井でございます。
所有者の確認が完了いたしました。ご協力ありがとうございました。

統合の実施について、ご承諾をいただけますでしょうか。
・統合先: ${AYA.keepId} (${AYA.keep})
・統合元: ${AYA.srcId} (${AYA.src})
・統合後、統合元アカウントは利用できなくなります。
・実施後の取り消しはできません。

ご承諾いただける場合は、このメールにその旨ご返信ください。

村井`,
    html: `<p>木村 彩 様</p>
<p>お世話になっております。村井でございます。<br>所有者の確認が完了いたしました。ご協力ありがとうございました。</p>
<p>統合の実施について、ご承諾をいただけますでしょうか。</p>
<ul><li>統合先: ${AYA.keepId} (${AYA.keep})</li><li>統合元: ${AYA.srcId} (${AYA.src})</li><li>統合後、統合元アカウントは利用できなくなります。</li><li>実施後の取り消しはできません。</li></ul>
<p>ご承諾いただける場合は、このメールにその旨ご返信ください。</p>
<p>村井</p>`,
  }),
  mk({
    slug: 'mixed-i-agree-teikei-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'Japanese intro with an English consent template to copy into the reply',
    from: SUPPORT, to: KEN.keep, subject: `RE: ${formSubject(CASE.ken)}`,
    date: d('2026-12-03 02:18:44', '+0000'), enc: 'jisb64',
    text: `中村様

候補 ID のご連絡ありがとうございます。
統合を実施する前に、お客様のご意思を確認させてください。以下の英文をそのまま本文に貼り付けて返信していただければ結構です。

"I understand that merging ${KEN.srcId} into ${KEN.keepId} cannot be undone, and I agree to proceed."

Mina
AWS Training and Certification Support (Japan)`,
  }),
  mk({
    slug: 'dmarc-fail-saishu-kakunin-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'fail',
    note: 'asks consent to the merge, but dmarc=fail for amazon.com: untrusted',
    from: SUPPORT_JA, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-04 12:02:10', '+0900'), enc: 'sjis8',
    text: `高橋 翔 様

統合作業の最終確認です。
統合は元に戻せませんが、このまま進めてもよろしいでしょうか。
よろしければ「はい」とだけご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'outlook-inyo-saishu-kakunin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya,
    note: 'final check before the merge, asks to reply if OK to proceed; Outlook-style quote below',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-07 09:03:27', '+0900'), enc: 'utf88bit',
    text: `木村様

ご返信ありがとうございます。正しいメールアドレスで統合元アカウントを特定できました。
統合前の最終確認となりますが、CLF と SAA の 2 つの認定を ${AYA.keepId} にまとめる形で進めてもよろしいでしょうか。
実施後は取り消せませんので、差し支えなければ「進めてください」とご返信ください。

岡田

${outlookJa(`木村 彩 <${AYA.keep}>`, '2026年12月6日 21:40', 'AWS T&C サポート', `RE: ${formSubject(CASE.aya)}`, `岡田様

失礼しました。正しくは aya@startup.example.io ではなく、${AYA.src} (小文字) でした。
よろしくお願いいたします。`)}`,
  }),
  mk({
    slug: 'goryosho-mune-lf-jis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, crlf: false,
    note: 'short te-form request for the customer to reply with approval before merging (LF line ends)',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-03 09:30:00', '+0900'), enc: 'jis7',
    text: `伊藤様

内容を確認し、統合の準備が整いました。
取り消しのできない処理となりますので、ご了承の旨をご返信いただけますと幸いです。
ご返信を確認後、作業に着手いたします。

森`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'togo-kanryo-hyoji-gokakunin', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'the merge is done; asks to check the certifications show (still a completion notice)',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-04 13:44:09', '+0900'), enc: 'jis7',
    text: `${KEN.ja} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

ご依頼いただいたアカウントの統合が完了いたしました。
${KEN.keep} で AWS Certification アカウントにサインインし、認定資格と特典が表示されていることをご確認ください。
表示に反映されるまで、最大で 24 時間ほどかかる場合がございます。

${SIG_KOBAYASHI}

${toolJa(`${KEN.ja} <${KEN.keep}>`, '2026/12/03 12:10', `RE: ${formSubject(CASE.ken)}`, '小林様\n\n上記の内容で統合を進めてください。よろしくお願いいたします。')}`,
  }),
  mk({
    slug: 'id-hiduke-kanryo-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'states the source ID was merged into the kept ID on a given date',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-05 18:20:44', '+0900'), enc: 'sjisb64',
    text: `伊藤 美咲 様

森でございます。ご同意のご返信ありがとうございました。
${MISAKI.srcId} を ${MISAKI.keepId} に統合する作業は、本日 12 月 5 日付で完了しております。
試験履歴・認定・特典はすべて ${MISAKI.keepId} 側でご確認いただけます。

${SIG_MORI}`,
  }),
  mk({
    slug: 'owarimashita-close-shimasu', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'merge finished and the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-05 10:11:12', '+0900'), enc: 'utf8qp',
    text: `高橋様

岡田です。
アカウントの統合処理が終わりました。${SHO.keepId} に両方の認定が載っているはずです。
本件はこれで完了となりますので、ケースはクローズさせていただきます。
ほかにご不明な点があれば、新たにお問い合わせください。

${SIG_OKADA}`,
  }),
  mk({
    slug: 'portal-togo-saremashita-html', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: AYA.keep, subject: 'AWS 認定アカウントの統合について',
    date: d('2026-12-08 02:33:50'), enc: 'utf8b64',
    html: `<!DOCTYPE html><html><body>
<table width="600" style="font-family:Arial,sans-serif"><tr><td>
<img src="https://www.aws.training/images/aws-cert-logo.png" alt="AWS Certification">
<p>木村 彩 様</p>
<p>お客様の AWS 認定アカウントは正常に統合されました。以後は、統合先アカウント (${AYA.keep}) でサインインしてください。</p>
<p>認定資格、試験履歴、特典は統合先アカウントの [Certifications] および [Benefits] からご覧いただけます。</p>
<p><a href="https://www.aws.training/certification">AWS Certification アカウントを開く</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用です。</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'nisemono-authserv-kanryo-jisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'lookalikeServer',
    note: 'completion wording, but the top Authentication-Results is from a look-alike authserv-id: untrusted',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-04 07:00:00', '+0900'), enc: 'jisb64',
    text: `中村様

アカウントの統合が完了しました。
統合先アカウントにサインインしてご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'rireki-tokuten-iko-sjis8', kind: 'merge_completed', lang: 'ja', caseId: CASE.aya,
    note: 'says history and benefits of the old account were moved into the new one (merge done, worded as 移行)',
    from: SUPPORT_JA, to: AYA.keep, subject: `Re: ${formSubject(CASE.aya)}`,
    date: d('2026-12-08 11:15:02', '+0900'), enc: 'sjis8',
    text: `木村 彩 様

お世話になっております。村井でございます。
ご承諾いただいた内容にて、旧アカウント (${AYA.srcId}) の認定履歴および特典 (次回受験の割引バウチャー) を、${AYA.keepId} へ移行いたしました。
旧アカウントは無効化されております。

念のため、統合先アカウントにて各認定の有効期限に相違がないかご確認ください。

村井`,
  }),
  mk({
    slug: 'kyu-partner-tensou-kanryo', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, forUser: false,
    relay: 'mx01.partner.example.co.jp', resent: { from: 'm-ito@partner.example.co.jp', to: MISAKI.keep, date: d('2026-12-05 18:25:10', '+0900') },
    note: 'completion notice redirected by the old company mailbox (Resent-*): not delivered to the user directly',
    from: SUPPORT_JA, to: MISAKI.src, subject: formSubject(CASE.misaki),
    date: d('2026-12-05 18:21:30', '+0900'), enc: 'jis7',
    text: `伊藤 美咲 様

アカウントの統合作業が完了いたしましたので、統合元アカウントのご登録アドレスにもお知らせいたします。
今後は ${MISAKI.keep} でサインインしてください。

AWS トレーニングと認定 カスタマーサポート`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-hakko-oshirase-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address (「バッジを入手する」)',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-05 06:12:40'), enc: 'utf8qp', wholeSubject: true,
    text: `${KEN.en}様

Amazon Web Services Training and Certificationから「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9a2e-77b0-4e21-9a51-cc0e5d8b1a42

バッジを受け取ると、LinkedIn などで共有できます。

Credly, Inc.`,
    html: `<table width="100%" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<p>${KEN.en}様</p>
<p>Amazon Web Services Training and Certificationから<br><b>AWS Certified Solutions Architect – Associate</b><br>のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a2e-77b0-4e21-9a51-cc0e5d8b1a42" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p>
</td></tr></table>`,
  }),
  mk({
    slug: 'credly-mo-iko-zumi-jis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support says the Credly badges were also moved to the kept account',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-08 10:40:18', '+0900'), enc: 'jis7',
    text: `伊藤 美咲 様

森でございます。バッジについてのお問い合わせありがとうございます。
確認いたしましたところ、Credly のデジタルバッジにつきましても、統合先アカウント (${MISAKI.keep}) への移行が完了しております。
Credly にサインインのうえ、バッジが表示されているかご確認ください。

${SIG_MORI}

${gmailJa('2026年12月7日(月) 20:05', `伊藤 美咲 <${MISAKI.keep}>`, `森様\n\n統合ありがとうございました。認定は表示されましたが、Credlyのバッジが旧アドレスのままのようです。\nご確認いただけますでしょうか。`)}`,
  }),
  mk({
    slug: 'badge-utsushi-close-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support moved the badges and closes the case: badges_transferred',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-09 15:30:00', '+0900'), enc: 'sjis8',
    text: `高橋様

岡田です。お待たせしました。
Credly のバッジ 2 件 (SAA, DVA) を ${SHO.keep} 宛てに付け替えました。Credly から通知メールが届きますので、そちらから受け取ってください。
これで対応は以上となりますので、本ケースはクローズいたします。

${SIG_OKADA}`,
  }),
  mk({
    slug: 'credly-sanken-hakko-b64', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly notice of three AWS badges issued to the kept address',
    from: CREDLY_AWS, to: AYA.keep, subject: 'Amazon Web Services Training and Certificationから3件のバッジが発行されました',
    date: d('2026-12-09 01:02:03'), enc: 'utf8b64',
    text: `Aya Kimura様

おめでとうございます。Amazon Web Services Training and Certificationから次のバッジが発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect – Associate
・AWS Certified AI Practitioner

各バッジを受け取るには、下のボタンから Credly にサインインしてください。
[バッジを入手する] https://www.credly.com/earner/earned

このメールは ${AYA.keep} 宛てに送信されました。`,
  }),
  mk({
    slug: 'badge-saihakko-uketori-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support re-issued the badges to the kept address and asks to accept them on Credly',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-07 11:11:11', '+0900'), enc: 'jisb64',
    text: `${KEN.ja} 様

小林でございます。Credly バッジの件、ご連絡ありがとうございました。
統合先のメールアドレス宛てに、バッジを再発行いたしました。
Credly から届く「バッジ発行のお知らせ」メールの「バッジを入手する」より、受け取りをお願いいたします。

${SIG_KOBAYASHI}`,
  }),
  mk({
    slug: 'credly-google-ar-nomi-qp', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'otherOnly',
    note: 'AWS badge via Credly, but only a foreign authserv-id (mx.google.com) vouches for it: untrusted',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-08 04:48:19'), enc: 'utf8qp', wholeSubject: true,
    text: `Misaki Ito様

Amazon Web Services Training and Certificationから「AWS Certified Developer – Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/9b0e

Credly, Inc.`,
  }),
  mk({
    slug: 'credly-dkim-nomi-8bit', kind: 'badges_transferred', lang: 'ja', caseId: null, auth: 'dkimonly',
    note: 'AWS badges re-issued via Credly to the kept address; aligned DKIM only',
    from: CREDLY_AWS, to: SHO.keep, subject: 'Amazon Web Services Training and Certificationのバッジが再発行されました',
    date: d('2026-12-09 06:31:00'), enc: 'utf88bit',
    text: `Sho Takahashi様

Amazon Web Services Training and Certificationが、次のバッジをあなたのメールアドレスに再発行しました。
- AWS Certified Solutions Architect – Associate
- AWS Certified Developer – Associate

バッジを入手する
https://www.credly.com/earner/earned

プロフィールに追加して、スキルを共有しましょう。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'notify-kaiketsuzumi-close-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support notice that the case was resolved and closed',
    from: AWS_NOTIFY, to: KEN.keep, subject: `ケース ${CASE.ken} は解決済みになりました`,
    date: d('2026-12-06 00:00:31'), enc: 'jis7',
    text: `${KEN.ja} 様

ケース ${CASE.ken} は解決済みとしてクローズされました。

同じ問題が再発した場合や追加のご質問がある場合は、サポートセンターからケースを再開するか、新しいケースを作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'itsuka-inai-jido-close-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'reminder that the case will close automatically without a reply within five days',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-10 10:00:00', '+0900'), enc: 'sjis8',
    text: `伊藤 美咲 様

AWS トレーニングと認定サポートです。
本ケースについて、その後いかがでしょうか。

5 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールにご返信いただければケースを再開できます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'senshu-togo-zumi-close-qp', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates the merge done last week',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-14 09:20:00', '+0900'), enc: 'utf8qp',
    text: `高橋様

先週ご案内のとおり、アカウントの統合およびバッジの付け替えは完了しております。
その後ご質問がございませんでしたので、本ケースをクローズいたします。

ご利用ありがとうございました。
${SIG_OKADA}`,
  }),
  mk({
    slug: 'html-close-notify-b64', kind: 'case_closed', lang: 'ja', caseId: CASE.aya,
    note: 'HTML-only notice that the case was closed',
    from: AWS_NOTIFY, to: AYA.keep, subject: `サポートケース ${CASE.aya} がクローズされました`,
    date: d('2026-12-12 03:00:09'), enc: 'utf8b64',
    html: `<html><body>
<h2 style="font-family:sans-serif">ケースがクローズされました</h2>
<table style="font-family:sans-serif;font-size:13px">
<tr><td>ケース ID</td><td>${CASE.aya}</td></tr>
<tr><td>件名</td><td>アカウントの統合</td></tr>
<tr><td>ステータス</td><td>解決済み</td></tr>
</table>
<p style="font-family:sans-serif">追加のサポートが必要な場合は、サポートセンターでケースを再開してください。</p>
</body></html>`,
  }),
  mk({
    slug: 'freemail-close-jisb64', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'closing wording under the support display name, but sent from a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.support.jp@gmail.com>', to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-09 12:00:00', '+0900'), enc: 'jisb64',
    text: `伊藤様

本ケースはクローズとなりました。
ご不明点は下記フォームからお問い合わせください。
https://forms.gle/aws-training-support

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'chofuku-case-close-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup,
    note: 'closes the duplicate case; the work continues on the other case',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.kenDup),
    date: d('2026-12-01 17:30:00', '+0900'), enc: 'jis7',
    text: `${KEN.ja} 様

小林でございます。
同じご依頼で 2 件のケースが作成されておりましたので、こちらのケース (${CASE.kenDup}) はクローズいたします。
以降のご連絡は、ケース ${CASE.ken} にて承ります。

${SIG_KOBAYASHI}`,
  }),
  mk({
    slug: 'close-enquete-tsuki-lf', kind: 'case_closed', lang: 'ja', caseId: CASE.sho2, crlf: false,
    note: 'case closed without further reply; a survey link is appended but the message is the closing',
    from: SUPPORT_JA, to: SHO.keep, subject: formSubject(CASE.sho2),
    date: d('2026-12-20 10:10:10', '+0900'), enc: 'utf88bit',
    text: `高橋 翔 様

その後ご連絡がございませんでしたので、いったん本ケースはクローズとさせていただきます。
再開をご希望の場合は、このメールにご返信ください。

よろしければ、サポートの品質向上のためアンケートへのご協力をお願いします。
https://survey.aws.example/tc?case=${CASE.sho2}

森`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'escalation-san-go-eigyobi', kind: 'support_reply', lang: 'ja', caseId: CASE.ken,
    note: 'status: passed to the responsible team, 3–5 business days',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-02 18:40:00', '+0900'), enc: 'jis7',
    text: `${KEN.ja} 様

小林でございます。情報のご提供ありがとうございました。
本件は専門の部署で確認が必要なため、担当チームへエスカレーションいたしました。
回答まで 3〜5 営業日ほどお時間を頂戴する見込みです。恐れ入りますが、今しばらくお待ちください。

${SIG_KOBAYASHI}`,
  }),
  mk({
    slug: 'doui-arigato-tantou-irai-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'thanks for consenting, passed to the team; completion only announced as future',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-04 09:15:00', '+0900'), enc: 'sjis8',
    text: `伊藤 美咲 様

森でございます。ご同意のご連絡をいただき、ありがとうございます。
統合作業を担当チームに依頼いたしました。
作業が完了しましたら、改めてご連絡いたします。

${SIG_MORI}

${gmailJa('2026年12月3日(木) 22:47', `伊藤 美咲 <${MISAKI.keep}>`, '森様\n\n同意します。\nよろしくお願いいたします。')}`,
  }),
  mk({
    slug: 'mada-kanryo-shite-orazu-qp', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: the merge is not finished yet, still in progress',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-04 19:02:00', '+0900'), enc: 'utf8qp',
    text: `高橋様

岡田です。ご連絡ありがとうございます。
現時点では統合はまだ完了しておりません。システム側の処理に時間がかかっているようです。
進展があり次第お知らせしますので、もう少々お待ちください。

${SIG_OKADA}`,
  }),
  mk({
    slug: 'case-matome-chofuku-jisb64', kind: 'support_reply', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'support merged duplicate CASES, not the accounts',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-04 08:55:00', '+0900'), enc: 'jisb64',
    text: `木村 彩 様

お世話になっております。村井でございます。
同一内容のお問い合わせが 2 件 (ケース ${CASE.aya} と ${CASE.ayaDup}) 登録されていたため、ケースを 1 つに統合いたしました。
今後のやりとりは本ケース ${CASE.aya} にてお願いいたします。
アカウントの件は引き続き確認を進めております。

村井`,
  }),
  mk({
    slug: 'nokosu-adress-kara-goshinrai-b64', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'asks to reply from the address to be kept, without asking for any data',
    from: SUPPORT_JA, to: MISAKI.src, cc: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-01 12:30:00', '+0900'), enc: 'utf8b64',
    text: `伊藤様

森でございます。
お手数ですが、統合先としてご利用になるメールアドレスから、本件にご返信いただけますでしょうか。
セキュリティ上の理由により、統合先アドレスからのご連絡をもって手続きを進めております。

${SIG_MORI}`,
  }),
  mk({
    slug: 'shiken-yoyaku-ari-ato-de', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'cannot merge now (exam booked on the source account); will contact after: not completed, nothing asked',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-03 14:14:14', '+0900'), enc: 'jis7',
    text: `高橋様

岡田です。
統合元アカウント ${SHO.srcId} に 12 月 18 日の試験予約が入っているため、現状では統合いたしかねます。
受験後に結果が反映されましたら、こちらから統合のご案内をお送りします。
予約の変更やキャンセルは不要です。

${SIG_OKADA}`,
  }),
  mk({
    slug: 'voucher-togo-go-mo-sjisb64', kind: 'support_reply', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'answers a voucher question; mentions the merge only as a future event',
    from: SUPPORT_JA, to: AYA.keep, subject: formSubject(CASE.aya),
    date: d('2026-12-05 13:01:00', '+0900'), enc: 'sjisb64',
    text: `木村様

ご質問ありがとうございます。村井でございます。
統合元アカウントでお持ちの 50% 割引バウチャーは、統合後も統合先アカウントの [特典] に引き継がれ、有効期限まで引き続きご利用いただけます。
なお、統合前にバウチャーをお使いいただいても問題ございません。

村井

${outlookJa(`木村 彩 <${AYA.keep}>`, '2026年12月4日 23:02', 'AWS トレーニングと認定', `RE: ${formSubject(CASE.aya)}`, '統合すると、旧アカウントの割引クーポンは消えてしまいますか?')}`,
  }),
  mk({
    slug: 'fail-ue-gisou-shita-kakuninchu', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'failThenForged',
    note: 'status update; the top Authentication-Results says fail and a planted pass sits lower: untrusted',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-12-02 20:00:00', '+0900'), enc: 'utf8qp',
    text: `中村様

現在、担当部署にて確認を進めております。
恐れ入りますが、今しばらくお待ちください。

AWS トレーニングと認定`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'enquete-kaiketsu-shimashita-ka', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'satisfaction survey ("was it resolved?") about the case',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポートについてのアンケートにご協力ください',
    date: d('2026-12-06 03:00:00'), enc: 'jisb64',
    text: `${KEN.ja} 様

先日はケース ${CASE.ken} にて AWS サポートをご利用いただき、ありがとうございました。
今回のお問い合わせは解決しましたか? 1 分ほどで終わるアンケートにご回答ください。

https://survey.aws.example/support?case=${CASE.ken}

Amazon Web Services`,
  }),
  mk({
    slug: 'microsoft-credly-badge-qp', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-12-06 07:20:00'), enc: 'utf8qp', wholeSubject: true,
    text: `Misaki Ito様

Microsoftから「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5d2a

Credly, Inc.`,
  }),
  mk({
    slug: 'jibun-tensou-doryo-memo', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, forUser: false, trap: true, auth: 'none',
    note: "the user's own forward to a colleague about the merge: no news from support",
    from: `${KEN.ja} <${KEN.keep}>`, to: '田中 <tanaka@corp-b.example.co.jp>', subject: `Fwd: ${formSubject(CASE.ken)}`,
    date: d('2026-12-04 14:02:00', '+0900'), enc: 'jis7', deliveredTo: null, rcpt: 'tanaka@corp-b.example.co.jp',
    text: `田中さん

例の認定アカウントの件、統合が終わったと連絡がありました。参考までに転送します。
パートナーセントラルへの反映は数日かかるそうです。

中村

---------- Forwarded message ---------
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年12月4日(金) 13:44
Subject: ${formSubject(CASE.ken)}
To: <${KEN.keep}>

${KEN.ja} 様

ご依頼いただいたアカウントの統合が完了いたしました。`,
  }),
  mk({
    slug: 'fuzai-jido-outou-sjis', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: "a colleague's out-of-office auto-reply",
    from: '山口 恵 <m.yamaguchi@partner.example.co.jp>', to: MISAKI.keep, subject: `自動応答: ${formSubject(CASE.misaki)}`,
    date: d('2026-12-03 22:48:00', '+0900'), enc: 'sjis8', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `誠に恐れ入りますが、12 月 3 日から 12 月 8 日まで休暇をいただいております。
期間中はメールを確認できませんので、お急ぎの方は営業部 (sales@partner.example.co.jp) までご連絡ください。

山口`,
  }),
  mk({
    slug: 'shiken-kekka-ninntei-b64', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result / new certification notice from the portal; not the merge',
    from: PORTAL, to: AYA.keep, subject: 'AWS 認定試験の結果が確認できるようになりました',
    date: d('2026-12-19 08:00:00'), enc: 'utf8b64',
    text: `木村 彩 様

AWS Certified AI Practitioner 試験の結果が AWS Certification アカウントで確認できるようになりました。
合格された場合、デジタルバッジは Credly から数日以内にメールで届きます。

https://www.aws.training/certification

AWS Training and Certification`,
  }),
  mk({
    slug: 'summit-toroku-kanryo-html', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration "completed" marketing mail',
    from: 'AWS Events <aws-apac-events@amazon.com>', to: SHO.keep, subject: '【AWS Summit Japan】ご登録が完了しました',
    date: d('2026-12-10 01:00:00'), enc: 'utf8qp',
    text: `高橋 翔 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で QR コードをご提示ください。

セッションの予約は、マイページから行えます。
AWS Summit Japan 事務局`,
    html: `<div style="font-family:sans-serif">${paras(`高橋 翔 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で QR コードをご提示ください。

セッションの予約は、マイページから行えます。
AWS Summit Japan 事務局`)}</div>`,
  }),
  mk({
    slug: 'credly-account-merge-code-8bit', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code mail, not the AWS merge",
    from: 'Credly <admin@credly.com>', to: KEN.keep, subject: 'Credly アカウント統合の確認コード',
    date: d('2026-12-07 12:40:00'), enc: 'utf88bit',
    text: `Kenichi Nakamura様

Credly アカウントの統合リクエストを受け付けました。
次の確認コードを入力して、統合を完了してください。

確認コード: 482915

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'pearson-yoyaku-kakutei-jis', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation; not support, not the merge',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>', to: MISAKI.keep, subject: '試験予約確定のお知らせ',
    date: d('2026-12-11 05:00:00'), enc: 'jis7',
    text: `伊藤 美咲 様

以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2027年1月20日 10:00
会場: オンライン (OnVUE)

予約内容の確認・変更は、Pearson VUE のマイページから行ってください。`,
  }),
  mk({
    slug: 'skillbuilder-shiharai-kanryo', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'Skill Builder subscription payment "completed" receipt from a non-trusted domain',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: AYA.keep, subject: 'お支払い完了のお知らせ',
    date: d('2026-12-15 00:30:00'), enc: 'utf8qp',
    text: `木村 彩 様

AWS Skill Builder Individual サブスクリプションのお支払いが完了しました。
次回更新日: 2027年1月15日

ご利用ありがとうございます。`,
  }),
];
