// fn set: the long histories that the short new lines are written over.
// Each thread is one merge case told from the first message to the last; a
// message of the set quotes a prefix of it (the quote is history, the new line
// is the news).
import { P, SUPPORT_ADDR, Thread, formSubject } from './common.js';

const sup = (name: string): { name: string; addr: string } => ({ name, addr: SUPPORT_ADDR });

// ---------------------------------------------------------------- 渡辺 健二 (ja support, Outlook JA user)
export const C_KENJI = '1781120394';
export const KENJI = new Thread({ name: P.kenji.ja, addr: P.kenji.keep }, sup('AWS Training and Certification'), formSubject(C_KENJI), C_KENJI, 'olJa', 'sf')
  .u('form', '2026-04-06 21:14', `お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定 / アカウントの統合
本文:
会社を辞めることになり、会社アドレスで作った認定アカウントの資格を、個人アカウントへ寄せたいです。
残す方: ${P.kenji.keepId} / ${P.kenji.keep}
寄せる方: ${P.kenji.srcId} / ${P.kenji.src}
氏名 渡辺 健二、会社名 TechCorp 株式会社`)
  .s('info', '2026-04-07 15:40', `渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
アカウント統合のご依頼、承りました。作業の前に、以下をご返信にてお知らせいただけますでしょうか。

1. 両アカウントの AWS 認定候補者 ID (AWS から始まる番号)
2. それぞれのログイン用メールアドレス
3. 統合後に残すアカウント (どちらを主とするか)
4. 各アカウントで取得済みの認定名

ご返信は、残すアカウントのメールアドレスからお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート`)
  .u('uinfo', '2026-04-07 22:05', `木村様

ご連絡ありがとうございます。以下のとおりです。
1. ${P.kenji.keepId} (個人) / ${P.kenji.srcId} (会社)
2. ${P.kenji.keep} / ${P.kenji.src}
3. 個人の ${P.kenji.keepId} を残します
4. 個人: Cloud Practitioner、会社: Solutions Architect - Associate、SysOps Administrator - Associate

渡辺`)
  .s('conf', '2026-04-08 11:20', `渡辺様

情報のご提供ありがとうございます。確認いたしました。
${P.kenji.srcId} の認定履歴を ${P.kenji.keepId} へ移し、${P.kenji.srcId} は無効となります。
この操作は実施後に取り消すことができません。
上記の内容で進めてよろしいか、本メールへのご返信でご同意をお知らせください。

木村`)
  .u('ucons', '2026-04-08 12:31', `木村様

内容確認しました。上記のとおり統合をお願いいたします。
取り消しできない点も承知しております。

渡辺`)
  .s('done', '2026-04-09 09:50', `渡辺様

お待たせいたしました。${P.kenji.srcId} を ${P.kenji.keepId} へ統合する作業が完了いたしました。
認定ポータルにサインインいただき、3 件の認定が表示されていることをご確認ください。

木村`, undefined, 'AWS Training and Certification')
  .u('ubadge', '2026-04-10 08:12', `木村様

統合ありがとうございました。認定は 3 件とも表示されています。
ただ、Credly の方は SAA と SysOps のバッジが会社アドレスのアカウントに残ったままです。
こちらも移していただくことは可能でしょうか。

渡辺`)
  .s('badges', '2026-04-11 10:30', `渡辺様

Credly のバッジについて、個人アドレス (${P.kenji.keep}) 側へ再発行の手配をいたしました。
数時間ほどで Credly からメールが届きますので、受け取り操作をお願いします。

木村`)
  .u('uthanks', '2026-04-11 19:02', `木村様

バッジ 2 件、受け取りできました。最後までありがとうございました。

渡辺`);

