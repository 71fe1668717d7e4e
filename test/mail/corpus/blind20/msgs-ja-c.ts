// Japanese messages of set s, part C: consent requests (+ one information request).
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, formSubject, SEI, MISAKI, TAKUMI, CASE, OKOCHI, WASHIO, KOHOKU_HR,
  d, jaDate, quote, sfOrigJa, gmailJa, outlookJa, sigJa, FOOT_JA, FOOT_BI, sfRef, paras, htmlDoc, esc,
  SEI_REQ, MISAKI_REQ, TAKUMI_REQ, seiSig, misakiSig, takumiSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const takumiTo = `${TAKUMI.ja} <${TAKUMI.keep}>`;

const SEI_EXAM_ANSWER = `藤堂様

ご丁寧にありがとうございます。橘です。
統合元アカウントで最後に受験したのは AWS Certified Solutions Architect - Professional(2024 年 9 月 18 日)でございます。
旧姓ではなく、社内システム上のローマ字表記が異なっていたためと存じます。

以上、よろしくお願い申し上げます。
${seiSig}`;

const TAKUMI_IDS = `宇佐美様

お世話になります。榊原です。個人アドレスから返信します。
統合先 ${TAKUMI.keepId}、統合元 ${TAKUMI.srcId} です。
よろしくお願いします。
${takumiSig}`;

const consentTable = (keepId: string, keep: string, srcId: string, src: string): string => `  ┌──────────┬─────────────────────────────
  │ 統合先(残る) │ ${keepId} / ${keep}
  ├──────────┼─────────────────────────────
  │ 統合元(消える) │ ${srcId} / ${src}
  └──────────┴─────────────────────────────`;

