// fq: shared people, senders, long-form building blocks and quoting helpers.
// Every block here is descriptive (policy, process, FAQ, footers) and never states
// that an event has happened; each message adds its own one event sentence.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const TRAINING_NEWS = 'AWS Training and Certification <aws-training-news@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);
export const J = (...ps: string[]): string => ps.filter((p) => p !== '').join('\n\n');

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const P: Record<string, Person> = {
  taro: { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' },
  hanako: { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' },
  kenji: { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'k-watanabe@kaisha.example.co.jp', keepId: 'AWS40718826', srcId: 'AWS93051174' },
  yui: { ja: '中村 結衣', en: 'Yui Nakamura', keep: 'yui.nakamura@example.net', src: 'nakamura@shinsha.example.co.jp', keepId: 'AWS57702913', srcId: 'AWS28846105' },
  haruto: { ja: '伊藤 陽翔', en: 'Haruto Ito', keep: 'haruto.ito@example.jp', src: 'ito.haruto@partner.example.co.jp', keepId: 'AWS66120398', srcId: 'AWS31975540' },
  alex: { ja: 'アレックス・キム', en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' },
  priya: { ja: 'プリヤ・ナイル', en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' },
  maria: { ja: 'マリア・ガルシア', en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' },
  daniel: { ja: 'ダニエル・オカフォー', en: 'Daniel Okafor', keep: 'daniel.okafor@example.com', src: 'dokafor@consult.example.io', keepId: 'AWS50390217', srcId: 'AWS77164402' },
  sofia: { ja: 'ソフィア・ロッシ', en: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'srossi@agency.example.eu', keepId: 'AWS19028835', srcId: 'AWS64410927' },
};

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 14px 0">${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** newsletter-style HTML layout: header band, sections, grey legal footer */
export function letter(o: { brand: string; title: string; pre?: string; sections: Array<{ h?: string; body: string }>; footer: string; lang?: string }): string {
  const secs = o.sections
    .map((s) => `<tr><td style="padding:8px 32px 8px 32px;font-family:Arial,sans-serif;font-size:14px;line-height:1.6;color:#16191f">\n${s.h ? `<h3 style="font-size:16px;margin:12px 0 8px 0;color:#232f3e">${esc(s.h)}</h3>\n` : ''}${paras(s.body)}\n</td></tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(o.title)}</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
${o.pre ? `<div style="display:none;max-height:0;overflow:hidden">${esc(o.pre)}</div>\n` : ''}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:18px 32px;font-family:Arial,sans-serif;font-size:18px;color:#ffffff">${esc(o.brand)}</td></tr>
<tr><td style="padding:24px 32px 4px 32px;font-family:Arial,sans-serif;font-size:20px;color:#232f3e"><strong>${esc(o.title)}</strong></td></tr>
${secs}
<tr><td style="padding:20px 32px;background:#eaeded;font-family:Arial,sans-serif;font-size:11px;line-height:1.5;color:#545b64">${paras(o.footer)}</td></tr>
</table></td></tr></table>
</body></html>`;
}
/** the plain-text twin of letter() */
export const letterText = (o: { title: string; sections: Array<{ h?: string; body: string }>; footer: string }): string =>
  J(o.title, ...o.sections.map((s) => (s.h ? `${s.h}\n${s.body}` : s.body)), '----------------------------------------', o.footer);

// ---------------------------------------------------------------- Japanese blocks
export const JA_PROCESS = [
  `■アカウント統合の一般的な流れ
1. お客様からのお問い合わせ内容をもとに、担当部署が両方の認定アカウントを照合いたします。
2. 照合に必要な情報が不足している場合は、追加の情報をお伺いすることがございます。
3. 統合は取り消しができない操作のため、実施前にお客様の同意をいただいております。
4. 同意をいただいた後、通常数営業日以内に作業を行い、結果をメールでご案内いたします。
※ 処理状況により、ご案内までにお時間をいただく場合がございます。`,
  `■統合手続きについて
認定アカウントの統合は、統合元アカウントの試験履歴・認定資格・特典を、統合先アカウント（今後ご利用になるアカウント）へ移す手続きです。
統合後、統合元アカウントにはサインインできなくなり、元に戻すこともできません。
そのため、担当者より統合先・統合元の確認をお願いしたり、作業前に最終的なご意思を伺ったりする場合がございます。
※ セルフサービスの「アカウントのマージ」ツールは、両方のアカウントに認定履歴がある場合にはご利用いただけません。`,
  `■今回のお手続きの流れ（ご参考）
・ステップ1　お問い合わせの受付
・ステップ2　アカウント情報の確認（候補者ID、登録メールアドレス等）
・ステップ3　統合内容へのご同意の確認
・ステップ4　統合作業の実施
・ステップ5　Credly デジタルバッジの移行確認
各ステップの所要時間はお問い合わせの混雑状況により前後いたします。`,
  `■統合作業に関する注意事項
統合作業は当チームの担当者が手作業で行っております。統合先として指定されたアカウントの氏名・メールアドレスはそのまま残り、統合元アカウントの情報は統合先に引き継がれます。
受験予約がある場合は、予約の内容に影響が出ることがございます。
なお、同じご依頼について新しいケースを作成されますと、確認に時間を要し、回答が遅れる原因となります。既存のケースへのご返信でお知らせいただけますと幸いです。`,
];

export const JA_CERTS = [
  `■認定資格・特典の取り扱いについて
統合後は、統合元アカウントで取得された認定資格（取得日・有効期限を含みます）が統合先アカウントに表示されます。認定資格の有効期限は取得日から3年間で、統合によって延長・短縮されることはございません。
次回試験の50%割引バウチャー等の特典は、未使用のものに限り統合先アカウントの「特典」ページに引き継がれます。使用済み・期限切れの特典は移行の対象外です。`,
  `■試験履歴と認定資格について
試験履歴（受験日・試験名・結果）および認定資格は、統合先アカウントへまとめて引き継がれます。同一の認定資格を両方のアカウントでお持ちの場合は、有効期限の長い方が表示されます。
認定証（PDF）は統合先アカウントから改めてダウンロードいただけます。念のため、統合元アカウントの認定証は事前に保存しておかれることをおすすめいたします。`,
  `■特典（バウチャー）について
認定取得時に付与される50%割引バウチャーは、有効期限内かつ未使用のものが統合先アカウントに移ります。
※ 統合作業中に特典を使用されますと、正しく移行されない場合がございます。作業が終わるまでは特典のご利用をお控えください。
※ AWS Skill Builder のサブスクリプションは認定アカウントとは別管理のため、統合の対象外です。`,
  `■統合の対象となる情報
・試験履歴、スコアレポート
・取得済みの認定資格（取得日、有効期限、認定番号）
・未使用の特典（試験割引バウチャー、練習問題の無料受験など）
・認定アカウントに登録されたプロフィール情報（統合先の情報が優先されます）
上記以外の情報（Skill Builder の学習履歴、AWS アカウントの請求情報等）は統合の対象外です。`,
];

export const JA_BADGE = [
  `■デジタルバッジ（Credly）について
AWS 認定のデジタルバッジは Credly 社のプラットフォームから発行されます。統合後、バッジは統合先アカウントのメールアドレス宛に改めて発行されるのが一般的です。Credly からのメール（差出人 admin@credly.com、件名「Amazon Web Services Training and Certificationのバッジ発行のお知らせ」など）が届きましたら、「バッジを入手する」ボタンから受け取ってください。
※ 数日経ってもバッジが移らない場合は、本ケースにご返信いただければ担当者が確認いたします。`,
  `■Credly バッジの移行について
バッジは認定アカウントのメールアドレスに紐づいて発行されています。統合の完了からバッジの移行までには数日かかる場合があり、自動で移行されないこともございます。その際は新しいケースを作成せず、本メールにご返信ください。
Credly 側で複数のアカウントをお持ちの場合は、Credly のヘルプセンターに記載の手順で Credly アカウント同士をまとめることもできます（こちらは AWS の認定アカウントの統合とは別の手続きです）。`,
  `■バッジに関するご案内
Credly のバッジは、統合先アカウントのメールアドレスで受け取っていただく必要があります。統合元のメールアドレスで既に受け取ったバッジは、移行後に統合先の Credly プロフィールへ表示されます。
LinkedIn 等にバッジを共有されている場合、共有リンクが変わることがございますので、移行後にご確認ください。`,
  `■デジタルバッジについて
AWS からのおすすめは「先にアカウントを統合し、その後に Credly でバッジを受け取る」順番です。受け取り前のバッジは、統合先のメールアドレス宛に再送される場合があります。
バッジの公開設定やプロフィールの表示内容は Credly のアカウント設定から変更いただけます。`,
];

export const JA_PRIVACY = [
  `■個人情報の取り扱いについて
お問い合わせに際してご提供いただいた個人情報は、本件への対応およびサービス品質の向上のためにのみ利用いたします。詳細は AWS プライバシー通知（https://aws.amazon.com/jp/privacy/）をご覧ください。
※ セキュリティ上の理由から、パスワードやクレジットカード番号をメールでお送りいただくことはお控えください。`,
  `■プライバシーに関するお知らせ
本メールには、お客様の認定アカウントに関する情報が含まれております。お心当たりのない場合は、本メールを破棄のうえ、その旨を本メールへのご返信でお知らせください。
AWS はお客様の個人情報を AWS プライバシー通知に従って取り扱います。`,
  `■セキュリティに関するご注意
AWS の担当者が、お電話やメールでパスワード、ワンタイムコード、支払い情報をお尋ねすることはございません。不審なメールを受け取られた場合は、リンクを開かず、AWS のサポートページからお問い合わせください。`,
];

export const JA_FAQ = [
  `■よくあるご質問
Q. 統合先と統合元を逆にしたい場合は？
A. 作業実施前であれば変更可能です。本ケースへのご返信で担当者にお知らせください。
Q. 統合にかかる日数は？
A. ご同意をいただいてから通常1から5営業日程度です。
Q. 統合後に元に戻せますか？
A. 恐れ入りますが、統合は取り消すことができません。`,
  `■よくあるお問い合わせ
Q. 会社のメールアドレスが使えなくなりました。手続きできますか？
A. 可能です。今後ご利用になるメールアドレスからご連絡ください。
Q. AWS パートナーの実績に反映されますか？
A. 統合後、パートナー向けの画面へ反映されるまでに数日かかる場合がございます。
Q. バッジが二重に表示されます。
A. 統合前に両方のメールアドレスで受け取ったバッジは、Credly 側で整理が必要な場合がございます。`,
  `■ご参考：FAQ
・「アカウントのマージ」ツールでエラーになる場合は、サポートへのご連絡が必要です。
・候補者ID（AWS から始まる番号）は、認定アカウントのプロフィール画面でご確認いただけます。
・氏名の表記が両アカウントで異なる場合でも統合は可能ですが、統合先の表記が残ります。`,
];

export const JA_FOOTER = [
  `本メールは AWS トレーニングと認定 カスタマーサービスよりお送りしております。
本メールへのご返信は、そのまま担当者に届きます。件名の [CASE 番号] は変更せずにご返信ください。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon Web Services および AWS は Amazon.com, Inc. またはその関連会社の商標です。
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210`,
  `※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんので、あらかじめご了承ください。
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
(c) 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved.`,
  `==============================
AWS トレーニングと認定
https://aws.amazon.com/jp/training/
https://aws.amazon.com/jp/certification/
本メールの内容は送信時点のものです。機密情報が含まれる場合がありますので、宛先に誤りがある場合はお手数ですが破棄してください。
==============================`,
  `このメールは AWS サポートセンターの通知設定に基づいて送信されています。
ケースの状況はサポートセンター（https://support.console.aws.amazon.com/support/home）からもご確認いただけます。
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210`,
  `本メールに記載された内容の無断転載を禁じます。
AWS、Amazon Web Services および関連するロゴは、米国その他の諸国における Amazon.com, Inc. またはその関連会社の商標です。
お客様の個人情報は AWS プライバシー通知に基づき取り扱われます。`,
];

// ---------------------------------------------------------------- English blocks
export const EN_PROCESS = [
  `HOW AN ACCOUNT MERGE WORKS
1) We review the request and look up both certification accounts.
2) If anything is missing, the specialist handling your case may ask for more details.
3) Because a merge is permanent, we always ask for the account holder's consent before we run it.
4) After consent, the merge is usually processed within a few business days and we write back on the same case.
Timelines vary with volume; please do not open a new case for the same request, as duplicate cases slow everything down.`,
  `About account merges
A merge moves the exam history, certifications and benefits from a "source" account into the account you want to keep (the "target"). The target keeps its name, email address and sign-in method; the source account is retired and can no longer be used to sign in. A merge cannot be reversed, which is why we are careful to check both accounts before anything is changed.
Note: the self-service Merge Accounts tool in the Certification portal cannot be used when both accounts already hold certification history. Those requests are handled by our team manually.`,
  `The merge process at a glance
- Request received
- Account verification (candidate IDs, login email, notification email)
- Customer consent
- Merge processed by a specialist
- Digital badges re-issued or moved on Credly
Each step is handled by a person rather than an automated system, so response times can differ from case to case.`,
  `Things to keep in mind
Please keep any upcoming exam appointments in mind when you plan a merge: a registration made under the source account may need to be rebooked. Practice exam entitlements and benefit codes that have already been redeemed are not restored by a merge.
Replies to this message stay attached to your case. Please keep the [CASE] tag in the subject line intact.`,
];

export const EN_CERTS = [
  `WHAT HAPPENS TO YOUR CERTIFICATIONS AND BENEFITS
Certifications earned under the source account appear in the target account with their original award dates and expiration dates. A merge does not extend or shorten the three-year validity period.
Unused benefits, such as the 50% discount voucher for your next exam, move to the target account's Benefits page. Benefits that were already redeemed or that have expired are not transferred.`,
  `Certifications, exam history and certificates
Your exam history (exam, date, result) and all active and expired certifications are carried over to the target account. Where the same certification exists on both accounts, the record with the later expiration date is kept. Certificates (PDF) can be downloaded again from the target account; we still suggest saving copies from the source account beforehand.`,
  `Benefits and vouchers
Exam discount vouchers and other certification benefits travel with the merge only if they are unused and still valid. Please avoid redeeming a benefit while a merge is in progress, because a benefit used mid-merge may not be carried across correctly. AWS Skill Builder subscriptions are managed separately and are not part of a certification account merge.`,
  `Which data is included
- Exam history and score reports
- Certifications (award date, expiration, validation number)
- Unused benefits (exam vouchers, free practice exams)
- Profile data (the target account's profile is kept)
Skill Builder learning history, AWS billing information and AWS Partner Central records are outside the scope of a certification merge.`,
];

export const EN_BADGE = [
  `DIGITAL BADGES (CREDLY)
AWS Certification badges are issued through Credly. Badges are tied to the email address of the certification account, so after a merge they are normally re-issued to the target account's address. You will receive an email from admin@credly.com with the subject "Amazon Web Services Training and Certification sent you a new badge"; use the "Accept your badge" button to claim it.
If badges still have not moved a few days after a merge, simply reply on this case and a specialist will look into it.`,
  `About your Credly badges
Badges can take several days to follow a merge, and in some cases they do not move automatically. If that happens, reply to this thread rather than opening a new case. If you hold more than one Credly profile, Credly's own help center explains how to combine Credly accounts; that is a separate process from merging AWS Certification accounts.`,
  `Badges
Our general recommendation is to merge first and claim badges on Credly afterwards. Badges that were never accepted may be re-sent to the target email address. Links you shared earlier (for example on LinkedIn) may change once a badge moves, so please check them after the merge.`,
  `A note on badges
Credly badges are issued to the email address on file at the time of certification. Accepted badges on the source email's Credly profile can be moved to the target profile by our team; unaccepted badges are usually re-issued. Visibility settings are managed in your Credly account settings.`,
];

export const EN_PRIVACY = [
  `PRIVACY
Information you share with us on this case is used only to handle your request and to improve our service. For details, see the AWS Privacy Notice at https://aws.amazon.com/privacy/. For your security, never send passwords, one-time codes or payment card numbers by email.`,
  `Privacy notice
This message contains information about a certification account. If you received it in error, please delete it and let us know by replying. AWS processes personal data in line with the AWS Privacy Notice.`,
  `Security reminder
AWS staff will never ask you for your password, a verification code or payment details by phone or email. If a message looks suspicious, do not click its links; contact us through the AWS Support pages instead.`,
];

export const EN_FAQ = [
  `FREQUENTLY ASKED QUESTIONS
Q: Can I switch which account is kept?
A: Yes, as long as the merge has not been run yet. Reply on this case and tell the specialist.
Q: How long does a merge take?
A: Usually one to five business days after we receive consent.
Q: Can a merge be undone?
A: No. Merged accounts cannot be separated again.`,
  `Common questions
Q: I no longer have access to my old work email. Can I still merge?
A: Yes. Write to us from the address you plan to keep.
Q: Will my AWS Partner credit update?
A: Partner tools can take several days to reflect a merge.
Q: I see the same badge twice on Credly.
A: Badges accepted on two emails before a merge may need cleanup on the Credly side.`,
  `Quick answers
- The Merge Accounts tool shows an error when both accounts hold certifications; that is expected and means support must do the merge.
- Your candidate ID starts with "AWS" and is shown on your certification profile.
- Different name spellings on the two accounts do not block a merge; the target account's spelling is kept.`,
];

export const EN_FOOTER = [
  `This message was sent by AWS Training and Certification Customer Service. Replies to this email are added to your case automatically; please keep the [CASE] number in the subject.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210`,
  `This is a system-generated message from a send-only address. Please do not reply to this email.
(c) 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210`,
  `----------------------------------------
AWS Training and Certification
https://aws.amazon.com/training/ | https://aws.amazon.com/certification/
CONFIDENTIALITY: This email may contain confidential information intended only for the addressee. If you are not the intended recipient, please delete it.
----------------------------------------`,
  `You are receiving this notification because of your AWS Support case settings. You can view the case at any time in the AWS Support Center: https://support.console.aws.amazon.com/support/home
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210`,
  `AWS, Amazon Web Services and related marks are trademarks of Amazon.com, Inc. or its affiliates.
Your personal information is handled in accordance with the AWS Privacy Notice: https://aws.amazon.com/privacy/`,
];

export type M = Msg;

// ---------------------------------------------------------------- extra long-form blocks
export const JA_MORE = [
  `■お問い合わせの前にご確認ください
・認定ポータルへのサインインには AWS Builder ID をご利用ください。以前の Amazon アカウントによるサインインは終了しております。
・ご登録のメールアドレスが受信できない場合でも、今後ご利用になるメールアドレスからお問い合わせいただければ対応可能です。
・試験の予約・変更・キャンセルは、認定ポータルの「試験登録」から行えます。
・認定資格の再認定（更新）については、有効期限の6か月前から受験が可能です。
・AWS パートナー企業にご所属の方は、パートナーとの関連付けについて社内のご担当者にもご確認ください。`,
  `■AWS トレーニングと認定について
AWS トレーニングと認定は、クラウドのスキルを身につけたい方から、専門的な知識を証明したい方まで、幅広い学習者を支援するプログラムです。AWS Skill Builder では、600を超えるデジタルトレーニングを無料でご利用いただけます。また、AWS 認定は、業界で認められた資格として、クラウドに関する専門知識を客観的に証明する手段となります。
今後も、より使いやすいサービスの提供に努めてまいります。ご意見・ご要望がございましたら、サポートセンターのフィードバック機能からお寄せください。`,
  `■アクセシビリティおよび言語について
AWS トレーニングと認定のサポートは、日本語を含む複数の言語で対応しております。ただし、担当者の状況により英語でご回答する場合がございますので、あらかじめご了承ください。
試験を受験される際に配慮が必要な場合（試験時間の延長など）は、受験前に所定の手続きが必要です。詳しくは認定ポータルの「受験上の配慮」のページをご覧ください。`,
  `■営業時間とお問い合わせ窓口
AWS トレーニングと認定 カスタマーサービスは、平日（土日祝日、年末年始を除く）に対応しております。営業時間外にいただいたお問い合わせは、翌営業日以降に順次ご回答いたします。
お急ぎの場合でも、同じ内容で複数のケースを作成されますと、かえってご回答が遅れる場合がございます。既存のケースへのご返信でご連絡ください。
なお、AWS の請求や技術的なご質問は別の窓口となります。AWS マネジメントコンソールのサポートセンターからお問い合わせください。`,
  `■Credly に関する補足
Credly は Pearson 社が運営するデジタル認定証のプラットフォームで、AWS を含む多くの組織がバッジの発行に利用しています。Credly のアカウントは AWS 認定アカウントとは別のものです。パスワードの再設定やメールアドレスの追加など、Credly アカウントそのものに関するお問い合わせは、Credly のヘルプセンター（https://support.credly.com）へお寄せください。
バッジの有効期限は認定資格の有効期限と連動しており、再認定を行うと新しいバッジが発行されます。`,
];

export const EN_MORE = [
  `Before you contact us
- Sign in to the Certification portal with an AWS Builder ID; signing in with an Amazon retail account is no longer available.
- If you can no longer receive mail at your registered address, write to us from the address you intend to keep.
- Exam bookings, reschedules and cancellations are handled under Exam Registration in the Certification portal.
- Recertification exams can be taken from six months before your certification expires.
- If you work for an AWS Partner, your partner association is managed separately; your company administrator can help with that part.`,
  `About AWS Training and Certification
AWS Training and Certification helps people build and validate cloud skills, from their first steps to deep specialty knowledge. AWS Skill Builder offers more than 600 free digital courses, and AWS Certifications are industry-recognized credentials that show what you know. We are always working to make our support easier to use; you can send feedback at any time through the Support Center.`,
  `Accessibility and languages
Our team supports customers in several languages. Depending on availability, a reply may come in English. If you need an accommodation for an exam, such as extra time, please request it before you book; details are on the Exam accommodations page of the Certification portal.`,
  `Hours and channels
AWS Training and Certification Customer Service works on business days. Messages received outside business hours are answered in order on the next business day. Even when a request is urgent, opening several cases for the same topic tends to slow the answer down, so please reply on your existing case. Billing and technical questions about AWS services are handled by a different team in the AWS Support Center.`,
  `More about Credly
Credly is a digital credential platform run by Pearson and used by many organizations, including AWS, to issue badges. A Credly account is separate from your AWS Certification account. For questions about the Credly account itself (password resets, adding an email address, privacy settings), please use the Credly Help Center at https://support.credly.com. Badges expire together with the certification they represent; when you recertify, a new badge is issued.`,
];

export const CREDLY_EN = [
  `Sharing your badge
Once accepted, your badge can be shared to LinkedIn with a single click, added to your email signature, embedded on a personal website, or downloaded as an image. Every shared badge links back to a verification page that shows the issuer, the issue date, the expiration date (if any) and the skills behind the credential, so anyone who sees it can check that it is genuine.`,
  `Frequently asked questions
Do I need to pay anything? No. Accepting and sharing badges is free.
What if I already have a Credly account under a different email? Sign in to that account and add this email address under Settings. Badges sent to any verified address on your account will appear together.
Can I hide a badge? Yes. You can set any badge to private, and you can change that setting whenever you like.
What if I did not expect this badge? Contact the issuing organization; only the issuer can revoke or correct a badge.`,
  `Your privacy
Credly processes your name and email address on behalf of the organization that issued your badge. You can review what is shared publicly on your profile at any time, and you can request a copy or deletion of your data through the Credly privacy page. Credly will never ask you for payment to keep a badge active.`,
];

export const CREDLY_JA = [
  `■バッジの共有について
受け取ったバッジは、ワンクリックで LinkedIn に共有したり、メール署名やウェブサイトに埋め込んだり、画像としてダウンロードしたりできます。共有されたバッジには検証ページへのリンクが含まれており、発行元、発行日、有効期限、バッジが示すスキルを誰でも確認できます。`,
  `■よくある質問
Q. 費用はかかりますか？
A. バッジの受け取りと共有は無料です。
Q. 別のメールアドレスで Credly アカウントを持っています。
A. 既存のアカウントにサインインし、設定からこのメールアドレスを追加してください。確認済みのアドレスに発行されたバッジは、一つのプロフィールにまとめて表示されます。
Q. 心当たりのないバッジが届きました。
A. バッジの取り消しや修正は発行元のみが行えます。発行元の組織にお問い合わせください。`,
  `■プライバシーについて
Credly は、バッジを発行した組織に代わってお客様の氏名とメールアドレスを取り扱います。プロフィールで公開される情報はいつでも確認・変更でき、データの開示や削除も Credly のプライバシーページから依頼できます。Credly がバッジの維持のために支払いを求めることはありません。`,
];

export const CORP_JA = `--
株式会社カイシャ例
〒100-0005 東京都千代田区丸の内1-2-3 丸の内例ビル12階
TEL: 03-0000-1111 / FAX: 03-0000-1112
https://www.kaisha.example.co.jp/

【機密保持に関するお願い】
このメールおよび添付ファイルには、機密情報が含まれている場合があります。宛先に誤りがある場合は、誠に恐れ入りますが、送信者へご連絡のうえ、本メールを削除してください。本メールの内容の全部または一部を、許可なく複製・転送・開示することを禁じます。
【環境への配慮】
このメールを印刷する前に、本当に印刷が必要かご検討ください。`;

export const CORP_EN = `--
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any unauthorised copying, disclosure or distribution of this material is strictly forbidden. Email is not a secure medium: we cannot accept responsibility for changes made to this message after it was sent. Please consider the environment before printing this email.`;

/** insert extra blocks into a message: before its footer/quote in plain text, before the footer row in letter() HTML */
const TAIL = /^(>|-{5,}|_{5,}|={5,}|On .* wrote:|\d{4}年.*:$|ref:_|Amazon Web Services, Inc\.|Amazon Web Services, Inc\. は|本メールは|※本メール|This message was sent|This is a system|You are receiving|AWS, Amazon Web Services|本メールに記載|このメールは|Credly, 200|Credly は Pearson|-- ?$|-- ?\n|---------- Forwarded)/;
export function withMore<T extends { text?: string; html?: string; more?: string[] }>(m: T): T {
  if (!m.more || !m.more.length) return m;
  const more = m.more;
  const out = { ...m };
  delete out.more;
  if (out.text !== undefined) {
    const ps = out.text.split('\n\n');
    // skip a leading quote (bottom-posted mail), then stop before the first footer/quote paragraph
    let start = 0;
    while (start < ps.length && /^(>|On .* wrote:|\d{4}年.*:$)/.test(ps[start] ?? '')) start++;
    let at = ps.findIndex((p, i) => i > start && TAIL.test(p));
    if (at < 0) at = ps.length;
    ps.splice(at, 0, ...more);
    out.text = ps.join('\n\n');
  }
  if (out.html !== undefined) {
    const marker = '<tr><td style="padding:20px 32px;background:#eaeded';
    const rows = more
      .map((b) => `<tr><td style="padding:8px 32px 8px 32px;font-family:Arial,sans-serif;font-size:14px;line-height:1.6;color:#16191f">\n${paras(b)}\n</td></tr>`)
      .join('\n');
    const i = out.html.indexOf(marker);
    out.html = i >= 0 ? out.html.slice(0, i) + rows + '\n' + out.html.slice(i) : out.html.replace('</body>', `${paras(more.join('\n\n'))}\n</body>`);
  }
  return out;
}

// ---------------------------------------------------------------- one-off long blocks for a few senders
export const X = {
  hashiEn: `About this certification
The HashiCorp Certified: Terraform Associate exam validates foundational skills in infrastructure as code with Terraform: understanding IaC concepts, using the Terraform CLI, working with modules, managing state and navigating Terraform Cloud. Holders of this badge have shown that they can apply these skills in day-to-day operations. The badge is valid for two years from the date of issue; HashiCorp will contact you when it is time to recertify.`,
  partnerNewsEn1: `From the mailbag
"I changed jobs twice in three years and now have three certification accounts. Where do I even start?" Start by listing every account: the candidate ID, the email, and the certifications on each. Then decide which address you will still have in five years - usually a personal one - and make that the account you keep. Ask for the merges one case at a time, and keep every reply on the same thread. Readers who did it this way tell us it took about a week in total.`,
  partnerNewsEn2: `Community corner
Our Thursday study group now meets in two time zones. This month we are working through networking and hybrid connectivity for the Advanced Networking Specialty, with weekly practice questions and a shared notes document. New members are welcome at any point; the recordings from previous sessions are in the members area. Thank you to everyone who sent in tips for this issue - keep them coming.`,
  webinarEn: `Your hosts
Two members of the AWS Training and Certification customer team will walk through real (anonymized) cases and answer questions live. Bring your own questions about candidate IDs, Builder ID sign-in, Partner associations and Credly profiles; we will collect questions during registration and answer the most common ones first. The session is in English with live captions; a transcript is published afterwards.`,
  webinarJa1: `■講師紹介
田中 一郎（AWS 認定インストラクター）
国内 SIer にてクラウド導入支援に10年以上従事。AWS 認定を12冠保有し、延べ3,000名以上の受講者を指導。自身も転職時に認定アカウントの統合を経験しており、その際につまずいた点を交えて解説します。`,
  webinarJa2: `■こんな方におすすめ
・転職や異動でメールアドレスが変わる予定の方
・会社のアドレスと個人のアドレスで認定を取得してしまった方
・Credly のバッジが複数のアカウントに分かれている方
・社員の認定資格を管理する人事・教育担当の方
※ 当日ご参加いただけない方にも、後日録画をお送りします。お申し込みだけでもお気軽にどうぞ。`,
  credlyMergeJa: `■セキュリティに関するご注意
Credly の担当者が、確認コードやパスワードをメールや電話でお尋ねすることはありません。このコードは、ご自身で Credly の画面に入力する場合にのみ使用してください。第三者にコードを伝えると、アカウントが乗っ取られるおそれがあります。
■統合後のプロフィール
統合後は、統合先アカウントのプロフィール名、写真、公開設定が引き継がれます。統合元アカウントのメールアドレスは、統合先アカウントの追加メールアドレスとして登録されます。`,
  oooJa: `■不在期間中の連絡先
・パートナー契約、認定取得状況に関するお問い合わせ：パートナー推進部 代表アドレス
・請求書、契約書類に関するお問い合わせ：管理部（kanri@partner.example.co.jp）
・システム障害などの緊急のご連絡：24時間窓口 03-0000-9999
3月23日（月）以降、順次ご返信いたします。ご返信までにお時間をいただく場合がございますが、何卒ご容赦ください。

--
株式会社パートナー例　パートナー推進部
木下 亮（Ryo Kinoshita）
〒105-0011 東京都港区芝公園1-1-1 芝公園例ビル8階
TEL: 03-0000-2222 / Mobile: 090-0000-3333
【機密保持に関するお願い】
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。`,
};