// ---------------------------------------------------------------- 中村 由紀 (Shift_JIS user, ja support, gmail JA)
export const C_YUKI = '17790345521';
export const YUKI = new Thread({ name: P.yuki.ja, addr: P.yuki.keep }, sup('AWS T&C Customer Support'), formSubject(C_YUKI), C_YUKI, 'gmailJa', 'sf')
  .u('form', '2026-05-02 10:48', `大学のメールで受験した分と、個人アドレスで受験した分があり、アカウントが2つになっています。
個人の方 (${P.yuki.keep}) に一本化したいです。大学のアドレス (${P.yuki.src}) は3月で使えなくなります。
中村 由紀`)
  .s('info', '2026-05-03 09:05', `中村様

お問い合わせいただきありがとうございます。担当の Haruka です。
お手数ですが、大学アドレス側アカウントの候補者 ID と、受験した試験名・受験日をお知らせください。
候補者 ID は、認定ポータルのプロフィール画面 (Identification) でご確認いただけます。
また、大学アドレスにまだアクセスできる場合は、そちらからも一言ご返信いただけると本人確認が早く済みます。

Haruka
AWS トレーニングと認定 カスタマーサポート`)
  .u('uinfo', '2026-05-03 13:27', `Haruka 様

候補者 ID は ${P.yuki.srcId} でした。
試験: AWS Certified Cloud Practitioner (2024年11月受験)、AWS Certified Developer - Associate (2025年6月受験)
個人側は ${P.yuki.keepId} です。大学アドレスからも同じ内容で送っておきました。

中村`)
  .s('conf', '2026-05-05 16:10', `中村様

ありがとうございます。ご本人確認が取れました。
統合を実施すると、${P.yuki.srcId} の認定と特典は ${P.yuki.keepId} に移り、元には戻せません。
このまま進めてよろしければ、その旨ご返信ください。

Haruka`)
  .u('ucons', '2026-05-05 18:44', `Haruka 様

はい、問題ありません。進めてください。
中村`)
  .u('uask', '2026-05-08 12:02', `Haruka 様

その後いかがでしょうか。ポータルではまだ2件目の認定が見えていないようです。
お忙しいところすみません。
中村`, 'gmailJa');

// ---------------------------------------------------------------- 伊藤 大輔 (user writes Japanese, support answers in English)
export const C_DAISUKE = '1768833201';
export const DAISUKE = new Thread({ name: P.daisuke.ja, addr: P.daisuke.keep }, sup('AWS Training and Certification'), formSubject(C_DAISUKE), C_DAISUKE, 'jaOrig', 'sf')
  .u('form', '2026-03-16 08:30', `Subject: アカウント統合 / account merge
お世話になります。SIer 勤務時代のアドレス (${P.daisuke.src}) の認定アカウントを、個人アドレスのアカウントへ統合してください。
I would like to merge my two certification accounts. Keep: ${P.daisuke.keep}
Daisuke Ito`)
  .s('info', '2026-03-17 02:12', `Hello Daisuke,

Thank you for reaching out to AWS Training and Certification. My name is Vikram and I will be assisting you.

To locate both profiles, could you reply with:
- the AWS Candidate ID of each account
- the full name exactly as it appears on each profile
- which of the two accounts should remain active after the merge

Best regards,
Vikram S.
AWS Training and Certification Customer Service`)
  .u('uinfo', '2026-03-17 09:55', `Vikram 様

ご返信ありがとうございます。
- ${P.daisuke.keepId} (個人, Daisuke Ito)
- ${P.daisuke.srcId} (旧会社, ITO DAISUKE)
- 残すのは ${P.daisuke.keepId} です。
名前の表記が違いますが同一人物です。よろしくお願いします。`)
  .s('conf', '2026-03-18 01:40', `Hi Daisuke,

Thanks, both profiles are located. Please note that the name on the retained account (Daisuke Ito) will be used going forward.

Before I submit the request: once the accounts are merged, the action is permanent and cannot be reversed. Please reply to this email confirming that you would like us to merge ${P.daisuke.srcId} into ${P.daisuke.keepId}.

Kind regards,
Vikram S.`)
  .u('ucons', '2026-03-18 07:21', `Vikram 様

はい、${P.daisuke.srcId} を ${P.daisuke.keepId} に統合してください。よろしくお願いします。
Yes, I confirm. Please go ahead.`)
  .s('done', '2026-03-19 04:05', `Hi Daisuke,

Good news: ${P.daisuke.srcId} has been merged into ${P.daisuke.keepId}. Your certifications and exam history now show under the retained account.

If you notice anything missing, just reply here.

Vikram S.`)
  .u('ubadge', '2026-03-20 10:16', `Vikram 様

確認しました、ありがとうございます。
1点だけ、Credly のバッジ (Solutions Architect - Professional) が旧アドレスの Credly アカウントのままです。
移していただけますか?`);

