// fc: Japanese messages. Each one is a short new part on top of (or under) a long quote.
import {
  SUP, SUP_ADDR, SUP_JA, NOTIFY, CREDLY, subj, subj0, SUZUKI, NAKAMURA, TAKAHASHI, ITO, OTHER,
  addrJa, COLLEAGUE_JA, COLLEAGUE_JA2, TEAM_LIST, dt, gmailJa, tbJa, outlookJa,
  sfEn, sfJa, fwdEn, fwdOutlookJa, quote, htmlGmail, htmlOutlook, type Msg,
} from './common.js';
import {
  reqJa, reqJa2, ackJa, infoJa, infoJa2, confirmJa, consentJa, infoReplyJa, doneJa, badgeAskJa, badgeDoneJa,
  closeWarnJa, noteMerged, noteNeedId, noteBadges,
} from './threads.js';

type Req = Pick<Msg, 'slug' | 'kind' | 'note' | 'subject' | 'enc' | 'date'> & Partial<Msg>;
const J = (o: Req): Msg => ({ lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false, from: SUP, to: '', auth: 'pass', ...o }) as Msg;

const S = SUZUKI;
const N = NAKAMURA;
const T = TAKAHASHI;
const I = ITO;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  J({
    slug: 'ja-ack-form-quoted', kind: 'acknowledgement', caseId: S.case, note: 'automatic receipt: one line with the case ID over the quoted form submission',
    from: NOTIFY, to: addrJa(S), subject: `[CASE ${S.case}] お問い合わせを受け付けました`, date: dt('2026-11-02 10:14'), enc: 'jis7',
    text: `お問い合わせを受け付けました(ケース ID ${S.case})。担当者からの返信まで今しばらくお待ちください。

----- お問い合わせ内容 -----
${quote(reqJa(S))}`,
  }),
  J({
    slug: 'ja-ack-body-only', kind: 'acknowledgement', caseId: N.case, note: 'receipt shape, case number only in the body, submission quoted below',
    from: NOTIFY, to: addrJa(N), subject: 'AWS トレーニングと認定へのお問い合わせありがとうございます', date: dt('2026-11-03 21:40'), enc: 'sjis8',
    text: `下記の内容でお問い合わせを承りました。受付番号は ${N.case} です。

${quote(reqJa2(N))}

--
本メールは送信専用アドレスから送信しています。`,
  }),
  J({
    slug: 'ja-ack-bottom', kind: 'acknowledgement', caseId: T.case, note: 'bottom-posted receipt: submission first, one receipt line underneath',
    from: NOTIFY, to: addrJa(T), subject: subj0(T.case), date: dt('2026-11-05 08:02'), enc: 'utf8qp',
    text: `> ${reqJa(T).split('\n').join('\n> ')}

以上の内容で受付しました(ケース番号 ${T.case})。通常1営業日以内に担当よりご連絡します。`,
  }),
  J({
    slug: 'ja-ack-reopen-newcase', kind: 'acknowledgement', caseId: '1794122011870', trap: true,
    note: 'receipt of a new case opened by a reply; the quote under it is a completion notice (not the new text)',
    from: NOTIFY, to: addrJa(T), subject: '[CASE 1794122011870] お問い合わせを受け付けました', date: dt('2026-11-24 13:31'), enc: 'jisb64',
    text: `クローズ済みのケースへのご返信のため、新しいケース 1794122011870 として受け付けました。

${gmailJa('2026-11-24 13:20', addrJa(T))}
> 統合ありがとうございました。1点だけ追加で質問させてください。
>
${quote(sfJa({ from: SUP_ADDR, when: '2026-11-18 16:05', to: T.keep, subject: subj(T.case) }), '> ')}
${quote(quote(doneJa(T, '岡田')))}`,
  }),
  J({
    slug: 'ja-ack-otheronly', kind: 'acknowledgement', caseId: I.case, trusted: false, auth: 'otherOnly',
    note: 'receipt; only an upstream (mx.google.com) Authentication-Results, none from our server: untrusted',
    from: NOTIFY, to: addrJa(I), subject: `[CASE ${I.case}] お問い合わせを受け付けました`, date: dt('2026-11-06 17:22'), enc: 'sjisb64',
    text: `受付完了のお知らせです。ケース ID: ${I.case}

${ackJa(I, I.case).split('\n').slice(2, 6).join('\n')}

> ${reqJa2(I).split('\n').join('\n> ')}`,
  }),
  J({
    slug: 'ja-ack-en-boiler', kind: 'acknowledgement', caseId: '1793318840', lang: 'ja',
    note: 'receipt: Japanese line over English boilerplate and the quoted request; language is the Japanese new text',
    from: NOTIFY, to: addrJa(N), subject: 'Case 1793318840 受付のお知らせ', date: dt('2026-11-08 09:55'), enc: 'jisb64',
    text: `ケース 1793318840 を作成しました。以下は送信いただいた内容の控えです。

Thank you for contacting AWS Training and Certification. This is an automated message.

${quote(reqJa(N))}`,
  }),
  J({
    slug: 'ja-ack-support-aws', kind: 'acknowledgement', caseId: '1795033002214',
    note: 'receipt from support.aws.com (trusted subdomain family), quoting the form, ID in subject and body',
    from: 'AWS Support <no-reply@support.aws.com>', to: addrJa(I), subject: '[Case ID 1795033002214] 受付完了: AWS認定アカウントについて', date: dt('2026-11-12 11:48'), enc: 'utf8b64',
    text: `ケースを作成しました。ケース ID 1795033002214。返信はこのメールに直接どうぞ。

${tbJa('2026-11-12 11:47', I.name)}
${quote(reqJa2(I))}`,
  }),

  // ---------------- ai_answer (7) ----------------
  J({
    slug: 'ja-ai-tool', kind: 'ai_answer', note: 'AI answer pointing to the self-service merge tool, the question quoted below',
    from: NOTIFY, to: addrJa(S), subject: 'AWS サポート: 自動回答', date: dt('2026-11-01 22:10'), enc: 'jis7',
    text: `[AI による自動回答] 認定ポータルの「プロフィール」から「アカウントの統合」ツールで、ご自身で統合できる場合があります。

> ${'2つある認定アカウントを1つにまとめたいです。どうすればよいですか。'}
> ${S.keep} と ${S.src} の2つです。`,
  }),
  J({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', trap: true, note: 'AI answer that explains what happens once merged; still ai_answer, not a completion',
    from: NOTIFY, to: addrJa(T), subject: 'お問い合わせへの自動回答', date: dt('2026-11-04 07:31'), enc: 'sjis8',
    text: `自動生成の回答です: 統合が完了すると、統合元の認定と特典は統合先に移り、統合元にはサインインできなくなります。

---- ご質問 ----
> 統合したら旧アカウントの試験履歴はどうなりますか?
> 50% 割引の特典も引き継がれますか?`,
  }),
  J({
    slug: 'ja-ai-create-case', kind: 'ai_answer', note: 'automated answer, suggests "ケースを作成" if unresolved, question quoted',
    from: NOTIFY, to: addrJa(N), subject: 'AWS Support 自動応答', date: dt('2026-11-03 21:31'), enc: 'utf8qp',
    text: `この回答で解決しない場合は、画面下の「ケースを作成」からお問い合わせください(AI 生成の回答)。

${gmailJa('2026-11-03 21:30', addrJa(N))}
> 前職の会社アドレスの認定アカウントと個人のアカウントを統合したいです。
> 両方に認定資格があります。`,
  }),
  J({
    slug: 'ja-ai-confirm-words', kind: 'ai_answer', trap: true, note: 'AI answer worded "ご確認ください" about the tool; it asks no consent and is automated',
    from: NOTIFY, to: addrJa(I), subject: 'Amazon Q による回答', date: dt('2026-11-06 17:05'), enc: 'jisb64',
    text: `統合前に、両方のアカウントの候補者 ID をプロフィール画面でご確認ください。ツールで統合できない場合のみケースを作成してください。(自動回答)

${tbJa('2026-11-06 17:04', I.name)}
> 大学のアドレスで受けた認定を、個人アドレスのアカウントへ移せますか?
> 大学アドレスは来年3月で使えなくなります。`,
  }),
  J({
    slug: 'ja-ai-bottom', kind: 'ai_answer', crlf: false, note: 'bottom-posted automated answer under the quoted question',
    from: NOTIFY, to: addrJa(S, 'src'), subject: '自動回答: 認定アカウントについて', date: dt('2026-11-01 22:12'), enc: 'utf8b64',
    text: `> 会社のアドレスで取った AWS 認定を、個人の方にまとめたいのですが。
> 候補者ID ${S.srcId} と ${S.keepId} です。

ご質問ありがとうございます。AI アシスタントによる参考回答です。
両方のアカウントに認定履歴がある場合、セルフサービスでは統合できないため、サポートケースの作成をお勧めします。`,
  }),
  J({
    slug: 'ja-ai-lookalike', kind: 'ai_answer', trusted: false, note: 'automated answer from a look-alike domain (aws-supportcenter.com) that passes its own DMARC: untrusted',
    from: 'AWS サポート <no-reply@aws-supportcenter.com>', to: addrJa(T), subject: 'AI アシスタントからの回答', date: dt('2026-11-05 12:44'), enc: 'sjisb64',
    text: `自動応答です。以下のリンクの「Merge Accounts」から、いますぐ統合を開始できます。 https://aws-supportcenter.com/merge

> 2つの認定アカウントを統合したいです。`,
  }),
  J({
    slug: 'ja-ai-html', kind: 'ai_answer', note: 'HTML+text automated answer with Gmail-style quoted question',
    from: NOTIFY, to: addrJa(S), subject: 'AWS サポートからの自動回答', date: dt('2026-11-01 22:15'), enc: 'utf8qp',
    text: `生成AIによる回答: Merge Accounts ツールで「統合元」のログイン情報を入力すると、統合の手続きを始められます。

${gmailJa('2026-11-01 22:14', addrJa(S))}
> 統合のやり方を教えてください。`,
    html: htmlGmail('生成AIによる回答: Merge Accounts ツールで「統合元」のログイン情報を入力すると、統合の手続きを始められます。', gmailJa('2026-11-01 22:14', addrJa(S)), '統合のやり方を教えてください。'),
  }),

  // ---------------- info_request (8) ----------------
  J({
    slug: 'ja-info-resend', kind: 'info_request', caseId: S.case, note: 'support re-sends its own quoted request for IDs ("念のため再送いたします")',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-06 10:02'), enc: 'jis7',
    text: `念のため再送いたします。

${sfJa({ from: SUP_ADDR, when: '2026-11-03 15:40', to: S.keep, subject: subj(S.case) })}

${infoJa(S, '西村')}`,
  }),
  J({
    slug: 'ja-info-missing-src', kind: 'info_request', caseId: N.case, note: 'over the customer\'s quoted details: only the source candidate ID is missing, please send it',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-05 14:18'), enc: 'sjis8',
    text: `恐れ入ります、統合元アカウントの候補者 ID だけ抜けているようです。わかり次第ご返信ください。

${gmailJa('2026-11-05 09:02', addrJa(N))}
${quote(infoReplyJa({ ...N, srcId: '(不明)' }))}`,
  }),
  J({
    slug: 'ja-info-see-note', kind: 'info_request', caseId: T.case, note: '"以下ご確認ください" over a forwarded internal note that needs the old candidate ID; new text asks for it',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-07 11:20'), enc: 'utf8b64',
    text: `下記、担当部署からのメモです。旧アカウントの候補者 ID をご返信いただけますか。

${noteNeedId(T, 'J. Alvarez')}

${sfEn({ from: T.keep, when: '2026-11-06 23:10', to: SUP_ADDR, subject: subj(T.case) })}
${infoReplyJa({ ...T, srcId: '' })}`,
  }),
  J({
    slug: 'ja-info-after-done', kind: 'info_request', caseId: I.case, trap: true,
    note: 'support quotes its own completion notice but asks something new (which address the badges should go to)',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-20 16:45'), enc: 'jis7',
    text: `追伸: Credly のバッジをお送りするメールアドレスは ${I.keep} でよろしいでしょうか、ご返信ください。

${outlookJa({ from: SUP_JA, when: '2026-11-20 15:30', to: addrJa(I), subject: subj(I.case) })}

${doneJa(I, '藤井')}`,
  }),
  J({
    slug: 'ja-info-confirm-address', kind: 'info_request', caseId: S.case, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: information, not consent',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-03 15:40'), enc: 'jisb64',
    text: `残すアカウントのメールアドレスを、ご確認のうえお知らせください。フォームには両方書かれておりましたので。

${tbJa('2026-11-02 10:13', S.name)}
${quote(reqJa(S))}`,
  }),
  J({
    slug: 'ja-info-misaligned', kind: 'info_request', caseId: N.case, trusted: false, auth: 'misaligned',
    note: 'asks for the login password; DKIM signed by a bulk sender, DMARC fail: untrusted',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-05 02:12'), enc: 'sjisb64',
    text: `本人確認のため、両アカウントのパスワードをご返信ください。

${sfJa({ from: SUP_ADDR, when: '2026-11-04 18:00', to: N.keep, subject: subj(N.case) })}
${infoJa2(N, '松本')}`,
  }),
  J({
    slug: 'ja-info-outlook-nested', kind: 'info_request', caseId: T.case, note: 'Outlook quote block, three levels: support asks to write from the kept address AND to send both IDs',
    to: addrJa(T, 'src'), subject: subj(T.case), date: dt('2026-11-06 09:30'), enc: 'utf8qp',
    text: `残すアカウントのアドレスからご返信いただけますか。その際、両方の候補者IDも添えてください。

${outlookJa({ from: addrJa(T, 'src'), when: '2026-11-05 22:48', to: SUP_ADDR, subject: subj(T.case) })}

ID は下記のとおりです、お手数ですがよろしくお願いします。

> ${infoJa(T, '森').split('\n').join('\n> ')}
>
>> ${reqJa(T).split('\n').join('\n>> ')}`,
  }),
  J({
    slug: 'ja-info-over-en-thread', kind: 'info_request', caseId: I.case, note: 'Japanese agent line over an English Salesforce-quoted thread: asks for the old login address',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-09 13:05'), enc: 'utf8b64',
    text: `日本語で失礼いたします。旧アカウントのログイン用メールアドレスを教えていただけますか。

${sfEn({ from: I.keep, when: '2026-11-08 20:14', to: SUP_ADDR, subject: subj(I.case) })}
Hello, I want to merge my two accounts. The old one was my university account.
${I.kana}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  J({
    slug: 'ja-conf-resend', kind: 'confirmation_request', caseId: N.case, note: 'support re-sends its quoted consent request ("念のため再送いたします")',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-10 10:00'), enc: 'jis7',
    text: `念のため再送いたします。ご確認のほどお願いいたします。

${sfJa({ from: SUP_ADDR, when: '2026-11-07 17:21', to: N.keep, subject: subj(N.case) })}
${confirmJa(N, '松本')}`,
  }),
  J({
    slug: 'ja-conf-over-reply', kind: 'confirmation_request', caseId: S.case, note: 'short consent request over the customer\'s quoted details',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-07 16:02'), enc: 'sjis8',
    text: `ありがとうございます。${S.srcId} を ${S.keepId} へ統合してよろしいか、ご返信にてお知らせください。統合後は取り消せません。

${gmailJa('2026-11-07 08:41', addrJa(S))}
${quote(infoReplyJa(S))}`,
  }),
  J({
    slug: 'ja-conf-followup', kind: 'confirmation_request', caseId: T.case, note: 'follow-up on the quoted consent request: agreement by reply is what they need',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-12 09:14'), enc: 'utf8qp',
    text: `先日のメール、ご覧いただけましたでしょうか。同意のご返信をいただき次第、作業に入ります。

${outlookJa({ from: SUP_JA, when: '2026-11-09 14:27', to: addrJa(T), subject: subj(T.case) })}

${confirmJa(T, '森')}`,
  }),
  J({
    slug: 'ja-conf-nested3', kind: 'confirmation_request', caseId: I.case, note: 'three-deep thread; new text: IDs matched, final check before merging X into Y',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-11 15:33'), enc: 'jisb64',
    text: `いただいた ID で照合できました。${I.srcId} → ${I.keepId} の統合で進めてよいか、最終のご確認をお願いします。

${gmailJa('2026-11-11 08:03', addrJa(I))}
> 失礼しました、正しくは ${I.srcId} です。
>
${quote(gmailJa('2026-11-10 18:21', SUP))}
${quote(quote(infoJa2({ ...I, srcId: 'AWS84102357' }, '藤井')))}
>>
>>> ${reqJa2(I).split('\n').join('\n>>> ')}`,
  }),
  J({
    slug: 'ja-conf-failforged', kind: 'confirmation_request', caseId: S.case, trusted: false, auth: 'failThenForged',
    note: 'consent request; topmost A-R says dmarc=fail, a planted pass sits lower: untrusted',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-07 19:40'), enc: 'sjisb64',
    text: `下記の統合内容にご同意いただけるか、本日中にご返信ください。

${confirmJa(S, '西村').split('\n').map((l) => '> ' + l).join('\n')}`,
  }),
  J({
    slug: 'ja-conf-bottom', kind: 'confirmation_request', caseId: N.case, note: 'bottom-posted: quoted details, then the agent\'s consent request underneath',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-07 17:21'), enc: 'utf8b64',
    text: `${tbJa('2026-11-07 09:12', N.name)}
${quote(infoReplyJa(N))}

中村様
上記で承知しました。${N.srcId} の資格・履歴を ${N.keepId} に移し、${N.srcId} は使えなくなります。元に戻せませんので、よろしければ「同意します」とご返信ください。
松本`,
  }),
  J({
    slug: 'ja-conf-html-outlook', kind: 'confirmation_request', caseId: T.case, note: 'HTML+text Outlook reply; the agent asks for consent to the irreversible merge over the quoted thread',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-09 14:27'), enc: 'utf8qp',
    text: `統合の準備ができました。取り消しのできない操作のため、進めてよいかご返信ください。

${outlookJa({ from: addrJa(T), when: '2026-11-08 21:00', to: SUP_ADDR, subject: subj(T.case) })}

${infoReplyJa(T)}`,
    html: htmlOutlook('統合の準備ができました。取り消しのできない操作のため、進めてよいかご返信ください。', outlookJa({ from: addrJa(T), when: '2026-11-08 21:00', to: SUP_ADDR, subject: subj(T.case) }), infoReplyJa(T)),
  }),
  J({
    slug: 'ja-conf-teform', kind: 'confirmation_request', caseId: I.case, note: 'te-form sentence: ready, reply whether to proceed, noting it cannot be undone',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-10 18:21'), enc: 'jis7',
    text: `ID を確認でき、準備も整いましたので、元に戻せない点をご了承いただいたうえで、進めてよいかご返信ください。

-----Original Message-----
From: ${I.keep}
Sent: 2026/11/10 12:40
To: ${SUP_ADDR}
Subject: ${subj(I.case)}

${infoReplyJa(I)}`,
  }),

  // ---------------- merge_completed (8) ----------------
  J({
    slug: 'ja-done-taiou', kind: 'merge_completed', caseId: S.case, note: '「対応いたしました。」 over the customer\'s quoted "please proceed with the merge"',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-08 11:02'), enc: 'jis7',
    text: `鈴木様

対応いたしました。

西村

${gmailJa('2026-11-07 22:19', addrJa(S))}
${quote(consentJa(S))}
>
${quote(quote(confirmJa(S, '西村')))}`,
  }),
  J({
    slug: 'ja-done-status-q', kind: 'merge_completed', caseId: N.case, note: 'customer asks for status (quoted); support: already finished',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-13 10:40'), enc: 'sjis8',
    text: `中村様、昨日付で統合は完了しております。ご確認くだいさ。

${gmailJa('2026-11-13 08:55', addrJa(N))}
> 同意の返信から3日経ちましたが、進捗はいかがでしょうか。
> まだ旧アカウントにログインできてしまいます。`,
  }),
  J({
    slug: 'ja-done-see-note', kind: 'merge_completed', caseId: T.case, note: '"下記のとおりです" over a forwarded internal note saying the merge was executed',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-13 09:10'), enc: 'utf8b64',
    text: `高橋様、作業担当からの記録を転記します。下記のとおりです。

${noteMerged(T, 'K. Rao')}

${sfJa({ from: T.keep, when: '2026-11-12 10:00', to: SUP_ADDR, subject: subj(T.case) })}
${consentJa(T)}`,
  }),
  J({
    slug: 'ja-done-portal', kind: 'merge_completed', note: 'certification portal notice (no case ID): merged, request details quoted',
    from: 'AWS Certification <no-reply@aws.training>', to: addrJa(I), subject: 'AWS認定: アカウント統合のお知らせ', date: dt('2026-11-15 03:12'), enc: 'utf8qp',
    html: `<html><body><div>以下のリクエストに基づき、認定アカウントを統合しました。</div>
<blockquote style="border-left:2px solid #999;padding-left:6px">統合元: ${I.srcId}<br>統合先: ${I.keepId}<br>受付日時: 2026-11-14 19:02</blockquote>
<div style="color:#777">このメールは送信専用です。</div></body></html>`,
  }),
  J({
    slug: 'ja-done-noauth', kind: 'merge_completed', caseId: S.case, trusted: false, auth: 'none', crlf: false,
    note: 'completion wording but no Authentication-Results at all: untrusted',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-08 03:51'), enc: 'jisb64',
    text: `統合、終わりました。

${consentJa(S).split('\n').map((l) => '> ' + l).join('\n')}`,
  }),
  J({
    slug: 'ja-done-lookalike-server', kind: 'merge_completed', caseId: N.case, trusted: false, auth: 'lookalikeServer',
    note: 'completion; A-R written by mx.test.example.mailhub-relay.net, not our server: untrusted',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-12 02:30'), enc: 'sjisb64',
    text: `統合済みになりました。念のため新しいアカウントでログインをお試しください。

${outlookJa({ from: addrJa(N), when: '2026-11-10 11:30', to: SUP_ADDR, subject: subj(N.case) })}
${consentJa(N)}`,
  }),
  J({
    slug: 'ja-done-and-close', kind: 'merge_completed', caseId: I.case, note: 'merged, and the case will now be closed: the new fact is the merge',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-14 16:20'), enc: 'jis7',
    text: `統合済みです。本ケースはこれでクローズとさせていただきます。

${gmailJa('2026-11-12 07:58', addrJa(I))}
> 内容問題ありません、お願いします。
>
${quote(quote(confirmJa(I, '藤井')))}`,
  }),
  J({
    slug: 'ja-done-outlook-html', kind: 'merge_completed', caseId: T.case, note: 'HTML Outlook reply "作業完了のご報告です" over the customer\'s quoted consent',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-12 17:45'), enc: 'utf8qp',
    text: `作業完了のご報告です。${T.srcId} の認定は ${T.keepId} に移っています。

${outlookJa({ from: addrJa(T), when: '2026-11-12 10:00', to: SUP_ADDR, subject: subj(T.case) })}

${consentJa(T)}`,
    html: htmlOutlook(`作業完了のご報告です。${T.srcId} の認定は ${T.keepId} に移っています。`, outlookJa({ from: addrJa(T), when: '2026-11-12 10:00', to: SUP_ADDR, subject: subj(T.case) }), consentJa(T)),
  }),

  // ---------------- badges_transferred (7) ----------------
  J({
    slug: 'ja-badge-taiou', kind: 'badges_transferred', caseId: S.case, note: '「対応いたしました。」 over the customer\'s quoted badge question',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-11 14:00'), enc: 'sjis8',
    text: `対応いたしました。Credly からのメールをご確認ください。

${gmailJa('2026-11-10 20:31', addrJa(S))}
${quote(badgeAskJa(S))}`,
  }),
  J({
    slug: 'ja-badge-credly', kind: 'badges_transferred', note: 'Credly notice for an AWS badge, short line over the issuer\'s quoted message',
    from: CREDLY, to: addrJa(N), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: dt('2026-11-14 06:02', '+0000'), enc: 'utf8qp', wholeSubject: true,
    html: `<html><body><p>AWS Certified Solutions Architect - Associate のバッジが届いています。「バッジを入手する」からお受け取りください。</p>
<p>発行者からのメッセージ:</p>
<blockquote>アカウント統合に伴い、${N.keep} 宛てにバッジを再発行しました。<br>Amazon Web Services Training and Certification</blockquote>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c0b6e-9a7d-4a51-bd0e-5c2a7d18e4a2">バッジを入手する</a></p></body></html>`,
  }),
  J({
    slug: 'ja-badge-see-note', kind: 'badges_transferred', caseId: T.case, note: '"以下の通りです" over a forwarded note: badges revoked and reissued to the kept address',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-16 10:30'), enc: 'jisb64',
    text: `バッジの件、以下の通りです。

${noteBadges(T, 'K. Rao')}

${gmailJa('2026-11-15 19:00', addrJa(T))}
${quote(badgeAskJa(T))}`,
  }),
  J({
    slug: 'ja-badge-and-close', kind: 'badges_transferred', caseId: I.case, note: 'badges moved and the case is closed: badges_transferred',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-19 11:11'), enc: 'utf8b64',
    text: `バッジも ${I.keep} 側に移しましたので、本ケースはクローズいたします。

${outlookJa({ from: addrJa(I), when: '2026-11-18 22:40', to: SUP_ADDR, subject: subj(I.case) })}

${badgeAskJa(I)}`,
  }),
  J({
    slug: 'ja-badge-forged-below', kind: 'badges_transferred', caseId: N.case, trusted: false, auth: 'forgedBelow',
    note: 'badges reissued; the only dmarc=pass A-R sits below our server\'s Received line: untrusted',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-15 04:02'), enc: 'jis7',
    text: `バッジ、再発行済みです。

${gmailJa('2026-11-14 21:30', addrJa(N))}
${quote(badgeAskJa(N))}`,
  }),
  J({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', trusted: false,
    note: 'badge notice from credly-notify.com (look-alike, its own DMARC pass): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: addrJa(S), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: dt('2026-11-12 01:20', '+0000'), enc: 'utf8b64', wholeSubject: true,
    text: `新しいアドレスにバッジが移行されました。下のリンクからログインしてください。

> 発行者: Amazon Web Services Training and Certification
> 受取人: ${S.keep}

https://credly-notify.com/login`,
  }),
  J({
    slug: 'ja-badge-bottom', kind: 'badges_transferred', caseId: S.case, note: 'bottom-posted: the customer\'s quoted question, then "moved them"',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-11 09:48'), enc: 'utf8qp',
    text: `${tbJa('2026-11-10 20:31', S.name)}
${quote(badgeAskJa(S))}

旧アドレス側のバッジは取り消し、新しいアドレスで発行し直しました。
西村`,
  }),

  // ---------------- case_closed (8) ----------------
  J({
    slug: 'ja-close-restates-merge', kind: 'case_closed', caseId: N.case, trap: true,
    note: 'closing that restates the earlier merge ("先週ご案内のとおり統合済み"), completion notice quoted',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-20 10:00'), enc: 'sjis8',
    text: `先週ご案内のとおり統合は済んでおりますので、本ケースをクローズいたします。

${sfJa({ from: SUP_ADDR, when: '2026-11-12 14:08', to: N.keep, subject: subj(N.case) })}
${doneJa(N, '松本')}`,
  }),
  J({
    slug: 'ja-close-reminder-info', kind: 'case_closed', caseId: T.case, trap: true,
    note: 'reminder that the case closes in 5 days without a reply; mentions the pending ID but asks nothing new',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-10 09:00'), enc: 'jis7',
    text: `候補者 ID のご連絡がまだのようです。このまま5日間ご返信がない場合、本ケースは自動でクローズされます。

${sfJa({ from: SUP_ADDR, when: '2026-11-07 11:20', to: T.keep, subject: subj(T.case) })}
${infoJa(T, '森')}`,
  }),
  J({
    slug: 'ja-close-resolved', kind: 'case_closed', caseId: S.case, note: 'customer\'s quoted thanks; support: marked resolved and closed',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-12 09:20'), enc: 'utf8b64',
    text: `ご確認ありがとうございます。本件は解決済みとしてクローズいたします。

${gmailJa('2026-11-11 21:05', addrJa(S))}
> バッジも新しいアカウントで見られるようになりました。
> ありがとうございました。`,
  }),
  J({
    slug: 'ja-close-dup-case', kind: 'case_closed', caseId: OTHER.nakamuraDup, trap: true,
    note: 'the duplicate case is merged into the original and closed: case merge, not account merge',
    to: addrJa(N), subject: subj(OTHER.nakamuraDup), date: dt('2026-11-04 12:15'), enc: 'jisb64',
    text: `こちらは重複のケースのため、ケース ${N.case} に統合のうえクローズします。以後はそちらでやりとりいたします。

${gmailJa('2026-11-04 08:30', addrJa(N))}
${quote(reqJa2(N))}`,
  }),
  J({
    slug: 'ja-close-fail', kind: 'case_closed', caseId: I.case, trusted: false, auth: 'fail',
    note: 'closing notice, dmarc=fail at our server: untrusted',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-25 05:00'), enc: 'sjisb64',
    text: `ケースはクローズされました。再開はこちら: http://case-reopen.example.net/${I.case}

${closeWarnJa(I, I.case).split('\n').map((l) => '> ' + l).join('\n')}`,
  }),
  J({
    slug: 'ja-close-after-badges', kind: 'case_closed', caseId: T.case, trap: true,
    note: 'closing that mentions the badge work already announced (quoted): restated, so case_closed',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-23 10:05'), enc: 'utf8qp',
    text: `バッジの件も含め対応済みですので、ケースを解決済みにいたします。

${outlookJa({ from: SUP_JA, when: '2026-11-16 10:30', to: addrJa(T), subject: subj(T.case) })}

${badgeDoneJa(T, '森')}`,
  }),
  J({
    slug: 'ja-close-auto', kind: 'case_closed', caseId: S.case, crlf: false, note: 'auto-close warning ("3日以内にご返信がなければクローズ") over the quoted request',
    from: NOTIFY, to: addrJa(S), subject: `ケース ${S.case} は間もなくクローズされます`, date: dt('2026-11-09 00:05'), enc: 'jis7',
    text: `3日以内にご返信がなければ、このケースは自動的にクローズされます。

--- 最後のメッセージ ---
${quote(confirmJa(S, '西村'))}`,
  }),
  J({
    slug: 'ja-close-sf-thanks', kind: 'case_closed', caseId: I.case, note: 'Salesforce form: "ケースをクローズしました" over the customer\'s thanks, reopen by replying',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-21 15:00'), enc: 'utf8b64',
    text: `ケースをクローズしました。ご不明点があればこのメールに返信すると再開できます。

${sfJa({ from: I.keep, when: '2026-11-20 23:02', to: SUP_ADDR, subject: subj(I.case) })}
無事に全部そろいました。お世話になりました。
${I.name}`,
  }),

  // ---------------- support_reply (9) ----------------
  J({
    slug: 'ja-reply-thanks-confirm', kind: 'support_reply', caseId: N.case, trap: true,
    note: 'thanks for confirming, handed to the team (consent quoted): not yet merged',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-10 13:40'), enc: 'jis7',
    text: `ご同意ありがとうございます。担当チームに引き継ぎました。

${gmailJa('2026-11-10 11:30', addrJa(N))}
${quote(consentJa(N))}`,
  }),
  J({
    slug: 'ja-reply-future', kind: 'support_reply', caseId: S.case, trap: true,
    note: 'future: "統合が完了しましたら改めてご連絡します"',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-07 23:05'), enc: 'sjis8',
    text: `承知しました。統合が完了しましたら、改めてご連絡いたします。

${tbJa('2026-11-07 22:19', S.name)}
${quote(consentJa(S))}`,
  }),
  J({
    slug: 'ja-reply-not-yet', kind: 'support_reply', caseId: T.case, trap: true,
    note: 'negated: the merge has not been completed yet (status question quoted)',
    to: addrJa(T), subject: subj(T.case), date: dt('2026-11-11 16:10'), enc: 'utf8qp',
    text: `恐れ入りますが、現時点ではまだ統合は完了しておりません。もう少々お待ちください。

${gmailJa('2026-11-11 09:30', addrJa(T))}
> 統合は終わりましたでしょうか?
> 旧アカウントにまだ資格が表示されています。`,
  }),
  J({
    slug: 'ja-reply-escalated', kind: 'support_reply', caseId: I.case, note: 'status: passed to the specialist team, quoted earlier exchange',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-13 11:00'), enc: 'jisb64',
    text: `現在、専門チームで確認を進めております。進展があり次第お知らせします。

${outlookJa({ from: addrJa(I), when: '2026-11-13 08:00', to: SUP_ADDR, subject: subj(I.case) })}
どのくらいかかりますか?

${quote(confirmJa(I, '藤井'))}`,
  }),
  J({
    slug: 'ja-reply-cannot', kind: 'support_reply', caseId: N.case, trap: true,
    note: '"統合できかねます" because an exam is booked on the source account; no data requested',
    to: addrJa(N), subject: subj(N.case), date: dt('2026-11-06 10:55'), enc: 'utf8b64',
    text: `統合元アカウントに予約中の試験があるため、現時点では統合できかねます。受験後にあらためてご連絡ください。

${sfJa({ from: N.keep, when: '2026-11-05 09:02', to: SUP_ADDR, subject: subj(N.case) })}
${infoReplyJa(N)}`,
  }),
  J({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', caseId: T.case, trap: true,
    note: '"残すアカウントのアドレスからご返信を" without asking for any data',
    to: addrJa(T, 'src'), subject: subj(T.case), date: dt('2026-11-05 10:20'), enc: 'jis7',
    text: `お手数ですが、このやりとりは統合先のアドレスからご返信いただけますでしょうか。

${gmailJa('2026-11-05 08:02', addrJa(T, 'src'))}
${quote(reqJa(T))}`,
  }),
  J({
    slug: 'ja-reply-gmail-display', kind: 'support_reply', caseId: S.case, trusted: false,
    note: 'support display name on a free-mail address: untrusted',
    from: 'AWS トレーニングと認定 <aws.cert.support.desk@gmail.com>', to: addrJa(S), subject: subj(S.case), date: dt('2026-11-09 20:20'), enc: 'sjisb64',
    text: `ケースの担当が変わりました。今後はこちらのアドレスにご連絡ください。

> ${confirmJa(S, '西村').split('\n').join('\n> ')}`,
  }),
  J({
    slug: 'ja-reply-voucher', kind: 'support_reply', caseId: I.case, trap: true,
    note: 'answers the quoted question about vouchers: they will move on merge (future, not done)',
    to: addrJa(I), subject: subj(I.case), date: dt('2026-11-11 10:02'), enc: 'utf8qp',
    text: `ご質問の割引バウチャーについては、統合を行う際にあわせて統合先へ移ります。

${gmailJa('2026-11-11 08:03', addrJa(I))}
> 同意の前に1つ確認させてください。未使用の50%割引も移りますか?
>
${quote(quote(confirmJa(I, '藤井')))}`,
  }),
  J({
    slug: 'ja-reply-dup-merged', kind: 'support_reply', caseId: S.case, trap: true,
    note: '"重複して作成されたケースを1つにまとめました": merged cases, not accounts',
    to: addrJa(S), subject: subj(S.case), date: dt('2026-11-04 09:00'), enc: 'jisb64',
    text: `重複して作成されていたケース 17920051197 をこちらにまとめました。今後はこのケースでご連絡ください。

${gmailJa('2026-11-03 23:10', addrJa(S))}
> 返信がなかったのでもう一度フォームから送りました。
${quote(reqJa(S))}`,
  }),

  // ---------------- unrelated (12) ----------------
  J({
    slug: 'ja-unrel-own-consent', kind: 'unrelated', caseId: N.case, trusted: false, trap: true,
    note: 'the user\'s own consent reply (copy to herself): no news from support',
    from: addrJa(N), to: SUP, cc: addrJa(N, 'keep'), subject: `Re: ${subj(N.case)}`, date: dt('2026-11-10 11:30'), enc: 'jis7', rcpt: N.keep,
    relay: 'smtp.example.ne.jp', auth: 'none',
    text: `承知しました。統合をお願いいたします。

iPhoneから送信

${gmailJa('2026-11-07 17:21', SUP)}
${quote(confirmJa(N, '松本'))}`,
  }),
  J({
    slug: 'ja-unrel-colleague-fyi', kind: 'unrelated', caseId: S.case, trusted: false, trap: true,
    note: 'a colleague forwards support\'s completion notice with 「ご参考まで」 (English forward header)',
    from: COLLEAGUE_JA, to: addrJa(S, 'src'), subject: `Fwd: ${subj(S.case)}`, date: dt('2026-11-08 13:00'), enc: 'sjis8',
    auth: 'pass',
    text: `ご参考まで。共有メールボックスに届いていました。

${fwdEn({ from: SUP, when: '2026-11-08 11:02', to: S.src, subject: subj(S.case) })}

${doneJa(S, '西村')}`,
  }),
  J({
    slug: 'ja-unrel-agent-ooo', kind: 'unrelated', caseId: T.case, trap: true,
    note: 'the agent\'s out-of-office auto-reply quoting the customer\'s consent; mentions the merge only to route it',
    to: addrJa(T), subject: `自動返信: ${subj(T.case)}`, date: dt('2026-11-12 10:01'), enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `12月1日まで不在にしております。統合のご依頼は、チーム宛てにお送りいただければ対応いたします。

${outlookJa({ from: addrJa(T), when: '2026-11-12 10:00', to: SUP_ADDR, subject: subj(T.case) })}
${consentJa(T)}`,
  }),
  J({
    slug: 'ja-unrel-survey', kind: 'unrelated', caseId: I.case, trap: true,
    note: 'survey after the case: "解決しましたか" over the quoted completion summary',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>', to: addrJa(I), subject: 'ケースは解決しましたか? アンケートのお願い', date: dt('2026-11-22 08:30'), enc: 'utf8qp',
    text: `今回のサポートでお困りごとは解決しましたか? 1分ほどのアンケートにご協力ください。 https://survey.aws.amazon.com/r/${I.case}

--- ケースの最終メッセージ ---
${quote(doneJa(I, '藤井'))}`,
  }),
  J({
    slug: 'ja-unrel-exam-case', kind: 'unrelated', caseId: OTHER.suzukiExam, trap: true,
    note: 'reply on the user\'s other case (exam rescheduling): 「対応いたしました」 but about the booking',
    to: addrJa(S), subject: `RE:[CASE ${OTHER.suzukiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: dt('2026-11-18 15:30'), enc: 'jis7',
    text: `試験日程の変更、対応いたしました。

${gmailJa('2026-11-18 09:10', addrJa(S))}
> 11/29 の SAP-C02 の試験を12月に移したいのですが、
> 予約画面でエラーになってしまいます。`,
  }),
  J({
    slug: 'ja-unrel-refund-closed', kind: 'unrelated', caseId: OTHER.itoRefund, trap: true,
    note: 'other case (a refund) completed and closed; says what it was about',
    to: addrJa(I), subject: `RE:[CASE ${OTHER.itoRefund}] 返金のお問い合わせ`, date: dt('2026-11-17 12:00'), enc: 'sjisb64',
    text: `返金処理が完了しましたので、本ケースはクローズいたします。

${outlookJa({ from: addrJa(I), when: '2026-11-15 18:22', to: SUP_ADDR, subject: `[CASE ${OTHER.itoRefund}] 返金のお問い合わせ` })}
二重に決済された試験料の返金をお願いします。`,
  }),
  J({
    slug: 'ja-unrel-credly-ms', kind: 'unrelated', trap: true, note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: addrJa(N), subject: 'Microsoftのバッジ発行のお知らせ', date: dt('2026-11-09 04:00', '+0000'), enc: 'utf8b64', wholeSubject: true,
    text: `Azure Fundamentals のバッジが発行されました。「バッジを入手する」から受け取れます。

発行者からのメッセージ:
> Congratulations on earning Microsoft Certified: Azure Fundamentals.`,
  }),
  J({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', trap: true, note: 'Credly\'s own account-merge verification code mail',
    from: 'Credly <admin@credly.com>', to: addrJa(S, 'src'), subject: 'Credly アカウントの統合', date: dt('2026-11-13 02:40', '+0000'), enc: 'utf8qp',
    text: `アカウント統合の確認コード: 482913 (30分有効)

> ${S.keep} のアカウントから、${S.src} のアカウントを統合するリクエストがありました。
> 心当たりがない場合はこのメールを無視してください。`,
  }),
  J({
    slug: 'ja-unrel-self-forward', kind: 'unrelated', caseId: T.case, trusted: false, trap: true,
    note: 'the user forwards the completion notice to his other address (Outlook JA forward block)',
    from: addrJa(T, 'src'), to: addrJa(T), subject: `転送: ${subj(T.case)}`, date: dt('2026-11-12 18:30'), enc: 'jis7',
    relay: 'mail.partner.example.co.jp', auth: 'none',
    text: `自分用メモ。統合完了の控え。

${fwdOutlookJa({ from: SUP_JA, when: '2026-11-12 17:45', to: addrJa(T), subject: subj(T.case) })}

${doneJa(T, '森')}`,
  }),
  J({
    slug: 'ja-unrel-own-new-question', kind: 'unrelated', caseId: N.case, trusted: false, forUser: false, trap: true,
    note: 'the user\'s sent reply (no own address in To/Cc/Delivered-To) thanking for the merge and asking about vouchers',
    from: addrJa(N), to: SUP, subject: `Re: ${subj(N.case)}`, date: dt('2026-11-12 21:00'), enc: 'sjis8', deliveredTo: null,
    relay: 'smtp.example.ne.jp', auth: 'none',
    text: `統合ありがとうございます。1点、旧アカウントの50%割引券も移っていますか?

${gmailJa('2026-11-12 14:08', SUP)}
${quote(doneJa(N, '松本'))}`,
  }),
  J({
    slug: 'ja-unrel-colleague-ask', kind: 'unrelated', caseId: S.case, trusted: false,
    note: 'a colleague asks how the merge went, quoting the forwarded thread: not support',
    from: COLLEAGUE_JA2, to: addrJa(S, 'src'), subject: `RE: Fwd: ${subj(S.case)}`, date: dt('2026-11-09 12:12'), enc: 'utf8qp',
    auth: 'pass',
    text: `うちも同じ状況なので、手順あとで教えてもらえますか?

${outlookJa({ from: addrJa(S, 'src'), when: '2026-11-09 10:00', to: COLLEAGUE_JA2, subject: `Fwd: ${subj(S.case)}` })}

共有です。

${quote(confirmJa(S, '西村'))}`,
  }),
  J({
    slug: 'ja-conf-teamlist', kind: 'confirmation_request', caseId: '1790456621', forUser: false,
    note: 'a consent request for a colleague\'s own case, delivered to a team list the user is not on: forUser false',
    to: `木村 大輔 <d.kimura@sier.example.co.jp>`, cc: TEAM_LIST, subject: subj('1790456621'), date: dt('2026-11-16 14:00'), enc: 'jis7', rcpt: TEAM_LIST,
    text: `木村様、以下の2アカウントの統合を進めてよいか、ご返信をお願いします。取り消しはできません。

統合元: AWS66012398 / 統合先: AWS66019921

${gmailJa('2026-11-15 09:00', COLLEAGUE_JA)}
> 退職者のアカウントではなく、私個人の2アカウントの統合です。`,
  }),
];
