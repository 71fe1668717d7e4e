// Set el, Japanese messages (part 1: receipts, AI answers, information and confirmation requests, completions).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, HANAKO, KEN, SUPPORT, TARO, formSubject, gmailJa, mk, outlookJa, quote, sfOriginal } from './common.js';

const K = `${KEN.ja} <${KEN.keep}>`;
const KW = `${KEN.ja} <${KEN.src}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const T = `${TARO.ja} <${TARO.keep}>`;

const KEN_REQ = `統合推進室の確井と申します。
AWS認定のアカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
(部署名に「統合」とありますが、社内システム統合の部署で、今回の依頼とは関係ありません)`;

const HANAKO_REQ = `佐藤と申します。前職で取得した認定と、個人で取得した認定が別のアカウントに分かれています。
個人の ${HANAKO.keep} 側に寄せていただけますでしょうか。
旧アカウントは ${HANAKO.src} です。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-kakui-jis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'automatic receipt of the new case; the case title carries the user\'s department name 統合推進室',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました`, when: '2026-03-02 10:14:07', enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: ${CASE.ken}
件名: 統合推進室 確井です / 認定アカウントを一つにしたい
カテゴリ: アカウント

担当者より順次ご連絡いたします。同じ内容で新しいケースを作成されますと、回答が遅れる場合がございます。
このメールに返信いただくと、本ケースに追記されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-notify-hanako-b64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'case-created notice; the attachment name 完了報告書.pdf and the queue label use completion words but this is only the receipt',
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanako} が作成されました`, when: '2026-03-05 21:40:55', enc: 'utf8b64',
    text: `佐藤 花子 様

サポートケースをお預かりしました。

  ケース番号 ..... ${CASE.hanako}
  担当キュー ..... 認定-完了/統合 (JP)
  添付ファイル ... 完了報告書.pdf (112 KB)

※ 添付ファイル名に「完了」とありますが、ケースの状態は「オープン」です。
回答は通常 1-2 営業日以内にお送りします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-queue-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'receipt whose routing queue is called "Closing & Confirmation"; nothing is closed or asked',
    from: SUPPORT, to: T, subject: `[CASE ${CASE.taro}] 受付番号のご案内`, when: '2026-02-11 08:02:19', enc: 'sjis8',
    text: `山田 太郎 様

このたびはお問い合わせいただき誠にありがとうございます。
受付番号 ${CASE.taro} にて承りました。

振り分け先: Closing & Confirmation Queue (Certification)
お問い合わせ種別: アカウントの統合

