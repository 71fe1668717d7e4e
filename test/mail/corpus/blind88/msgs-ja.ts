// Japanese messages of the ci set: heavy keigo, indirect requests, news told through its consequences.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, NAKAMURA, NOREPLY, PORTAL, REQ_NAKAMURA, REQ_SUZUKI, REQ_TAKAHASHI, SUPPORT, SUPPORT_JA, SUZUKI, TAKAHASHI,
  formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef, to,
} from './common.js';

const S = SUZUKI, T = TAKAHASHI, N = NAKAMURA;
const cs = CASE.suzuki, ct = CASE.takahashi, cn = CASE.nakamura;

// ---------------- acknowledgement ----------------
const ACK: Msg[] = [
  mk({
    slug: 'ack-noreply-jis', kind: 'acknowledgement', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-08 21:14:03',
    from: NOREPLY, to: to(S), subject: `AWS サポート: ケース ${cs} を承りました`,
    note: 'automatic receipt of the new case, case ID in subject and body',
    text: `${S.ja} 様

平素より Amazon Web Services をご愛顧賜り、誠にありがとうございます。
このたびはお問い合わせをお寄せいただき、重ねて御礼申し上げます。

下記の内容にて、お問い合わせを確かに承りましたことをご案内申し上げます。

  ケース ID : ${cs}
  お問い合わせの種類 : AWS トレーニングと認定
  受付日時 : 2026/01/08 21:14 (JST)

担当者が内容を拝見のうえ、通常 24 時間以内を目安にご連絡を差し上げる所存でございます。
なお、同一の内容で別途ケースをお作りいただきますと、かえってご案内が遅れてしまう場合がございますので、
恐れ入りますが、本ケースにてお待ちいただけますと幸いでございます。

※本メールは送信専用アドレスより自動でお送りしております。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-form-sjis-bodyid', kind: 'acknowledgement', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-10 08:02:51',
    from: SUPPORT_JA, to: to(T), subject: 'お問い合わせをいただき誠にありがとうございます',
    note: 'receipt with the case ID only in the body',
    text: `高橋 美咲 様

いつも AWS トレーニングと認定をご利用いただきまして、心より御礼申し上げます。

お寄せいただきましたご相談は、ケース番号 ${ct} として受付を完了いたしております。
内容を確認いたしました担当者より、追ってご連絡を差し上げますので、
いましばらくお時間を頂戴できますと幸甚に存じます。

ご返信の際は、件名を変更なさらずにお送りいただけますと、お手続きが円滑に進められます。

今後とも何卒よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサポート
${sfRef('8Kc21Lm')}`,
  }),
  mk({
    slug: 'ack-html-alt-nakamura', kind: 'acknowledgement', lang: 'ja', caseId: cn, enc: 'utf8b64', at: '2026-01-19 13:40:10',
    from: NOREPLY, to: to(N), subject: `[ケース ${cn}] お問い合わせ受付のお知らせ`,
    note: 'receipt in multipart/alternative with the case ID',
    text: `中村 翔 様\n\nこのたびは AWS へお問い合わせいただき、まことにありがとうございます。\nケース ${cn} として登録させていただきました。\n担当よりご連絡いたしますまで、恐縮ではございますがしばしお待ちくださいませ。\n\nAmazon Web Services サポート`,
    html: htmlDoc(`<p>中村 翔 様</p>\n<p>このたびは AWS へお問い合わせいただき、まことにありがとうございます。<br>ケース <b>${cn}</b> として登録させていただきました。</p>\n<p>担当よりご連絡いたしますまで、恐縮ではございますがしばしお待ちくださいませ。</p>\n<p>Amazon Web Services サポート</p>`),
  }),
  mk({
    slug: 'ack-fields-listed-jisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzukiDup, enc: 'jisb64', at: '2026-01-09 07:55:00',
    from: NOREPLY, to: to(S), subject: `ケース ${CASE.suzukiDup} 受付完了のご連絡`, trap: true,
    note: 'receipt that echoes the submitted fields (IDs, addresses, which to keep) without asking for anything',
    text: `鈴木 健一 様

AWS サポートでございます。お問い合わせいただき、ありがとうございます。
以下の内容にてケースを登録いたしました。

ケース ID: ${CASE.suzukiDup}
ご入力内容:
  候補者 ID: ${S.keepId}
  メールアドレス: ${S.keep}
  残すアカウント: 個人のアカウント
  詳細: アカウント統合のご依頼

ご入力内容の確認および統合のお手続きにつきましては、担当者より改めてご連絡を差し上げます。
本メールにはご返信いただかなくて差し支えございません。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-lookalike-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: ct, enc: 'sjisb64', at: '2026-01-10 09:31:44',
    from: 'AWS サポート <support@aws-helpdesk-jp.com>', to: to(T), subject: `ケース ${ct} を受け付けました`,
    auth: 'pass', trusted: false,
    note: 'receipt from a look-alike domain (aws-helpdesk-jp.com): untrusted',
    text: `高橋 美咲 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
お問い合わせ (ケース ${ct}) を受け付けいたしました。
ご本人様確認のため、下記ページよりサインインしていただけますと幸いでございます。
https://aws-helpdesk-jp.com/signin

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-none-auth-jis', kind: 'acknowledgement', lang: 'ja', caseId: cn, enc: 'jis7', at: '2026-01-19 13:41:02',
    from: NOREPLY, to: to(N), subject: `Re: ケース ${cn} の受付について`, auth: 'none', trusted: false,
    note: 'receipt shape but no Authentication-Results at all: untrusted',
    text: `中村様

お問い合わせを受け付けました(ケースID ${cn})。
順番にご対応いたしておりますため、ご案内までに少々お日にちを頂戴する場合がございます。
あらかじめご容赦くださいますよう、お願い申し上げます。

AWS`,
  }),
  mk({
    slug: 'ack-mixed-utf8bit', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashi, enc: 'utf88bit', at: '2026-01-10 08:03:30',
    from: NOREPLY, to: to(T), subject: `お問い合わせ受付 (Case ID ${ct})`,
    note: 'Japanese receipt with English boilerplate below',
    text: `高橋様

AWS サポートへのご連絡、誠にありがとうございます。ケース ${ct} にて承りました。
ご返答まで今しばらくお待ちいただけますよう、伏してお願い申し上げます。

--
Thank you for contacting AWS. Your case ${ct} has been created.
This is an automated message; please do not reply.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'ack-second-case-qp', kind: 'acknowledgement', lang: 'ja', caseId: '1782930041', enc: 'utf8qp', at: '2026-01-27 18:20:00',
    from: NOREPLY, to: to(S), subject: 'AWS サポートケース 1782930041 が作成されました',
    note: 'receipt of a new case that says nothing of its topic, read as what it looks like',
    text: `鈴木 健一 様

いつもお世話になっております。AWS サポートでございます。
ケース 1782930041 を作成いたしました。
ご不便をおかけいたしますが、担当者からのご連絡をお待ちくださいますと幸いでございます。

ケースの状況は AWS サポートセンターよりご確認いただけます。

Amazon Web Services`,
  }),
];

