// fc: the earlier messages of each thread, i.e. the long text that the short new parts sit on.
// Written for this set; a few variants per step so that quotes are not all the same.
import type { Person } from './common.js';

// ---------------- Japanese ----------------

export const reqJa = (p: Person): string => `お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合
氏名: ${p.name}
会社名: 株式会社サンプルシステムズ
AWS 候補者 ID: ${p.keepId}

本文:
2つある認定アカウントを1つにまとめていただけますでしょうか。
残したい方 ${p.keepId} (${p.keep})、もう一方は ${p.srcId} (${p.src}) で、
転職で旧アドレスが使えなくなるため、個人アドレスの方に寄せたいと思っています。
取得済み: SAA-C03 (2024年6月), DVA-C02 (2025年2月)`;

export const reqJa2 = (p: Person): string => `AWS認定のアカウントが２つに分かれてしまっているので統合を希望します。
・統合先(残す): ${p.keep} / ${p.keepId}
・統合元: ${p.src} / ${p.srcId}
統合元のほうは大学のメールで、卒業後は受信できなくなる予定です。
お手数ですがよろしくお願いします。
${p.name}`;

export const ackJa = (p: Person, id: string): string => `${p.name} 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせを受け付けました。ケース ID: ${id}

通常、24 時間以内に担当者よりご連絡いたします。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。
このケースについて追加の情報がある場合は、このメールに返信してください。

AWS トレーニングと認定 カスタマーサポート`;

export const infoJa = (p: Person, agent: string): string => `${p.name} 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの${agent}です。
アカウント統合のご依頼について承りました。手続きを進めるにあたり、以下の情報をお知らせください。

1. 統合後も使い続けるアカウントの AWS 候補者 ID とログイン用メールアドレス
2. 統合元 (使用しなくなる) アカウントの AWS 候補者 ID とメールアドレス
3. 各アカウントで取得済みの認定資格名と取得日
4. ご本人確認のため、ご登録の氏名 (ローマ字表記)

情報がそろい次第、統合の可否を確認のうえご案内いたします。
なお、本件は必ずこのメールへの返信でお送りくださいますようお願いいたします。

よろしくお願いいたします。
${agent}
AWS トレーニングと認定 カスタマーサービス`;

export const infoJa2 = (p: Person, agent: string): string => `${p.name} 様

ご連絡ありがとうございます。
恐れ入りますが、頂戴した ${p.srcId} につきまして、当方のシステムで該当のアカウントが見当たりませんでした。
お手数ですが、統合元アカウントにサインインしていただき、プロフィール画面に表示される候補者 ID と、
登録メールアドレスを改めてご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。
${agent}
AWS Training and Certification Customer Service`;

export const confirmJa = (p: Person, agent: string): string => `${p.name} 様

AWS トレーニングと認定サポートの${agent}でございます。
ご提供いただいた情報をもとに確認いたしました。以下の内容でアカウントを統合いたします。

統合元: ${p.srcId} (${p.src})
統合先: ${p.keepId} (${p.keep})

統合後、統合元アカウントの認定資格、試験履歴、特典は統合先アカウントへ移行され、
統合元アカウントはご利用いただけなくなります。この操作は元に戻すことができません。
上記の内容でよろしければ、本メールにご返信のうえ、統合に同意する旨をお知らせください。

${agent}
AWS トレーニングと認定 カスタマーサービス`;

export const consentJa = (p: Person): string => `ご担当者様

ご連絡ありがとうございます。
記載いただいた内容で問題ございません。統合を進めてください。
よろしくお願いいたします。

${p.name}`;

export const infoReplyJa = (p: Person): string => `ご担当者様

お世話になっております。${p.name}です。
ご依頼の件、以下のとおりです。
1. 統合先: ${p.keepId} / ${p.keep}
2. 統合元: ${p.srcId} / ${p.src}
3. 統合先: AWS Certified Cloud Practitioner (2023/09/14)
   統合元: AWS Certified Solutions Architect - Associate (2024/06/02)
4. ${p.kana ?? p.name}
以上、よろしくお願いいたします。`;

export const doneJa = (p: Person, agent: string): string => `${p.name} 様

お待たせいたしました。AWS トレーニングと認定サポートの${agent}です。
ご依頼いただいておりましたアカウント統合の作業が完了いたしました。
${p.srcId} の認定資格および試験履歴は、${p.keepId} (${p.keep}) にてご確認いただけます。
反映までにお時間をいただく場合がございます。

その他ご不明な点がございましたら、本メールにご返信ください。
${agent}
AWS トレーニングと認定 カスタマーサービス`;

export const badgeAskJa = (p: Person): string => `ご担当者様

統合の対応ありがとうございました。認定資格は新しいアカウントで確認できました。
ただ、Credly のバッジが旧アドレス (${p.src}) 側に残ったままで、新しい方には表示されていません。
こちらも移していただくことは可能でしょうか。

${p.name}`;