// ---------------------------------------------------------------- 田中 愛子 (ja support, Gmail JA, quoted-printable)
export const C_AIKO = '177204518832';
export const AIKO = new Thread({ name: P.aiko.ja, addr: P.aiko.keep }, sup('AWS トレーニングと認定'), formSubject(C_AIKO), C_AIKO, 'gmailJa', 'sf')
  .u('form', '2026-06-01 12:03', `AWS認定のアカウントが二重になっているので、まとめていただきたく連絡しました。
前の職場のメール (${P.aiko.src}) で登録したアカウントに SAA、今の個人メール (${P.aiko.keep}) のアカウントに DVA と SOA があります。
残したいのは個人メールの方です。
田中 愛子`)
  .s('info', '2026-06-02 10:15', `田中 愛子 様

このたびはお問い合わせいただき、誠にありがとうございます。カスタマーサポートの西田と申します。

統合の手続きを進めるにあたり、前の職場のメールアドレスで登録されたアカウントの候補者 ID が必要となります。
お手元で確認できない場合は、受験時の氏名 (ローマ字) と生年月日、SAA の受験日をお知らせいただければ、こちらで照合いたします。

何卒よろしくお願い申し上げます。
西田`)
  .u('uinfo', '2026-06-02 21:40', `西田様

候補者 ID はわからなかったので、照合用の情報をお送りします。
氏名: AIKO TANAKA
生年月日: 1991/08/23
SAA 受験日: 2023年2月11日
よろしくお願いします。`)
  .s('conf', '2026-06-03 14:02', `田中様

照合の結果、${P.aiko.srcId} が該当アカウントであることを確認いたしました。
${P.aiko.srcId} を ${P.aiko.keepId} に統合いたします。統合後は元に戻すことができませんので、あらかじめご了承ください。
ご了承いただける場合は、本メールにご返信ください。

西田`)
  .u('ucons', '2026-06-03 19:11', `西田様

了承しました。統合をお願いいたします。

田中`)
  .s('done', '2026-06-05 11:48', `田中様

${P.aiko.srcId} から ${P.aiko.keepId} への統合を完了いたしました。
今回の統合により、SAA の認定および 50% 割引特典が ${P.aiko.keepId} に表示されます。

西田`)
  .u('uq', '2026-06-06 09:30', `西田様

ありがとうございます。SAA は表示されました。
割引特典のバウチャーが見当たらないのですが、反映に時間がかかるものでしょうか?

田中`);

// ---------------------------------------------------------------- 小林 翔太 (ja support, Thunderbird user)
export const C_SHOTA = '1785512079';
export const SHOTA = new Thread({ name: P.shota.ja, addr: P.shota.keep }, sup('AWS Training and Certification'), formSubject(C_SHOTA), C_SHOTA, 'tbJa', 'sf')
  .u('form', '2026-07-13 23:51', `スタートアップ時代のドメイン (${P.shota.src}) が来月廃止になるため、認定アカウントを個人 (${P.shota.keep}) の方に移したいです。
セルフサービスの Merge Accounts を試しましたが「両方に認定履歴があるためサポートに連絡してください」と表示されました。
候補者ID: ${P.shota.srcId} (旧) / ${P.shota.keepId} (新)`)
  .s('conf', '2026-07-14 18:22', `小林様

AWS トレーニングと認定のお問い合わせ窓口、担当の Ryo です。
いただいた候補者 ID で、両アカウントの存在を確認できました。

${P.shota.srcId} (旧) の認定 2 件と特典を、${P.shota.keepId} (新) に統合します。
統合は一度実施すると戻せない作業ですので、この内容でよいか、ご返信にてご同意ください。

Ryo T.`)
  .u('ucons', '2026-07-14 22:09', `Ryo さん

同意します。進めてください。
小林`)
  .s('pend', '2026-07-15 17:30', `小林様

ご同意ありがとうございます。統合の申請を社内の担当チームに回しました。
完了まで数営業日いただく場合がございます。完了しましたら本ケースでご連絡いたします。

Ryo T.`)
  .u('uask', '2026-07-21 08:44', `Ryo さん

1週間ほど経ちましたが、進捗いかがでしょうか。
旧ドメインの廃止が 7/31 なので少し気になっています。
小林`);