// ---------------- ai_answer ----------------
const AI: Msg[] = [
  mk({
    slug: 'ai-selfservice-jis', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', at: '2026-01-08 21:10:12',
    from: NOREPLY, to: to(S), subject: 'お問い合わせに関する自動回答のご案内',
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    text: `${S.ja} 様

本メッセージは、お問い合わせ内容をもとに AI により自動で作成されたご案内でございます。

認定アカウントの統合につきましては、AWS Certification アカウントにサインインいただき、
[プロフィール] 内の [アカウントの統合] より、お客様ご自身でお手続きいただける場合がございます。
両方のアカウントに認定の履歴がある場合などは、この画面からはお手続きいただけないこともございますので、
その際はお手数ながら、サポートへのケース作成をご検討いただけますと幸いでございます。

本回答で解決に至らなかった場合は、[ケースを作成] をお選びくださいませ。`,
  }),
  mk({
    slug: 'ai-after-merge-badges-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', at: '2026-01-10 07:58:40',
    from: NOREPLY, to: to(T), subject: '[自動応答] AWS 認定アカウントについて', trap: true,
    note: 'automated answer that explains what happens to badges after a merge; still ai_answer',
    text: `高橋 美咲 様

※この回答は生成 AI によって作成されております。内容に誤りが含まれる可能性がございますことをご了承くださいませ。

アカウントの統合後、統合元の認定資格および特典は統合先のアカウントに表示されるようになります。
Credly のデジタルバッジにつきましては、統合が完了したのちに、統合先のメールアドレスにて改めて受け取りの操作をしていただく必要がある場合がございます。

まずはセルフサービスの統合ツールをお試しいただけますと幸いでございます。
ご不明点が残る場合には、引き続きケースの作成へお進みくださいませ。`,
  }),
  mk({
    slug: 'ai-html-only-utf8qp', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-01-19 13:35:00',
    from: NOREPLY, to: to(N), subject: 'AI アシスタントからのご提案',
    note: 'HTML-only automated suggestion pointing to the Merge Accounts tool',
    html: htmlDoc(`<p>中村 翔 様</p>
<p>ご質問いただいた内容について、AI アシスタントが以下のとおりご提案申し上げます。</p>
<ol><li>AWS Certification アカウントへサインイン</li><li>右上のプロフィールから「アカウントの統合」を選択</li><li>統合したいもう一方のアカウントの認証情報を入力</li></ol>
<p>上記でお手続きが難しいようでございましたら、お手数ではございますが、画面下部の「ケースを作成」よりお問い合わせいただけますと幸いでございます。</p>
<p style="color:#777">この回答は自動生成されたものでございます。</p>`),
  }),
  mk({
    slug: 'ai-form-address-jisb64', kind: 'ai_answer', lang: 'ja', caseId: cs, enc: 'jisb64', at: '2026-01-08 21:16:20',
    to: to(S), subject: `[CASE ${cs}] 自動生成された回答`,
    note: 'automated answer sent on the case from the form address, carries the case ID',
    text: `鈴木様

お問い合わせ (ケース ${cs}) につきまして、担当者が拝見いたします前に、AI による回答をお届けいたします。

お持ちの 2 つの認定アカウントは、多くの場合、認定ポータルの「Merge Accounts」機能にてまとめていただくことが可能でございます。
この機能をお使いいただけない場合に限り、担当者が個別にご案内いたします。

なお、この自動回答によりご用件が解決いたしました場合、ご返信は不要でございます。`,
  }),
  mk({
    slug: 'ai-misaligned-utf8b64', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-01-12 11:05:00',
    from: NOREPLY, to: to(T), subject: '自動回答: アカウント統合の方法', auth: 'misaligned', trusted: false,
    note: 'AI suggestion whose DKIM is for an unrelated domain and dmarc fails: untrusted',
    text: `高橋様

AI による自動回答でございます。
アカウントの統合はセルフサービスのツールにて承っております。下記リンクよりお進みいただけますと幸いでございます。
https://aws-cert-merge.example-tools.net/merge

AWS`,
  }),
  mk({
    slug: 'ai-outcome-wording-jis', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', at: '2026-01-21 09:12:00',
    from: NOREPLY, to: to(S), subject: 'AWS トレーニングと認定: 自動回答', trap: true,
    note: 'automated answer describing the merged state as an outcome of the tool; not a completion',
    text: `鈴木 健一 様

ご相談の内容から推測いたしますと、以下のご案内がお役に立てるかもしれません。

統合ツールにてお手続きいただきますと、統合元のアカウントはご利用いただけなくなり、
以後は統合先のアカウントにて試験のご予約や認定の管理をしていただくかたちとなります。
いったん統合したアカウントは元に戻すことができかねますので、十分にご検討のうえお進みいただけますと幸いでございます。

(本回答は AI が作成いたしました)`,
  }),
  mk({
    slug: 'ai-sjisb64-short', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjisb64', at: '2026-01-25 16:44:00',
    from: NOREPLY, to: to(N), subject: 'よくあるご質問からのご案内 (自動送信)',
    note: 'automated FAQ-based suggestion',
    text: `中村 翔 様

お問い合わせいただいた内容に近い「よくあるご質問」をお送りいたします。

Q. 認定アカウントが 2 つあるのですが、1 つにまとめられますか
A. 認定アカウントのプロフィール画面にございます統合機能をお使いいただけます。

こちらで解決しない場合は、恐れ入りますがケースを作成のうえ、お知らせいただけますと幸いでございます。
※本メールは自動送信でございます。`,
  }),
  mk({
    slug: 'ai-forged-below-qp', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-01-26 10:00:00',
    from: NOREPLY, to: to(T), subject: '【自動回答】認定アカウントの統合について', auth: 'forgedBelow', trusted: false,
    note: 'AI answer with a dmarc=pass header planted below the server Received line: untrusted',
    text: `高橋 美咲 様

この回答は AI により自動生成されております。
統合機能は認定アカウントのプロフィールからご利用いただけます。
ご利用いただけない場合はケースを作成いただけますと幸いでございます。`,
  }),
];

