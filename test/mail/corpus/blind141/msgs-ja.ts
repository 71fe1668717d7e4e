// ej set, Japanese messages. Voice: 略語, clipped words, 体言止め, notes-style lines.
import type { Msg } from './lib.js';
import { C, CREDLY, FORM, FORM_BARE, HANAKO, KENJI, NOREPLY, PORTAL, TARO, formSubj, gmJa, mk, olJa, paras, q, ref, sf } from './common.js';

const TARO_REQ = `アカ統合依頼。
統合先(残す方): ${TARO.keepId} / ${TARO.keep}
統合元: ${TARO.srcId} / ${TARO.src}
退職予定のため個人アカへ認定まとめたし。
山田`;

const HANAKO_REQ = `お世話になります、佐藤です。
認定アカウントが2つあるため統合希望。
残す: ${HANAKO.keep}
消す: ${HANAKO.src}
よろしくお願いします。`;

const KENJI_REQ = `AWS認定のアカ統合の件で問合せです。
旧: ${KENJI.src} (${KENJI.srcId})
新: ${KENJI.keep} (${KENJI.keepId}) ←こちらに集約希望
伊藤`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-noreply-jis',
    kind: 'acknowledgement', lang: 'ja', caseId: C.taro, trap: false,
    note: 'automatic receipt of the new case with its ID, notes-style',
    from: NOREPLY, to: TARO.keep, subject: `お問合せ受付のお知らせ [ケースID: ${C.taro}]`, at: '2026-11-30 22:14:05', enc: 'jis7',
    text: `本メールは送信専用アドレスより自動送信。

AWS トレーニングと認定へのお問合せ、受付済。
ケースID: ${C.taro}
受付日時: 2026/11/30 22:14 (JST)

担当より原則24h以内に連絡予定。
同一内容での再起票は不要(対応遅延の原因となるため)。
追加情報はこのメールへの返信で可。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-form-sjis',
    kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'form receipt: 受付番号, status 受付済, no human text',
    from: FORM, to: HANAKO.keep, subject: `[CASE ${C.hanako}] [AWS Training and Certification Form Submission] - 受付`, at: '2026-12-01 08:02:44', enc: 'sjis8',
    text: `■受付番号: ${C.hanako}
■区分: AWS トレーニングと認定 / 認定
■ステータス: 受付済

お問合せありがとうございます。内容確認の上、担当者より折返し連絡いたします。
※本メールは自動送信です。
${ref('Hk2L9')}`,
  }),
  mk({
    slug: 'ja-ack-html-kenji',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'HTML-only automatic receipt, case number in a table',
    from: NOREPLY, to: KENJI.keep, subject: `ケース受付完了 (${C.kenji})`, at: '2026-12-02 19:40:12', enc: 'utf8b64',
    html: `<html><body>