// ---------------------------------------------------------------- 松本 里奈 (case ID only in the body; Becky user)
export const C_RINA = '1799012345678';
export const RINA = new Thread({ name: P.rina.ja, addr: P.rina.keep }, sup('AWS Training & Certification'), 'Re: AWS認定アカウントの統合について', C_RINA, 'becky', 'olEn')
  .u('form', '2026-02-09 19:20', `ご担当者様

病院の情報システム部のアドレス (${P.rina.src}) で AWS 認定を 1 つ取得しており、
個人アドレス (${P.rina.keep}) でも別に 1 つ取得しています。
これを 1 つのアカウントにまとめることはできますでしょうか。

松本 里奈`)
  .s('info', '2026-02-10 13:45', `松本 様

お問い合わせありがとうございます (ケース番号: ${C_RINA})。
統合は可能です。以下 2 点をご教示ください。
・どちらのアカウントを残されるか
・病院アドレス側アカウントのログイン ID (候補者 ID)

よろしくお願いいたします。
AWS Training & Certification サポート 大野`)
  .u('uinfo', '2026-02-10 20:03', `大野様

個人アドレスの方を残したいです。
病院側の候補者 ID は ${P.rina.srcId} です。個人側は ${P.rina.keepId} です。

松本`)
  .s('conf', '2026-02-12 10:00', `松本様

ありがとうございます。${P.rina.srcId} → ${P.rina.keepId} の統合で承ります。
最終確認となりますが、統合後の取り消しはできません。進めてよろしいでしょうか。
ケース番号: ${C_RINA}

大野`)
  .u('ucons', '2026-02-12 12:15', `大野様

はい、お願いします。

松本`)
  .s('done', '2026-02-13 16:35', `松本様

統合作業が完了しましたのでご報告いたします。
${P.rina.keepId} にサインインのうえ、認定が 2 件表示されることをご確認ください。
ケース番号: ${C_RINA}

大野`)
  .u('ubadge', '2026-02-14 08:50', `大野様

認定は 2 件とも表示されました。ありがとうございます。
ただ、病院アドレスで受け取った Credly のバッジが、個人側の Credly に出てきません。
こちらも移していただけますか。

松本`);

// ---------------------------------------------------------------- 山田 太郎 (second case of an earlier user; Outlook JA)
export const C_TARO = '1810457723';
export const TARO = new Thread({ name: P.taro.ja, addr: P.taro.keep }, sup('AWS Training and Certification'), formSubject(C_TARO), C_TARO, 'olJa', 'sf')
  .u('form', '2026-08-24 09:02', `お世話になっております。山田と申します。
昨年出向先で受験した際、出向先のアドレスで別アカウントを作ってしまいました (候補者ID ${'AWS77120954'})。
本来のアカウント ${P.taro.keepId} (${P.taro.keep}) にまとめてください。`)
  .s('info', '2026-08-25 11:33', `山田様

ご連絡ありがとうございます。担当の Keiko です。
出向先アドレスのアカウント (AWS77120954) について、登録メールアドレスを確認させてください。
あわせて、そのアカウントで受験された試験名をお知らせいただけますか。

Keiko
AWS Training and Certification`)
  .u('uinfo', '2026-08-25 18:20', `Keiko 様

登録アドレスは yamada.t@secondment.example.co.jp です (現在は受信不可)。
試験は AWS Certified Security - Specialty です。

山田`)
  .s('conf', '2026-08-26 15:05', `山田様

確認が取れました。AWS77120954 の Security - Specialty を ${P.taro.keepId} に統合いたします。
統合後は元に戻せないため、ご同意いただける場合はその旨ご返信をお願いいたします。

Keiko`)
  .u('ucons', '2026-08-26 17:48', `Keiko 様

同意いたします。よろしくお願いいたします。

山田`);

// ================================================================ English threads