内容を拝見のうえ、担当より改めてご連絡差し上げます。今しばらくお待ちくださいませ。

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanakoDup, trap: false,
    note: 'reads as a case receipt, but from a look-alike domain with no authentication: untrusted',
    from: 'AWS 認定サポート <support@aws-certification-center.jp>', to: H, subject: `【受付完了】ケース ${CASE.hanakoDup}`, when: '2026-03-05 22:03:10', enc: 'utf8qp', auth: 'none',
    text: `佐藤 花子 様

お問い合わせを受け付けました。受付番号: ${CASE.hanakoDup}
本人確認のため、下記リンクよりサインインしてください。
https://aws-certification-center.jp/verify

AWS 認定サポート窓口`,
  }),
  mk({
    slug: 'ja-ack-shape-jisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'a receipt by shape only (ID, status, title); the title mentions 確認課, the user\'s department, not a confirmation request',
    from: AWS_NOTIFY, to: `${TARO.ja} <${TARO.src}>`, subject: `AWS Support: ケース ${CASE.taro}`, when: '2026-02-11 08:01:44', enc: 'jisb64',
    text: `ケース ID: ${CASE.taro}
ステータス: 未割り当て
件名: 確認課 山田より 認定アカウント統合のお願い
作成日時: 2026/02/11 08:01 JST
重要度: 一般的なご質問

ケースの詳細はサポートセンターでご覧いただけます。

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ja-ack-dept-qp', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'second copy of the receipt sent to the work address of 統合推進室; still the receipt',
    from: SUPPORT, to: KW, subject: `[CASE ${CASE.ken}] [AWS Training and Certification Form Submission] 受付`, when: '2026-03-02 10:14:09', enc: 'utf8qp',
    text: `確井 様 (統合推進室)

フォームからのお問い合わせを受け付けました。ケース番号は ${CASE.ken} です。
お問い合わせの際にご入力いただいたメールアドレスにも同じ内容をお送りしています。
ご返信の際は件名を変えずにお送りください。

---
AWS Training and Certification Form`,
  }),
  mk({
    slug: 'ja-ack-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'HTML-only receipt of the new case, mentions the AI answer the user skipped',
    from: SUPPORT, to: H, subject: `[CASE ${CASE.hanako}] お問い合わせありがとうございます`, when: '2026-03-05 21:41:30', enc: 'utf8b64',
    html: `<html><body><div style="font-family:sans-serif">
<p>佐藤 花子 様</p>
<p>自動回答で解決しなかったとのことで、ケースを起票いたしました。</p>
<table><tr><td>ケース番号</td><td><b>${CASE.hanako}</b></td></tr><tr><td>状態</td><td>受付済み</td></tr></table>
<p>担当者が内容を確認し、折り返しご連絡いたします。</p>
<p style="color:#777">AWS トレーニングと認定</p>
</div></body></html>`,
  }),
  mk({
    slug: 'ja-ack-merge-consulting-jis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'receipt; the company field says マージコンサルティング株式会社, a name, not a merge',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] お問い合わせ内容の控え`, when: '2026-03-02 10:15:02', enc: 'jis7',
    text: `以下の内容でお問い合わせを承りました。

お名前: 確井 健
会社名: マージコンサルティング株式会社 (旧 統合推進室)
AWS 認定 ID: ${KEN.keepId}
お問い合わせ内容: 認定アカウントの統合
ケース番号: ${CASE.ken}

本メールは送信専用アドレスからお送りしています。`,
  }),

  // ---------------- ai_answer (8) ----------------
  mk({
    slug: 'ja-ai-tool-jis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'generated answer pointing to the self-service Merge Accounts tool',
    from: SUPPORT, to: K, subject: 'AWS トレーニングと認定: 自動回答', when: '2026-03-02 10:05:31', enc: 'jis7',
    text: `このメッセージは AI により生成された回答です。

認定アカウントが 2 つある場合、多くは認定プロフィールの「アカウントのマージ」機能でお客様ご自身で統合できます。
1. 残したいアカウントでサインインします
2. プロフィール から アカウントのマージ を開きます
3. もう一方のアカウントの情報を入力します

両方のアカウントに認定履歴がある場合はツールが使えませんので、その際は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-after-merge-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that describes what happens after a merge (badges, vouchers); still an AI answer',
    from: SUPPORT, to: H, subject: '自動生成された回答をご確認ください', when: '2026-03-05 21:35:12', enc: 'sjisb64',
    text: `佐藤 様

お問い合わせ内容から、次の回答が見つかりました (自動生成)。

統合が完了すると、統合元の認定と特典 (次回受験の 50% 割引バウチャー) は統合先に表示されます。
Credly のバッジは自動で移らないことがあるため、統合後に統合先のメールアドレスでバッジを受け取り直してください。
統合の手順: 認定アカウントにサインイン、プロフィール、「Merge Accounts」。

この回答で解決しない場合は、ページ下部の「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-course-utf8qp', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that recommends the course 「移行を完了させる」 alongside the merge tool; the course name carries a completion word',
    from: SUPPORT, to: T, subject: 'AI アシスタントからのご案内', when: '2026-02-11 07:55:40', enc: 'utf8qp',
    text: `[AI 生成] 以下はお問い合わせへの自動回答です。正確でない場合があります。

・認定アカウントの統合はセルフサービスの統合ツールで行えます (認定ページ > プロフィール > アカウントの統合)。
・ツールがエラーになる場合はサポートケースを作成してください。
・関連コース: 「クラウド移行を完了させる (Completing Your Cloud Migration)」 - Skill Builder

問題は解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-html', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'HTML automatic suggestion with a self-service link before any case exists',
    from: SUPPORT, to: K, subject: 'ご質問への回答候補', when: '2026-03-02 10:05:58', enc: 'utf8b64',
    text: `回答候補 (自動)

同一人物の認定アカウントが複数ある場合は、Merge Accounts ツールをお試しください。
それでも統合できない場合は、このページの「ケースを作成」へお進みください。`,
    html: `<div><p><b>回答候補 (自動)</b></p><p>同一人物の認定アカウントが複数ある場合は、<a href="https://www.aws.training/certification">Merge Accounts ツール</a>をお試しください。</p><p>それでも統合できない場合は、このページの「ケースを作成」へお進みください。</p></div>`,
  }),
  mk({
    slug: 'ja-ai-closure-words-jis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that talks about confirming and closing in general terms; no case, no request',
    from: SUPPORT, to: H, subject: 'よくあるご質問からの自動回答', when: '2026-03-05 21:36:01', enc: 'jisb64',
    text: `自動応答: よくあるご質問

Q. 統合するとき、確認の連絡は来ますか?
A. サポートから統合の最終確認をお願いする場合があります。統合は元に戻せません。
Q. 古いアカウントはどうなりますか?
A. 統合後、統合元のアカウントは閉鎖されます。

ご自身で統合する場合は認定プロフィールの Merge Accounts をご利用ください。`,
  }),
  mk({
    slug: 'ja-ai-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-answer look-alike whose dmarc fails for amazon.com: untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', to: K, subject: '自動回答: アカウント統合について', when: '2026-03-02 11:12:00', enc: 'utf8b64', auth: 'fail',
    text: `これは自動生成された回答です。
アカウント統合ツールをご利用になるか、以下の窓口から統合を申請してください。
https://merge-accounts.example.net/aws`,
  }),
  mk({
    slug: 'ja-ai-badge-office-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated reply to a question sent from the company\'s badge-office mailbox; it suggests the tool, nothing moved',
    from: SUPPORT, to: `${KEN.ja} <${KEN.src}>`, subject: 'Re: badge-office からのお問い合わせ (自動回答)', when: '2026-03-01 17:20:44', enc: 'sjis8',
    text: `badge-office 御中 (確井様)

この回答はシステムが自動で作成しました。

Credly のバッジは、認定アカウントに登録されたメールアドレス宛てに発行されます。
アカウントが 2 つある場合は、まず Merge Accounts ツールで統合し、その後バッジを受け取ってください。
ツールで統合できない場合は、「ケースを作成」から担当者へお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'bilingual automated answer, Japanese first; suggests the Merge Accounts tool',
    from: SUPPORT, to: T, subject: 'Automated answer / 自動回答', when: '2026-02-11 07:56:10', enc: 'utf8qp',
    text: `※この回答は生成 AI によるものです。

認定アカウントの重複は、CertMetrics の「Merge Accounts」で解消できる場合があります。
両アカウントに合格履歴があるとエラーになりますので、その場合はケースを作成してください。

(English) This answer was generated automatically. Try the Merge Accounts tool first.`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-ids-jis', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'support needs both candidate IDs and which account to keep',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-03 14:22:18', enc: 'jis7',
    text: `確井 健 様

お問い合わせありがとうございます。AWS トレーニングと認定の石川です。

統合作業の前に、次の点をお教えいただけますか。
・両アカウントの認定 ID (AWS から始まる番号)
・それぞれのアカウントのサインイン用メールアドレス
・どちらのアカウントを残すか

お手数ですが、このメールへの返信でお送りください。

石川
AWS トレーニングと認定

${sfOriginal(KEN.keep, '2026/03/02 10:13', SUPPORT.replace(/^.*</, '').replace('>', ''), '認定アカウントの統合', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-confirm-addr-sjis', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not the consent request',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-06 11:05:37', enc: 'sjisb64',
    text: `佐藤 花子 様

ご連絡ありがとうございます。
旧アカウント (${HANAKO.src}) のほかに、2023 年に作成された別のプロフィールが見つかりました。
統合後に残すメールアドレスがどれになるか、ご確認のうえお知らせください。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 確認担当 森`,
  }),
  mk({
    slug: 'ja-info-kakui-agent-qp', kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'the agent is called 確井 (a confirm kanji in the name); the mail asks for the pass dates and IDs',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-12 16:40:03', enc: 'utf8qp',
    text: `山田様

お世話になっております。担当の確井でございます。

お調べしたところ、2 つのアカウントのうち片方に受験予約が残っておりました。
恐れ入りますが、次の情報をお送りくださいますようお願い申し上げます。
- 統合元アカウントで合格した試験名と合格日
- 統合先アカウントの認定 ID

上記をいただき次第、作業に進みます。

確井 (AWS Training and Certification)`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-jis', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'asks the user to write from the kept address and to give the source account\'s ID: info_request',
    from: SUPPORT, to: KW, subject: formSubject(CASE.ken), when: '2026-03-03 09:11:45', enc: 'jisb64',
    text: `確井様

お問い合わせは統合推進室のアドレスからいただいておりますが、
セキュリティのため、統合後に残すアカウントのメールアドレスからご返信ください。
その際、統合元アカウントの認定 ID も本文に記載してください。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-info-outlook-thread-utf8b64', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'second request in a thread: the candidate ID the user sent does not match; asks for a screenshot of the profile',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-07 10:30:12', enc: 'utf8b64',
    text: `佐藤様

ご返信ありがとうございます。
いただいた認定 ID「${HANAKO.srcId}」では該当のアカウントが見つかりませんでした。
お手数ですが、旧アカウントでサインインした後のプロフィール画面 (ID が表示される部分) の画像を添付してお送りいただけますか。

AWS トレーニングと認定 中村

${outlookJa(H, '2026年3月6日 22:10', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.hanako), `お世話になっております。佐藤です。
旧アカウントの ID は ${HANAKO.srcId} です。
よろしくお願いいたします。`)}`,
  }),
  mk({
    slug: 'ja-info-forged-below', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'asks for IDs and a password; the only pass verdict sits below the server\'s Received line: untrusted',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-03 15:02:00', enc: 'utf8qp', auth: 'forgedBelow',
    text: `確井様

統合のため、両アカウントの認定 ID と現在のパスワードを返信にてお知らせください。

AWS サポート`,
  }),
  mk({
    slug: 'ja-info-receipt-word-sjis', kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'mentions the receipt (受領) of the earlier mail, then asks which account to keep',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-13 10:02:51', enc: 'sjis8',
    text: `山田 太郎 様

メールを受領いたしました。ありがとうございます。
一点だけ、統合後にどちらのアカウント (個人 / 会社) を残されるご希望か、お聞かせいただけますでしょうか。
会社のアドレスは退職後に受信できなくなることが多いため、個人の方をおすすめしております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-gmail-quoted-jis', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'user quoted as saying his team is 「統合完了チーム」; support still needs the certification email address',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-04 13:48:29', enc: 'jis7',
    text: `確井様

ご返信ありがとうございます。
もう一つ、統合元アカウントに登録されている「認定の通知先メールアドレス」がサインイン用と異なるようです。
通知先として登録されているアドレスを教えていただけますか。

AWS トレーニングと認定

${gmailJa('2026年3月4日(水) 9:02', K, `ID は先日お送りしたとおりです。
署名に「統合完了チーム」とありますが部署名ですのでお気になさらず。

確井 健 / 統合完了チーム`)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-irreversible-jis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'support asks the user to agree to the merge, which cannot be undone',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-05 11:30:00', enc: 'jis7',
    text: `確井 健 様

情報のご提供ありがとうございました。以下の内容で統合いたします。

統合先 (残す): ${KEN.keepId} ${KEN.keep}
統合元 (まとめる): ${KEN.srcId} ${KEN.src}

統合は取り消すことができません。この内容で進めてよろしいか、本メールにご返信ください。

石川 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-consent-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'asks for consent (同意) before merging, with both accounts listed',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-08 09:45:16', enc: 'sjisb64',
    text: `佐藤様

画像をお送りいただきありがとうございます。アカウントを特定できました。
統合を実施してもよいか、ご同意の旨をご返信いただけますでしょうか。
統合後は元の状態に戻せないことをご了承ください。

  残すアカウント: ${HANAKO.keep} (${HANAKO.keepId})
  統合するアカウント: ${HANAKO.src} (${HANAKO.srcId})

中村`,
  }),
  mk({
    slug: 'ja-conf-merge-consulting-qp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'the source account belongs to マージコンサルティング; the request asks the user to agree to the irreversible merge',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-14 14:05:33', enc: 'utf8qp',
    text: `山田様

ご返信ありがとうございます。
統合元のアカウント (登録企業名: マージコンサルティング株式会社、完了済み試験 2 件) を、個人アカウントに統合する準備ができました。
いったん統合すると元には戻せません。差し支えなければ「統合に同意します」とご返信ください。

確井 (AWS トレーニングと認定)`,
  }),
  mk({
    slug: 'ja-conf-te-form-jis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'te-form chain: states the plan, warns it cannot be reversed, asks for a go-ahead reply',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-05 17:12:40', enc: 'jisb64',
    text: `確井様

ご提供いただいた ID でアカウントを確認できまして、${KEN.srcId} の認定 3 件を ${KEN.keepId} へ移す形で統合を予定しております。
統合後の取り消しはできかねますので、内容をご覧いただいて問題なければ、その旨ご返信いただけますと幸いです。

AWS トレーニングと認定 石川`,
  }),
  mk({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'HTML + text consent request: reply "はい" to proceed',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-08 09:47:02', enc: 'utf8b64',
    text: `佐藤様

統合について最終のご意思を伺います。
統合を進めてよろしければ「はい」とだけご返信ください。統合は取り消せません。

中村`,
    html: `<div>佐藤様<br><br>統合について最終のご意思を伺います。<br>統合を進めてよろしければ<b>「はい」</b>とだけご返信ください。統合は取り消せません。<br><br>中村</div>`,
  }),
  mk({
    slug: 'ja-conf-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'asks for consent, but the top verdict comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-05 18:00:00', enc: 'utf8qp', auth: 'lookalikeServer',
    text: `確井様
統合は元に戻せません。同意いただける場合は、以下のフォームから承認してください。
https://consent-aws.example.net/merge`,
  }),
  mk({
    slug: 'ja-conf-close-mention-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'consent request that also says the old account will be closed after the merge; nothing is closed yet',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-14 09:20:10', enc: 'sjis8',
    text: `山田 太郎 様

統合に先立ち、念のためお伺いいたします。
統合を行うと ${TARO.src} のアカウントは閉鎖され、認定と特典はすべて ${TARO.keep} 側に移ります。この操作は取り消しできません。
上記にご了承いただけるようでしたら、本メールにその旨ご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-mixed-en-boiler', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'Japanese new text with English case boilerplate: please reply to agree, cannot be reversed',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-08 10:01:00', enc: 'utf8qp',
    text: `佐藤様

アカウント統合の実施可否についてご返信をお待ちしております。
統合は一度行うと戻せませんので、進めてよい場合はご返信ください。

Please do not change the subject line when replying. This helps us keep your case ${CASE.hanako} together.
AWS Training and Certification`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merged-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'support says the two accounts have been merged',
    from: SUPPORT, to: K, subject: formSubject(CASE.ken), when: '2026-03-06 16:55:21', enc: 'jis7',
    text: `確井様

ご同意ありがとうございました。
本日、${KEN.srcId} を ${KEN.keepId} に統合いたしました。
統合先アカウントにサインインし、認定と特典が表示されていることをご確認ください。

石川`,
  }),
  mk({
    slug: 'ja-merged-portal-sjis', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'the certification portal\'s own merged notice, no case ID',
    from: CERT_PORTAL, to: H, subject: 'AWS 認定: アカウントが統合されました', when: '2026-03-09 03:12:08', enc: 'sjisb64',
    text: `佐藤 花子 様

お客様の AWS 認定アカウントは統合されました。
今後は ${HANAKO.keep} でサインインしてください。統合元のアカウントではサインインできません。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merged-report-pdf-qp', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'merge done; the agent also mentions the user\'s attached 完了報告書.pdf from earlier (a name only)',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-16 12:30:45', enc: 'utf8qp',
    text: `山田様

先日添付いただいた「完了報告書.pdf」は社内の報告書とのことで、今回の作業には使用しておりません。

さて、アカウントの統合作業が終わりました。${TARO.srcId} の合格履歴は ${TARO.keepId} に反映済みです。
表示に問題がありましたらお知らせください。

確井 (AWS トレーニングと認定)`,
  }),
  mk({
    slug: 'ja-merged-and-close-jisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-09 11:02:33', enc: 'jisb64',
    text: `佐藤様

お待たせいたしました。2 つの認定アカウントを ${HANAKO.keep} に一本化いたしました。
本件はこれにてクローズとさせていただきます。

中村 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-te-form-sjis', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'completion in a te-form sentence with the date between; addressed to 統合推進室 in the signature quote',
    from: SUPPORT, to: KW, cc: K, subject: formSubject(CASE.ken), when: '2026-03-06 17:01:00', enc: 'sjis8',
    text: `確井様

3 月 6 日付で、統合元アカウントの認定 3 件を統合先へ移しまして、統合の作業は終了しております。
念のため統合推進室のアドレスにもお送りしています。

石川

${quote(`確井 健 / 統合推進室 (社内システム統合担当)`)}`,
  }),
  mk({
    slug: 'ja-merged-misaligned', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trap: false,
    note: 'says the merge is done, but DKIM belongs to an unrelated bulk sender and dmarc fails: untrusted',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] 統合完了のお知らせ`, when: '2026-03-06 19:44:00', enc: 'utf8b64', auth: 'misaligned',
    text: `確井様
アカウントの統合が完了しました。特典の再発行には以下から手続きしてください。
https://aws-voucher.example.net/`,
  }),
  mk({
    slug: 'ja-merged-html', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, trap: false,
    note: 'HTML completion with a table of moved certifications',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-02-16 12:31:10', enc: 'utf8qp',
    html: `<html><body><p>山田 太郎 様</p><p>ご依頼のアカウント統合を実施いたしました。統合先アカウントには次の認定が表示されます。</p>
<table border="1"><tr><th>認定</th><th>有効期限</th></tr><tr><td>AWS Certified Solutions Architect - Associate</td><td>2028/05/20</td></tr><tr><td>AWS Certified Cloud Practitioner</td><td>2027/11/02</td></tr></table>
<p>AWS トレーニングと認定</p></body></html>`,
  }),
  mk({
    slug: 'ja-merged-mobile-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, trap: false,
    note: 'short completion note above quoted consent from a phone',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-03-09 10:58:00', enc: 'jis7',
    text: `佐藤様

ご返信ありがとうございます。統合が済みましたのでお知らせいたします。

中村

${gmailJa('2026年3月8日(日) 21:14', H, `はい、お願いします。

iPhoneから送信`)}`,
  }),

  // portal-adjacent unrelated lives in msgs-ja2.ts
];
