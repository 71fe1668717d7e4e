// Japanese messages of set s, part B: information and consent requests.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, formSubject, SEI, MISAKI, TAKUMI, CASE, OKOCHI, WASHIO,
  d, jaDate, quote, sfOrigJa, gmailJa, outlookJa, sigJa, FOOT_JA, FOOT_BI, sfRef, paras, htmlDoc, esc,
  SEI_REQ, MISAKI_REQ, TAKUMI_REQ, seiSig, misakiSig, takumiSig, seiCorpSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const takumiTo = `${TAKUMI.ja} <${TAKUMI.keep}>`;

const SEI_REPLY_IDS = `藤堂様

ご連絡いただき、誠にありがとうございます。橘でございます。
お問い合わせの件、下記のとおりご回答申し上げます。

1. 候補者ID: 統合先 ${SEI.keepId} / 統合元 ${SEI.srcId}
2. メールアドレス: 統合先 ${SEI.keep} / 統合元 ${SEI.src}
3. 残すアカウント: 個人用(${SEI.keep})
4. ローマ字表記: SEIICHIRO TACHIBANA

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。
${seiSig}`;

const MISAKI_CONSENT = `鷲尾部長(CC)にも共有のうえ、ご返信申し上げます。

ご案内いただいた内容にて、アカウントの統合に同意いたします。
統合先: ${MISAKI.keep}(${MISAKI.keepId})
統合元: ${MISAKI.src}(${MISAKI.srcId})

よろしくお願いいたします。
${misakiSig}`;

