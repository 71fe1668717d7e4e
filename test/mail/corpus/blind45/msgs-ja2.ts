// Japanese messages, part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated
import type { Msg } from './lib.js';
import {
  BP_BADGE_JA, BP_SYSTEM_JA, C, COLLEAGUE, CREDLY_AWS, HANAKO, LEGAL_EN, LEGAL_JA, M, NOREPLY, PORTAL, RULE2_JA, RULE_JA,
  SUPPORT, SUPPORT_JA, TARO, flowedJa, hw, outlookJa, paras, q, sfOrig, sigJa, subj,
} from './common.js';

const BADGE_HTML = (name: string, title: string, extra = ''): string => `<html><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td>
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から「${title}」のバッジが発行されました。</p>
${extra}
<p><a href="https://www.credly.com/earner/earned/badge/5d1c2e77-0b4a-4e51-9f62-aa31e9c04b18" style="background:#0a66c2;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p style="font-size:11px;color:#666">Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</td></tr></table></body></html>`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  M({
    s: 'merge-jis-tou-go-split', k: 'merge_completed', lang: 'ja', enc: 'jis7', date: '2026-11-30 11:02:44',
    subject: subj(C.taro), id: C.taro,
    note: 'merge done; the hard wrap splits 統合 across lines (統 / 合が完了)',
    text: `山田 太郎 様

${hw('お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了しました。' + TARO.srcId + ' の認定履歴は ' + TARO.keepId + ' に移っております。', 72)}

${sigJa('田中')}`,
  }),
  M({
    s: 'merge-sjis-portal-notice', k: 'merge_completed', lang: 'ja', enc: 'sjis8', date: '2026-12-01 04:15:00',
    from: PORTAL, to: HANAKO.keep, subject: 'AWS認定：ｱｶｳﾝﾄ統合完了のお知らせ',
    note: 'certification portal notice (no case ID) that the two accounts were merged',
    text: `${hw('このメールは AWS Certification から自動送信されています。', 70)}

${hw('佐藤 花子 様の２つの認定アカウントは、１つのアカウントに統合されました。今後は ' + HANAKO.keep + ' でサインインしてください。', 70)}

ﾏｲｱｶｳﾝﾄ: https://www.aws.training/Certification`,
  }),
  M({
    s: 'merge-utf8qp-please-check', k: 'merge_completed', lang: 'ja', enc: 'utf8qp', date: '2026-12-02 14:27:36',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, trap: true,
    note: 'completion that asks the user to check everything looks right: still merge_completed (format=flowed; delsp=yes)',
    x: { ctExtra: 'format=flowed; delsp=yes' },
    text: flowedJa(`佐藤様

統合の作業を終えました。統合先アカウントにサインインし、認定資格・試験履歴・特典が正しく表示されているかご確認ください。不足がある場合は、このケースへそのままご返信いただければ対応いたします。

カスタマーサポート　伊藤`, 72),
  }),
  M({
    s: 'merge-jisb64-and-closing', k: 'merge_completed', lang: 'ja', enc: 'jisb64', date: '2026-12-03 09:40:12',
    subject: subj(C.taro2), id: C.taro2, trap: true,
    note: 'merge completed and the case will now be closed: the new fact is the merge',
    text: hw(`山田様

ご同意ありがとうございました。本日、${TARO.srcId}から${TARO.keepId}への統合を実施し、完了いたしました。本件はこれにてクローズさせていただきます。

カスタマーサポート　渡辺`, 72),
  }),
  M({
    s: 'merge-jis-badges-later', k: 'merge_completed', lang: 'ja', enc: 'jis7', date: '2026-12-01 17:58:21',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2, trap: true,
    note: 'merge done; badges only mentioned as arriving later (not moved yet)',
    text: `佐藤様

${hw('統合の処理が完了しております。なお、Credly のデジタルバッジは統合とは別に処理されるため、反映までに数日かかることがあります。一週間経っても表示されない場合はご連絡ください。', 72)}

${sigJa('小林')}`,
  }),
  M({
    s: 'merge-jis-misaligned', k: 'merge_completed', lang: 'ja', enc: 'jis7', date: '2026-12-02 23:59:10',
    subject: subj(C.taro), id: C.taro, t: false, auth: 'misaligned',
    note: 'completion text but DKIM passes only for an unrelated bulk domain and dmarc fails: untrusted',
    text: hw(`山田様　アカウント統合が完了しました。下記リンクから新しいアカウントにサインインし、認定情報をご確認ください。
http://certification-aws-login.example.net/signin

AWS トレーニングと認定`, 72),
  }),
  M({
    s: 'merge-utf8b64-html', k: 'merge_completed', lang: 'ja', enc: 'utf8b64', date: '2026-12-04 08:25:47',
    subject: subj(C.taro2), id: C.taro2,
    note: 'HTML-only completion notice',
    html: `<html><body><p>山田様</p><p>お待たせしました。ご依頼の認定アカウントを統合いたしました。今後は ${TARO.keep} でサインインいただけます。</p><p>カスタマーサポート　加藤</p><hr><p style="font-size:10px">Case ${C.taro2}</p></body></html>`,
  }),
  M({
    s: 'merge-jis-third-section', k: 'merge_completed', lang: 'ja', enc: 'jis7', date: '2026-12-05 10:10:10',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, trap: true,
    note: 'system and badge boilerplate first; the completion is in the third paragraph',
    text: `${BP_SYSTEM_JA}

${BP_BADGE_JA}

${hw('佐藤様のケースにつきまして、' + HANAKO.src + ' のアカウントを ' + HANAKO.keep + ' のアカウントへ統合いたしましたことをご報告します。', 72)}

${sigJa('山本')}`,
  }),
  M({
    s: 'merge-sjisb64-ids-between', k: 'merge_completed', lang: 'ja', enc: 'sjisb64', date: '2026-12-03 15:03:30',
    subject: subj(C.taro), id: C.taro,
    note: 'completion with IDs and a date between the words that carry the meaning',
    text: hw(`山田様

${TARO.keepId}へ、${TARO.srcId}の認定履歴および特典を、12月3日付で移行・統合いたしました。

田中`, 72),
  }),

  // ---------------- badges_transferred ----------------
  M({
    s: 'badge-credly-ja-alt', k: 'badges_transferred', lang: 'ja', enc: 'utf8qp', date: '2026-12-02 03:11:09',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    text: `山田 太郎 さん

${hw('Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。', 72)}

バッジを入手する:
https://www.credly.com/earner/earned/badge/5d1c2e77-0b4a-4e51-9f62-aa31e9c04b18`,
    html: BADGE_HTML('山田 太郎', 'AWS Certified Solutions Architect - Associate'),
  }),
  M({
    s: 'badge-jis-support-moved-closing', k: 'badges_transferred', lang: 'ja', enc: 'jis7', date: '2026-12-04 13:45:02',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako,
    note: 'support says the badges were moved to the kept account and closes the case',
    text: `佐藤様

${hw('ご指摘のCredlyバッジにつきまして、統合先アカウントへの移行を行いました。現在は ' + HANAKO.keep + ' のCredlyアカウントでご覧いただけます。本ケースはこれでクローズいたします。', 72)}

${sigJa('伊藤')}`,
  }),
  M({
    s: 'badge-sjis-tsukekae', k: 'badges_transferred', lang: 'ja', enc: 'sjis8', date: '2026-12-05 09:20:18',
    subject: subj(C.taro), id: C.taro,
    note: 'support: badge re-association (付け替え) to the kept address is done',
    text: `山田様

${hw('Credly上のバッジ3件（SAA、DVA、CLF）の付け替えが済みました。' + TARO.keep + ' 宛にCredlyから受け取りのご案内が届いている場合は、そちらから承認してください。', 72)}

カスタマーサポート　田中`,
  }),
  M({
    s: 'badge-credly-ja-html-only', k: 'badges_transferred', lang: 'ja', enc: 'utf8b64', date: '2026-12-03 21:30:44',
    from: CREDLY_AWS, to: HANAKO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'HTML-only Credly badge mail from AWS to the kept address',
    html: BADGE_HTML('佐藤 花子', 'AWS Certified Cloud Practitioner'),
  }),
  M({
    s: 'badge-jis-credly-lookalike', k: 'badges_transferred', lang: 'ja', enc: 'jis7', date: '2026-12-04 02:02:02',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    t: false, note: 'badge-mail text from credIy.com (capital I): look-alike, untrusted',
    text: hw(`山田 太郎 さん
AWS からバッジが発行されました。以下のリンクからサインインして受け取ってください。
https://credIy.com/accept?u=taro`, 72),
  }),
  M({
    s: 'badge-jisb64-reissued-bp', k: 'badges_transferred', lang: 'ja', enc: 'jisb64', date: '2026-12-05 16:40:29',
    subject: subj(C.taro2), id: C.taro2, trap: true,
    note: 'badges reissued to the kept account; boilerplate around it names other events generically',
    text: `${hw('山田様、お問い合わせのバッジの件、統合先のメールアドレス宛てにバッジを再発行いたしました。旧アドレス側のバッジは無効化されています。', 72)}

${BP_SYSTEM_JA}

${sigJa('渡辺')}`,
  }),
  M({
    s: 'badge-jis-hardwrap-idou', k: 'badges_transferred', lang: 'ja', enc: 'jis7', date: '2026-12-06 10:05:55',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'badges moved; hard wrap at 35 characters breaks バッジ / を移動',
    text: hw(`佐藤様
お待たせしました。統合元に残っていたデジタルバッジを移動しました。Credlyにて${HANAKO.keep}のアカウントに表示されていることをご確認いただけます。
小林`, 70),
  }),
  M({
    s: 'badge-credly-ja-sjis-plain', k: 'badges_transferred', lang: 'ja', enc: 'sjisb64', date: '2026-12-02 05:50:31',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'plain-text Credly AWS badge mail in Shift_JIS',
    text: `山田 太郎 さん

${hw('Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。下のリンクからバッジを入手してください。', 72)}

https://www.credly.com/earner/earned/badge/a17f0c55-3e21-4c9a-8d04-1b2c3d4e5f60

Credly`,
  }),

  // ---------------- case_closed ----------------
  M({
    s: 'closed-jis-72h-warning', k: 'case_closed', lang: 'ja', enc: 'jis7', date: '2026-11-29 09:00:00',
    from: NOREPLY, to: HANAKO.keep, subject: `ケース ${C.hanakoDup} は間もなくクローズされます`, id: C.hanakoDup,
    note: 'reminder: the case closes in 72 hours without a reply',
    text: hw(`ケース${C.hanakoDup}について、担当者からの最後のご連絡に対するご返信がまだございません。72時間以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`, 72),
  }),
  M({
    s: 'closed-sjis-hankaku', k: 'case_closed', lang: 'ja', enc: 'sjis8', date: '2026-12-06 00:00:15',
    from: NOREPLY, x: { crlf: false }, subject: `ｹｰｽｸﾛｰｽﾞのお知らせ (${C.taro2})`, id: C.taro2,
    note: 'half-width katakana closing notice',
    text: `ｹｰｽ ${C.taro2} ｸﾛｰｽﾞ済み

${hw('お問い合わせのケースは解決済みとしてクローズされました。再度お問い合わせいただく場合は、ケースを再開するか、新しいケースを作成してください。', 70)}`,
  }),
  M({
    s: 'closed-utf8qp-restates-merge', k: 'case_closed', lang: 'ja', enc: 'utf8qp', date: '2026-12-08 10:12:40',
    subject: subj(C.taro), id: C.taro, trap: true,
    note: 'closing that only restates the merge done last week',
    text: hw(`山田様

先週ご案内のとおり、アカウントの統合はすでに完了しております。その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

カスタマーサポート　田中`, 72),
  }),
  M({
    s: 'closed-jisb64-resolved-survey-link', k: 'case_closed', lang: 'ja', enc: 'jisb64', date: '2026-12-07 18:30:00',
    from: NOREPLY, to: HANAKO.keep, subject: `ケース ${C.hanako} は解決済みになりました`, id: C.hanako,
    note: 'resolved/closed notice that ends with a survey link',
    text: `${hw('ケース ' + C.hanako + ' のステータスが「解決済み」に変更されました。ご利用ありがとうございました。', 72)}

${hw('サポートの品質向上のため、アンケートへのご協力をお願いいたします。', 72)}
https://survey.aws.amazon.com/s/cs?c=${C.hanako}`,
  }),
  M({
    s: 'closed-jis-no-auth', k: 'case_closed', lang: 'ja', enc: 'jis7', date: '2026-12-06 07:07:07',
    from: NOREPLY, subject: `ケース ${C.taro} クローズのご連絡`, id: C.taro, t: false, auth: 'none',
    note: 'closing notice without any Authentication-Results header: untrusted',
    text: hw(`ケース${C.taro}はクローズされました。ご不明点があれば新しいケースを作成してください。`, 72),
  }),
  M({
    s: 'closed-jis-legal-bilingual', k: 'case_closed', lang: 'ja', enc: 'jis7', date: '2026-12-09 12:00:01',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'short closing line buried between bilingual legal footers',
    text: `佐藤様

${hw('ご返信がございませんでしたので、本件はいったん終了とさせていただきます。', 72)}

${LEGAL_JA}
${LEGAL_EN}

${sigJa('小林')}`,
  }),
  M({
    s: 'closed-utf8b64-dup-cases-merged', k: 'case_closed', lang: 'ja', enc: 'utf8b64', date: '2026-11-27 10:21:00',
    to: HANAKO.keep, subject: subj(C.hanakoDup), id: C.hanakoDup, trap: true,
    note: '"duplicate cases merged" (not the account merge) and this case is closed',
    text: hw(`佐藤様

同じ内容のお問い合わせを複数いただいておりましたので、ケース${C.hanako}に統合いたしました。こちらのケース（${C.hanakoDup}）はクローズいたします。以降のご連絡はケース${C.hanako}にてお願いいたします。

カスタマーサポート`, 72),
  }),
  M({
    s: 'closed-sjisb64-third-section', k: 'case_closed', lang: 'ja', enc: 'sjisb64', date: '2026-12-10 08:45:33',
    subject: subj(C.taro2), id: C.taro2, trap: true,
    note: 'boilerplate first, the closing in the third block',
    text: `${BP_SYSTEM_JA}

${BP_BADGE_JA}

${hw('ケース' + C.taro2 + 'は、最後のご連絡から一定期間が経過したためクローズいたしました。', 72)}`,
  }),

  // ---------------- support_reply ----------------
  M({
    s: 'sr-jis-thanks-confirm', k: 'support_reply', lang: 'ja', enc: 'jis7', date: '2026-11-28 14:02:18',
    subject: subj(C.taro), id: C.taro, trap: true,
    note: 'thanks for confirming; passed to the team that performs merges',
    text: `山田様

${hw('ご確認のご返信ありがとうございます。ご同意いただいた内容を担当チームに引き継ぎました。作業の進捗があり次第ご連絡いたします。', 72)}

田中

${sfOrig('山田 太郎', '2026/11/28 8:31', 'AWS Training and Certification', subj(C.taro), '同意します。よろしくお願いします。')}`,
  }),
  M({
    s: 'sr-jis-future-completion', k: 'support_reply', lang: 'ja', enc: 'jis7', date: '2026-11-29 16:45:00',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, trap: true,
    note: 'future: 「統合が完了しましたら改めてご連絡します」',
    text: hw(`佐藤様

現在、担当部署にて統合の作業を進めております。統合が完了しましたら、改めてこのケースでご連絡いたします。今しばらくお待ちください。

伊藤`, 72),
  }),
  M({
    s: 'sr-sjis-escalated', k: 'support_reply', lang: 'ja', enc: 'sjis8', date: '2026-11-30 10:30:12',
    to: TARO.src, subject: subj(C.taro2), id: C.taro2, fu: false,
    x: { crlf: false, resent: { from: 'mail-gw@corp.example.co.jp', to: 'retired-accounts@corp.example.co.jp', date: 'Mon, 30 Nov 2026 10:31:02 +0900' } },
    note: 'escalation to a specialist team, nothing asked; redirected by the old company gateway (Resent-*): not for the user',
    text: `山田様

${hw('本件は、認定の記録を扱う専門チームの確認が必要なため、エスカレーションいたしました。回答まで数営業日いただく見込みです。', 72)}

ｶｽﾀﾏｰｻﾎﾟｰﾄ 渡辺`,
  }),
  M({
    s: 'sr-jis-write-from-keep-flowed', k: 'support_reply', lang: 'ja', enc: 'jis7', date: '2026-11-26 12:00:48',
    to: HANAKO.src, subject: subj(C.hanako), id: C.hanako,
    note: 'asks only to write from the kept address, no data: support_reply (format=flowed; delsp=yes in ISO-2022-JP)',
    x: { ctExtra: 'format=flowed; delsp=yes' },
    text: flowedJa(`佐藤様

お問い合わせありがとうございます。セキュリティ上の理由から、統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。お手数ですが、そちらのアドレスからこのケースへご返信ください。

カスタマーサポート 山本`, 72),
  }),
  M({
    s: 'sr-jisb64-not-yet', k: 'support_reply', lang: 'ja', enc: 'jisb64', date: '2026-12-01 11:11:11',
    subject: subj(C.taro), id: C.taro, trap: true,
    note: 'negated: the merge has not been completed yet',
    text: `山田様

${hw('お問い合わせの件、確認いたしましたところ、統合はまだ完了しておりません。システム側の処理待ちの状態です。処理が進み次第お知らせします。', 72)}

${q(`まだ旧アカウントの認定が表示されたままですが、統合は終わっていますか？`)}

田中`,
  }),
  M({
    s: 'sr-jis-voucher-answer', k: 'support_reply', lang: 'ja', enc: 'jis7', date: '2026-12-04 15:15:15',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'answers a voucher question on the same merge case',
    text: hw(`佐藤様

ご質問の50%割引バウチャーですが、有効期限内のものは統合後もそのままお使いいただけます。マイアカウントの「特典」からご確認いただけます。

小林`, 72),
  }),
  M({
    s: 'sr-utf8b64-badges-investigating', k: 'support_reply', lang: 'ja', enc: 'utf8b64', date: '2026-12-03 17:20:55',
    subject: subj(C.taro2), id: C.taro2, trap: true,
    note: 'badges still under investigation; nothing moved yet',
    text: hw(`山田様

Credlyバッジが統合先に表示されない件、現在Credly側の担当と確認を進めております。移行が済みましたらご連絡します。

渡辺`, 72),
  }),
  M({
    s: 'sr-jis-arc-only', k: 'support_reply', lang: 'ja', enc: 'jis7', date: '2026-12-02 19:19:19',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, t: false, auth: 'arcOnly',
    note: 'status reply carrying only an ARC-Authentication-Results header: untrusted',
    text: hw(`佐藤様

引き続き確認中です。進展がありましたらお知らせいたします。

カスタマーサポート`, 72),
  }),
  M({
    s: 'sr-sjisb64-dup-cases-merged', k: 'support_reply', lang: 'ja', enc: 'sjisb64', date: '2026-11-27 10:25:30',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, trap: true,
    note: '"I merged your duplicate cases into this one": about cases, not accounts',
    text: hw(`佐藤様

重複して作成されたケース（${C.hanakoDup}）の内容を本ケースに統合しました。今後はこちらのケースでやり取りさせていただきます。ご依頼内容は担当者が確認中です。

伊藤`, 72),
  }),

  // ---------------- unrelated ----------------
  M({
    s: 'unrel-jis-survey', k: 'unrelated', lang: 'ja', enc: 'jis7', date: '2026-12-08 09:30:00',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>', subject: 'お問い合わせは解決しましたか？', id: C.taro, trap: true,
    note: 'survey ("was it resolved?") mentioning the case: unrelated',
    text: `${RULE_JA}
　アンケートのお願い
${RULE_JA}

${hw('先日はケース ' + C.taro + ' にてお問い合わせいただきありがとうございました。お問い合わせは解決しましたか？　１分で終わるアンケートにご協力ください。', 72)}

https://survey.aws.amazon.com/s/r?c=${C.taro}`,
  }),
  M({
    s: 'unrel-sjis-exam-booking', k: 'unrelated', lang: 'ja', enc: 'sjis8', date: '2026-11-25 20:01:40',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', subject: '試験予約受付完了のお知らせ', t: false, trap: true,
    note: 'exam booking receipt from the test vendor: unrelated, untrusted sender domain',
    text: `${hw('山田 太郎 様　以下の試験のご予約を受け付けました。', 72)}

試験名：AWS Certified Solutions Architect - Professional
日時　：2027年1月15日 10:00
会場　：オンライン監督

ﾃｽﾄｾﾝﾀｰ ｻﾎﾟｰﾄ`,
  }),
  M({
    s: 'unrel-utf8qp-ms-badge', k: 'unrelated', lang: 'ja', enc: 'utf8qp', date: '2026-12-03 06:40:12',
    from: 'Microsoft via Credly <admin@credly.com>', to: HANAKO.keep, subject: 'Microsoftのバッジ発行のお知らせ', trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    text: `佐藤 花子 さん

${hw('Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。バッジを入手するには下のリンクを開いてください。', 72)}

https://www.credly.com/earner/earned/badge/0e9b3f11-7c2a-4d1b-b6aa-9f0e1d2c3b4a`,
  }),
  M({
    s: 'unrel-jis-own-forward', k: 'unrelated', lang: 'ja', enc: 'jis7', date: '2026-11-30 12:10:00',
    from: `山田 太郎 <${TARO.keep}>`, to: COLLEAGUE, subject: 'Fw: ' + subj(C.taro), id: C.taro, t: false, fu: false, trap: true,
    x: { deliveredTo: null, rcpt: 'suzuki.ichiro@corp.example.co.jp' },
    note: 'the user\'s own forward to a colleague quoting the completion notice: unrelated, not delivered to the user',
    text: `鈴木さん

${hw('認定アカウントの統合が終わったそうです。念のため共有します。', 72)}

----- Forwarded Message -----
${hw('お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了しました。', 72)}`,
  }),
  M({
    s: 'unrel-jis-colleague-ooo', k: 'unrelated', lang: 'ja', enc: 'jis7', date: '2026-12-01 08:00:03',
    from: COLLEAGUE, subject: '自動応答: 認定アカウント統合の件', t: false, trap: true,
    x: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'] },
    note: 'out-of-office auto-reply from a colleague: unrelated',
    text: hw(`鈴木です。12月1日から12月5日まで休暇のため不在にしております。認定アカウント統合の件を含め、お急ぎの場合は情報システム部までご連絡ください。`, 72),
  }),
  M({
    s: 'unrel-jisb64-summit-registration', k: 'unrelated', lang: 'ja', enc: 'jisb64', date: '2026-11-27 11:00:00',
    from: 'AWS Events <aws-events@amazon.com>', subject: '【登録完了】AWS Summit Japan 2027 お申し込みありがとうございます', trap: true,
    note: 'event registration "完了" mail: marketing',
    text: `${RULE2_JA}
${hw('AWS Summit Japan 2027 へのご登録が完了しました。当日は受付で QR コードをご提示ください。', 72)}
${RULE2_JA}`,
  }),
  M({
    s: 'unrel-sjisb64-skillbuilder', k: 'unrelated', lang: 'ja', enc: 'sjisb64', date: '2026-12-02 12:34:56',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: HANAKO.keep, subject: 'サブスクリプションのお手続きが完了しました', trap: true,
    note: 'Skill Builder subscription "completed" notice',
    text: hw(`AWS Skill Builder Individual サブスクリプションのお申し込み手続きが完了しました。お支払い情報はアカウント設定でご確認いただけます。`, 72),
  }),
  M({
    s: 'unrel-utf8b64-credly-merge-code', k: 'unrelated', lang: 'ja', enc: 'utf8b64', date: '2026-12-05 22:22:22',
    from: 'Credly <admin@credly.com>', subject: 'Credly アカウント統合の確認コード', trap: true,
    note: 'Credly\'s own account-merge code mail',
    text: hw(`Credly アカウントの統合を完了するには、次の確認コードを入力してください。

確認コード：482913

このリクエストに心当たりがない場合は、このメールを無視してください。`, 72),
  }),
  M({
    s: 'unrel-jis-refund-case', k: 'unrelated', lang: 'ja', enc: 'jis7', date: '2026-11-26 09:09:09',
    from: NOREPLY, subject: `[CASE ${C.taroExam}] 試験料金の返金に関するお問い合わせを受け付けました`, id: C.taroExam, trap: true,
    note: 'receipt of the user\'s other case, about an exam refund',
    text: hw(`山田様　試験料金の返金に関するお問い合わせ（ケース番号 ${C.taroExam}）を受け付けました。担当部署より順次ご連絡いたします。`, 72),
  }),
  M({
    s: 'unrel-jis-exam-result', k: 'unrelated', lang: 'ja', enc: 'jis7', date: '2026-12-06 05:12:00',
    from: PORTAL, to: HANAKO.keep, subject: 'AWS 認定試験の結果のお知らせ', trap: true,
    note: 'exam result mail that mentions a badge to come: unrelated',
    text: `${hw('佐藤 花子 様　AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。', 72)}

${hw('デジタルバッジは、数日以内に Credly からメールでお届けします。', 72)}`,
  }),
];
