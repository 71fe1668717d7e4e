// fa set, Japanese part 2: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  AUTO_JA, CASE, CERT_PORTAL, CREDLY_AWS, FOOT_JA, HANAKO, SUPPORT_ADDR, KENJI, NOREPLY, SUPPORT, SUPPORT_JA, TARO, TARO_REQ, TRAINING,
  form, gmailJa, htmlDoc, jst, mk, outlookJa, paras, quote, ref, sfJa, to,
} from './common.js';

const taroTo = to(TARO, TARO.ja);
const hanakoTo = to(HANAKO, HANAKO.ja);
const kenjiTo = to(KENJI, KENJI.ja);

const credlyJa = (cert: string, name: string): string => `${name} さん、

おめでとう! あなたは Amazon Web Services Training and Certification から新しいバッジを獲得しました。

${cert}

あなたのバッジを受け入れて、あなたの専門的なネットワークと共有するために、下のボタンをクリックしてください。

[バッジを入手する]

このバッジは Credly を通して発行されました。あなたがこのメールを受け取るべきでないと信じるなら、Credly サポートに連絡してください。
Credly, 13601 Preston Road, Suite 500E, Dallas, TX 75240`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'done-taro-success', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro,
    note: 'support says the accounts were merged successfully; quoted consent below',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-06 19:27'), enc: 'jis7',
    text: `こんにちは 山田 太郎、

あなたの忍耐に感謝します。

あなたのアカウントは正常にマージされました。${TARO.srcId} のすべての認定は、現在 ${TARO.keepId} に表示されるべきです。変更が反映されるまで、最大 24 時間がかかることがあります。

あなたが他の質問を持っているなら、躊躇せずに私たちに連絡してください。
素晴らしい一日を持ってください!

ラジェシュ

${sfJa(TARO.keep, '2026/02/06 09:02', SUPPORT_ADDR, form(CASE.taro))}

はい、同意します。マージしてください。`,
  }),
  mk({
    slug: 'done-hanako-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'lookalikeServer',
    note: 'completion notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-16 13:44'), enc: 'jis7',
    text: `佐藤 花子 様

統合が完了されました。あなたの ${HANAKO.keepId} アカウントにサインインして、認定の履歴を確かめることができます。

ソフィア`,
  }),
  mk({
    slug: 'done-portal-notice', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal\'s own "your accounts have been merged" notice, no case ID',
    from: CERT_PORTAL, to: kenjiTo, subject: 'あなたの AWS 認定アカウントはマージされました', date: jst('03-09 03:12'), enc: 'utf8b64',
    text: `親愛なる 渡辺 健二、

これは、あなたの AWS 認定アカウントが正常にマージされたことを知らせるための通知です。

保持されたアカウント: ${KENJI.keepId}
マージされたアカウント: ${KENJI.srcId}

今後は、保持されたアカウントを使用してサインインしてください。

AWS 認定
このメールボックスは監視されません。`,
    html: htmlDoc(paras(`親愛なる 渡辺 健二、

これは、あなたの AWS 認定アカウントが正常にマージされたことを知らせるための通知です。

保持されたアカウント: ${KENJI.keepId}
マージされたアカウント: ${KENJI.srcId}

今後は、保持されたアカウントを使用してサインインしてください。

AWS 認定
このメールボックスは監視されません。`)),
  }),
  mk({
    slug: 'done-kenji-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'completion that also says "please confirm all looks right": still merge_completed',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-09 10:05'), enc: 'jisb64',
    text: `渡辺 様

ご連絡が遅れて申し訳ありません。統合作業は完了となりました。
お手数ですが、${KENJI.keepId} にログインしていただき、認定と特典がすべて正しく見えることを確認してください。何か欠けているものがあれば、このケースで教えてください。

ミン`,
  }),
  mk({
    slug: 'done-taro-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, forUser: false,
    note: 'completion notice redirected by the old company\'s server (Resent-* headers): forUser false',
    from: SUPPORT_JA, to: `${TARO.ja} <${TARO.src}>`, subject: form(CASE.taro),
    date: jst('02-06 19:30'), enc: 'jis7',
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-archive@corp.example.co.jp', date: jst('02-06 19:31') },
    text: `山田 様

マージは完全に行われました。旧アカウント ${TARO.srcId} の認定は、${TARO.keepId} の下に移りました。

ラジェシュ`,
  }),
  mk({
    slug: 'done-hanako-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako,
    note: 'completion plus "we will close this case now": the new fact is the merge',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-16 09:58'), enc: 'sjis8',
    text: `佐藤 花子 様、

あなたの確認の後、私たちは 2 つのアカウントを 1 つに結合しました。${HANAKO.keepId} で、以前の会社で取得した認定も見ることができるはずです。

これであなたの要求は完成しましたので、このケースは今クローズされます。

ソフィア
AWS トレーニングと認定

${outlookJa(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年2月15日 8:10', SUPPORT_ADDR, form(CASE.hanako))}
承認します。`,
  }),
  mk({
    slug: 'done-kenji-bilingual', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'bilingual completion; the English copy says "all certifications", the Japanese names two; both report the merge',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenjiDup), date: jst('03-09 11:40'), enc: 'utf8qp',
    text: `渡辺さん

統合しました。ソリューションアーキテクト アソシエイト と デベロッパー アソシエイト は、今 ${KENJI.keepId} にあります。

Watanabe-san,
The integration was done. All certifications are now in ${KENJI.keepId}.

ダニエル / Daniel`,
  }),
  mk({
    slug: 'done-taro-ids-between', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro,
    note: 'IDs placed between the words: "AWS55219047 から AWS10482736 への統合作業、本日完了"',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-07 11:03'), enc: 'jisb64',
    text: `山田 様

お世話になっております。
${TARO.srcId} から ${TARO.keepId} への統合作業、本日完了いたしましたのでお知らせでございます。
バウチャーも統合先のほうで見えるようになってます。

ラジェシュ`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-saa', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge (machine-translated template)',
    from: CREDLY_AWS, to: taroTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('02-08 02:17'), enc: 'utf8b64',
    text: credlyJa('AWS Certified Solutions Architect - Associate', '太郎'),
  }),
  mk({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly-style AWS badge notice from a look-alike domain (credly.badges-jp.net): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.badges-jp.net>', to: hanakoTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('02-17 04:50'), enc: 'utf8qp',
    text: credlyJa('AWS Certified Cloud Practitioner', '花子'),
  }),
  mk({
    slug: 'badge-taro-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-09 16:22'), enc: 'jis7',
    text: `山田 太郎 様、

あなたの Credly バッジは、保持されたアカウントへ移動されました。${TARO.keep} で Credly にサインインし、あなたのバッジを見ることができます。

もし見えない場合、ブラウザのキャッシュをクリアーしてから再度試してください。

ラジェシュ

${gmailJa('2026-02-08', '21:40', `山田 太郎 <${TARO.keep}>`)}
> マージありがとうございます。ただ Credly のバッジが古いほうに残ったままです。
> 移していただけますか。`,
  }),
  mk({
    slug: 'badge-hanako-moved-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-18 10:10'), enc: 'sjisb64',
    text: `佐藤 様

私たちは Credly チームと協力し、あなたの 3 つのバッジを ${HANAKO.keep} のアカウントに転送しました。
これで全ての作業は終わりましたので、私たちはこのケースを解決済みとしてマークします。

あなたの AWS 認定への信頼に感謝します。
ソフィア`,
  }),
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly notice of an AWS badge on the kept account',
    from: CREDLY_AWS, to: kenjiTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('03-10 01:05'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<h2>健二 さん、あなたは新しいバッジを得ました!</h2>
<p>Amazon Web Services Training and Certification はあなたに次のバッジを発行しました:</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/badges/5e1f0c2a-77d1-4a6b-9a0e-3b2f1d9c8e41?source=email">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly からのこのメールは、あなたのバッジの受け入れを助けるために送られました。</p>
</td></tr></table>`),
  }),
  mk({
    slug: 'badge-credly-alt-sysops', kind: 'badges_transferred', lang: 'ja',
    note: 'multipart Credly AWS badge notice (another certification)',
    from: CREDLY_AWS, to: hanakoTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('02-17 03:33'), enc: 'utf8qp',
    text: credlyJa('AWS Certified SysOps Administrator - Associate', '花子'),
    html: htmlDoc(paras(credlyJa('AWS Certified SysOps Administrator - Associate', '花子'))),
  }),
  mk({
    slug: 'badge-kenji-agent', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'second-language agent: "バッジの移動がされました" on the case, Outlook-quoted question below',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-11 15:15'), enc: 'jis7',
    text: `渡辺様

お待たせしました。バッジの移動がされました。今は Credly の ${KENJI.keep} のほうにあると思います、ご確認くださいませ。

ミン

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年3月10日 9:20', SUPPORT_ADDR, form(CASE.kenji))}
認定は移りましたが、Credly のバッジがまだ古いアカウントにあります。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-taro-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'automatic notice that the case was resolved',
    from: NOREPLY, to: taroTo, subject: `[CASE ${CASE.taro}] あなたのケースは解決されました`, date: jst('02-12 06:00'), enc: 'jis7',
    text: `こんにちは、

あなたのサポートケース ${CASE.taro} は解決済みとしてマークされました。

あなたがまだ助けを必要とするならば、このケースを再び開くために 14 日以内にこのメールに返信することができます。

アマゾン ウェブ サービス
${FOOT_JA}`,
  }),
  mk({
    slug: 'close-hanako-noauth', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'none',
    note: 'closing notice with no Authentication-Results: untrusted',
    from: NOREPLY, to: hanakoTo, subject: `ケース ${CASE.hanako} はクローズされました`, date: jst('02-20 06:00'), enc: 'jisb64',
    text: `あなたのケース ${CASE.hanako} はクローズされています。ご利用に感謝いたします。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'close-kenji-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'closing notice that only restates last week\'s merge: case_closed',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-17 10:00'), enc: 'jis7',
    text: `渡辺 様

先週マージされたとおり、あなたのアカウントの要求は対処されています。追加の連絡がありませんので、私たちはこのケースをクローズします。

ミン`,
  }),
  mk({
    slug: 'close-taro-autoclose-reminder', kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'reminder that the case will close automatically in 3 days without a reply',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-10 12:00'), enc: 'sjis8',
    text: `山田 様

私たちは最後のメッセージへのあなたの返信を受け取っていません。

あなたからの返事がない場合、このケースは 3 日後に自動的にクローズされます。問題がもう解決されているならば、何もする必要はありません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-hanako-alt', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako,
    note: 'multipart closed notice with a reopen link',
    from: NOREPLY, to: hanakoTo, subject: `[CASE ${CASE.hanako}] ケースのステータスが「クローズ済み」に変わりました`, date: jst('02-19 06:00'), enc: 'utf8b64',
    text: `あなたのケース ${CASE.hanako} のステータスは「クローズ済み」に変更されました。

ケースを再開するには、サポートセンターでケースを開き、「再開」を選択してください。

アマゾン ウェブ サービス`,
    html: htmlDoc(paras(`あなたのケース ${CASE.hanako} のステータスは「クローズ済み」に変更されました。

ケースを再開するには、サポートセンターでケースを開き、「再開」を選択してください。

アマゾン ウェブ サービス`)),
  }),
  mk({
    slug: 'close-kenji-no-questions', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'agent closes the duplicate case because there are no further questions',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenjiDup), date: jst('03-12 09:09'), enc: 'jisb64',
    text: `渡辺さん

追加の質問がないみたいなので、このケースはクローズさせていただきますね。また何かあれば、新しいケースを作ってください。

ダニエル`,
  }),
  mk({
    slug: 'close-taro-restate-both', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'closing that restates earlier merge and badge move; no new event',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-11 17:30'), enc: 'utf8qp',
    text: `山田 太郎 様

統合とバッジの移行は以前に完了しているため、本ケースを終了とさせていただきます。

AWS トレーニングと認定 をご利用いただき誠にありがとうございました。
ラジェシュ

${AUTO_JA}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-taro-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'thanks for confirming, passed to the team: support_reply',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-06 09:40'), enc: 'jis7',
    text: `山田さん、

あなたの確認をありがとう。私はあなたの要求を担当チームにパスしました。彼らがそれを処理するとき、私たちは再び連絡します。

ラジェシュ

${sfJa(TARO.keep, '2026/02/06 09:02', SUPPORT_ADDR, form(CASE.taro))}
はい、同意します。マージしてください。`,
  }),
  mk({
    slug: 'sr-hanako-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '"the merge has not been completed yet": negated, a status reply',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-15 16:00'), enc: 'jisb64',
    text: `佐藤 様

お問い合わせありがとうございます。申し訳ありませんが、まだマージは完了されていません。チームが作業中であり、もう少しの時間を必要とします。

ソフィア

${gmailJa('2026-02-15', '14:02', `佐藤 花子 <${HANAKO.keep}>`)}
> 統合はもう終わりましたか?`,
  }),
  mk({
    slug: 'sr-kenji-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-06 10:01'), enc: 'sjis8',
    text: `渡辺 様

あなたは同じ要求について 2 つのケース (${CASE.kenji} と ${CASE.kenjiDup}) を作成しました。私たちは重複したケースをマージしました、今後はこのケースでのみやり取りをしてください。

アカウントについては、引き続きチームが確認しています。

ミン`,
  }),
  mk({
    slug: 'sr-taro-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.taro,
    note: 'escalation status from a second-language agent',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-04 15:15'), enc: 'jis7',
    text: `山田さん、

あなたのケースは、より高いレベルのチームにエスカレーションされました。彼らは通常 3 から 5 営業日の中で行動します。
私たちはあなたの辛抱強さを感謝します。

ラジェシュ`,
  }),
  mk({
    slug: 'sr-hanako-once-done', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '「統合が完了しましたら」 future/conditional: support_reply',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-15 10:30'), enc: 'utf8b64',
    text: `佐藤 花子 様

ご承認のメール、受け取りました。統合が完了しましたら、このケースでお知らせ差し上げます。今しばらくお待ちいただけますと幸いでございます。

ソフィア`,
  }),
  mk({
    slug: 'sr-kenji-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiDup,
    note: '"write to us from the address you keep" without asking for data: support_reply',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenjiDup), date: jst('03-05 18:44'), enc: 'jis7',
    text: `渡辺さん

こちらのメールは、会社のアドレスから来ているようです。大変すみませんが、今後は残すほうのアドレスから、このケースへ返信をお願いします。その他は、今は何も必要ありません。

ダニエル`,
  }),
  mk({
    slug: 'sr-taro-lookalike-status', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trusted: false,
    note: 'status update from a look-alike domain (amazon.com.mailer-jp.net): untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.mailer-jp.net>', to: taroTo, subject: form(CASE.taro),
    date: jst('02-05 22:10'), enc: 'jis7',
    text: `山田 様

私たちはあなたのケースに取り組んでいます。進行があり次第、私たちは再度連絡します。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sr-hanako-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '"we are unable to merge at the moment" (names differ, checking internally): support_reply',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-13 19:20'), enc: 'sjisb64',
    text: `佐藤 様

現時点では、私たちはアカウントをマージすることができません。2 つのアカウントで姓の綴りが異なっているからです (Sato と Satou)。
これは内部で確認されており、あなたは今何もする必要はありません。結果が出たら私たちは連絡します。

ソフィア`,
  }),
  mk({
    slug: 'sr-kenji-badges-later', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'bilingual answer: badges "will be moved after the merge" (future); answers a question',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-08 16:00'), enc: 'utf8qp',
    text: `渡辺様
ご質問の件、Credly のバッジは統合の後に移行されます。今の時点では、何もしなくて大丈夫です。

Watanabe-sama,
About your question, Credly badges will be transferred after the integration. At this moment, nothing is necessary to do.

ミン / Minh`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-survey-resolved', kind: 'unrelated', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'survey "was your case resolved?": unrelated',
    from: 'Amazon Web Services <aws-support-survey@amazon.com>', to: taroTo, subject: 'あなたのケースは解決されましたか? 私たちに教えてください', date: jst('02-13 08:00'), enc: 'utf8qp',
    text: `あなたの最近のサポートケース ${CASE.taro} について、短いアンケートに答えていただけませんか。

あなたの問題は解決されましたか?
[はい]  [いいえ]

あなたのフィードバックは、私たちがより良いサービスを提供することを助けます。所要時間は 2 分です。`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft, not AWS: unrelated',
    from: 'Microsoft via Credly <admin@credly.com>', to: taroTo, subject: 'Microsoftのバッジ発行のお知らせ', date: jst('04-02 05:10'), enc: 'utf8b64',
    text: `太郎 さん、

おめでとう! あなたは Microsoft から新しいバッジを獲得しました。

Microsoft Certified: Azure Fundamentals

[バッジを入手する]

Credly`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code mail: unrelated',
    from: 'Credly <admin@credly.com>', to: hanakoTo, subject: 'あなたのアカウントのマージを完了する', date: jst('02-19 21:44'), enc: 'utf8qp',
    text: `こんにちは、

誰かが (おそらくあなた) この電子メールアドレスのアカウントを別の Credly アカウントにマージすることを要求しました。

あなたの確認コード: 481 207

または、下のボタンをクリックしてください: [アカウントのマージを完了する]

あなたがこれを要求しなかった場合、このメールを無視してください。
Credly チーム`,
  }),
  mk({
    slug: 'un-pearson-booking', kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'test vendor appointment confirmation (exam booking), from outside the trusted domains',
    from: 'Pearson VUE <noreply@pearsonvue.example>', to: taroTo, subject: 'あなたの予約は確認されました - AWS Certified Solutions Architect - Professional', date: jst('05-02 13:30'), enc: 'sjis8',
    text: `山田 太郎 様

あなたの試験予約は確認されました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年5月20日 10:00
場所: オンライン (OnVUE)

予約を変更またはキャンセルするには、試験の 24 時間前までに行ってください。`,
  }),
  mk({
    slug: 'un-exam-passed', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result ("your certification is completed") is not part of the merge case',
    from: TRAINING, to: kenjiTo, subject: 'おめでとう、あなたは今 AWS 認定です!', date: jst('05-25 18:00'), enc: 'utf8b64',
    text: `渡辺 健二 さん、

おめでとうございます! あなたは AWS Certified Security - Specialty の試験に合格し、認定が完了しました。

あなたのデジタルバッジは数日の中で Credly から届きます。あなたの次の試験で使える 50% 割引のバウチャーが、あなたのアカウントの特典に追加されました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'un-skillbuilder-renewal', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder subscription renewal "completed": billing mail, unrelated',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: hanakoTo, subject: 'あなたのサブスクリプションの更新が完了しました', date: jst('03-01 00:12'), enc: 'jisb64',
    text: `あなたの AWS Skill Builder 個人サブスクリプションの更新が完了しました。

プラン: 個人 (月額)
次回の請求日: 2026年4月1日

あなたのサブスクリプションを管理するには、アカウントの設定を訪問してください。`,
  }),
  mk({
    slug: 'un-own-consent-sent', crlf: false, kind: 'unrelated', lang: 'ja', caseId: CASE.taro, trap: true, trusted: false,
    note: 'the user\'s own consent reply (Sent copy, Cc to self): unrelated, carries no news from support',
    from: taroTo, to: SUPPORT_ADDR, cc: taroTo, subject: form(CASE.taro), date: jst('02-06 09:02'), enc: 'jis7',
    text: `ご担当者様

はい、同意します。マージしてください。
Yes, I agree. Please merge.

山田 太郎

${sfJa(SUPPORT_ADDR, '2026/02/05 01:12', TARO.keep, form(CASE.taro))}
${quote('この行動は元に戻すことができないことに注意してください。あなたがマージを進めることに同意するならば、このメールに返信することによって私たちに確認してください。')}`,
  }),
  mk({
    slug: 'un-colleague-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.colleague, trap: true, trusted: false,
    note: 'a colleague forwards his own merge completion to the user: not the user\'s case, untrusted sender',
    from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', to: `${TARO.ja} <${TARO.src}>`, subject: 'Fw: ' + form(CASE.colleague), date: jst('04-20 12:12'), enc: 'sjisb64',
    text: `山田さん

私のほうはマージ完了したらしいです。参考までに転送します。

---------- 転送されたメッセージ ----------
差出人: AWS トレーニングと認定 <${SUPPORT_ADDR}>
日付: 2026年4月19日(日) 18:00
件名: ${form(CASE.colleague)}
宛先: ${'ichiro.suzuki@corp.example.co.jp'}

鈴木 様、あなたのアカウントは正常にマージされました。`,
  }),
  mk({
    slug: 'un-oldcorp-ooo', kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'auto-reply from the user\'s old company ("received your mail"): out-of-office, unrelated',
    from: '自動応答 <noreply@oldcorp.example.com>', to: hanakoTo, subject: '自動応答: Re: 認定アカウントについて', date: jst('02-11 23:01'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `メールを受信しました。
佐藤 花子 は 2026年1月31日をもって退職いたしました。今後のご連絡は代表アドレスまでお願いいたします。
このメールは自動的に送信されています。`,
  }),
  mk({
    slug: 'un-refund-case-ack', kind: 'unrelated', lang: 'ja', caseId: CASE.hanakoOther, trap: true,
    note: 'receipt of the user\'s other case about an exam refund: says its topic, so unrelated',
    from: NOREPLY, to: hanakoTo, subject: `[CASE ${CASE.hanakoOther}] あなたの返金のリクエストを受け付けました`, date: jst('03-03 11:11'), enc: 'jis7',
    text: `こんにちは、

試験料金の返金に関するあなたのリクエストを受信しました。ケース ID は ${CASE.hanakoOther} です。
私たちの請求チームは 3 営業日の中であなたに応答するでしょう。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'un-summit-registered', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'event registration "completed" (AWS Summit): marketing, unrelated',
    from: 'AWS Summit Japan <aws-apac-events@amazon.com>', to: kenjiTo, subject: 'AWS Summit Japan への登録が完了しました', date: jst('05-10 10:00'), enc: 'utf8qp',
    text: `渡辺 健二 様

AWS Summit Japan へのあなたの登録が完了しました。あなたの参加を楽しみにしています。

会場: 幕張メッセ
あなたの QR コードは会場の受付で確認されます。`,
    html: htmlDoc(paras(`渡辺 健二 様

AWS Summit Japan へのあなたの登録が完了しました。あなたの参加を楽しみにしています。

会場: 幕張メッセ
あなたの QR コードは会場の受付で確認されます。`)),
  }),
  mk({
    slug: 'un-credly-university', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from a university (other issuer): unrelated',
    from: 'Example University via Credly <admin@credly.com>', to: hanakoTo, subject: 'Example Universityのバッジ発行のお知らせ', date: jst('06-05 09:00'), enc: 'utf8b64',
    text: `花子 さん、

Example University はあなたにバッジを発行しました: データサイエンス基礎講座 修了

あなたのバッジを受け入れるために、[バッジを入手する] をクリックしてください。`,
  }),
];

void TARO_REQ;
void ref;
void AUTO_JA;