export const JA_B: Msg[] = [
  // ================= info_request (8 more) =================
  j({
    slug: 'misaki-escalation-id-mismatch-cc-manager',
    kind: 'info_request',
    trap: true,
    caseId: CASE.misaki,
    note: 'restates the consent the customer gave, then asks for a screenshot of the source account history because IDs do not match',
    from: SUPPORT,
    to: misakiTo,
    cc: WASHIO,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-05 07:44:20', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${MISAKI.sama}
(CC: 鷲尾 様)

いつも格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の真柴と申します。

本件につきましては、これまでに以下のとおりお手続きを進めてまいりました。
 ・2 月 2 日 ケースの受付
 ・2 月 3 日 統合内容のご案内および統合へのご同意のお願い
 ・2 月 4 日 お客様より統合へのご同意を頂戴

ご同意を賜りましたことを受け、統合作業の準備を進めておりましたところ、統合元としてお知らせいただいた候補者 ID(${MISAKI.srcId})と、ご登録のメールアドレスとの照合が取れない状況でございます。
大変恐れ入りますが、統合元アカウントにサインインのうえ、「認定履歴」画面のスクリーンショットを本メールへのご返信にて添付していただけますでしょうか。

照合が取れ次第、速やかに作業を再開いたします。ご不便をおかけしておりますことを重ねてお詫び申し上げます。

${sigJa('真柴', 'Mashiba')}

${FOOT_JA}

${sfOrigJa('2026-02-04 18:20', MISAKI.keep, SUPPORT_BARE, formSubject(CASE.misaki), MISAKI_CONSENT)}`,
  }),
  j({
    slug: 'takumi-write-from-keep-and-ids',
    kind: 'info_request',
    caseId: CASE.takumi,
    note: 'asks to write from the kept address AND to send the candidate IDs (so info_request, not a bare redirect)',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-02-25 03:05:48', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${TAKUMI.sama}

お世話になっております。AWS トレーニングと認定 カスタマーサポートの宇佐美でございます。

ご依頼の件、拝見いたしました。アカウント保護の観点から、統合のお手続きは統合先となるアカウントのメールアドレスからのご依頼をもって承っております。
つきましては、お手数ではございますが ${TAKUMI.keep} より本メールにご返信いただき、その際に両アカウントの候補者 ID を併記いただけますと幸いに存じます。

ご理解とご協力を賜りますよう、お願い申し上げます。

${sigJa('宇佐美', 'Usami', 'カスタマーケア')}

${sfOrigJa('2026-02-24 17:15', TAKUMI.src, SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', TAKUMI_REQ)}`,
  }),
  j({
    slug: 'sei-buried-last-exam-question',
    kind: 'info_request',
    trap: true,
    caseId: CASE.sei,
    note: 'long apology and escalation letter; the one new thing, buried mid-letter, is a request for the last exam name and date',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-16 09:12:07', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素は格別のお引き立てを賜り、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポート エスカレーション窓口の藤堂でございます。

まずは、前回のご連絡から日が空いてしまいましたこと、心よりお詫び申し上げます。
${SEI.sama}より候補者 ID およびメールアドレスをご提供いただいた件につきましては、1 月 14 日に確かに受領しており、同日付で本件を認定運用チームへエスカレーションしております。

認定運用チームにて確認を進めましたところ、統合元アカウント(${SEI.srcId})には、過去に別の氏名表記で受験された記録が含まれておりました。ご本人様のアカウントであることを確認させていただくため、誠に恐れ入りますが、統合元アカウントで最後に受験された試験の名称と受験日を、おわかりになる範囲でお知らせくださいますでしょうか。

なお、本確認は統合の可否を判断するものではなく、あくまで所定の本人確認の一環でございます。統合作業そのものは、ご回答を拝受したのち、改めてご同意の確認をさせていただいてから実施いたします。統合が完了しておりませんため、現時点では両アカウントとも従来どおりご利用いただけます。

ご多忙のところ誠に恐縮ではございますが、何卒ご高配を賜りますようお願い申し上げます。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}

${sfOrigJa('2026-01-14 19:40', SEI.keep, SUPPORT_BARE, formSubject(CASE.sei), SEI_REPLY_IDS)}`,
  }),
  j({
    slug: 'misaki-gokakunin-which-address',
    kind: 'info_request',
    trap: true,
    caseId: CASE.misaki,
    note: '「ご確認のうえお知らせください」: asks which e-mail address to keep (information, not consent)',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-03 01:26:19', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${MISAKI.sama}

このたびはお問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定 カスタマーサポートの真柴でございます。

統合後にご利用いただくメールアドレスについて、お問い合わせフォームでは ${MISAKI.src} が、本文では ${MISAKI.keep} がご記載されておりました。
恐れ入りますが、どちらのアドレスを統合後のアカウントに残されるご意向か、ご確認のうえお知らせくださいますようお願い申し上げます。

なお、勤務先のアドレスを残された場合、ご退職後にサインインできなくなるおそれがございますので、ご参考までに申し添えます。

${sigJa('真柴', 'Mashiba')}`,
    html: htmlDoc(paras(`${MISAKI.sama}

このたびはお問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定 カスタマーサポートの真柴でございます。

統合後にご利用いただくメールアドレスについて、お問い合わせフォームでは ${MISAKI.src} が、本文では ${MISAKI.keep} がご記載されておりました。
恐れ入りますが、どちらのアドレスを統合後のアカウントに残されるご意向か、ご確認のうえお知らせくださいますようお願い申し上げます。

なお、勤務先のアドレスを残された場合、ご退職後にサインインできなくなるおそれがございますので、ご参考までに申し添えます。`) + '<p>AWS トレーニングと認定 カスタマーサポート 真柴</p>', 'ja'),
  }),
  j({
    slug: 'takumi2-credly-address-needed',
    kind: 'info_request',
    trap: true,
    caseId: CASE.takumi2,
    note: 'restates that the merge is done, then asks for the Credly e-mail so the badges can be moved',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi2),
    date: d('2026-03-13 04:50:12', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${TAKUMI.sama}

平素より大変お世話になっております。AWS トレーニングと認定 カスタマーサポートの早乙女でございます。

先般のケース ${CASE.takumi} にてご案内しましたとおり、認定アカウントの統合は 3 月 2 日付で完了しております。
今回お寄せいただいた「Credly のバッジが統合先に表示されない」とのご相談につきまして、バッジの移行を手配いたしたく存じます。

つきましては、恐れ入りますが Credly にご登録のメールアドレスを、本メールへのご返信にてお知らせいただけますでしょうか。
アドレスを拝受次第、関係部署に依頼いたします。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}`,
  }),
  j({
    slug: 'forged-info-password-lookalike',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.takumi,
    note: 'look-alike domain (amazon-certification.jp.example) asking for the password and IDs: untrusted',
    from: 'AWS トレーニングと認定 <support@amazon-certification.jp.example>',
    to: TAKUMI.keep,
    subject: `RE:[CASE ${CASE.takumi}] アカウント統合のための本人確認`,
    date: d('2026-02-25 12:31:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${TAKUMI.sama}

アカウント統合の本人確認のため、以下をご返信ください。
・両アカウントのサインイン用パスワード
・候補者 ID
・生年月日

24 時間以内にご返信がない場合、ご依頼は無効となります。

AWS トレーニングと認定 サポートセンター`,
  }),
  j({
    slug: 'sei-dup-closed-romaji-needed',
    kind: 'info_request',
    trap: true,
    caseId: CASE.sei,
    note: 'mentions that the duplicate case was closed and merged into this one, then asks for name and company in English',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-15 00:40:26', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `${SEI.sama}

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの九条でございます。

昨日お寄せいただいたケース ${CASE.seiDup} は、本ケース ${CASE.sei} と同一のご依頼でございましたため、本ケースに統合のうえ、${CASE.seiDup} はクローズさせていただきました。以後のやり取りは本ケースにてお願いいたします。

さて、統合元アカウントの照会にあたり、英語表記での氏名と会社名が必要となります。お手数をおかけいたしますが、
  氏名(英語表記):
  会社名(英語表記):
をご記入のうえ、ご返信くださいますようお願い申し上げます。

${sigJa('九条', 'Kujo', 'カスタマーケア')}

${FOOT_BI}`,
  }),
  j({
    slug: 'misaki-resent-oldcorp-which-cert',
    kind: 'info_request',
    forUser: false,
    caseId: CASE.misaki,
    note: 'support asking which certifications appear where, redirected by the old employer (Resent-* headers): forUser false',
    from: SUPPORT,
    to: MISAKI.src,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-06 02:02:02', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@shinonome-sys.example.co.jp', to: 'misaki.forward@archive.shinonome-sys.example.co.jp', date: d('2026-02-06 11:02:40', '+0900') },
    text: `${MISAKI.sama}

AWS トレーニングと認定 カスタマーサポートの真柴でございます。
重ねてのお願いとなり誠に恐縮でございますが、統合元アカウントで取得された認定資格の名称と、それぞれの取得日をお知らせいただけますでしょうか。
照合のため、認定番号(Validation Number)もあわせてご記載いただけますと幸いです。

${sigJa('真柴', 'Mashiba')}`,
  }),
];