// ---------------- info_request ----------------
const INFO: Msg[] = [
  mk({
    slug: 'info-ids-jis-sf', kind: 'info_request', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-09 15:22:08',
    from: SUPPORT_JA, to: to(S), subject: formSubject(cs),
    note: 'asks for both candidate IDs and which account to keep, phrased as 幸い',
    text: `鈴木 健一 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの藤本でございます。
このたびはご連絡をいただき、誠にありがとうございます。また、ご返信までにお時間を頂戴いたしましたこと、深くお詫び申し上げます。

お申し出いただきましたアカウントの件、拝見いたしました。
恐れ入りますが、お手続きを進めるにあたり、下記につきましてお知らせいただけますと幸いでございます。

・両アカウントの候補者 ID (AWS から始まる番号)
・それぞれのアカウントにご登録のメールアドレス
・今後お使いになるアカウントがどちらか

お手数をおかけいたしまして大変恐縮ではございますが、何卒ご協力を賜りますようお願い申し上げます。

AWS トレーニングと認定
藤本
${sfRef('9Lr04Xq')}

${sfOriginal(S.keep, '2026/01/08 21:13', SUPPORT_JA.replace(/^.*</, '').replace('>', ''), 'アカウント統合のお願い', REQ_SUZUKI)}`,
  }),
  mk({
    slug: 'info-confirm-address-sjis', kind: 'info_request', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-11 10:40:00',
    to: to(T), subject: formSubject(ct), trap: true,
    note: 'asks to confirm and tell which address she keeps (ご確認のうえお知らせ): information, not consent',
    text: `高橋 美咲 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 サポートチームの坂本と申します。

さて、ご相談いただいております件につきまして、
今後ご継続してお使いになるメールアドレスを、恐縮ながらいま一度ご確認のうえ、お知らせいただけますでしょうか。
ご登録の状況によっては、旧勤務先のアドレスが統合先として扱われてしまう可能性がございまして、念のためお伺いしている次第でございます。

ご多用のところ誠に恐れ入りますが、ご教示賜れましたら幸いに存じます。

坂本
AWS トレーニングと認定

${gmailJa('2026年1月10日(土) 8:01 高橋 美咲 <misaki.t@example.com>', '', REQ_TAKAHASHI)}`,
  }),
  mk({
    slug: 'info-write-from-keep-qp', kind: 'info_request', lang: 'ja', caseId: cn, enc: 'utf8qp', at: '2026-01-20 17:03:00',
    to: to(N), subject: formSubject(cn),
    note: 'asks him to write from the kept address and include the other account ID',
    text: `中村 翔 様

お世話になっております。AWS トレーニングと認定の小野寺でございます。

ご丁寧なご連絡を頂戴し、ありがとうございます。
誠に恐縮ではございますが、ご本人様確認の都合上、今後お使いになるアカウントのメールアドレスからご返信をいただき、
その際に、統合元となるアカウントの候補者 ID を添えていただけますと大変ありがたく存じます。

お手を煩わせてしまい申し訳ございませんが、ご理解のほどよろしくお願い申し上げます。

小野寺
${sfRef('2Qa77Tn')}`,
  }),
  mk({
    slug: 'info-outlook-thread-jisb64', kind: 'info_request', lang: 'ja', caseId: cs, enc: 'jisb64', at: '2026-01-12 09:15:00',
    to: to(S), subject: formSubject(cs),
    note: 'second information request (certification names and dates) above an Outlook quote block',
    text: `鈴木様

ご返信をいただき、ありがとうございました。頂戴した内容を拝見いたしました。
たびたびのお願いとなり恐縮ではございますが、統合元アカウントにてお持ちの認定の名称と取得日を、
おわかりになる範囲でお聞かせいただけますと幸いでございます。
記録との照合が済み次第、次のご案内を差し上げる所存でございます。

藤本

${outlookJa('鈴木 健一 <kenichi.suzuki@example.jp>', '2026年1月10日 22:48', 'aws-cs-trainingcertification-form@amazon.com', formSubject(cs), `藤本様

ご連絡ありがとうございます。
統合先: ${S.keepId} / ${S.keep}
統合元: ${S.srcId} / ${S.src}
個人アドレスの方を残したいと考えております。

鈴木`)}`,
  }),
  mk({
    slug: 'info-team-list-notforuser', kind: 'info_request', lang: 'ja', caseId: '1783310972', enc: 'jis7', at: '2026-01-14 11:11:00',
    to: '情報システム部 <it-admins@corp-a.example.co.jp>', subject: formSubject('1783310972'), forUser: false,
    note: 'information request addressed to a company team list, not to the user',
    text: `ご担当者様

お世話になっております。AWS トレーニングと認定でございます。
お問い合わせいただきました従業員様のアカウント統合につきまして、
統合対象となるお二つのアカウントのメールアドレスを、ご本人様よりお送りいただけますと幸いでございます。

何卒よろしくお願い申し上げます。`,
  }),
  mk({
    slug: 'info-fail-dmarc-sjisb64', kind: 'info_request', lang: 'ja', caseId: ct, enc: 'sjisb64', at: '2026-01-11 12:00:00',
    to: to(T), subject: formSubject(ct), auth: 'fail', trusted: false,
    note: 'asks for IDs and the password of the old account; dmarc=fail: untrusted',
    text: `高橋様

お世話になっております。
統合のお手続きのため、両アカウントの候補者 ID と、旧アカウントのパスワードを本メールにご記入のうえご返信いただけますと幸いでございます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-bottompost-utf8b64', kind: 'info_request', lang: 'ja', caseId: cn, enc: 'utf8b64', at: '2026-01-22 14:30:00',
    to: to(N), subject: formSubject(cn),
    note: 'bottom-posted reply asking which certifications are on the old account and its login e-mail',
    text: `${gmailJa('2026年1月21日(水) 19:02 中村 翔 <sho.nakamura@example.net>', '', `小野寺様\n\n個人アドレスから失礼いたします。\n統合元の候補者IDは ${N.srcId} です。\nよろしくお願いいたします。`)}

中村 翔 様

個人アドレスよりご連絡を賜り、ありがとうございます。
頂戴した候補者 ID にて照会いたしましたところ、該当のアカウントが二件見つかりました。
お手数ではございますが、統合元アカウントのサインインに使われているメールアドレスと、
お持ちの認定資格名をご教示いただけますでしょうか。

小野寺`,
  }),
  mk({
    slug: 'info-typo-jis', kind: 'info_request', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-13 16:20:00',
    to: to(S), subject: formSubject(cs),
    note: 'short request for the notification address of the source account, with typos',
    text: `鈴木 健一 さま

お世話になっおります。AWS トレーニングと認定の藤本でございます。

恐れいりますが、統合元のアカウントの「認定通知用メールアドレス」も併せてお知らせいただけましたら、
たいへん助かります。ログイン用と異なる場合がございますため、念のためお伺いいたしております。

藤本`,
  }),
];

// ---------------- confirmation_request ----------------
const CONF: Msg[] = [
  mk({
    slug: 'conf-irreversible-jis', kind: 'confirmation_request', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-14 10:05:00',
    to: to(S), subject: formSubject(cs),
    note: 'asks for consent to the irreversible merge without the word "please confirm"',
    text: `鈴木 健一 様

いつもお世話になっております。AWS トレーニングと認定の藤本でございます。
ご多用の中、必要な情報をお寄せいただき、誠にありがとうございました。

頂戴いたしました内容をもとに、下記のとおり統合させていただく予定でございます。

  統合先: ${S.keepId} (${S.keep})
  統合元: ${S.srcId} (${S.src})

なお、統合いたしましたアカウントは、のちに元の状態へ戻すことがかないません。
上記の内容でお差し支えございませんようでしたら、その旨を本メールへご返信いただけますと幸いでございます。
ご返信を拝受いたしましたのち、速やかにお手続きに移らせていただきます。

何卒よろしくお願い申し上げます。

藤本
${sfRef('9Lr04Xq')}`,
  }),
  mk({
    slug: 'conf-gmail-quote-sjis', kind: 'confirmation_request', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-12 15:45:00',
    to: to(T), subject: formSubject(ct),
    note: 'asks for agreement (ご同意) to merge into the kept account, above a Gmail quote',
    text: `高橋 美咲 様

ご丁寧にご教示をいただき、心より御礼申し上げます。坂本でございます。

ご教示いただいた ${T.keep} を統合先として、旧アカウント (${T.srcId}) の認定と特典をお移しする準備が整っております。
ただし、一度統合いたしますと取り消しがいたしかねるため、ご同意をいただけましたら作業を開始いたしたく存じます。
ご了承いただけます場合は、ご返信を賜れましたら幸いでございます。

坂本

${gmailJa('2026年1月11日(日) 21:18 高橋 美咲 <misaki.t@example.com>', '', `坂本様\n\n残したいのは ${T.keep} です。\nよろしくお願いいたします。`)}`,
  }),
  mk({
    slug: 'conf-html-alt-qp', kind: 'confirmation_request', lang: 'ja', caseId: cn, enc: 'utf8qp', at: '2026-01-23 10:10:00',
    to: to(N), subject: formSubject(cn),
    note: 'multipart consent request: merge cannot be undone, reply with agreement',
    text: `中村 翔 様\n\n小野寺でございます。お待たせしてしまい申し訳ございません。\n\n統合先 ${N.keepId} / 統合元 ${N.srcId} にて統合の準備が整いました。\n統合後は元に戻すことができかねますので、ご承諾いただけるようでございましたら、本メールにご返信いただけますと幸甚に存じます。\n\n小野寺`,
    html: htmlDoc(paras(`中村 翔 様\n\n小野寺でございます。お待たせしてしまい申し訳ございません。\n\n統合先 ${N.keepId} / 統合元 ${N.srcId} にて統合の準備が整いました。\n統合後は元に戻すことができかねますので、ご承諾いただけるようでございましたら、本メールにご返信いただけますと幸甚に存じます。\n\n小野寺`)),
  }),
  mk({
    slug: 'conf-failforged-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: cs, enc: 'jisb64', at: '2026-01-14 12:00:00',
    to: to(S), subject: formSubject(cs), auth: 'failThenForged', trusted: false,
    note: 'consent request; topmost A-R fails, a pass is planted lower: untrusted',
    text: `鈴木様

統合の準備が整いましたので、ご承諾の旨をご返信いただけますと幸いでございます。
統合後は元に戻せませんので、あらかじめご了承くださいませ。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-restates-ids-utf8b64', kind: 'confirmation_request', lang: 'ja', caseId: ct, enc: 'utf8b64', at: '2026-01-13 09:00:00',
    to: to(T), subject: formSubject(ct),
    note: 'lists what will be moved and asks for a go-ahead (差し支えなければお知らせ)',
    text: `高橋 美咲 様

おはようございます。坂本でございます。
統合に先立ち、移行の対象となる内容を下記にまとめさせていただきました。

・AWS Certified Solutions Architect - Associate (2024/03/02 取得)
・AWS Certified Cloud Practitioner (2023/07/19 取得)
・次回試験の 50% 割引特典 1 件

これらは ${T.keep} のアカウントへ移行され、旧アカウントは以後ご利用いただけなくなります。
差し支えなければ、このまま進めてよろしい旨をお知らせいただけますと幸いでございます。

坂本`,
  }),
  mk({
    slug: 'conf-long-thread-jis', kind: 'confirmation_request', lang: 'ja', caseId: cn, enc: 'jis7', at: '2026-01-24 08:45:00',
    to: to(N), subject: formSubject(cn),
    note: 'consent request above a long Salesforce + Gmail quoted thread',
    text: `中村 翔 様

ご連絡ありがとうございます。小野寺でございます。
ご教示いただいた情報にて、照合が完了いたしました。
統合のお手続きは取り消すことのできない性質のものでございますため、念のため、ご意思を頂戴いたしたく存じます。
ご返信を賜れましたら、ただちに手配いたします。

小野寺

${sfOriginal(N.keep, '2026/01/23 19:30', 'aws-cs-trainingcertification-form@amazon.com', formSubject(cn), `小野寺様\n\n統合元のメールアドレスは ${N.src} です。\n取得済み: SAA, DVA\n\n${gmailJa('2026年1月22日(木) 14:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '', '中村 翔 様\n\nお持ちの認定資格名をご教示いただけますでしょうか。\n\n小野寺')}`)}`,
  }),
  mk({
    slug: 'conf-short-mobile-sjisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, enc: 'sjisb64', at: '2026-01-15 19:02:00',
    to: to(S), subject: formSubject(cs),
    note: 'brief reminder asking for the consent reply before merging',
    text: `鈴木 健一 様

たびたび失礼いたします。藤本でございます。
先日お送りいたしました統合内容につきまして、ご承諾のお返事をいただけましたら、すぐに作業へ移らせていただきます。
ご放念いただいておりましたら、本メールへのご返信にてお知らせいただけますと大変ありがたく存じます。

藤本`,
  }),
  mk({
    slug: 'conf-dkimonly-qp', kind: 'confirmation_request', lang: 'ja', caseId: ct, enc: 'utf8qp', at: '2026-01-12 16:10:00',
    to: to(T), subject: formSubject(ct), auth: 'dkimonly',
    note: 'consent request; only an aligned dkim=pass (trusted)',
    text: `高橋様

坂本でございます。
統合元 ${T.src} のアカウントを、${T.keep} のアカウントへ統合いたします。
この操作は後から取り消せませんことをご理解いただいたうえで、ご同意のご返信を頂戴できますでしょうか。

坂本`,
  }),
];

// ---------------- merge_completed ----------------
const DONE: Msg[] = [
  mk({
    slug: 'done-consequence-jis', kind: 'merge_completed', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-16 11:30:00',
    to: to(S), subject: formSubject(cs),
    note: 'completion told through its consequence: use the personal address from now on',
    text: `鈴木 健一 様

大変お世話になっております。AWS トレーニングと認定の藤本でございます。
ご承諾のお返事を賜り、誠にありがとうございました。

お申し出の件、本日お手続きをさせていただきました。
今後は ${S.keep} にて認定アカウントをご利用いただけます。
旧アカウント (${S.srcId}) にございました認定および特典は、すべてこちらのアカウントにてご覧いただける状態となっております。

お手すきの際にサインインのうえ、表示にお気づきの点がございましたら、どうぞお気軽にお申し付けくださいませ。

藤本`,
  }),
  mk({
    slug: 'done-check-looks-right-sjis', kind: 'merge_completed', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-14 09:20:00',
    to: to(T), subject: formSubject(ct), trap: true,
    note: 'completion that asks her to check everything looks right: still merge_completed',
    text: `高橋 美咲 様

坂本でございます。ご返信を頂戴し、ありがとうございました。

旧アカウントの認定資格 2 件と特典は、${T.keep} のアカウントへ移っております。
恐れ入りますが、お時間のある際にサインインいただき、内容に相違がないかご確認いただけますと幸いでございます。

引き続きどうぞよろしくお願い申し上げます。
坂本`,
  }),
  mk({
    slug: 'done-portal-notice-html', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-01-25 03:12:00',
    from: PORTAL, to: to(N), subject: 'AWS Certification: アカウント統合のお知らせ',
    note: 'certification portal notice that the accounts are now one (no case ID)',
    html: htmlDoc(`<p>中村 翔 様</p>
<p>AWS Certification アカウント (${N.srcId}) は、アカウント ${N.keepId} に統合されました。</p>
<p>以後、試験のご予約、認定証のダウンロード、特典のご利用は ${N.keep} でサインインしてご利用ください。</p>
<p>このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。</p>`),
  }),
  mk({
    slug: 'done-and-close-jisb64', kind: 'merge_completed', lang: 'ja', caseId: cn, enc: 'jisb64', at: '2026-01-25 10:00:00',
    to: to(N), subject: formSubject(cn),
    note: 'completion plus "this case will now be closed": the new fact is the merge',
    text: `中村 翔 様

小野寺でございます。お待たせいたしました。
ご承諾をいただきました内容のとおり、統合元のアカウントにございました認定の記録は、
${N.keep} のアカウントへお移しいたしました。以後、旧アカウントでのサインインは不要となります。

本件につきましては、これにてケースをクローズさせていただきます。
このたびはご辛抱いただき、誠にありがとうございました。

小野寺`,
  }),
  mk({
    slug: 'done-lookalike-portal-utf8b64', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-01-25 04:00:00',
    from: 'AWS Certification <noreply@aws-certification-portal.com>', to: to(N), subject: 'アカウントの統合が完了しました', trusted: false,
    note: 'portal-style completion from a look-alike domain: untrusted',
    text: `中村 翔 様

お客様の AWS Certification アカウントの統合が完了しました。
特典を引き続きご利用いただくため、下記よりお支払い情報をご登録ください。
https://aws-certification-portal.com/benefits`,
  }),
  mk({
    slug: 'done-quiet-qp', kind: 'merge_completed', lang: 'ja', caseId: cs, enc: 'utf8qp', at: '2026-01-16 11:45:00',
    to: to(S), subject: formSubject(cs),
    note: 'completion stated as where the history now shows, short, restating the IDs',
    text: `鈴木様

藤本でございます。先ほどのご連絡に補足させていただきます。
${S.srcId} の試験履歴も含めまして、${S.keepId} の側にすべて反映済みでございます。
旧アカウント側のメールアドレスでは、今後サインインいただく必要はございません。

取り急ぎ、ご報告まで申し上げます。
藤本`,
  }),
  mk({
    slug: 'done-otheronly-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: ct, enc: 'sjisb64', at: '2026-01-14 09:30:00',
    to: to(T), subject: formSubject(ct), auth: 'otherOnly', trusted: false,
    note: 'completion notice carrying only a foreign (mx.google.com) A-R: untrusted',
    text: `高橋様

統合のお手続きが完了いたしました。
今後は ${T.keep} にてご利用いただけます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'done-top-outlook-jis', kind: 'merge_completed', lang: 'ja', caseId: ct, enc: 'jis7', at: '2026-01-14 09:22:30',
    to: to(T), cc: 'Misaki Takahashi <takahashi.m@oldco.example.jp>', subject: formSubject(ct),
    note: 'completion with Cc to the old address, told as the old account being folded in, Outlook quote below',
    text: `高橋 美咲 様

坂本でございます。
旧アカウントにつきましては、本日付で新しいアカウントへ一本化させていただきました。
今後、旧アカウントのメールアドレス宛にお知らせが届くことはございませんので、ご安心くださいませ。

${outlookJa('高橋 美咲 <misaki.t@example.com>', '2026年1月13日 22:10', 'aws-cs-trainingcertification-form@amazon.com', formSubject(ct), '坂本様\n\n上記の内容で進めてください。\n高橋')}`,
  }),
];

// ---------------- badges_transferred ----------------
const BADGE: Msg[] = [
  mk({
    slug: 'badge-credly-issue-jis', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'jis7', at: '2026-01-17 02:14:00',
    from: CREDLY_AWS, to: to(S), subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    note: 'Credly issues the AWS badge to the kept address',
    text: `鈴木 健一 さん

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開することができます。

バッジを入手する: https://www.credly.com/earner/earned/badge/6f1e2c7a

Credly`,
  }),
  mk({
    slug: 'badge-support-moved-sjis', kind: 'badges_transferred', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-19 14:00:00',
    to: to(T), subject: formSubject(ct),
    note: 'support says the Credly badges now show under the kept address (told as a consequence)',
    text: `高橋 美咲 様

お世話になっております。坂本でございます。
バッジの件でお手数をおかけし、大変申し訳ございませんでした。

担当部署にて対応いたしました結果、Credly 上のデジタルバッジにつきましても、
${T.keep} でサインインいただきますと、お持ちの認定すべてのバッジをご覧いただける状態となっております。

ほかにご不明な点がございましたら、ご遠慮なくお申し付けくださいませ。
坂本`,
  }),
  mk({
    slug: 'badge-credly-html-alt', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-01-26 05:30:00',
    from: CREDLY_AWS, to: to(N), subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    note: 'Credly badge mail (multipart) to the kept address after the merge',
    text: `中村 翔 さん\n\nAWS Certified Developer - Associate のバッジが届いています。\nバッジを入手する: https://www.credly.com/earner/earned/badge/0b99d1e4\n\nCredly`,
    html: htmlDoc(`<p>中村 翔 さん</p><p>AWS Certified Developer - Associate のバッジが届いています。</p><p><a href="https://www.credly.com/earner/earned/badge/0b99d1e4" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p><p>Credly</p>`),
  }),
  mk({
    slug: 'badge-and-close-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: cs, enc: 'jisb64', at: '2026-01-20 10:10:00',
    to: to(S), subject: formSubject(cs),
    note: 'support says the badges moved and the case will be closed',
    text: `鈴木 健一 様

藤本でございます。ご連絡が遅くなり申し訳ございません。
ご指摘いただいておりましたバッジでございますが、旧アカウントのものも含め、
Credly 上で ${S.keep} に紐づく形へお移しいたしました。

ご依頼いただいた内容はすべて対応させていただきましたので、本ケースはクローズとさせていただきます。
このたびは誠にありがとうございました。

藤本`,
  }),
  mk({
    slug: 'badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-01-18 06:00:00',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: to(T), subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ', trusted: false,
    note: 'Credly-style AWS badge mail from a look-alike domain: untrusted',
    text: `高橋 美咲 さん

新しいバッジが発行されました。
バッジを入手する: https://credly-badges.net/accept?id=77120`,
  }),
  mk({
    slug: 'badge-support-short-qp', kind: 'badges_transferred', lang: 'ja', caseId: cn, enc: 'utf8qp', at: '2026-01-27 15:20:00',
    to: to(N), subject: formSubject(cn),
    note: 'support: the badges from the old account are now on the kept Credly profile',
    text: `中村様

小野寺でございます。
旧アカウントで発行されておりましたバッジ 2 点は、現在、${N.keep} の Credly プロフィールにてお受け取りいただける状態でございます。
お手数ながら、Credly からの通知メールにてお受け取りのお手続きをしていただけますと幸いでございます。

小野寺`,
  }),
  mk({
    slug: 'badge-credly-sjisb64', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'sjisb64', at: '2026-01-17 02:15:10',
    from: CREDLY_AWS, to: to(S), subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    note: 'second Credly AWS badge to the kept address (Shift_JIS base64)',
    text: `鈴木 健一 さん

AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する
https://www.credly.com/earner/earned/badge/a41c0f3d

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'badge-none-auth-jis', kind: 'badges_transferred', lang: 'ja', caseId: ct, enc: 'jis7', at: '2026-01-19 14:05:00',
    to: to(T), subject: formSubject(ct), auth: 'none', trusted: false,
    note: 'support-style badge-moved notice with no authentication results: untrusted',
    text: `高橋様

バッジの移行を完了いたしました。Credly にて ${T.keep} でご確認いただけます。

AWS トレーニングと認定`,
  }),
];

// ---------------- case_closed ----------------
const CLOSE: Msg[] = [
  mk({
    slug: 'close-autoclose-jis', kind: 'case_closed', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-23 09:00:00',
    to: to(S), subject: formSubject(cs),
    note: 'will close without a reply within a few days',
    text: `鈴木 健一 様

いつもお世話になっております。藤本でございます。
その後、お変わりなくお過ごしでしょうか。

先日のご案内以降、ご連絡を頂戴しておりませんため、誠に勝手ながら、
3 営業日のうちにご返信がございません場合は、本ケースを解決済みとさせていただきます。
もちろん、ご返信をいただければ引き続き対応させていただきますので、ご安心くださいませ。

藤本`,
  }),
  mk({
    slug: 'close-restates-merge-sjis', kind: 'case_closed', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-21 10:00:00', trap: true,
    to: to(T), subject: formSubject(ct),
    note: 'closing notice that only restates the earlier merge',
    text: `高橋 美咲 様

坂本でございます。
先日統合させていただきましたアカウントにつきまして、その後お困りの点はございませんでしょうか。
特にご連絡がございませんでしたので、本ケースは解決済みとしてクローズさせていただきました。

改めてご相談がございます際には、お手数ながら新たにお問い合わせいただけますと幸いでございます。

坂本`,
  }),
  mk({
    slug: 'close-noreply-notice-qp', kind: 'case_closed', lang: 'ja', caseId: cn, enc: 'utf8qp', at: '2026-01-30 00:10:00',
    from: NOREPLY, to: to(N), subject: `ケース ${cn} は解決済みになりました`,
    note: 'system notice that the case was resolved',
    text: `中村 翔 様

ケース ${cn} のステータスが「解決済み」に変更されたことをお知らせいたします。
再度ご相談が必要な場合は、サポートセンターからケースを再開していただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'close-resolved-html', kind: 'case_closed', lang: 'ja', caseId: cs, enc: 'utf8b64', at: '2026-01-27 12:00:00',
    to: to(S), subject: formSubject(cs),
    note: 'HTML-only: the agent closes the case after the user said all is fine',
    html: htmlDoc(paras(`鈴木 健一 様

藤本でございます。ご丁寧なお礼のお言葉をいただき、痛み入ります。
問題なくご利用いただけているとのこと、安堵いたしました。

それでは、本件はこちらで完了とさせていただき、ケースを閉じさせていただきます。
今後とも AWS トレーニングと認定をご愛顧賜りますよう、お願い申し上げます。`)),
  }),
  mk({
    slug: 'close-7days-jisb64', kind: 'case_closed', lang: 'ja', caseId: ct, enc: 'jisb64', at: '2026-01-16 18:00:00',
    to: to(T), subject: formSubject(ct), trap: true,
    note: 'auto-close reminder that mentions the pending consent; no new question',
    text: `高橋様

坂本でございます。
統合の可否についてのお返事をお待ち申し上げておりますが、
7 日を経過してもご連絡を頂戴できない場合、本ケースは自動的にクローズされる仕組みとなっております。
ご多忙のところ恐れ入りますが、ご承知おきいただけますと幸いでございます。

坂本`,
  }),
  mk({
    slug: 'close-lookalike-sjisb64', kind: 'case_closed', lang: 'ja', caseId: cn, enc: 'sjisb64', at: '2026-01-29 08:00:00',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.support-jp.net>', to: to(N), subject: formSubject(cn), trusted: false,
    note: 'closing notice from amazon.com.support-jp.net, a look-alike: untrusted',
    text: `中村様

ケースをクローズいたしました。アンケートへのご協力をお願いいたします。
https://amazon.com.support-jp.net/survey`,
  }),
  mk({
    slug: 'close-after-badges-restated-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7', at: '2026-01-26 09:40:00', trap: true,
    to: to(T), subject: formSubject(ct),
    note: 'closes, restating that badges were moved earlier',
    text: `高橋 美咲 様

坂本でございます。
先週お知らせいたしましたとおり、バッジにつきましてもすでに新しいアカウントへお移ししておりますので、
本ケースはこれをもちまして終了とさせていただきます。

末筆ながら、高橋様のますますのご活躍をお祈り申し上げます。
坂本`,
  }),
  mk({
    slug: 'close-utf8bit-brief', kind: 'case_closed', lang: 'ja', caseId: cs, enc: 'utf88bit', at: '2026-01-28 17:00:00',
    from: NOREPLY, to: to(S), subject: `AWS サポート: ケース ${cs} がクローズされました`,
    note: 'system closing notice',
    text: `鈴木 健一 様

ケース ${cs} がクローズされましたのでお知らせいたします。
このたびはご利用いただき、誠にありがとうございました。

Amazon Web Services`,
  }),
];

// ---------------- support_reply ----------------
const REPLY: Msg[] = [
  mk({
    slug: 'reply-thanks-confirming-jis', kind: 'support_reply', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-15 09:30:00', trap: true,
    to: to(S), subject: formSubject(cs),
    note: 'thanks for the consent; passed to the team, merge still ahead',
    text: `鈴木 健一 様

藤本でございます。ご承諾のお返事を賜り、誠にありがとうございます。
担当部署へ確かに引き継ぎましたので、統合が済みましたら改めてご連絡を差し上げます。
いましばらくお待ちいただけますと幸いでございます。

藤本`,
  }),
  mk({
    slug: 'reply-not-yet-sjis', kind: 'support_reply', lang: 'ja', caseId: ct, enc: 'sjis8', at: '2026-01-13 18:20:00', trap: true,
    to: to(T), subject: formSubject(ct),
    note: 'apology: the merge has not been completed yet; no request',
    text: `高橋 美咲 様

坂本でございます。お問い合わせいただいておりました進捗の件、大変お待たせしており申し訳ございません。
現時点では統合の処理がまだ完了しておらず、担当部署にて順次作業を進めております。
ご不便をおかけいたしますこと、重ねてお詫び申し上げます。

坂本`,
  }),
  mk({
    slug: 'reply-escalated-qp', kind: 'support_reply', lang: 'ja', caseId: cn, enc: 'utf8qp', at: '2026-01-26 11:00:00', trap: true,
    to: to(N), subject: formSubject(cn),
    note: 'badges have not moved; escalated to the responsible team; no new fact',
    text: `中村 翔 様

小野寺でございます。バッジが旧アカウント側に残っている旨のご連絡、ありがとうございます。
お手数をおかけし申し訳ございません。Credly との連携を担当する部署へエスカレーションいたしました。
進展がございましたら、あらためてご報告申し上げます。

小野寺`,
  }),
  mk({
    slug: 'reply-duplicate-cases-jisb64', kind: 'support_reply', lang: 'ja', caseId: CASE.suzukiDup, enc: 'jisb64', at: '2026-01-09 16:00:00', trap: true,
    to: to(S), subject: formSubject(CASE.suzukiDup),
    note: 'merged the duplicate *cases*, not the accounts',
    text: `鈴木 健一 様

藤本でございます。
同じご依頼で 2 件のケース (${CASE.suzuki} と ${CASE.suzukiDup}) をお作りいただいておりましたので、
こちらのケースは ${CASE.suzuki} へ統合させていただきました。
以後のやり取りは ${CASE.suzuki} にてお願い申し上げます。

藤本`,
  }),
  mk({
    slug: 'reply-write-from-keep-sjisb64', kind: 'support_reply', lang: 'ja', caseId: ct, enc: 'sjisb64', at: '2026-01-10 17:00:00', trap: true,
    to: 'Misaki Takahashi <takahashi.m@oldco.example.jp>', subject: formSubject(ct),
    note: 'asks her to write from the kept address, no data requested',
    text: `高橋 美咲 様

坂本でございます。
恐れ入りますが、本件は残されるご予定のアカウントのメールアドレスからご連絡いただく決まりとなっております。
お手数ではございますが、そちらのアドレスからこのケースへご返信いただけますと幸いでございます。

坂本`,
  }),
  mk({
    slug: 'reply-resent-notforuser', kind: 'support_reply', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-15 10:00:00',
    to: to(S), subject: formSubject(cs), forUser: false,
    resent: { from: 'postmaster@corp-a.example.co.jp', to: 'archive@corp-a.example.co.jp', date: 'Thu, 15 Jan 2026 10:01:12 +0900' },
    note: 'status reply redirected into a company archive (Resent-*): not delivered to the user',
    text: `鈴木様

藤本でございます。ご連絡ありがとうございます。
ただいま担当部署にて内容を拝見しております。しばしお時間を頂戴できますと幸いでございます。

藤本`,
  }),
  mk({
    slug: 'reply-conditional-merge-utf8b64', kind: 'support_reply', lang: 'ja', caseId: cn, enc: 'utf8b64', at: '2026-01-24 12:00:00', trap: true,
    to: to(N), subject: formSubject(cn),
    note: 'conditional: 統合が完了しましたら… an update that changes nothing yet',
    text: `中村 翔 様

小野寺でございます。ご返信、確かに拝受いたしました。
統合が完了しましたら、旧アカウントの特典も新しいアカウントでお使いいただけるようになる見込みでございます。
作業には数営業日ほど頂戴する場合がございますこと、何卒ご容赦くださいませ。

小野寺`,
  }),
  mk({
    slug: 'reply-forged-dkim-lookalike-jis', kind: 'support_reply', lang: 'ja', caseId: ct, enc: 'jis7', at: '2026-01-13 10:00:00',
    from: '"AWS トレーニングと認定 (aws-cs-trainingcertification-form@amazon.com)" <aws.cert.support.jp@gmail.com>', to: to(T), subject: formSubject(ct), auth: 'pass', trusted: false,
    note: 'trusted-looking display name on a free-mail address: untrusted status reply',
    text: `高橋様

担当者が変更となりましたのでご挨拶申し上げます。引き続きよろしくお願い申し上げます。

AWS トレーニングと認定`,
  }),
];

// ---------------- unrelated ----------------
const UNREL: Msg[] = [
  mk({
    slug: 'un-survey-jis', kind: 'unrelated', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-29 10:00:00', trap: true,
    from: NOREPLY, to: to(S), subject: `ケース ${cs} に関するアンケートのお願い`,
    note: 'satisfaction survey after the case was closed',
    text: `鈴木 健一 様

先日クローズいたしましたケース ${cs} につきまして、サポートの品質向上のため、アンケートへのご協力をお願い申し上げます。
ご用件は解決いたしましたでしょうか。1 分ほどでご回答いただけます。
https://aws.amazon.com/jp/survey/support?c=${cs}

Amazon Web Services`,
  }),
  mk({
    slug: 'un-credly-microsoft-sjis', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', at: '2026-01-18 09:00:00', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: to(T), subject: 'Microsoft のバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `高橋 美咲 さん

Microsoft から Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/ms-77a0

Credly`,
  }),
  mk({
    slug: 'un-credly-merge-code-qp', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-01-28 20:00:00', trap: true,
    from: 'Credly <admin@credly.com>', to: to(N), subject: 'Credly アカウントの統合を完了してください',
    note: "Credly's own account-merge verification code mail",
    text: `中村 翔 さん

Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください: 482917

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'un-own-consent-reply', kind: 'unrelated', lang: 'ja', caseId: cs, enc: 'jis7', at: '2026-01-14 22:30:00', trap: true,
    from: to(S), to: SUPPORT_JA, cc: to(S), subject: formSubject(cs), auth: 'none', trusted: false,
    note: "the user's own consent reply (copy to himself): no news from support",
    text: `藤本様

お世話になっております。鈴木です。
ご案内いただいた内容で統合を進めていただけますと幸いです。
何卒よろしくお願い申し上げます。

鈴木 健一

${gmailJa('2026年1月14日(水) 10:05 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '', '統合いたしましたアカウントは、のちに元の状態へ戻すことがかないません。')}`,
  }),
  mk({
    slug: 'un-ooo-agent-jisb64', kind: 'unrelated', lang: 'ja', caseId: ct, enc: 'jisb64', at: '2026-01-13 22:11:00', trap: true,
    from: '坂本 亮 <ryo.sakamoto@amazon.com>', to: to(T), subject: `自動応答: ${formSubject(ct)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "agent's out-of-office auto-reply mentioning the merge case",
    text: `誠に恐れ入りますが、1月13日から1月15日まで不在にしております。
統合のお手続きや確認のご連絡につきましては、1月16日以降に順次対応させていただきます。
お急ぎの場合は、ケースへご返信いただけますと他の担当者が対応いたします。`,
  }),
  mk({
    slug: 'un-refund-case-sjisb64', kind: 'unrelated', lang: 'ja', caseId: CASE.refund, enc: 'sjisb64', at: '2026-01-05 13:00:00', trap: true,
    from: NOREPLY, to: to(N), subject: `ケース ${CASE.refund}: 受験料の返金に関するお問い合わせを受け付けました`,
    note: 'receipt of another case about an exam fee refund',
    text: `中村 翔 様

受験料の返金に関するお問い合わせ (ケース ${CASE.refund}) を受け付けました。
返金の可否を確認のうえ、担当よりご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'un-exam-result-html', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-01-06 18:00:00', trap: true,
    from: PORTAL, to: to(S), subject: 'AWS 認定試験の結果のお知らせ',
    note: 'exam result notice (certification earned), not a merge event',
    html: htmlDoc(`<p>鈴木 健一 様</p><p>AWS Certified Solutions Architect - Professional 試験の結果をお知らせいたします。合格おめでとうございます。</p><p>認定は数日以内にアカウントに反映され、Credly からバッジが届きます。</p>`),
  }),
  mk({
    slug: 'un-colleague-fwd-utf8bit', kind: 'unrelated', lang: 'ja', caseId: ct, enc: 'utf88bit', at: '2026-01-14 12:30:00', trap: true,
    from: '山口 直子 <yamaguchi.n@oldco.example.jp>', to: to(T), subject: `Fw: ${formSubject(ct)}`, auth: 'none', trusted: false,
    note: "former colleague forwards support's completion mail that reached the old address",
    text: `高橋さん

ご無沙汰しております。旧アドレス宛に届いていたものを転送いたします。ご査収ください。

---------- 転送されたメッセージ ---------
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年1月14日(水) 9:22
Subject: ${formSubject(ct)}
To: <takahashi.m@oldco.example.jp>

旧アカウントにつきましては、本日付で新しいアカウントへ一本化させていただきました。`,
  }),
];

export const JA: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...DONE, ...BADGE, ...CLOSE, ...REPLY, ...UNREL];
void quote;
void SUPPORT;