<p>伊藤 様</p>
<p>AWS サポートへの問合せを受け付けました。</p>
<table border="1"><tr><td>ケースID</td><td>${C.kenji}</td></tr><tr><td>種別</td><td>トレーニングと認定</td></tr><tr><td>重要度</td><td>一般</td></tr></table>
<p>担当エンジニア割当後、メールにて連絡。ケースの状況はサポートセンターにて確認可。</p>
<p>-- 本メールへの返信はケースに追記されます --</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-dupcase-jisb64',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kenji2, trap: false,
    note: 'bare receipt of a second case number; says nothing of its topic',
    from: FORM, to: KENJI.keep, subject: `[CASE ${C.kenji2}] 受付`, at: '2026-12-03 07:11:30', enc: 'jisb64',
    text: `問合せ番号 ${C.kenji2} にて承りました。
担当割当まで暫くお待ちください。
(自動送信)`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike',
    kind: 'acknowledgement', lang: 'ja', caseId: C.taro, trap: false,
    note: 'looks like a receipt but From is a look-alike domain and no auth: untrusted',
    from: 'AWS サポート <support@aws-training-support.jp>', to: TARO.keep, subject: `【受付済】お問合せ番号 ${C.taro}`, at: '2026-12-01 03:21:09', enc: 'utf8qp', auth: 'none',
    relay: 'smtp.aws-training-support.jp',
    text: `お問合せ受付済です。(No. ${C.taro})
本人確認のため24h以内に下記URLよりサインイン願います。未対応の場合ケース無効。
https://aws-training-support.jp/verify?c=${C.taro}

AWSサポート窓口`,
  }),
  mk({
    slug: 'ja-ack-fields-listed',
    kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'receipt echoing the submitted fields incl. merge words; still the automatic receipt',
    from: FORM, to: HANAKO.keep, subject: `[CASE ${C.hanako}] お問い合わせ内容の控え`, at: '2026-12-01 08:02:51', enc: 'jis7',
    text: `以下の内容で受付。ケースID ${C.hanako}。

--- 入力内容 ---
問合せ種別: AWS トレーニングと認定
問題の種類: 認定 > アカウントの統合
氏名: 佐藤 花子
会社名: (未入力)
AWS 候補者ID: ${HANAKO.keepId}
詳細: 認定アカの統合希望(残す: ${HANAKO.keep})
---------------

統合可否・手順は担当より追って連絡。本メールは控えとして保管願います。`,
  }),
  mk({
    slug: 'ja-ack-mixed-utf8qp',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'bilingual receipt; Japanese part says 受付済, ID in subject and body',
    from: NOREPLY, to: KENJI.keep, subject: `AWS Support: ケース ${C.kenji} 受付済 / Case received`, at: '2026-12-02 19:40:15', enc: 'utf8qp',
    text: `Case ID: ${C.kenji}
Subject: account-assistance

[日本語]
ケース受付済。担当者からの回答をお待ちください。重複起票はご遠慮ください。

[English]
We have received your case. Please do not open a duplicate case.

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ja-ack-dkimonly-sjisb64',
    kind: 'acknowledgement', lang: 'ja', caseId: C.taroOld, trap: false,
    note: 'very short automatic receipt, aligned DKIM only',
    from: FORM, to: TARO.src, rcpt: TARO.src, subject: `受付: [CASE ${C.taroOld}]`, at: '2026-11-18 12:00:03', enc: 'sjisb64', auth: 'dkimonly',
    text: `ケース ${C.taroOld} 起票済。
担当より連絡します。取急ぎ受付のご連絡まで。
AWS T&C カスタマーサービス(自動送信)`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice-jis',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated suggestion to try the self-service merge tool',
    from: NOREPLY, to: TARO.keep, subject: 'AIアシスタントからの回答', at: '2026-11-30 22:09:40', enc: 'jis7',
    text: `※この回答は生成AIにより自動作成。内容は参考情報。

ご質問: 認定アカウント2つを1つに
回答:
・認定ポータル → プロフィール → 「アカウントの統合」でセルフ統合可。
・両アカに認定履歴ありの場合はツール不可 → 「ケースを作成」からサポートへ。
・事前に候補者ID(AWS + 数字)を両方控えておくと円滑。

解決しない場合、画面下部「ケースを作成」を押下。`,
  }),
  mk({
    slug: 'ja-ai-after-merge-qp',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that explains what happens after a merge (badges etc.); still ai_answer',
    from: NOREPLY, to: HANAKO.keep, subject: 'Re: アカウント統合について (自動応答)', at: '2026-12-01 07:58:02', enc: 'utf8qp',
    text: `自動応答です。

アカ統合後の流れ(一般論):
- 統合済となると、統合元の認定・試験履歴・特典は統合先へ移行。
- Credly バッジは自動で移らない場合あり。統合後、統合先のメールで Credly にて受領を。
- 統合は取消不可。

まずはセルフサービスの Merge Accounts ツールをお試しください。
このAI回答で解決しない場合は「ケースを作成」へ。`,
  }),
  mk({
    slug: 'ja-ai-html-b64',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'HTML-only generated answer pointing to the Merge Accounts tool',
    from: NOREPLY, to: KENJI.keep, subject: '生成AIによる回答のご案内', at: '2026-12-02 19:31:55', enc: 'utf8b64',
    html: `<div style="font-family:sans-serif">
<p><b>生成AIによる回答</b>(正確性は保証されません)</p>
<p>認定アカウントの統合はセルフサービスの「Merge Accounts」ツールで可能な場合あり。</p>
<ol><li>認定アカにサインイン</li><li>プロフィール &gt; アカウント統合</li><li>統合元の認証情報を入力</li></ol>
<p>ツールでエラーの場合: 本画面の「ケースを作成」より問合せ。</p>
</div>`,
  }),
  mk({
    slug: 'ja-ai-checklist-sjis',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated checklist of what to prepare; reads like an information request but is the AI answer',
    from: NOREPLY, to: TARO.src, subject: 'AWS 認定: よくある質問への自動回答', at: '2026-11-18 11:52:10', enc: 'sjis8',
    text: `[自動回答] 認定アカ統合の準備

要確認事項:
・両アカの候補者ID
・ログイン用メアド
・aws.training 通知先メアド
・残す方のアカ
・各アカの認定(名称/合格日/有効期限)

上記準備の上、Merge Accounts ツールをお試しください。不可の場合のみケース作成。
(この回答はAIにより生成されています)`,
  }),
  mk({
    slug: 'ja-ai-short-jisb64',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'one-paragraph AI suggestion, clipped style',
    from: NOREPLY, to: HANAKO.keep, subject: 'お問合せへのAI回答', at: '2026-12-01 07:57:33', enc: 'jisb64',
    text: `AI回答: 認定アカ統合 → セルフサービスの統合ツール推奨。両方に認定保有の場合は要サポート問合せ。
詳細は AWS 認定 FAQ 参照。役に立たなかった場合は「ケースを作成」。`,
  }),
  mk({
    slug: 'ja-ai-forged-misaligned',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'an "AI answer" whose DKIM is for a bulk-mail domain and dmarc fails: untrusted',
    from: 'AWS 認定 AIサポート <ai-answer@amazon.com>', to: KENJI.keep, subject: 'AIサポートからのご提案', at: '2026-12-02 20:05:18', enc: 'utf8b64', auth: 'misaligned',
    relay: 'o12.sendgrid-bulk-7731.net',
    text: `AIサポートです。アカ統合はセルフ統合ツールでどうぞ。
ツールはこちら → http://merge-tool.sendgrid-bulk-7731.net/aws
(自動生成の回答)`,
  }),
  mk({
    slug: 'ja-ai-bilingual-jis',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI answer with English disclaimer and Japanese body',
    from: NOREPLY, to: KENJI.src, rcpt: KENJI.src, subject: 'Generated answer / 自動生成の回答', at: '2026-12-02 18:44:06', enc: 'jis7',
    text: `This response was generated by AI.

認定アカが複数ある場合、統合ツール(Merge Accounts)で1つに集約可。ツール利用不可のケース: 双方に認定あり、氏名不一致 等。
その場合はサポートへケース起票を。
FYI: 統合先は今後使い続けるメアドのアカ推奨。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-list-jis',
    kind: 'info_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'agent asks for candidate IDs, login e-mails and which account to keep',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-01 14:20:31', enc: 'jis7',
    text: `山田様

AWS T&C CS の中村です。アカ統合の件、以下要確認。

1) 統合先アカの候補者ID
2) 統合元アカのログインメアド(aws.training 側)
3) 残すアカ(どちらに認定を集約するか)

上記ご返信いただき次第、手続き進めます。

中村
AWS Training and Certification Customer Service
${ref('Ta1N7')}

${sf(TARO.keep, '2026-11-30 13:14', FORM_BARE, '[AWS Training and Certification Form Submission] - account-assistance', TARO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-confirm-addr-sjis',
    kind: 'info_request', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'uses 確認 but asks which address to keep (information, not consent)',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-02 10:05:47', enc: 'sjis8',
    text: `佐藤様

問合せありがとうございます。小林です。
統合後に使うメアド、${HANAKO.keep} で相違ないか、ご確認のうえお知らせください。
併せて統合元の候補者IDも願います(検索でヒットせず)。

AWS トレーニングと認定 小林

${olJa(`佐藤 花子 <${HANAKO.keep}>`, '2026年12月1日 8:01', FORM_BARE, 'アカウント統合', HANAKO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-writefromkeep-ids-b64',
    kind: 'info_request', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'asks to resend from the kept account AND to include both candidate IDs',
    from: FORM, to: KENJI.src, rcpt: KENJI.src, subject: formSubj(C.kenji), at: '2026-12-03 09:12:10', enc: 'utf8b64',
    text: `伊藤様

ご連絡ありがとうございます。
恐縮ですがセキュリティ上、統合先アカに登録のメアド(${KENJI.keep} と理解)からご返信願います。
その際、両アカの候補者IDを本文に記載のこと。

以上、取急ぎ。
AWS T&C CS / 松本`,
  }),
  mk({
    slug: 'ja-info-notes-sjisb64',
    kind: 'info_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'notes-style list of data still required (氏名ローマ字, 会社名, IDs)',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-02 16:48:00', enc: 'sjisb64',
    text: `山田様

■ご提供依頼(未受領分)
・氏名(ローマ字、認定証記載どおり)
・会社名(統合元アカ登録時)
・統合元の候補者ID: 未
・統合先の候補者ID: 済 (${TARO.keepId})

揃い次第、統合手続きへ。
CS 中村`,
  }),
  mk({
    slug: 'ja-info-toppost-gmailquote',
    kind: 'info_request', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'top-posted short ask for exam history above a Gmail-style quote',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-03 11:30:22', enc: 'utf8b64',
    text: `佐藤様
ありがとうございます。追加で、両アカの取得済み認定(認定名・合格日)ご教示願えますか。照合に使用します。
小林

${gmJa('2026年12月2日(水) 21:03 佐藤 花子 <' + HANAKO.keep + '>', '', `はい、${HANAKO.keep} で相違ありません。
統合元の候補者IDは ${HANAKO.srcId} です。`)}`,
  }),
  mk({
    slug: 'ja-info-terse-jisb64',
    kind: 'info_request', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'terse ask: Skill Builder address and aws.training notification address',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-04 10:02:19', enc: 'jisb64',
    text: `伊藤様
統合元アカ、Skill Builder 登録メアドと認定通知先メアドが不一致。どちらも教えてください。
AWS T&C CS 松本`,
  }),
  mk({
    slug: 'ja-info-forged-amaz0n',
    kind: 'info_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'phishing-style info request (password) from amaz0n.com look-alike: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>', to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-02 02:44:51', enc: 'jis7', auth: 'fail',
    text: `山田様
統合手続きのため、両アカのログインID・パスワードを本メールにご返信願います。
至急。48h以内に未返信の場合、統合不可となります。
AWS CS`,
  }),
  mk({
    slug: 'ja-info-teamlist-notforuser',
    kind: 'info_request', lang: 'ja', caseId: C.team, trap: false,
    note: 'support asks a corporate team list (not the user) for the IDs; not delivered to the user',
    from: FORM, to: 'cert-admin@corp.example.co.jp', subject: formSubj(C.team), at: '2026-12-04 15:10:00', enc: 'jis7',
    text: `ご担当者様
統合対象の候補者ID一覧(統合先/統合元)を本ケースへ返信で送付願います。氏名とメアドも併記のこと。
AWS T&C CS`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-irreversible-jis',
    kind: 'confirmation_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'asks consent to the irreversible merge by reply',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-03 10:40:11', enc: 'jis7',
    text: `山田様

情報ありがとうございます。照合済。
統合先: ${TARO.keepId} (${TARO.keep})
統合元: ${TARO.srcId} (${TARO.src})

統合後は元に戻せません。本メールへの返信にて、統合実施の可否をお知らせください。
返信受領後、手続き開始。

中村`,
  }),
  mk({
    slug: 'ja-conf-agree-sjis',
    kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'notes-style: reply 「同意」 if the pair is right; irreversible',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-04 09:15:27', enc: 'sjis8',
    text: `佐藤様

統合先: ${HANAKO.keepId} / ${HANAKO.keep}
統合元: ${HANAKO.srcId} / ${HANAKO.src}
→ 相違なければ「同意」とご返信ください。
※取消不可。統合元アカは閉鎖扱い。

小林 (AWS トレーニングと認定)`,
  }),
  mk({
    slug: 'ja-conf-html-alt',
    kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'multipart: 統合実行前の最終確認, asks for 了承 reply',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-05 13:33:03', enc: 'utf8qp',
    text: `伊藤様

内容確認済。統合実行前の最終確認です。
${KENJI.srcId} の認定・履歴を ${KENJI.keepId} へ集約。取り消し不可のため、ご了承の旨ご返信願います。

松本`,
    html: paras(`伊藤様

内容確認済。統合実行前の最終確認です。
${KENJI.srcId} の認定・履歴を ${KENJI.keepId} へ集約。取り消し不可のため、ご了承の旨ご返信願います。

松本`),
  }),
  mk({
    slug: 'ja-conf-mobile-short',
    kind: 'confirmation_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'very short consent ask, case ID only in body, LF line ends',
    from: FORM, to: TARO.keep, subject: 'RE: 認定アカウントの件', at: '2026-12-03 18:02:55', enc: 'utf8b64', crlf: false,
    text: `山田様
ケース${C.taro}の件。統合OKでよろしいか、一言ご返信を。実行後の差し戻し不可です。
中村`,
  }),
  mk({
    slug: 'ja-conf-outlookquote-jisb64',
    kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'consent ask above an Outlook 差出人 block with the user details',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-05 10:20:40', enc: 'jisb64',
    text: `伊藤様
ご提供情報で照合完了。下記で統合進めてよろしいでしょうか。承諾の旨ご返信を。統合は不可逆。
統合先 ${KENJI.keepId} ← 統合元 ${KENJI.srcId}
松本

${olJa(`伊藤 健二 <${KENJI.keep}>`, '2026年12月4日 22:10', FORM_BARE, formSubj(C.kenji), `Skill Builder: ${KENJI.src}
認定通知先: ${KENJI.keep}
以上です。`)}`,
  }),
  mk({
    slug: 'ja-conf-forged-failthen',
    kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'consent request whose topmost auth result fails; a pass is planted lower: untrusted',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-04 03:12:12', enc: 'utf8qp', auth: 'failThenForged',
    relay: 'mail.bulk-relay.example.net',
    text: `佐藤様
統合の同意確認です。下記リンクからサインインして「同意」を押下願います。
https://aws-merge-consent.example.net/c/${C.hanako}
至急対応のこと。`,
  }),
  mk({
    slug: 'ja-conf-bilingual-b64',
    kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'Japanese consent ask with an English summary block',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-04 09:30:00', enc: 'utf8b64',
    text: `佐藤様
統合実施のご了承確認。以下でOKなら返信にて「承諾」とお知らせください(取消不可)。

Summary: merge ${HANAKO.srcId} -> ${HANAKO.keepId}. Irreversible. Pls reply to conf.

小林`,
  }),
  mk({
    slug: 'ja-conf-typo-jis',
    kind: 'confirmation_request', lang: 'ja', caseId: C.taro, trap: false,
    note: 'consent ask with typos (よろしいでしょか)',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-03 10:52:30', enc: 'jis7',
    text: `山田様
先ほどの続き。統合を実行してよろしいでしょか。統合後は元にもどせません。
問題なけば、このメールに「統合希望」と返信ください。
中村`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-checkplease-jis',
    kind: 'merge_completed', lang: 'ja', caseId: C.taro, trap: false,
    note: 'アカウント統合済, asks to check certs/benefits look right: still merge_completed',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-04 15:02:18', enc: 'jis7',
    text: `山田様

アカウント統合済です。
統合先 ${TARO.keepId} にて、認定・試験履歴・特典(50%割引)の表示をご確認ください。
不備あればこのケースへ返信を。

中村`,
  }),
  mk({
    slug: 'ja-merge-portal-html',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: HANAKO.keep, subject: 'AWS 認定: アカウントの統合が完了しました', at: '2026-12-05 02:10:44', enc: 'utf8b64',
    html: `<html><body><h2>AWS Certification</h2>
<p>佐藤 花子 様</p>
<p>ご利用のAWS認定アカウントの統合が完了しました。統合元アカウントの認定資格・試験履歴は、本アカウント(${HANAKO.keep})に表示されます。</p>
<p>Candidate ID: ${HANAKO.keepId}</p>
<p><a href="https://www.aws.training/Certification">認定アカウントへサインイン</a></p>
</body></html>`,
  }),
  mk({
    slug: 'ja-merge-andclose-sjis',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-06 11:45:09', enc: 'sjis8',
    text: `伊藤様
ご返信ありがとうございます。統合対応済です(${KENJI.srcId} → ${KENJI.keepId})。
本ケースはこれにてクローズします。
松本`,
  }),
  mk({
    slug: 'ja-merge-statusboard-sjisb64',
    kind: 'merge_completed', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'notes-style result block: 統合 済 / 認定履歴 済 / Credly 別途',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-05 01:58:31', enc: 'sjisb64',
    text: `佐藤様

【対応結果】
統合: 済
認定履歴移行: 済
特典: 移行済
Credly バッジ: 別途(統合先メアドで要受領)

ご確認願います。
小林`,
  }),
  mk({
    slug: 'ja-merge-restate-new',
    kind: 'merge_completed', lang: 'ja', caseId: C.taro, trap: false,
    note: 'restates consent and IDs, then reports the merge as done today',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-04 09:10:00', enc: 'utf8qp',
    text: `山田様
12/3 ご承諾受領 → 本日(12/4)、${TARO.srcId} を ${TARO.keepId} へ統合いたしました。
旧アカ(${TARO.src})でのサインインは今後不可。
中村`,
  }),
  mk({
    slug: 'ja-merge-forged-none',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'completion notice with no Authentication-Results at all: untrusted',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-06 04:40:41', enc: 'jis7', auth: 'none',
    relay: 'mta7.mailer-farm.example.org',
    text: `伊藤様
アカウント統合済。統合完了の確認のため、下記から再ログインしてください。
http://aws-cert-login.example.org/
AWS`,
  }),
  mk({
    slug: 'ja-merge-gmailquote-jisb64',
    kind: 'merge_completed', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'short completion above the quoted consent reply',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-04 23:05:50', enc: 'jisb64',
    text: `佐藤様
統合、完了しました。統合先アカにて認定4件の表示を確認済です。
小林

${gmJa('2026年12月4日(金) 12:41 佐藤 花子 <' + HANAKO.keep + '>', '', '同意します。統合お願いします。')}`,
  }),
  mk({
    slug: 'ja-merge-resent-oldcorp',
    kind: 'merge_completed', lang: 'ja', caseId: C.taroCorp, trap: false,
    note: 'completion of an earlier case, redirected by a corporate rule (Resent-*): not for the user',
    from: FORM, to: TARO.src, subject: formSubj(C.taroCorp), at: '2026-11-20 10:00:00', enc: 'jis7',
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-archive@corp.example.co.jp', date: 'Fri, 20 Nov 2026 10:03:11 +0900' },
    text: `山田様
ご依頼のアカ統合、対応済です。統合先にて内容ご確認を。
AWS T&C CS`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-alt',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY, to: TARO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-12-05 06:12:00', tz: '+0000', enc: 'utf8b64',
    text: `山田 太郎 様

Amazon Web Services Training and Certification より「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c2a7e

Credly`,
    html: `<p>山田 太郎 様</p><p>Amazon Web Services Training and Certification より「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/3f1c2a7e">バッジを入手する</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'ja-badge-credly-jis',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'second AWS badge via Credly, plain ISO-2022-JP',
    from: CREDLY, to: TARO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-12-05 06:12:41', tz: '+0000', enc: 'jis7',
    text: `山田 太郎 様
AWS Certified Cloud Practitioner のバッジが届いています。
バッジを入手する
https://www.credly.com/earner/earned/badge/90ab44d1
(このメールは Credly より送信)`,
  }),
  mk({
    slug: 'ja-badge-support-close',
    kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'support: Credly badges moved to kept account, closing',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-07 10:20:33', enc: 'jis7',
    text: `佐藤様
Credly バッジ、統合先アカ(${HANAKO.keep})へ移行済。
本ケースはこれにてクローズ。ご利用ありがとうございました。
小林`,
  }),
  mk({
    slug: 'ja-badge-support-sjis',
    kind: 'badges_transferred', lang: 'ja', caseId: C.taro, trap: false,
    note: 'support: badge move done, check on Credly',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-06 14:01:12', enc: 'sjis8',
    text: `山田様
ご依頼のバッジ移行、対応済です。Credly にて統合先メアドでサインのうえ要確認。
計3件(SAA / CLF / DVA)。
中村

${q(`バッジが旧アカのままです。移行お願いできますか。
山田`)}`,
  }),
  mk({
    slug: 'ja-badge-forged-credly',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'badge mail from credIy.com (capital I) look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-12-06 01:01:01', enc: 'utf8qp', auth: 'fail',
    text: `伊藤 健二 様
AWS Certified Developer - Associate のバッジが発行されました。
バッジを入手する: http://credly-badge-claim.example.com/x
`,
  }),
  mk({
    slug: 'ja-badge-credly-html-sjisb64',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'HTML-only AWS badge notice via Credly, Shift_JIS base64',
    from: CREDLY, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-12-07 00:30:00', tz: '+0000', enc: 'sjisb64',
    html: `<html><body><p>伊藤 健二 様</p><p>AWS Certified SysOps Administrator - Associate のバッジを受け取る準備ができました。</p><p><a href="https://www.credly.com/earner/earned/badge/5d2e0c19">バッジを入手する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-badge-notes-jisb64',
    kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'support notes line: Credly 移行 済',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-07 16:40:02', enc: 'jisb64',
    text: `伊藤様
・Credly 移行: 済(統合先 ${KENJI.keep} に紐付け)
・対象: 2件
以上、ご報告まで。松本`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-autoclose-jis',
    kind: 'case_closed', lang: 'ja', caseId: C.kenji2, trap: false,
    note: 'will auto-close in 7 days without reply',
    from: FORM, to: KENJI.keep, subject: `[CASE ${C.kenji2}] 自動クローズのお知らせ`, at: '2026-12-06 09:00:00', enc: 'jis7',
    text: `伊藤様
本ケース、7日間返信なき場合は自動クローズ。
継続希望の場合は本メールへ返信願います。
AWS T&C CS`,
  }),
  mk({
    slug: 'ja-closed-restate-merge',
    kind: 'case_closed', lang: 'ja', caseId: C.taro, trap: true,
    note: 'closing that only restates the earlier merge',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-10 10:00:19', enc: 'sjis8',
    text: `山田様
先日ご案内のとおり統合済のため、本ケースはクローズいたします。
再度ご不明点あればこのメールへ返信を(ケース再開)。
中村`,
  }),
  mk({
    slug: 'ja-closed-noreply-resolved',
    kind: 'case_closed', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'system notice: case resolved and closed',
    from: NOREPLY, to: HANAKO.keep, subject: `ケース ${C.hanako} は解決済としてクローズされました`, at: '2026-12-07 10:25:00', enc: 'utf8b64',
    text: `ケースID: ${C.hanako}
ステータス: 解決済(クローズ)

再開が必要な場合は、サポートセンターから返信してください。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-noresp-sjis',
    kind: 'case_closed', lang: 'ja', caseId: C.taroOld, trap: false,
    note: 'closed for lack of reply',
    from: FORM, to: TARO.src, rcpt: TARO.src, subject: formSubj(C.taroOld), at: '2026-11-26 09:30:00', enc: 'sjis8',
    text: `山田様
前回連絡以降ご返信なきため、クローズ処理済。
必要時は新規問合せ願います。
AWS T&C CS`,
  }),
  mk({
    slug: 'ja-closed-reminder-qp',
    kind: 'case_closed', lang: 'ja', caseId: C.kenji2, trap: false,
    note: 'reminder: 3日以内に返信なければクローズ',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji2), at: '2026-12-09 09:00:00', enc: 'utf8qp',
    text: `伊藤様
リマインド。3日以内にご返信なき場合、本ケースはクローズとなります。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-restate-badges',
    kind: 'case_closed', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'closing that restates last week\'s badge move',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-14 11:11:11', enc: 'jis7',
    text: `伊藤様
バッジ移行は先週対応済のとおり。追加のご要望なしと判断し、本件クローズします。
松本`,
  }),
  mk({
    slug: 'ja-closed-html-alt',
    kind: 'case_closed', lang: 'ja', caseId: C.hanako, trap: false,
    note: 'multipart closing notice from the form address',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-08 09:00:00', enc: 'utf8b64',
    text: `佐藤様\n\n本ケースはクローズしました。ご協力ありがとうございました。\n\nAWS T&C CS`,
    html: `<p>佐藤様</p><p>本ケースは<b>クローズ</b>しました。ご協力ありがとうございました。</p><p>AWS T&amp;C CS</p>`,
  }),
  mk({
    slug: 'ja-closed-dkim-jisb64',
    kind: 'case_closed', lang: 'ja', caseId: C.taro, trap: false,
    note: 'auto-close warning, aligned DKIM only',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-08 09:00:00', enc: 'jisb64', auth: 'dkimonly',
    text: `山田様
返信なき場合、5営業日後に本ケース自動クローズ。
AWS T&C`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-notyet-escalated',
    kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'negated: 統合 未完了, escalated, ETA unknown',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-05 18:00:00', enc: 'jis7',
    text: `伊藤様
統合は未完了です。担当チームへエスカレ済、ETA未定。
進捗あり次第連絡します。
松本`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm',
    kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-03 19:10:10', enc: 'sjis8',
    text: `山田様
ご確認ありがとうございます。担当チームに依頼済です。
対応済み次第、改めて連絡します。
中村

${q(`統合お願いします。
山田`)}`,
  }),
  mk({
    slug: 'ja-sr-future-merge',
    kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'future: 統合が完了しましたら連絡',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-04 12:50:00', enc: 'utf8qp',
    text: `佐藤様
ご同意承りました。統合が完了しましたら、改めてご連絡いたします。通常2-3営業日。
小林`,
  }),
  mk({
    slug: 'ja-sr-dupcases-merged',
    kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'duplicate cases merged, not the account merge',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-03 12:00:00', enc: 'jisb64',
    text: `伊藤様
重複ケース ${C.kenji2} は本ケース(${C.kenji})へ統合済。以後こちらで対応します。
松本`,
  }),
  mk({
    slug: 'ja-sr-badges-pending',
    kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: 'badges not yet moved, request passed to Credly side',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-05 17:30:00', enc: 'jis7',
    text: `山田様
バッジは現在未移行。Credly 側へ依頼中です。数日要する見込み。
中村`,
  }),
  mk({
    slug: 'ja-sr-writefromkeep',
    kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'asks to write from the kept address without asking for any data',
    from: FORM, to: HANAKO.src, rcpt: HANAKO.src, subject: formSubj(C.hanako), at: '2026-12-01 16:00:00', enc: 'sjisb64',
    text: `佐藤様
恐れ入りますが、本件は残す方のメアドよりご連絡ください。以後そちらで対応。
小林`,
  }),
  mk({
    slug: 'ja-sr-wip-mobile',
    kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: false,
    note: 'status: 対応中, please wait',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-05 08:00:00', enc: 'utf8b64', crlf: false,
    text: `伊藤様
現在対応中。今しばらくお待ちください。
松本`,
  }),
  mk({
    slug: 'ja-sr-benefit-explain',
    kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'answers a question about vouchers after a merge; no event',
    from: FORM, to: HANAKO.keep, subject: formSubj(C.hanako), at: '2026-12-02 15:00:00', enc: 'jis7',
    text: `佐藤様
お問合せの特典(50%割引)、統合後に統合先へ反映される仕様です。有効期限は変わりません。
小林`,
  }),
  mk({
    slug: 'ja-sr-forged-forgedbelow',
    kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: false,
    note: 'status reply with the pass result only below the server Received line: untrusted',
    from: FORM, to: TARO.keep, subject: formSubj(C.taro), at: '2026-12-05 02:00:00', enc: 'utf8qp', auth: 'forgedBelow',
    relay: 'smtp.unknown-relay.example.net',
    text: `山田様
担当変更のお知らせ。以後は下記担当へ直接連絡願います。
aws-cert-desk@unknown-relay.example.net`,
  }),
  mk({
    slug: 'ja-sr-unable-name',
    kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'unable to merge (names differ); nothing asked',
    from: FORM, to: KENJI.keep, subject: formSubj(C.kenji), at: '2026-12-04 17:00:00', enc: 'sjis8',
    text: `伊藤様
両アカで登録氏名が不一致のため、現時点で統合できません。社内にて確認中、詳細は追って。
松本`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'survey about the closed case (was it resolved?)',
    from: 'AWS Training and Certification <no-reply-survey@amazon.com>', to: HANAKO.keep, subject: 'お問合せ対応に関するアンケート', at: '2026-12-08 12:00:00', enc: 'utf8b64',
    text: `ケース ${C.hanako} の対応はいかがでしたか。
問題は解決しましたか? はい / いいえ
所要1分。https://survey.aws.example/s/${C.hanako}`,
  }),
  mk({
    slug: 'ja-un-credly-microsoft',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: TARO.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-12-05 05:00:00', tz: '+0000', enc: 'jis7',
    text: `山田 太郎 様
Microsoft より「Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/ms11`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: TARO.keep, subject: 'Credly: アカウント統合の確認コード', at: '2026-12-06 03:00:00', tz: '+0000', enc: 'utf8qp',
    text: `Credly アカウント統合の確認コード: 604812
このコードを画面に入力してアカウントの統合を完了してください。心当たりなければ無視を。`,
  }),
  mk({
    slug: 'ja-un-own-consent',
    kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true,
    note: "the user's own consent reply (bcc to self): no news from support",
    from: `${TARO.ja} <${TARO.keep}>`, to: FORM, subject: formSubj(C.taro), at: '2026-12-03 12:30:00', enc: 'jis7', auth: 'none', deliveredTo: TARO.keep,
    relay: 'smtp.example.com',
    text: `中村様
承知しました。統合お願いします。
山田

${gmJa('2026年12月3日(木) 10:40 AWS Training and Certification <' + FORM_BARE + '>', '', '統合後は元に戻せません。本メールへの返信にて、統合実施の可否をお知らせください。')}`,
  }),
  mk({
    slug: 'ja-un-fwd-colleague',
    kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true,
    note: "user's FYI forward to a colleague; not delivered to the user",
    from: `${TARO.ja} <${TARO.src}>`, to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', subject: 'FW: ' + formSubj(C.taro), at: '2026-12-04 16:00:00', enc: 'sjis8', auth: 'none',
    relay: 'smtp.corp.example.co.jp',
    text: `鈴木さん
FYI 転送。アカ統合済の連絡来ました。所要4日ほど。
山田

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年12月4日(金) 15:02
Subject: ${formSubj(C.taro)}

アカウント統合済です。`,
  }),
  mk({
    slug: 'ja-un-ooo-colleague',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'colleague out-of-office auto-reply mentioning the merge matter',
    from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', to: TARO.keep, subject: '自動応答: 不在のお知らせ', at: '2026-12-04 16:01:00', enc: 'jis7', auth: 'none',
    relay: 'smtp.corp.example.co.jp', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `12/4-12/10 不在。メール確認不可。
認定アカ統合の件は戻り次第確認します。
至急は情シス(内線 2210)まで。`,
  }),
  mk({
    slug: 'ja-un-examresult',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result / new certification notice, not a merge event',
    from: PORTAL, to: KENJI.keep, subject: 'AWS 認定試験 結果のお知らせ', at: '2026-12-06 08:00:00', enc: 'utf8b64',
    text: `伊藤 健二 様
AWS Certified Developer - Associate 合格。認定付与済。
デジタルバッジは Credly から別途届きます。認定アカでスコアレポート確認可。`,
  }),
  mk({
    slug: 'ja-un-othercase-exam',
    kind: 'unrelated', lang: 'ja', caseId: C.misc, trap: true,
    note: "receipt of the user's other case about an exam booking change",
    from: FORM, to: HANAKO.keep, subject: `[CASE ${C.misc}] 試験予約の変更について - 受付`, at: '2026-11-25 09:00:00', enc: 'sjisb64',
    text: `受付済。ケースID ${C.misc}。
内容: 試験予約日の変更(ピアソンVUE)。担当より連絡します。`,
  }),
  mk({
    slug: 'ja-un-summit-reg',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration 受付完了 (marketing)',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: TARO.keep, subject: 'AWS Summit Japan 登録受付完了', at: '2026-12-02 10:00:00', enc: 'utf8qp',
    text: `山田様
AWS Summit Japan 登録受付完了。受講票は開催1週前に送付。
認定者ラウンジ利用には認定アカの候補者IDが必要です。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder subscription 手続き完了, not the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: HANAKO.keep, subject: 'Skill Builder サブスクリプション 手続き完了', at: '2026-12-03 20:00:00', enc: 'jis7',
    text: `佐藤 花子 様
Individual サブスクリプション手続き完了。領収書は請求ページにて確認可。`,
  }),
  mk({
    slug: 'ja-un-pearson-confirm',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'test vendor appointment confirmation (確認) from a non-AWS domain',
    from: 'Pearson VUE <pearsonvuenoreply@pearson.com>', to: KENJI.keep, subject: '試験予約の確認', at: '2026-12-01 10:00:00', enc: 'utf8b64', auth: 'none',
    relay: 'mail.pearson.com',
    text: `伊藤様
AWS Certified Developer - Associate の予約確認。
日時: 2026/12/20 10:00 / 会場: オンライン
変更は24h前まで。`,
  }),
];
