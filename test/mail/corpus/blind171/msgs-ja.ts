// fn set, Japanese new text. Every message is a short new line by a second
// writer over a long quoted history (see threads.ts).
import { type Msg } from './lib.js';
import { AWS_NOREPLY, CREDLY_AWS, P, SUPPORT, SUPPORT_ADDR, Thread, formSubject, htmlReply, mk, quote, reply, sfRef, qblock, nest, type Step } from './common.js';
import { AIKO, C_AIKO, C_DAISUKE, C_KENJI, C_RINA, C_SHOTA, C_TARO, C_YUKI, DAISUKE, KENJI, RINA, SHOTA, TARO, YUKI } from './threads.js';

const RE = (id: string): string => `RE: ${formSubject(id)}`;

// a short Hanako thread (new case of an earlier user), with questions answered inline later
const C_HANAKO = '1796620381';
const HANAKO = new Thread({ name: P.hanako.ja, addr: P.hanako.keep }, { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, formSubject(C_HANAKO), C_HANAKO, 'gmailJa', 'sf')
  .u('form', '2026-10-19 20:31', `お世話になっております。佐藤 花子です。
以前のケースとは別件で、派遣先で作成してしまった 3 つ目の認定アカウント (hsato@haken.example.co.jp) があることがわかりました。
こちらも ${P.hanako.keep} のアカウントにまとめていただけますか。`)
  .s('info', '2026-10-20 12:10', `佐藤様

ご連絡ありがとうございます。担当の Sakura です。
お手数ですが、派遣先アドレスのアカウントについて、候補者 ID と取得済みの認定名をお知らせください。

Sakura`)
  .u('uinfo', '2026-10-20 22:47', `Sakura 様

候補者 ID: AWS40028815
認定: AWS Certified Cloud Practitioner のみです。
いくつか質問させてください。
Q1. 派遣先アカウントは氏名がカタカナ登録 (サトウ ハナコ) ですが問題ないでしょうか。
Q2. 50% 割引の特典は移りますか。

佐藤`);

const OTHER_DONE: Step = {
  key: 'x',
  who: 'AWS Training and Certification',
  addr: SUPPORT_ADDR,
  to: 'm.okada@example.ne.jp',
  at: '2026-08-27 10:14',
  subject: formSubject('1810460032'),
  text: `岡田様

ご依頼いただいていた 2 つの認定アカウントの統合が完了いたしました。
新しいアカウントにサインインし、内容をご確認ください。

Keiko`,
  style: 'sf',
};

export const JA: Msg[] = [
  // ============================================================ acknowledgement (7)
  mk({
    slug: 'kenji-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C_KENJI,
    note: 'automatic receipt: case ID and the quoted form contents',
    from: AWS_NOREPLY, to: P.kenji.keep, subject: `[CASE ${C_KENJI}] お問い合わせを受け付けました`, at: '2026-04-06 21:15', enc: 'jis7',
    text: `ケース ${C_KENJI} を受け付けました。通常 24 時間以内に担当者よりご連絡いたします。

ご入力内容:
${quote(KENJI.to('form')[0]!.text)}`,
  }),
  mk({
    slug: 'yuki-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C_YUKI,
    note: 'receipt of the new case; Outlook-style block repeats what was submitted',
    from: AWS_NOREPLY, to: P.yuki.keep, subject: `[AWS Training and Certification] お問い合わせ受付のお知らせ (ケース ID: ${C_YUKI})`, at: '2026-05-02 10:49', enc: 'sjis8',
    text: reply(`受付完了。ケースID ${C_YUKI}
このメールには返信せず、担当者からの連絡をお待ちください。`, 'jaOrig', YUKI.to('form')),
  }),
  mk({
    slug: 'shota-receipt-html', kind: 'acknowledgement', lang: 'ja', caseId: C_SHOTA,
    note: 'HTML-only receipt with the submission in a blockquote',
    from: AWS_NOREPLY, to: P.shota.keep, subject: `お問い合わせを承りました [CASE ${C_SHOTA}]`, at: '2026-07-13 23:52', enc: 'utf8qp',
    html: `<html><body><p>お問い合わせ (ケース ${C_SHOTA}) を承りました。</p>
<p style="color:#666">お問い合わせ内容</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">${SHOTA.to('form')[0]!.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>\n')}</blockquote>
<p style="font-size:11px;color:#999">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>`,
  }),
  mk({
    slug: 'rina-receipt-bodyid', kind: 'acknowledgement', lang: 'ja', caseId: C_RINA,
    note: 'receipt whose case ID is only in the body; English boilerplate under a Japanese line',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'お問い合わせありがとうございます', at: '2026-02-09 19:21', enc: 'jisb64',
    text: `ご依頼を受け付けました。ケース番号は ${C_RINA} です。

This is an automated message. Please do not reply directly to this email.

> ${RINA.to('form')[0]!.text.split('\n').join('\n> ')}`,
  }),
  mk({
    slug: 'forged-receipt-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1806634120', trusted: false,
    note: 'a receipt in form, but from a look-alike domain (aws-training-jp.com): untrusted',
    from: 'AWS サポート <support@aws-training-jp.com>', to: P.hanako.keep, subject: '[CASE 1806634120] お問い合わせを受け付けました', at: '2026-10-19 20:40', enc: 'utf8b64',
    text: `ケース 1806634120 を作成しました。本人確認のため、24 時間以内に下記リンクからサインインしてください。
https://aws-training-jp.com/verify?c=1806634120

${qblock('bare', HANAKO.to('form')[0]!, HANAKO.to('form')[0]!.text)}`,
  }),
  mk({
    slug: 'taro-receipt-topicless', kind: 'acknowledgement', lang: 'ja', caseId: C_TARO,
    note: 'topic-less receipt line (受付番号) over the merge request it received',
    from: AWS_NOREPLY, to: P.taro.keep, subject: `受付番号 ${C_TARO}`, at: '2026-08-24 09:03', enc: 'utf8b64',
    text: reply(`受付番号 ${C_TARO} で承りました。順次ご連絡いたします。`, 'olJa', TARO.to('form')),
  }),
  mk({
    slug: 'daisuke-receipt-mixed', kind: 'acknowledgement', lang: 'ja', caseId: C_DAISUKE,
    note: 'Japanese receipt line with English boilerplate over the submitted text',
    from: AWS_NOREPLY, to: P.daisuke.keep, subject: `ケースを作成しました / Case ${C_DAISUKE} created`, at: '2026-03-16 08:31', enc: 'utf8qp',
    text: reply(`ケースを作成しました (Case ID ${C_DAISUKE})。
We have received your request. A member of our team will respond within 24 hours.`, 'gmailJa', DAISUKE.to('form')),
  }),

  // ============================================================ ai_answer (7)
  mk({
    slug: 'aiko-ai-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion to use the self-service tool over the quoted question',
    from: AWS_NOREPLY, to: P.aiko.keep, subject: '【自動回答】AWS 認定アカウントの統合について', at: '2026-06-01 12:02', enc: 'jis7',
    text: `プロフィール > アカウントの統合 から、ご自身で統合できる場合があります。まずはお試しください。
(この回答は自動生成されています)

${qblock('bare', AIKO.to('form')[0]!, AIKO.to('form')[0]!.text)}`,
  }),
  mk({
    slug: 'shota-ai-createcase', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer: self-service unless both accounts hold certifications, then create a case',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: P.shota.keep, subject: 'AI による回答: 認定アカウントの統合', at: '2026-07-13 23:53', enc: 'sjisb64',
    text: reply(`両方のアカウントに認定履歴がある場合は「ケースを作成」を選んでください。それ以外は Merge Accounts でご自身で統合できます。`, 'jaOrig', SHOTA.to('form')),
  }),
  mk({
    slug: 'yuki-ai-after-merge-trap', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes what happens after a merge (badges, completion) but is only a suggestion',
    from: AWS_NOREPLY, to: P.yuki.keep, subject: '自動回答: アカウント統合とバッジ', at: '2026-05-02 10:50', enc: 'utf8b64',
    text: reply(`統合が完了すると認定は残すアカウントに表示されますが、Credly のバッジは移らないことがあります。まずは Merge Accounts ツールをお試しください。`, 'gmailJa', YUKI.to('form')),
  }),
  mk({
    slug: 'kenji-ai-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart AI suggestion; question quoted in a blockquote',
    from: AWS_NOREPLY, to: P.kenji.keep, subject: 'この回答で解決しましたか? (AI 生成)', at: '2026-04-06 21:10', enc: 'utf8qp',
    text: reply(`AI からの提案: 残す方のアカウントでサインインし、プロフィールの「アカウントの統合」を開いてください。`, 'bare', KENJI.to('form')),
    html: htmlReply(`AI からの提案: 残す方のアカウントでサインインし、プロフィールの「アカウントの統合」を開いてください。`, 'plainbq', 'bare', KENJI.to('form')),
  }),
  mk({
    slug: 'ai-lookalike-authserv', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI-style suggestion but the A-R comes from a look-alike authserv-id: untrusted',
    from: AWS_NOREPLY, to: P.rina.keep, subject: '自動回答: AWS認定アカウントの統合について', at: '2026-02-09 19:22', enc: 'jisb64',
    text: reply(`セルフサービスの統合ツールで解決できる可能性があります。プロフィール画面からお試しください。`, 'becky', RINA.to('form')),
  }),
  mk({
    slug: 'yuki-ai-candidate', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'one-line automated hint (find the candidate ID, then use Merge Accounts)',
    from: AWS_NOREPLY, to: P.yuki.src, subject: '【自動回答】お問い合わせ内容について', at: '2026-05-02 10:51', enc: 'sjis8',
    text: reply(`候補者 ID をプロフィールでご確認のうえ、Merge Accounts をご利用ください。`, 'gmailJa', YUKI.to('form')),
  }),
  mk({
    slug: 'taro-ai-confirm-trap', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer explaining the tool\'s confirmation screen and irreversibility; not support asking for consent',
    from: AWS_NOREPLY, to: P.taro.keep, subject: '自動回答 (AI): 統合ツールの使い方', at: '2026-08-24 09:04', enc: 'utf88bit',
    text: reply(`ツールでは統合の確定前に確認画面が出ます。確定すると取り消せませんのでご注意ください。`, 'olJa', TARO.to('form')),
  }),

  // ============================================================ info_request (9)
  mk({
    slug: 'kenji-info-birthdate', kind: 'info_request', lang: 'ja', caseId: C_KENJI,
    note: 'second agent asks for one more datum over the user\'s answers',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-08 09:12', enc: 'jis7',
    text: reply(`恐れ入ります、会社アカウント側の登録生年月日もお知らせください。`, 'sf', KENJI.to('uinfo'), { sig: '上田', ref: sfRef('4Jk2') }),
  }),
  mk({
    slug: 'yuki-info-resend', kind: 'info_request', lang: 'ja', caseId: C_YUKI,
    note: 'reminder that re-asks the quoted list of what support needs',
    from: SUPPORT, to: P.yuki.keep, subject: formSubject(C_YUKI), at: '2026-05-03 09:40', enc: 'sjis8',
    text: reply(`下記の件、ご返信をお待ちしております。`, 'sf', YUKI.to('info'), { sig: 'AWS T&C サポート 森' }),
  }),
  mk({
    slug: 'aiko-info-confirm-trap', kind: 'info_request', lang: 'ja', caseId: C_AIKO, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the address to keep: information, not consent',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-01 16:30', enc: 'utf8qp',
    text: reply(`残すメールアドレスをご確認のうえお知らせください。`, 'sf', AIKO.to('form'), { ref: sfRef('8aQe') }),
  }),
  mk({
    slug: 'rina-info-id-again', kind: 'info_request', lang: 'ja', caseId: C_RINA,
    note: 'asks for the candidate ID again; case ID only in the quoted body',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'Re: AWS認定アカウントの統合について', at: '2026-02-11 09:20', enc: 'jisb64',
    text: reply(`病院側の候補者 ID が 1 桁足りないようです。もう一度お送りいただけますか。`, 'olEn', RINA.to('uinfo')),
  }),
  mk({
    slug: 'forged-info-password', kind: 'info_request', lang: 'ja', caseId: C_KENJI, trusted: false, auth: 'forgedBelow',
    note: 'asks for data, but its dmarc=pass sits below the server\'s Received line: untrusted',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-08 02:03', enc: 'utf8qp',
    text: reply(`本人確認のため、旧アカウントのパスワードをご返信ください。`, 'sf', KENJI.to('uinfo')),
  }),
  mk({
    slug: 'aiko-info-voucher-trap', kind: 'info_request', lang: 'ja', caseId: C_AIKO, trap: true,
    note: 'quote holds the completed merge; the new line asks for the voucher code digits',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-06 14:05', enc: 'utf8b64',
    text: reply(`恐れ入りますが、バウチャーのコード末尾 4 桁をお知らせください。`, 'sf', AIKO.to('uq'), { sig: '西田', ref: sfRef('8aQe') }),
  }),
  mk({
    slug: 'hanako-info-inline', kind: 'info_request', lang: 'ja', caseId: C_HANAKO,
    note: '「インラインでご回答します」: the inline answers ask for the passport spelling',
    from: SUPPORT, to: P.hanako.keep, subject: formSubject(C_HANAKO), at: '2026-10-21 11:02', enc: 'jis7',
    text: `佐藤様

インラインでご回答します。

> Q1. 派遣先アカウントは氏名がカタカナ登録 (サトウ ハナコ) ですが問題ないでしょうか。
→ 統合自体は可能です。照合のため、パスポートどおりのローマ字表記をお知らせください。
> Q2. 50% 割引の特典は移りますか。
→ 未使用であれば移ります。

Sakura

${qblock('sf', HANAKO.to('uinfo').at(-1)!, nest(HANAKO.to('uinfo')))}`,
  }),
  mk({
    slug: 'yuki-info-from-kept', kind: 'info_request', lang: 'ja', caseId: C_YUKI,
    note: 'write from the kept address AND send both IDs: asks for data, so info_request',
    from: SUPPORT, to: P.yuki.src, subject: formSubject(C_YUKI), at: '2026-05-02 17:55', enc: 'sjisb64',
    text: reply(`残す方のアドレスから改めてご連絡ください。その際、両方の候補者 ID もお願いします。`, 'sf', YUKI.to('form')),
  }),
  mk({
    slug: 'taro-info-otheronly', kind: 'info_request', lang: 'ja', caseId: C_TARO, trusted: false, auth: 'otherOnly',
    note: 'asks for the certificate PDF; only a foreign authserv-id (mx.google.com) vouches: untrusted',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-25 23:10', enc: 'jisb64',
    text: reply(`お手数ですが、認定証の PDF を添付してご返信ください。`, 'sf', TARO.to('uinfo')),
  }),

  // ============================================================ confirmation_request (8)
  mk({
    slug: 'kenji-conf-short', kind: 'confirmation_request', lang: 'ja', caseId: C_KENJI,
    note: 'asks for a one-word consent, irreversible',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-08 10:02', enc: 'jis7',
    text: reply(`上記で統合してよろしければ「同意します」とだけご返信ください。取り消しはできません。`, 'sf', KENJI.to('uinfo'), { ref: sfRef('4Jk2') }),
  }),
  mk({
    slug: 'yuki-conf', kind: 'confirmation_request', lang: 'ja', caseId: C_YUKI,
    note: 'identity verified; asks whether to proceed with an irreversible merge',
    from: SUPPORT, to: P.yuki.keep, subject: formSubject(C_YUKI), at: '2026-05-04 11:31', enc: 'sjis8',
    text: reply(`確認が取れました。統合は戻せませんが、進めてよろしいですか。`, 'sf', YUKI.to('uinfo'), { sig: 'Haruka' }),
  }),
  mk({
    slug: 'aiko-conf-gmailhtml', kind: 'confirmation_request', lang: 'ja', caseId: C_AIKO,
    note: 'multipart: found the account, asks the user to agree to the merge',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-03 09:50', enc: 'utf8qp',
    text: reply(`${P.aiko.srcId} が該当しました。統合に同意いただけるか、ご返信ください。`, 'gmailJa', AIKO.to('uinfo')),
    html: htmlReply(`${P.aiko.srcId} が該当しました。統合に同意いただけるか、ご返信ください。`, 'gmail', 'gmailJa', AIKO.to('uinfo')),
  }),
  mk({
    slug: 'rina-conf-bottom', kind: 'confirmation_request', lang: 'ja', caseId: C_RINA,
    note: 'bottom-posted consent request under the quote; case ID only in the quote',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'Re: AWS認定アカウントの統合について', at: '2026-02-11 17:40', enc: 'jisb64',
    text: reply(`→ 上記の統合で問題なければ、ご同意の返信をお願いします (元に戻せません)。`, 'becky', RINA.to('uinfo'), { bottom: true }),
  }),
  mk({
    slug: 'taro-conf-final', kind: 'confirmation_request', lang: 'ja', caseId: C_TARO,
    note: 'final check before merging: asks for the consent reply',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-26 10:12', enc: 'sjisb64',
    text: reply(`念のための最終確認です。統合後は取り消しできません、ご同意のご返信をお待ちしております。`, 'sf', TARO.to('uinfo'), { sig: 'Keiko' }),
  }),
  mk({
    slug: 'shota-conf-failforged', kind: 'confirmation_request', lang: 'ja', caseId: C_SHOTA, trusted: false, auth: 'failThenForged',
    note: 'consent request; topmost A-R says dmarc=fail, a planted pass sits lower: untrusted',
    from: SUPPORT, to: P.shota.keep, subject: formSubject(C_SHOTA), at: '2026-07-14 12:00', enc: 'utf8b64',
    text: reply(`両アカウントを確認しました。統合に進んでよいか、ご返信で同意をお願いします。`, 'sf', SHOTA.to('form')),
  }),
  mk({
    slug: 'aiko-conf-freemail', kind: 'confirmation_request', lang: 'ja', caseId: C_AIKO, trusted: false,
    note: 'consent request under a support display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>', to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-03 08:15', enc: 'utf88bit', relay: 'mail-sor-f41.google.com',
    text: reply(`統合の同意をこのメールへの返信でお願いします。取り消し不可です。`, 'gmailJa', AIKO.to('uinfo')),
  }),
  mk({
    slug: 'hanako-conf', kind: 'confirmation_request', lang: 'ja', caseId: C_HANAKO,
    note: 'summary of the merge and a request for the user\'s approval',
    from: SUPPORT, to: P.hanako.keep, subject: formSubject(C_HANAKO), at: '2026-10-21 15:30', enc: 'jis7',
    text: reply(`AWS40028815 を ${P.hanako.keepId} に統合します。よろしければご承諾の旨ご返信ください。`, 'sf', HANAKO.to('uinfo'), { sig: 'Sakura' }),
  }),

  // ============================================================ merge_completed (9)
  mk({
    slug: 'kenji-done', kind: 'merge_completed', lang: 'ja', caseId: C_KENJI,
    note: '「対応いたしました。」 under the quoted consent to merge: the merge is done',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-09 08:41', enc: 'jis7',
    text: reply(`対応いたしました。`, 'sf', KENJI.to('ucons'), { sig: '上田', ref: sfRef('4Jk2') }),
  }),
  mk({
    slug: 'yuki-done-answer', kind: 'merge_completed', lang: 'ja', caseId: C_YUKI,
    note: '「完了しております。」 answers the quoted "is it done yet?"',
    from: SUPPORT, to: P.yuki.keep, subject: formSubject(C_YUKI), at: '2026-05-08 15:20', enc: 'sjis8',
    text: reply(`完了しております。ポータルを再読み込みしてご確認ください。`, 'sf', YUKI.to('uask'), { sig: 'Haruka' }),
  }),
  mk({
    slug: 'aiko-done-html', kind: 'merge_completed', lang: 'ja', caseId: C_AIKO,
    note: 'multipart; two words of news over the consent',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-04 18:02', enc: 'utf8qp',
    text: reply(`統合、完了です。`, 'gmailJa', AIKO.to('ucons')),
    html: htmlReply(`統合、完了です。`, 'gmail', 'gmailJa', AIKO.to('ucons')),
  }),
  mk({
    slug: 'rina-done-today', kind: 'merge_completed', lang: 'ja', caseId: C_RINA,
    note: 'merged today; case ID only in the quoted history',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'Re: AWS認定アカウントの統合について', at: '2026-02-13 11:05', enc: 'jisb64',
    text: reply(`本日、統合完了しました。ご確認ください。`, 'olEn', RINA.to('ucons')),
  }),
  mk({
    slug: 'shota-done-team', kind: 'merge_completed', lang: 'ja', caseId: C_SHOTA,
    note: 'second agent relays the team\'s completion over the "passed to the team" message',
    from: SUPPORT, to: P.shota.keep, subject: formSubject(C_SHOTA), at: '2026-07-17 10:48', enc: 'jis7',
    text: reply(`担当チームより、統合が終わったと連絡がありました。`, 'sf', SHOTA.to('pend'), { sig: 'AWS トレーニングと認定 Mei' }),
  }),
  mk({
    slug: 'taro-done-and-close', kind: 'merge_completed', lang: 'ja', caseId: C_TARO, trap: true,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-27 13:30', enc: 'sjisb64',
    text: reply(`統合処理、終わりました。本ケースはこれでクローズします。`, 'sf', TARO.to('ucons'), { sig: 'Keiko' }),
  }),
  mk({
    slug: 'daisuke-done-ja', kind: 'merge_completed', lang: 'ja', caseId: C_DAISUKE,
    note: 'Japanese-speaking agent\'s one word over an English/Japanese consent',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-18 16:00', enc: 'utf8b64',
    text: reply(`統合済みです。`, 'sf', DAISUKE.to('ucons'), { sig: 'AWS T&C 日本語サポート 藤井' }),
  }),
  mk({
    slug: 'portal-merged-ja', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own notice (no case ID) that the accounts were merged',
    from: 'AWS Certification <no-reply@aws.training>', to: P.shota.keep, subject: 'AWS 認定: アカウントの統合が完了しました', at: '2026-07-17 09:55', enc: 'utf8qp',
    text: `アカウントの統合が完了しました。

> 統合元: ${P.shota.srcId}
> 統合先: ${P.shota.keepId}
> 移行された認定: 2 件
> 移行された特典: 1 件

このメールは送信専用です。`,
  }),
  mk({
    slug: 'certmetrics-merged-ja', kind: 'merge_completed', lang: 'ja', caseId: null, trusted: false,
    note: 'portal-style completion notice from certmetrics.com (not a trusted domain): untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: P.aiko.keep, subject: 'アカウント統合完了のお知らせ', at: '2026-06-05 12:30', enc: 'jisb64',
    text: `アカウントの統合が完了しました。サインインしてご確認ください。

> 統合されたアカウント: ${P.aiko.srcId}
> ご利用中のアカウント: ${P.aiko.keepId}`,
  }),

  // ============================================================ badges_transferred (7)
  mk({
    slug: 'kenji-badges', kind: 'badges_transferred', lang: 'ja', caseId: C_KENJI,
    note: '「バッジも移しました。」 over the user\'s badge question',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-10 17:15', enc: 'jis7',
    text: reply(`バッジも移しました。`, 'sf', KENJI.to('ubadge'), { sig: '上田' }),
  }),
  mk({
    slug: 'daisuke-badges-ja', kind: 'badges_transferred', lang: 'ja', caseId: C_DAISUKE,
    note: 'badge moved, check Credly; answers the quoted question',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-21 10:10', enc: 'utf8qp',
    text: reply(`バッジ、移行済みです。Credly をご確認ください。`, 'sf', DAISUKE.to('ubadge'), { sig: '藤井', ref: sfRef('7tLm') }),
  }),
  mk({
    slug: 'credly-aws-issued-ja', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly (the badge now sits on the kept address)',
    from: CREDLY_AWS, to: P.kenji.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-04-11 12:02', enc: 'utf8b64', tz: '+0000',
    text: `AWS Certified SysOps Administrator - Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/5b0e2c71-8d7a-4c3e-a1f9-0c7d1e6b2a44

Credly, Inc. · 本メールは Amazon Web Services Training and Certification の依頼により送信されています。`,
    html: `<html><body><p>AWS Certified SysOps Administrator - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0e2c71-8d7a-4c3e-a1f9-0c7d1e6b2a44">バッジを入手する</a></p>
<p style="font-size:10px">Credly, Inc. · 本メールは Amazon Web Services Training and Certification の依頼により送信されています。</p></body></html>`,
  }),
  mk({
    slug: 'aiko-voucher-and-badges', kind: 'badges_transferred', lang: 'ja', caseId: C_AIKO,
    note: 'answers the voucher question and adds the news that the Credly badge was moved',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-06 16:44', enc: 'sjis8',
    text: reply(`バウチャーは反映済みです。Credly の SAA バッジも個人アドレス側へ移しておきました。`, 'sf', AIKO.to('uq'), { sig: '西田' }),
  }),
  mk({
    slug: 'credly-lookalike-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: P.yuki.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-05-09 07:30', enc: 'jis7', tz: '+0000',
    text: `AWS Certified Developer - Associate のバッジが新しいアカウントに移りました。
バッジを入手する: https://credIy-badges.example.net/accept?id=88123`,
  }),
  mk({
    slug: 'rina-badges-close', kind: 'badges_transferred', lang: 'ja', caseId: C_RINA, trap: true,
    note: 'badges moved and the case is closed: the new fact is the badges',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'Re: AWS認定アカウントの統合について', at: '2026-02-16 10:20', enc: 'sjisb64',
    text: reply(`バッジの付け替えも済みましたので、本件はこれにてクローズとさせていただきます。`, 'olEn', RINA.to('ubadge')),
  }),
  mk({
    slug: 'kenji-badges-dmarcfail', kind: 'badges_transferred', lang: 'ja', caseId: C_KENJI, trusted: false, auth: 'fail',
    note: 'badge news in the support voice, but dmarc=fail at the receiving server: untrusted',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-10 20:31', enc: 'sjisb64',
    text: reply(`Credly 側のバッジ付け替え、完了しました。`, 'sf', KENJI.to('ubadge')),
  }),

  // ============================================================ case_closed (8)
  mk({
    slug: 'kenji-close', kind: 'case_closed', lang: 'ja', caseId: C_KENJI,
    note: '「本件はクローズいたします。」 over the user\'s final thanks',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-12 09:00', enc: 'jis7',
    text: reply(`本件はクローズいたします。`, 'sf', KENJI.to('uthanks'), { sig: '木村', ref: sfRef('4Jk2') }),
  }),
  mk({
    slug: 'yuki-autoclose-3days', kind: 'case_closed', lang: 'ja', caseId: C_YUKI,
    note: 'will close in 3 days without a reply: case_closed per the guide',
    from: SUPPORT, to: P.yuki.keep, subject: formSubject(C_YUKI), at: '2026-05-06 09:00', enc: 'sjis8',
    text: reply(`ご返信がない場合、本ケースは 3 日後に自動でクローズされます。`, 'sf', YUKI.to('info')),
  }),
  mk({
    slug: 'rina-close-restated-trap', kind: 'case_closed', lang: 'ja', caseId: C_RINA, trap: true,
    note: 'closing that only restates the earlier merge',
    from: 'AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>', to: P.rina.keep, subject: 'Re: AWS認定アカウントの統合について', at: '2026-02-20 10:00', enc: 'jisb64',
    text: reply(`先週統合が完了しておりますので、本ケースはクローズとさせていただきます。`, 'olEn', RINA.to('done')),
  }),
  mk({
    slug: 'daisuke-resolved-notice', kind: 'case_closed', lang: 'ja', caseId: C_DAISUKE,
    note: 'system notice: the case was closed as resolved',
    from: AWS_NOREPLY, to: P.daisuke.keep, subject: `ケース ${C_DAISUKE} は解決済みになりました`, at: '2026-03-25 00:05', enc: 'utf8qp',
    text: reply(`ケース ${C_DAISUKE} は解決済みとしてクローズされました。`, 'sf', DAISUKE.to('done')),
  }),
  mk({
    slug: 'aiko-close-restated-trap', kind: 'case_closed', lang: 'ja', caseId: C_AIKO, trap: true,
    note: 'restates the merge of 6/5 only to close the case',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-12 10:00', enc: 'utf8b64',
    text: reply(`統合は 6/5 に完了済みのため、こちらのケースは終了します。`, 'gmailJa', AIKO.to('done')),
    html: htmlReply(`統合は 6/5 に完了済みのため、こちらのケースは終了します。`, 'gmail', 'gmailJa', AIKO.to('done')),
  }),
  mk({
    slug: 'forged-close-examplenet', kind: 'case_closed', lang: 'ja', caseId: C_KENJI, trusted: false,
    note: 'closing notice from amazon.com.example.net (look-alike): untrusted',
    from: 'AWS Support <support@amazon.com.example.net>', to: P.kenji.keep, subject: `[CASE ${C_KENJI}] ケース終了のお知らせ`, at: '2026-04-09 23:12', enc: 'jis7',
    text: reply(`本ケースは終了しました。再開はこちら: https://amazon.com.example.net/case/${C_KENJI}`, 'sf', KENJI.to('done')),
  }),
  mk({
    slug: 'kenji-duplicate-closed-trap', kind: 'case_closed', lang: 'ja', caseId: '1781120533', trap: true,
    note: 'this duplicate case is closed and "統合" refers to the cases, not the accounts',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject('1781120533'), at: '2026-04-07 16:02', enc: 'jisb64',
    text: reply(`重複しているため、こちらのケースはクローズし、${C_KENJI} に統合して対応します。`, 'sf', KENJI.to('form')),
  }),
  mk({
    slug: 'taro-autoclose-5days', kind: 'case_closed', lang: 'ja', caseId: C_TARO,
    note: 'auto-close warning (5 business days) over the unanswered consent request',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-26 15:06', enc: 'sjisb64', tz: '+0000',
    text: reply(`5 営業日以内にご返信がなければ、本件は自動でクローズとなります。`, 'sf', TARO.to('conf')),
  }),

  // ============================================================ support_reply (9)
  mk({
    slug: 'shota-not-yet', kind: 'support_reply', lang: 'ja', caseId: C_SHOTA, trap: true,
    note: '「まだです。」 under "is it done?": a negated status, not the merge',
    from: SUPPORT, to: P.shota.keep, subject: formSubject(C_SHOTA), at: '2026-07-21 11:10', enc: 'jis7',
    text: reply(`まだです。申し訳ありません、担当チームに催促しております。`, 'sf', SHOTA.to('uask'), { sig: 'Ryo T.' }),
  }),
  mk({
    slug: 'kenji-ack-consent-trap', kind: 'support_reply', lang: 'ja', caseId: C_KENJI, trap: true,
    note: '「承知しました、進めます。」 over the consent: thanks-for-confirming, merge still future',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-08 13:05', enc: 'jisb64',
    text: reply(`承知しました、進めます。`, 'sf', KENJI.to('ucons'), { sig: '木村' }),
  }),
  mk({
    slug: 'kenji-thanks-trap', kind: 'support_reply', lang: 'ja', caseId: C_KENJI, trap: true,
    note: 'a thank-you over a quote full of merge and badge news',
    from: SUPPORT, to: P.kenji.keep, subject: formSubject(C_KENJI), at: '2026-04-11 19:30', enc: 'jis7',
    text: reply(`ご丁寧にありがとうございます!`, 'sf', KENJI.to('uthanks')),
  }),
  mk({
    slug: 'aiko-check-next-week-trap', kind: 'support_reply', lang: 'ja', caseId: C_AIKO, trap: true,
    note: '"I will check next week" over a quote that holds the completed merge',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-06 18:20', enc: 'utf8qp',
    text: reply(`来週、特典の反映状況を確認します。`, 'sf', AIKO.to('uq'), { sig: '西田' }),
  }),
  mk({
    slug: 'taro-wrong-case-trap', kind: 'support_reply', lang: 'ja', caseId: C_TARO, trap: true,
    note: 'wrong-case apology; the quoted completion belonged to another customer',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-27 10:30', enc: 'utf8b64',
    text: `失礼しました、別のお客様宛のメールでした。下記は破棄してください。

Keiko

${qblock('sf', OTHER_DONE, OTHER_DONE.text)}`,
  }),
  mk({
    slug: 'taro-future-merge-trap', kind: 'support_reply', lang: 'ja', caseId: C_TARO, trap: true,
    note: '「統合が完了しましたら」: future, not the event',
    from: SUPPORT, to: P.taro.keep, subject: formSubject(C_TARO), at: '2026-08-26 18:30', enc: 'sjisb64',
    text: reply(`統合が完了しましたら、改めてご連絡いたします。`, 'sf', TARO.to('ucons'), { sig: 'Keiko' }),
  }),
  mk({
    slug: 'aiko-passed-on-trap', kind: 'support_reply', lang: 'ja', caseId: C_AIKO, trap: true,
    note: 'thanks for the consent, passed to the team: support_reply',
    from: SUPPORT, to: P.aiko.keep, subject: formSubject(C_AIKO), at: '2026-06-04 09:15', enc: 'utf8b64',
    text: reply(`ご同意ありがとうございます、担当チームに引き継ぎました。`, 'sf', AIKO.to('ucons')),
  }),
  mk({
    slug: 'yuki-unable-trap', kind: 'support_reply', lang: 'ja', caseId: C_YUKI, trap: true,
    note: 'cannot merge while an exam is booked: negated, not the event',
    from: SUPPORT, to: P.yuki.keep, subject: formSubject(C_YUKI), at: '2026-05-06 13:00', enc: 'sjisb64',
    text: reply(`試験の予約が残っているため、現時点では統合できません。予約のキャンセル後にご連絡ください。`, 'sf', YUKI.to('ucons'), { sig: 'Haruka' }),
  }),
  mk({
    slug: 'daisuke-checking-noauth', kind: 'support_reply', lang: 'ja', caseId: C_DAISUKE, trap: true, trusted: false, auth: 'none',
    note: 'status line with no Authentication-Results at all: untrusted; quote holds the consent request',
    from: SUPPORT, to: P.daisuke.keep, subject: formSubject(C_DAISUKE), at: '2026-03-18 12:44', enc: 'utf88bit',
    text: reply(`社内で確認中です、もう少しお待ちください。`, 'sf', DAISUKE.to('ucons')),
  }),

  // ============================================================ unrelated (10)
  mk({
    slug: 'kenji-own-consent', kind: 'unrelated', lang: 'ja', caseId: C_KENJI, trap: true, trusted: false, auth: 'none',
    note: 'the user\'s own consent reply (Bcc copy to himself): no news from support',
    from: `${P.kenji.ja} <${P.kenji.keep}>`, to: SUPPORT, subject: RE(C_KENJI), at: '2026-04-08 12:31', enc: 'jis7', deliveredTo: P.kenji.keep, relay: 'smtp.example.net',
    text: reply(`同意します。`, 'olJa', KENJI.to('conf')),
  }),
  mk({
    slug: 'yuki-own-mobile', kind: 'unrelated', lang: 'ja', caseId: C_YUKI, trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user\'s own mobile reply (Sent copy, delivered to support only)',
    from: `${P.yuki.ja} <${P.yuki.keep}>`, to: SUPPORT_ADDR, subject: RE(C_YUKI), at: '2026-05-05 18:44', enc: 'utf8b64', relay: 'smtp.example.jp',
    text: reply(`了解です、お願いします!\n\niPhoneから送信`, 'gmailJa', YUKI.to('conf')),
  }),
  mk({
    slug: 'colleague-ooo-ja', kind: 'unrelated', lang: 'ja', caseId: C_KENJI, trap: true, trusted: false,
    note: 'a colleague\'s out-of-office reply over the forwarded merge completion',
    from: '鈴木 一郎 <suzuki.ichiro@techcorp.example.co.jp>', to: P.kenji.keep, subject: '【自動返信】Fw: ' + formSubject(C_KENJI), at: '2026-04-09 10:02', enc: 'jisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `【自動返信】鈴木は 4/13 まで休暇中です。急ぎの場合は情報システム部までご連絡ください。

${qblock('fwdJa', KENJI.to('done').at(-1)!, nest(KENJI.to('done')))}`,
  }),
  mk({
    slug: 'survey-ja', kind: 'unrelated', lang: 'ja', caseId: C_KENJI, trap: true,
    note: 'satisfaction survey over the quoted closing/merge thread',
    from: AWS_NOREPLY, to: P.kenji.keep, subject: `ケース ${C_KENJI} に関するアンケートのお願い`, at: '2026-04-12 12:00', enc: 'utf8qp',
    text: reply(`ご対応はいかがでしたか? 1 分で終わるアンケートにご協力ください。\nhttps://survey.aws.example/t/${C_KENJI}`, 'sf', KENJI.to('done')),
    html: htmlReply(`ご対応はいかがでしたか? 1 分で終わるアンケートにご協力ください。`, 'plainbq', 'sf', KENJI.to('done')),
  }),
  mk({
    slug: 'refund-case-done-ja', kind: 'unrelated', lang: 'ja', caseId: '1803312456', trap: true,
    note: 'another case (exam refund): 「完了しました」 is about the refund',
    from: SUPPORT, to: P.shota.keep, subject: '[CASE 1803312456] 試験予約のキャンセルと返金について', at: '2026-08-03 14:00', enc: 'jis7',
    text: `返金処理、完了しました。

---------- Original Message ----------
From: ${P.shota.ja} [${P.shota.keep}]
Sent: 8/2/2026 9:14 PM
To: ${SUPPORT_ADDR}
Subject: 試験予約のキャンセルと返金について

8/20 に予約していた SAP-C02 の試験を体調不良のためキャンセルしました。
支払った料金の返金をお願いできますでしょうか。
注文番号: PV-5513902
小林`,
  }),
  mk({
    slug: 'exam-reschedule-ja', kind: 'unrelated', lang: 'ja', caseId: '1804471290', trap: true,
    note: 'exam-booking case: "確定しました" confirms a new exam date, not a merge',
    from: SUPPORT, to: P.yuki.keep, subject: '[CASE 1804471290] 試験日程の変更', at: '2026-06-10 11:11', enc: 'sjisb64',
    text: `日程変更、確定しました。

2026年6月9日(火) 20:03 ${P.yuki.ja} <${P.yuki.keep}>:
> 6/18 の試験を 6/25 に変更したいのですが、サイト上で変更ボタンが押せません。
> 変更をお願いできますか。
> 中村`,
  }),
  mk({
    slug: 'credly-microsoft-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: P.aiko.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-06-20 03:10', enc: 'utf8b64', tz: '+0000',
    text: `Microsoft Certified: Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/2d9f51aa-7d31-4c55-9e0b-3f1b8e7a9c10`,
  }),
  mk({
    slug: 'credly-merge-code-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail, not the AWS merge',
    from: 'Credly <admin@credly.com>', to: P.kenji.keep, subject: 'Credly アカウント統合の確認コード', at: '2026-04-11 13:30', enc: 'utf8qp', tz: '+0000',
    text: `確認コード: 482913
Credly のアカウント統合を完了するには、このコードを 30 分以内に入力してください。

> 統合するメールアドレス: ${P.kenji.src}`,
  }),
  mk({
    slug: 'rina-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: C_RINA, trap: true, trusted: false, forUser: false, auth: 'none',
    note: 'the user\'s own forward of the completion to a colleague (addressed to the colleague only)',
    from: `${P.rina.ja} <${P.rina.keep}>`, to: '情報システム部 <joho@hosp.example.or.jp>', subject: 'Fw: Re: AWS認定アカウントの統合について', at: '2026-02-13 17:02', enc: 'jisb64', relay: 'smtp.example.co.jp',
    text: `FYI、統合終わりました。

${qblock('fwdJa', RINA.to('done').at(-1)!, nest(RINA.to('done')))}`,
  }),
  mk({
    slug: 'skillbuilder-complete-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course completion notice: "完了" is about a course',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: P.daisuke.keep, subject: 'コース修了のお知らせ: AWS Cloud Practitioner Essentials', at: '2026-03-22 21:00', enc: 'jisb64',
    text: `おめでとうございます。コースを修了しました。

> コース: AWS Cloud Practitioner Essentials (日本語)
> 修了日: 2026/03/22
> 修了証はマイラーニングからダウンロードできます。`,
  }),
];