export const JA_C: Msg[] = [
  j({
    slug: 'takumi-buried-score-report-html',
    kind: 'info_request',
    caseId: CASE.takumi,
    note: 'multipart letter about the delay; buried in the middle it asks for the exam registration number from the score report',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-02-26 06:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${TAKUMI.sama}

平素より格別のご高配を賜り、厚く御礼申し上げます。AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の宇佐美でございます。

候補者 ID をお知らせいただき、誠にありがとうございました。本件は現在、私ども担当チームにて確認を進めております。

統合元アカウントのうち 1 件の受験記録が外部の試験配信事業者側で別 ID に紐づいておりましたため、恐縮ながら、該当試験のスコアレポートに記載の「登録番号(Registration Number)」を本メールへご返信いただけますでしょうか。

ご不便をおかけして誠に申し訳ございません。ご回答を拝受しましたら、次の手順につきまして速やかにご案内申し上げます。

${sigJa('宇佐美', 'Usami')}

${sfOrigJa('2026-02-25 21:10', TAKUMI.keep, SUPPORT_BARE, formSubject(CASE.takumi), TAKUMI_IDS)}`,
    html: htmlDoc(paras(`${TAKUMI.sama}

平素より格別のご高配を賜り、厚く御礼申し上げます。AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の宇佐美でございます。

候補者 ID をお知らせいただき、誠にありがとうございました。本件は現在、私ども担当チームにて確認を進めております。

統合元アカウントのうち 1 件の受験記録が外部の試験配信事業者側で別 ID に紐づいておりましたため、恐縮ながら、該当試験のスコアレポートに記載の「登録番号(Registration Number)」を本メールへご返信いただけますでしょうか。

ご不便をおかけして誠に申し訳ございません。ご回答を拝受しましたら、次の手順につきまして速やかにご案内申し上げます。`) + `<p>宇佐美<br>AWS トレーニングと認定 カスタマーサポート</p><div style="border-top:1px solid #ccc;margin-top:16px;color:#555">${paras(sfOrigJa('2026-02-25 21:10', TAKUMI.keep, SUPPORT_BARE, formSubject(CASE.takumi), TAKUMI_IDS))}</div>`, 'ja'),
  }),

  // ================= confirmation_request (9) =================
  j({
    slug: 'sei-consent-numbered-irreversible',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.sei,
    note: 'restates the information received, then asks for explicit consent to an irreversible merge',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-19 01:15:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
エスカレーション窓口の藤堂でございます。

受験履歴についてご回答を賜り、誠にありがとうございました。いただいた情報をもとに照合いたしましたところ、両アカウントとも${SEI.sama}ご本人のものであることを確認いたしました。

つきましては、下記の内容で統合を実施いたしたく存じます。

${consentTable(SEI.keepId, SEI.keep, SEI.srcId, SEI.src)}

統合にあたりまして、以下の点をあらかじめご承知おきくださいませ。
1. 統合は一度実施いたしますと、元に戻すことができません。
2. 統合元アカウントは無効となり、以後サインインできなくなります。
3. 認定資格、受験履歴、特典は統合先アカウントに集約されます。

上記内容にご同意いただける場合は、本メールに「統合に同意します」とご返信くださいますよう、お願い申し上げます。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}

${sfOrigJa('2026-01-16 22:05', SEI.keep, SUPPORT_BARE, formSubject(CASE.sei), SEI_EXAM_ANSWER)}`,
  }),
  j({
    slug: 'misaki-consent-html-table',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'multipart consent request with an HTML table of the two accounts',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-03 08:10:02', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${MISAKI.sama}

ご回答いただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの真柴でございます。

以下の 2 つのアカウントを統合する手続きを進めてまいります。
  統合先: ${MISAKI.keepId}(${MISAKI.keep})
  統合元: ${MISAKI.srcId}(${MISAKI.src})

統合後は元の状態に戻すことができないため、実施前にお客様のご承諾を頂戴しております。
お手数ですが、上記の内容でよろしければ、その旨を本メールへのご返信にてお知らせくださいませ。

${sigJa('真柴', 'Mashiba')}`,
    html: htmlDoc(`<p>${esc(MISAKI.sama)}</p>
<p>ご回答いただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの真柴でございます。</p>
<p>以下の 2 つのアカウントを統合する手続きを進めてまいります。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>区分</th><th>候補者 ID</th><th>メールアドレス</th></tr>
<tr><td>統合先</td><td>${MISAKI.keepId}</td><td>${MISAKI.keep}</td></tr>
<tr><td>統合元</td><td>${MISAKI.srcId}</td><td>${MISAKI.src}</td></tr></table>
<p><b>統合後は元の状態に戻すことができません。</b>実施前にお客様のご承諾を頂戴しております。お手数ですが、上記の内容でよろしければ、その旨を本メールへのご返信にてお知らせくださいませ。</p>
<p>何卒よろしくお願い申し上げます。<br>真柴</p>`, 'ja'),
  }),
  j({
    slug: 'takumi-consent-douisimasu-sjisb64',
    kind: 'confirmation_request',
    caseId: CASE.takumi,
    note: 'asks the customer to reply 「同意します」 if the listed merge is correct',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-02-27 02:44:10', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `${TAKUMI.sama}

いつもお世話になっております。宇佐美でございます。
登録番号のご連絡、誠にありがとうございました。照合が完了いたしましたので、統合内容をご案内申し上げます。

・残るアカウント: ${TAKUMI.keepId}(${TAKUMI.keep})
・統合されるアカウント: ${TAKUMI.srcId}(${TAKUMI.src})

上記にお間違いがなければ、本文に「同意します」とご記入のうえご返信ください。統合後の取り消しはいたしかねますので、念のためご留意くださいませ。

${sigJa('宇佐美', 'Usami')}`,
  }),
  j({
    slug: 'sei-buried-consent-after-apology',
    kind: 'confirmation_request',
    caseId: CASE.seiDup,
    note: 'long apology and escalation note on the duplicate case; buried in the middle is the request to approve the irreversible merge',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.seiDup),
    date: d('2026-01-19 05:02:30', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${SEI.sama}

拝啓 時下ますますご清祥のこととお慶び申し上げます。
AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の九条でございます。

このたびは、ケースが二重に起票された関係で、${SEI.sama}に複数の担当者からご連絡が届き、ご混乱をおかけいたしましたこと、誠に申し訳ございません。社内にて担当を一本化し、今後は藤堂と私九条が責任をもって対応させていただきます。

さて、本題でございますが、統合元 ${SEI.srcId} を統合先 ${SEI.keepId} へまとめる作業につきまして、実施前に${SEI.sama}の明示的なご承諾を頂戴する必要がございます。統合は不可逆的な処理でございますので、ご承諾いただける場合は、恐れ入りますが本メールにその旨ご返信賜れますでしょうか。

なお、3 月末のご退職予定については承知しております。ご承諾を頂戴できましたら、通常 1〜3 営業日ほどで作業を完了できる見込みでございます。特典のバウチャーにつきましても、統合先に引き継がれる予定でございます。

ご多用中のところ恐縮でございますが、何卒ご高配のほどお願い申し上げます。

敬具

${sigJa('九条', 'Kujo')}

${FOOT_JA}`,
  }),
  j({
    slug: 'misaki-mixed-i-agree-template',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'Japanese request with an English consent sentence to copy; language ja',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-10 03:33:33', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${MISAKI.sama}

真柴でございます。スクリーンショットをご送付いただき、誠にありがとうございました。照合が取れましたので、改めて統合のご意思を確認させていただきます。

統合を担当する部署が海外拠点となるため、恐れ入りますが、下記の英文をそのまま本メールにご記入のうえご返信いただけますでしょうか。

  I, ${MISAKI.en}, agree to merge ${MISAKI.srcId} into ${MISAKI.keepId}. I understand this cannot be undone.

お手数をおかけし誠に恐縮ですが、よろしくお願い申し上げます。

${sigJa('真柴', 'Mashiba')}

${FOOT_BI}`,
  }),
  j({
    slug: 'takumi-consent-utf8-8bit-short',
    kind: 'confirmation_request',
    caseId: CASE.takumi,
    note: 'short reminder-style consent request: approval still needed before the merge',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-03-01 00:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `${TAKUMI.sama}

度々のご連絡失礼いたします。宇佐美でございます。
2 月 27 日にお送りした統合内容につきまして、まだご承諾のご返信を確認できておりません。統合元 ${TAKUMI.srcId} の内容を ${TAKUMI.keepId} へ移してよろしいか、ご承諾の旨をご返信いただけますでしょうか。

${sigJa('宇佐美', 'Usami')}`,
  }),
  j({
    slug: 'forged-consent-below-received',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.sei,
    note: 'consent request whose only dmarc=pass sits below the server Received line: untrusted',
    from: SUPPORT,
    to: SEI.keep,
    subject: formSubject(CASE.sei),
    date: d('2026-01-19 11:45:12', '+0000'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `${SEI.sama}

統合の最終確認でございます。下記のリンクからサインインし、統合にご同意ください。
https://aws-merge-consent.example.org/confirm?case=${CASE.sei}

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sei-consent-cc-manager-hr',
    kind: 'confirmation_request',
    caseId: CASE.sei,
    note: 'reply-all to the customer with manager and HR in copy; asks the customer himself for consent',
    from: SUPPORT,
    to: `${seiTo}, ${OKOCHI}`,
    cc: KOHOKU_HR,
    subject: formSubject(CASE.sei),
    date: d('2026-01-20 00:55:19', '+0000'),
    auth: 'passSes',
    enc: 'jis7',
    text: `${SEI.sama}
(CC: 大河内様、人事部 人材開発課 ご担当者様)

平素より大変お世話になっております。藤堂でございます。

大河内様よりいただいたお問い合わせ(会社として取得費用を負担した認定の扱い)につきましては、統合後も認定資格そのものは${SEI.sama}個人に帰属いたしますことを申し添えます。

恐れ入りますが、統合へのご承諾は、ご本人である${SEI.sama}から頂戴する必要がございます。1 月 19 日にお送りした統合内容(統合先 ${SEI.keepId}、統合元 ${SEI.srcId})でお間違いなければ、ご承諾いただける旨を${SEI.sama}ご本人より本メールにてご返信いただけますでしょうか。

${sigJa('藤堂', 'Todo')}

${outlookJa('2026-01-19 18:31', OKOCHI, SUPPORT_BARE, formSubject(CASE.sei), `藤堂様\n\n港北電機の大河内と申します。橘の上長でございます。\n会社負担で取得した資格が統合後どのような扱いになるか、念のためご教示いただけますでしょうか。\n\n大河内`, `${SEI.keep}; ${KOHOKU_HR}`)}`,
  }),
  j({
    slug: 'misaki-consent-future-completion-words',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.misaki,
    note: 'consent request that also says what will happen after the merge is completed (future tense only)',
    from: SUPPORT,
    to: misakiTo,
    cc: WASHIO,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-12 01:10:40', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${MISAKI.sama}

お世話になっております。真柴でございます。
先日お送りした英文のご承諾につきまして、恐れ入りますが、候補者 ID の一部に誤記がございました(正しくは ${MISAKI.srcId})。大変失礼いたしました。

お手数ですが、訂正後の内容で改めてご承諾をいただけますでしょうか。

  統合元: ${MISAKI.srcId} / ${MISAKI.src}
  統合先: ${MISAKI.keepId} / ${MISAKI.keep}

ご承諾を確認でき次第、統合作業を実施いたします。統合が完了しましたら改めてご連絡し、Credly バッジの移行につきましてもその際にご案内申し上げます。

${sigJa('真柴', 'Mashiba')}`,
  }),
];