export const C_EMILY = '1776609182';
export const EMILY = new Thread({ name: P.emily.en, addr: P.emily.keep }, sup('AWS Training and Certification'), formSubject(C_EMILY), C_EMILY, 'gmailEn', 'sf')
  .u('form', '2026-04-20 14:10', `Hi,

When I left the consultancy I lost access to ${P.emily.src}. That account holds my Solutions Architect Professional and the Security Specialty. My personal account (${P.emily.keep}, ${P.emily.keepId}) has the Data Engineer Associate.
Could these be combined under the personal one?

Thanks,
Emily Chen`)
  .s('info', '2026-04-21 09:31', `Hello Emily,

Thanks for contacting AWS Training and Certification, this is Jasmine.

Since the mailbox on the older account is no longer available, we need a couple of details to verify ownership:
1. The Candidate ID of the consultancy account, if you have it (AWS followed by 8 digits)
2. The date and approximate location (or online proctoring) of your Security Specialty exam
3. Your date of birth as registered

Kind regards,
Jasmine
AWS T&C Customer Service`)
  .u('uinfo', '2026-04-21 18:02', `Hi Jasmine,

1. ${P.emily.srcId}
2. Security Specialty, 14 Sep 2024, online (OnVUE)
3. 1989-03-07

Emily`)
  .s('conf', '2026-04-22 11:47', `Hi Emily,

Thank you, I was able to verify the account.

To confirm the request: ${P.emily.srcId} (consultancy) will be merged into ${P.emily.keepId} (personal). The consultancy profile will be deactivated and this can't be undone.

Please reply "I agree" if you'd like us to proceed.

Jasmine`)
  .u('ucons', '2026-04-22 12:05', `I agree. Please proceed.

Emily`)
  .s('done', '2026-04-23 08:19', `Hi Emily,

The merge is complete: all three certifications and your exam history are now in ${P.emily.keepId}.

Best,
Jasmine`)
  .u('ubadge', '2026-04-24 16:40', `Hi Jasmine,

Looks great, thank you! One thing: Credly still shows the SAP and Security badges under ${P.emily.src}, which I can't log into anymore. Any way to move them?

Emily`);

export const C_LARS = '17740021983';
export const LARS = new Thread({ name: P.lars.en, addr: P.lars.keep }, sup('AWS Training and Certification'), formSubject(C_LARS), C_LARS, 'olEn', 'sf')
  .u('form', '2026-01-12 07:55', `Dear AWS team,

I have two certification accounts: ${P.lars.keepId} (${P.lars.keep}) and ${P.lars.srcId} (${P.lars.src}, my employer's address). Please merge the employer one into my private account. The Merge Accounts tool sends me to support.

Regards,
Lars Becker`)
  .s('info', '2026-01-13 10:12', `Dear Lars,

Thank you for your message. I'm Mateo from AWS Training and Certification.

For security reasons we can only process the request from the email address of the account that will be kept. Could you please send a reply from ${P.lars.keep} and include the candidate IDs of both accounts once more?

Best regards,
Mateo R.`)
  .u('uinfo', '2026-01-13 12:40', `Hello Mateo,

Writing from ${P.lars.keep} as requested.
Keep: ${P.lars.keepId}
Merge from: ${P.lars.srcId}

Best,
Lars`)
  .s('conf', '2026-01-14 09:03', `Hi Lars,

Thanks. Before we merge ${P.lars.srcId} into ${P.lars.keepId}: please be aware the merge is final. Your certifications, exam history and benefits will move; the old login will stop working.

Reply to confirm and we'll get started.

Mateo R.`)
  .u('ucons', '2026-01-14 09:30', `Confirmed, go ahead.

Lars`)
  .s('done', '2026-01-15 13:22', `Hello Lars,

Your accounts have been merged. You can sign in with ${P.lars.keep} and see both certifications.

Mateo R.`)
  .u('ubadge', '2026-01-16 08:05', `Thanks Mateo. The certificates are there, but my Credly profile still lacks the DevOps Engineer Professional badge. Do I have to do anything?

Lars`);

export const C_FATIMA = '1788102234';
export const FATIMA = new Thread({ name: P.fatima.en, addr: P.fatima.keep }, sup('AWS Training and Certification'), formSubject(C_FATIMA), C_FATIMA, 'apple', 'sf')
  .u('form', '2026-09-02 16:21', `Hello! I passed Cloud Practitioner with my college email (${P.fatima.src}) and then AI Practitioner with my own (${P.fatima.keep}). I graduate in December and the college address goes away. Can everything go under ${P.fatima.keep}?
Fatima Rahman`)
  .s('info', '2026-09-03 12:58', `Hi Fatima,

Congratulations on both certifications! This is Nadia from AWS Training and Certification.

Could you let us know:
- the candidate ID shown under My Profile for each account
- whether you'd like to keep ${P.fatima.keep} as the sign-in address

Thank you,
Nadia`)
  .u('uinfo', '2026-09-03 20:14', `Hi Nadia,
College: ${P.fatima.srcId}
Personal: ${P.fatima.keepId}
Yes, keep ${P.fatima.keep} please.
Fatima`)
  .s('conf', '2026-09-04 10:30', `Hi Fatima,

Thanks! Last step before we proceed: merging ${P.fatima.srcId} into ${P.fatima.keepId} is irreversible. Could you reply with your go-ahead?

Nadia`)
  .u('ucons', '2026-09-04 11:02', `Yes, go ahead! Thanks so much.
Fatima`);