export const badgeDoneJa = (p: Person, agent: string): string => `${p.name} 様

${agent}です。Credly のデジタルバッジについて、${p.keep} 宛てに再発行いたしました。
Credly から届くメールの「バッジを入手する」よりお受け取りください。
統合元のアドレスに発行されていたバッジは取り消されております。

${agent}
AWS トレーニングと認定 カスタマーサービス`;

export const closeWarnJa = (p: Person, id: string): string => `${p.name} 様

ケース ${id} について、先日ご案内した内容へのご返信をまだいただいておりません。
このまま 5 日以内にご連絡がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールに返信いただければケースを再開できます。

AWS トレーニングと認定 カスタマーサービス`;

// ---------------- English ----------------

export const reqEn = (p: Person): string => `Inquiry type: AWS Training and Certification
Issue: Certification - Account merge
Name: ${p.name}
Company: Northwind Consulting
AWS Candidate ID: ${p.keepId}

Description:
I ended up with two certification accounts. Please merge ${p.srcId} (${p.src}) into
${p.keepId} (${p.keep}); the second one is the one I want to keep going forward.
Certifications: CLF-C02 on the old account, SAA-C03 and SOA-C02 on the new one.`;

export const ackEn = (p: Person, id: string): string => `Hello ${p.name.split(' ')[0]},

Thank you for contacting AWS Training and Certification.
We have received your request and created case ${id}.

A member of our team will reply within 24 hours. Please do not open a new case for the
same request, as duplicate cases delay our response. To add information, reply to this email.

AWS Training and Certification Customer Service`;

export const infoEn = (p: Person, agent: string): string => `Hello ${p.name.split(' ')[0]},

Thank you for reaching out to AWS Training and Certification. My name is ${agent} and I will be
assisting you with your account merge request.

To move forward, please reply with the following:
- The AWS Candidate ID and login email of the account you want to keep
- The AWS Candidate ID and login email of the account to be merged into it
- The certifications held on each account

Once we receive these details we will review both profiles and get back to you.

Best regards,
${agent}
AWS Training and Certification Customer Service`;

export const confirmEn = (p: Person, agent: string): string => `Hello ${p.name.split(' ')[0]},

Thanks for the details. Based on our review, we can merge the accounts as follows:

Source account (will be deactivated): ${p.srcId} - ${p.src}
Destination account (will be kept): ${p.keepId} - ${p.keep}

All certifications, exam history and benefits on the source account will be moved to the
destination account. Please be aware that a merge is permanent and cannot be reversed.

If the above is correct, please reply to this email confirming that you would like us to proceed.

Kind regards,
${agent}
AWS Training and Certification Customer Service`;

export const consentEn = (p: Person): string => `Hi ${'there'},

Yes, that's correct. Please go ahead and merge the accounts as described.

Thanks,
${p.name}`;

export const infoReplyEn = (p: Person): string => `Hello,

Here are the details you asked for:
Keep: ${p.keepId} / ${p.keep} (SAA-C03, SOA-C02)
Merge: ${p.srcId} / ${p.src} (CLF-C02)

Regards,
${p.name}`;

export const doneEn = (p: Person, agent: string): string => `Hello ${p.name.split(' ')[0]},

Thank you for your patience. We have merged your AWS Certification accounts.
Your certifications and exam history from ${p.srcId} are now associated with ${p.keepId} (${p.keep}).
Please allow up to 24 hours for all records to appear in your profile.

Best regards,
${agent}
AWS Training and Certification Customer Service`;

export const badgeAskEn = (p: Person): string => `Hi,

Thanks for merging the accounts, the certifications all show up now.
One thing: my Credly badges are still sitting under ${p.src}. Could those be moved over to ${p.keep} too?

${p.name}`;

export const badgeDoneEn = (p: Person, agent: string): string => `Hello ${p.name.split(' ')[0]},

I have reissued your AWS Certification badges to ${p.keep}. You should receive a notification from
Credly shortly; use the "Accept your badge" button in that email to claim them.

Regards,
${agent}
AWS Training and Certification Customer Service`;

export const closeWarnEn = (p: Person, id: string): string => `Hello ${p.name.split(' ')[0]},

We have not heard back from you regarding case ${id}. If we do not receive a reply within
5 days, this case will be closed automatically. You can reopen it at any time by replying to this email.

AWS Training and Certification Customer Service`;

/** an agent's internal note, as it shows up when forwarded out of the case tool */
export const noteMerged = (p: Person, agent: string): string => `[Internal note - ${agent}]
CertMetrics merge executed: ${p.srcId} -> ${p.keepId}.
Source profile deactivated, exam history + 2 certs + 1 benefit voucher moved. Verified on destination.`;
export const noteNeedId = (p: Person, agent: string): string => `[Internal note - ${agent}]
Cannot locate source profile by ${p.src}. Need the candidate ID (AWSxxxxxxxx) of the old account before we can raise the merge ticket.`;
export const noteBadges = (p: Person, agent: string): string => `[Internal note - ${agent}]
Credly: revoked 3 badges on ${p.src}, reissued the same 3 templates to ${p.keep}. Issue IDs logged on the ticket.`;