export const C_TOM = '176554400912';
export const TOM = new Thread({ name: P.tom.en, addr: P.tom.keep }, sup('AWS Training and Certification'), formSubject(C_TOM), C_TOM, 'olLine', 'sf')
  .u('form', '2026-10-05 11:11', `Hi there,

Two AWS Certification accounts, one person. ${P.tom.src} (agency, ${P.tom.srcId}) and ${P.tom.keep} (${P.tom.keepId}). I'd like to keep the .ie one. I also have an exam voucher on the agency account that I'd hate to lose.

Cheers,
Tom O'Brien`)
  .s('conf', '2026-10-06 14:45', `Hi Tom,

Thanks for the details, this is Olu. Both accounts are verified.

Here is what will happen: ${P.tom.srcId} will be merged into ${P.tom.keepId}, including certifications, exam history and the unused voucher. The agency account will then be closed. This cannot be reversed.

Please reply to this email with your confirmation to proceed.

Olu A.
AWS Training and Certification`)
  .u('ucons', '2026-10-06 15:20', `Hi Olu, confirmed, please merge. Thanks!
Tom`)
  .s('done', '2026-10-08 09:12', `Hi Tom,

The merge has been completed. ${P.tom.keepId} now holds both certifications and the voucher.

Olu A.`)
  .u('uq', '2026-10-08 10:01', `Brilliant, thanks Olu. Is the voucher still valid until March?
Tom`);

export const C_ALEX = '1802231145';
export const ALEX = new Thread({ name: P.alex.en, addr: P.alex.keep }, sup('AWS Training and Certification'), formSubject(C_ALEX), C_ALEX, 'gmailEn', 'sf')
  .u('form', '2026-11-02 17:40', `Hello, please merge my certification account ${P.alex.srcId} (${P.alex.src}) into ${P.alex.keepId} (${P.alex.keep}). Both have certifications so the self-service tool refused.
Alex Kim`)
  .s('info', '2026-11-03 08:50', `Hi Alex,

Grace here from AWS Training and Certification. Happy to help with this.

Which of the two should remain your primary account? Also, please list the certifications you expect to see after the merge so we can verify the result with you.

Regards,
Grace`)
  .u('uinfo', '2026-11-03 12:14', `Hi Grace,
Primary: ${P.alex.keepId}.
Expected: Solutions Architect Associate, Developer Associate, Machine Learning Engineer Associate.
Alex`)
  .s('conf', '2026-11-04 10:05', `Hi Alex,

Thanks. Please confirm you'd like ${P.alex.srcId} merged into ${P.alex.keepId}. Note that this is permanent.

Grace`)
  .u('ucons', '2026-11-04 10:44', `Confirmed. Thank you!
Alex`);

export const C_PRIYA = '1791130087';
export const PRIYA = new Thread({ name: P.priya.en, addr: P.priya.keep }, sup('AWS Training and Certification'), formSubject(C_PRIYA), C_PRIYA, 'olEn', 'sf')
  .u('form', '2026-12-01 09:00', `Hello,
Following my job change I have two accounts. Old: ${P.priya.src} (${P.priya.srcId}). New/keep: ${P.priya.keep} (${P.priya.keepId}).
Please merge them.
Priya Nair`)
  .s('info', '2026-12-01 22:15', `Dear Priya,

Thank you for contacting us. This is Ibrahim.

Could you share the exact names of the certifications held on each account, and confirm the email address you would like to use going forward?

Sincerely,
Ibrahim`)
  .u('uinfo', '2026-12-02 08:30', `Hi Ibrahim,
Old account: SysOps Administrator Associate, Advanced Networking Specialty.
New account: Cloud Practitioner.
Going forward: ${P.priya.keep}.
Priya`)
  .s('conf', '2026-12-02 19:45', `Dear Priya,

Thank you. We are ready to merge ${P.priya.srcId} into ${P.priya.keepId}. Since the merge cannot be undone, please reply confirming you wish to proceed.

Ibrahim`)
  .u('ucons', '2026-12-03 07:58', `Yes, please proceed with the merge.
Priya`)
  .s('done', '2026-12-04 06:20', `Dear Priya,

The merge has been completed successfully. All three certifications are now listed under ${P.priya.keepId}.

Ibrahim`);
