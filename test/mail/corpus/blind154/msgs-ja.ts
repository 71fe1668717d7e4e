// Japanese messages of set ew (voice: obligation and permission).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, KENTA, KENTA_REQ, MISAKI, MISAKI_REQ, SHO, SUPPORT, SUPPORT_BARE,
  formSubject, gmailJa, mk, outlookJa, paras, sfRef, type Spec,
} from './common.js';

const J = (s: Spec): Msg => mk('ja', s);
const K = CASE.kenta;
const M = CASE.misaki;
const S = CASE.sho;
const REFUND = '1783399880';
const toM = MISAKI.keep;
const toS = SHO.keep;

const kentaQuote = gmailJa('2026年10月2日(金) 9:48', `鈴木 健太 <${KENTA.keep}>`, KENTA_REQ);

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  J({
    slug: 'ack-notify-jis', kind: 'acknowledgement', caseId: K, from: AWS_NOTIFY,
    subject: `AWS サポートケース ${K} を受け付けました`, enc: 'jis7',
    note: 'automatic receipt with case ID; the "you may reply" line is a permission, not a request',
    text: `鈴木 健太 様

お問い合わせいただきありがとうございます。以下の内容でケースを作成しました。

ケース ID: ${K}
件名: AWS Training and Certification - account-assistance
重大度: 一般的なガイダンス

担当者からの回答まで、通常1から2営業日お待ちいただく必要があります。
追加の情報がございましたら、このメールにそのままご返信いただいて構いません。
なお、同じ内容で新しいケースを作成なさらないようお願いいたします。回答が遅れる原因となります。

Amazon Web Services`,
  }),
  J({
    slug: 'ack-form-sjis', kind: 'acknowledgement', caseId: M, to: toM, enc: 'sjis8',
    subject: `[CASE ${M}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'form auto-receipt with the case number; the rule about keeping the subject is general',
    text: `※本メールは送信専用アドレスから自動でお送りしています。

高橋 美咲 様

AWS トレーニングと認定へのお問い合わせを承りました。
受付番号: [CASE ${M}]

ご返信の際は件名を変更しないでください。件名の受付番号が消えると、お問い合わせと紐付けることができなくなります。
担当者より順次ご連絡いたしますので、今しばらくお待ちください。

AWS Training and Certification カスタマーサポート`,
  }),
  J({
    slug: 'ack-consent-words-trap', kind: 'acknowledgement', caseId: S, to: toS, enc: 'jisb64', trap: true,
    subject: `[CASE ${S}] お問い合わせ受付のお知らせ`,
    note: 'receipt; mentions that consent will be needed later but asks for nothing now',
    text: `中村 翔 様

この度はお問い合わせいただき、誠にありがとうございます。
ケース番号 ${S} として受け付けました。

アカウントの統合をご希望の場合、作業の前にご本人様からのご同意が必要となりますが、その手続きについては担当者から改めてご案内いたします。現時点でお客様にご対応いただく必要はございません。

本メールは自動送信されています。`,
  }),
  J({
    slug: 'ack-html-utf8', kind: 'acknowledgement', caseId: CASE.kenta2, enc: 'utf8b64', from: AWS_NOTIFY,
    subject: `ケース ${CASE.kenta2} が作成されました`,
    note: 'HTML-only receipt of a new case, topic not stated',
    html: `<html><body><table width="600"><tr><td>
<p>お客様</p>
<p>ケース <b>${CASE.kenta2}</b> が作成されました。サポート担当者がケースを確認しだいご連絡します。</p>
<p>ケースの詳細はサポートセンターでご覧いただけます。ケースにコメントを追加したい場合は、このメールに返信することも可能です。</p>
<p style="color:#777">このメッセージはシステムから送信されました。</p>
</td></tr></table></body></html>`,
  }),
  J({
    slug: 'ack-lookalike', kind: 'acknowledgement', caseId: K, enc: 'utf8qp', trusted: false,
    from: 'AWS Training and Certification <support@aws-training-cert.jp>',
    subject: `[CASE ${K}] お問い合わせを受け付けました`,
    note: 'receipt text from a look-alike domain (aws-training-cert.jp): untrusted',
    text: `お問い合わせありがとうございます。
ケースID: ${K}
ご本人確認のため、48時間以内に下記リンクからサインインしていただく必要があります。
サインインいただけない場合、受付は無効となります。
https://aws-training-cert.jp/verify

AWS Training and Certification`,
  }),
  J({
    slug: 'ack-bare-sjisb64', kind: 'acknowledgement', caseId: CASE.misakiDup, to: toM, enc: 'sjisb64', from: AWS_NOTIFY,
    subject: `ケースID ${CASE.misakiDup}: 受付完了`,
    note: 'bare receipt of a second case, says nothing of its topic: acknowledgement',
    text: `ケースを受け付けました。

ケースID ${CASE.misakiDup}
作成日時 2026/10/09

ご返信をお待ちいただく間、ケースの内容はサポートセンターでご確認いただけます。
Amazon Web Services, Inc.`,
  }),
  J({
    slug: 'ack-dkim-support-aws', kind: 'acknowledgement', caseId: S, to: toS, enc: 'utf88bit', auth: 'dkimonly',
    from: 'AWS Support <no-reply@support.aws.com>',
    subject: `受付: ケース ${S}`,
    note: 'receipt from support.aws.com with aligned DKIM only',
    text: `中村様

ご連絡ありがとうございます。お問い合わせ(ケース ${S})を受け付けました。
回答のご連絡は、ご登録のメールアドレス宛にお送りします。迷惑メールフォルダもご確認いただく必要がある場合がございます。

AWS サポート`,
  }),
  J({
    slug: 'ack-receipt-short', kind: 'acknowledgement', caseId: M, to: toM, enc: 'jis7',
    subject: `[CASE ${M}] 受付完了のお知らせ`,
    note: 'short automatic receipt with the case number',
    text: `高橋様

お問い合わせを受け付けました(ケース ${M})。
担当者からの連絡をお待ちください。お急ぎの場合もこちらから折り返しますので、お電話いただく必要はございません。

(このメールは自動配信です)`,
  }),

  // ---------------- ai_answer (8) ----------------
  J({
    slug: 'ai-selfservice-jis', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'jis7',
    subject: 'AWS トレーニングと認定: お問い合わせへの自動回答',
    note: 'generated answer pointing to the self-service Merge Accounts tool',
    text: `この回答は生成 AI によって作成されたものです。内容が正確でない可能性があります。

アカウントの統合は、AWS Certification アカウントの「プロフィール」から「アカウントの統合」を選んでご自身で行うことが可能です。
統合の際は、残したいアカウントでサインインしていなければなりません。
両方のアカウントに認定履歴がある場合はツールをご利用いただけないため、「ケースを作成」からお問い合わせいただく必要があります。

この回答で解決しましたか？`,
  }),
  J({
    slug: 'ai-after-merge-trap', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'utf8qp', trap: true,
    subject: '自動応答: 認定アカウントの統合について',
    note: 'AI answer describing what happens after a merge: stays ai_answer',
    text: `Amazon Q による自動回答

統合が完了すると、統合元のアカウントの認定資格、特典、受験履歴はすべて統合先に移ります。
統合後は統合元のメールアドレスでサインインすることはできなくなります。
Credly のデジタルバッジは自動では移らないことがあるため、必要に応じてバッジを受け取り直していただく必要があります。
統合は取り消すことができませんので、十分ご注意ください。

解決しない場合は、ケースを作成してください。`,
  }),
  J({
    slug: 'ai-must-sign-in-sjis', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'sjis8',
    subject: 'お問い合わせ内容に関するご案内(自動送信)',
    note: 'automated suggestion listing general rules of the merge tool',
    text: `お問い合わせありがとうございます。以下は自動で生成されたご案内です。

・アカウントの統合は、お客様ご自身で「Merge Accounts」ツールから実行できます。
・統合先のアカウントにサインインしたうえで、統合元のアカウントの認証情報を入力する必要があります。
・統合元アカウントに予約済みの試験がある場合は、先に予約を取り消さなければなりません。

上記で解決しない場合は、このまま担当者へのお問い合わせに進むことができます。`,
  }),
  J({
    slug: 'ai-html-case', kind: 'ai_answer', caseId: S, to: toS, enc: 'utf8b64',
    subject: `[CASE ${S}] 自動回答: アカウント統合`,
    note: 'automated answer attached to a case, suggests the self-service tool first',
    html: `<div style="font-family:sans-serif">
<p>中村 翔 様</p>
<p>ケース ${S} について、自動アシスタントから回答いたします。</p>
<p>ご自身で統合していただける場合があります。認定アカウントにサインインし、<b>アカウントの統合</b> ページをお試しください。</p>
<p>どちらか一方のアカウントに認定がない場合、この方法で統合していただいて構いません。ツールが使えなかった場合は、このメールに返信していただく必要はなく、担当者がケースを引き継ぎます。</p>
<p><i>この回答は AI により生成されました。</i></p>
</div>`,
  }),
  J({
    slug: 'ai-policy-jisb64', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'jisb64', trap: true,
    subject: 'よくあるご質問への自動回答',
    note: 'AI answer stating general policy (consent, irreversibility); not a request to this user',
    text: `自動回答システムよりお知らせします。

Q. 会社のアカウントと個人のアカウントを1つにできますか。
A. 可能です。ただし、統合にはアカウント所有者ご本人の同意が必要で、統合後に元に戻すことはできません。
   セルフサービスツールをご利用いただけない場合、サポートが統合を行う前に、残すアカウントのメールアドレスから確認のご返信をいただく必要があります。

この回答はお役に立ちましたか。`,
  }),
  J({
    slug: 'ai-other-only', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'utf8qp', auth: 'otherOnly', trusted: false,
    subject: '生成AIによる回答: 認定アカウントのマージ',
    note: 'AI answer but only a foreign authserv-id vouches for it: untrusted',
    text: `生成AIアシスタントの回答です。

マージツールは、統合先のアカウントでサインインした状態でのみご利用いただけます。
ツールでマージできない場合は、サポートケースを作成していただく必要があります。
ケースを作成する際はサインインしなくても構いません。`,
  }),
  J({
    slug: 'ai-vouchers-sjisb64', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'sjisb64', to: toM,
    subject: '自動回答: 受験特典とアカウント統合',
    note: 'automated answer on benefits after a merge, points to self-service first',
    text: `この回答は自動生成です。

アカウントを統合すると、50% 割引の受験特典も統合先でお使いいただけるようになります。
まずはご自身で統合ツールをお試しください。統合ツールは、両方のアカウントにサインインできることが前提となっています。
それでも解決しない場合に限り、ケースを作成していただく必要があります。`,
  }),
  J({
    slug: 'ai-utf8bit-short', kind: 'ai_answer', caseId: null, from: AWS_NOTIFY, enc: 'utf88bit', to: toS,
    subject: 'AIアシスタントからのご提案',
    note: 'short AI suggestion: try the Merge Accounts tool',
    text: `ご質問ありがとうございます(AIアシスタント)。

「Merge Accounts」ツールをご利用いただければ、担当者を待たずに統合できる可能性があります。
ツールのご利用には、両アカウントのメールアドレスとパスワードが必要です。

解決しなかった場合は「ケースを作成」を選択してください。`,
  }),

  // ---------------- info_request (8) ----------------
  J({
    slug: 'info-ids-jis', kind: 'info_request', caseId: K, enc: 'jis7', subject: formSubject(K),
    note: 'asks for both candidate IDs and addresses before it can merge',
    text: `鈴木 健太 様

AWS トレーニングと認定カスタマーサポートの小林でございます。
お問い合わせいただいた認定アカウントの統合について、作業を進めるには以下の情報をご返信いただく必要がございます。

1. 両アカウントの認定 ID(AWS から始まる番号)
2. 各アカウントのサインイン用メールアドレス
3. どちらのアカウントを残したいか

上記が揃いしだい、統合の手続きに進むことが可能です。

よろしくお願いいたします。
小林

${sfRef('5Kz81QxA')}`,
  }),
  J({
    slug: 'info-confirm-address-trap', kind: 'info_request', caseId: M, to: toM, enc: 'sjis8', subject: formSubject(M), trap: true,
    note: '"please confirm the address you keep and tell us" asks for information: info_request',
    text: `高橋 美咲 様

いつもお世話になっております。AWS トレーニングと認定の山口です。

統合後に残すアカウントのメールアドレスを、念のため改めてご確認のうえお知らせください。
お申し出の内容と登録情報が一致していることを確認できなければ、作業を開始できない決まりとなっております。

お手数ですがよろしくお願いいたします。

${outlookJa(`高橋 美咲 <${toM}>`, '2026年10月8日 21:04', SUPPORT_BARE, `[CASE ${M}] account-assistance`, MISAKI_REQ)}`,
  }),
  J({
    slug: 'info-keep-addr-and-ids', kind: 'info_request', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S),
    note: 'write from the kept address AND send the candidate IDs: info_request',
    text: `中村様

ご連絡ありがとうございます。
恐れ入りますが、統合のご依頼は、残したいアカウントに登録されているメールアドレスからお送りいただかなければなりません。
その際、統合元・統合先それぞれの認定 ID と、受験時のお名前(ローマ字)を本文に記載していただく必要があります。

ご協力のほどお願い申し上げます。
AWS Training and Certification 佐々木`,
  }),
  J({
    slug: 'info-idents-utf8qp', kind: 'info_request', caseId: K, enc: 'utf8qp', subject: formSubject(K),
    note: 'identity check: asks for name and last exam date; "we can proceed once" is conditional',
    text: `鈴木様

ご返信ありがとうございます。
統合元アカウント(${KENTA.srcId})がご本人様のものであることを確認するため、下記2点を教えていただけますでしょうか。

- 統合元アカウントで最後に受験された試験名と受験日
- 統合元アカウントに登録されている会社名

確認が取れましたら、統合作業に進めます。

${gmailJa('2026年10月3日(土) 11:20', `鈴木 健太 <${KENTA.keep}>`, '両方のIDは最初のメールに書いた通りです。よろしくお願いします。')}`,
  }),
  J({
    slug: 'info-lookalike', kind: 'info_request', caseId: M, to: toM, enc: 'utf8b64', trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.net>',
    subject: formSubject(M),
    note: 'asks for password and IDs from a look-alike domain: untrusted info_request',
    text: `高橋 美咲 様

統合作業のため、両アカウントのメールアドレスとパスワードを本メールにご返信いただく必要があります。
72時間以内にご返信がない場合、お問い合わせは取り消されます。

AWS Training and Certification`,
  }),
  J({
    slug: 'info-which-keep-sjisb64', kind: 'info_request', caseId: S, to: toS, enc: 'sjisb64', subject: formSubject(S),
    note: 'asks which account to keep (te-form sentence, no obvious request word first)',
    text: `中村 翔 様

お待たせいたしました、担当の森でございます。
いただいた2つのアドレスのうち、どちらを今後お使いになるかが本文から読み取れず、統合の向きを決められない状況でして、残す側のアドレスを一言いただけますと幸いです。
あわせて、${SHO.srcId} 側の通知用メールアドレスも、ログイン用と異なる場合は記載していただく必要がございます。

森`,
  }),
  J({
    slug: 'info-name-mismatch', kind: 'info_request', caseId: K, enc: 'jis7', subject: formSubject(K),
    note: 'names differ between the accounts; asks for the name as on the ID, must match',
    text: `鈴木様

2つのアカウントで登録されているお名前の表記(漢字とローマ字)が異なっておりました。
統合先のアカウントには、受験時に提示された身分証明書と同じ表記でお名前が登録されていなければなりません。
どちらの表記を残すべきか、身分証明書どおりのお名前をお知らせください。

小林`,
  }),
  J({
    slug: 'info-html-missing-id', kind: 'info_request', caseId: CASE.kenta2, enc: 'utf8qp', subject: formSubject(CASE.kenta2),
    note: 'multipart reply: candidate ID missing, must send it before the team can act',
    text: `鈴木 健太 様

ご依頼の文面に統合元アカウントの認定 ID が記載されておりませんでした。
認定 ID は、認定アカウントにサインイン後、画面右上のプロフィールからご確認いただけます。
お手数ですが、認定 ID をお知らせいただかないと担当チームに依頼を回すことができません。

AWS トレーニングと認定 サポート 石井`,
    html: paras(`鈴木 健太 様

ご依頼の文面に統合元アカウントの認定 ID が記載されておりませんでした。
認定 ID は、認定アカウントにサインイン後、画面右上のプロフィールからご確認いただけます。
お手数ですが、認定 ID をお知らせいただかないと担当チームに依頼を回すことができません。

AWS トレーニングと認定 サポート 石井`),
  }),

  // ---------------- confirmation_request (8) ----------------
  J({
    slug: 'conf-consent-jis', kind: 'confirmation_request', caseId: K, enc: 'jis7', subject: formSubject(K),
    note: 'asks the user to consent to the irreversible merge by replying',
    text: `鈴木 健太 様

AWS トレーニングと認定の小林です。
以下の2つのアカウントを統合いたします。

統合元: ${KENTA.srcId} (${KENTA.src})
統合先: ${KENTA.keepId} (${KENTA.keep})

統合は一度実施すると元に戻すことができません。作業にはご本人様からのご同意が必要ですので、内容に問題がなければ「同意します」と本メールにご返信ください。

小林

${kentaQuote}`,
  }),
  J({
    slug: 'conf-need-reply-sjis', kind: 'confirmation_request', caseId: M, to: toM, enc: 'sjis8', subject: formSubject(M),
    note: 'asks for a reply agreeing to the merge before it is carried out',
    text: `高橋様

確認が取れましたので、統合の準備が整いました。
ただし、統合を実行する前に、お客様から承諾のご返信をいただく必要がございます。
統合後は ${MISAKI.src} でサインインできなくなり、取り消しもできません。これらをご了承いただける場合のみ、その旨ご返信ください。

山口`,
  }),
  J({
    slug: 'conf-nakereba-jisb64', kind: 'confirmation_request', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S),
    note: '"explicit approval must be given" plus a request to approve',
    text: `中村 翔 様

統合作業を行うには、お客様の明示的な承認がなければなりません。
統合先を ${SHO.keep}、統合元を ${SHO.src} として進めてよろしいでしょうか。
よろしければ、本メールに「承認します」とだけご返信いただければ結構です。

佐々木`,
  }),
  J({
    slug: 'conf-future-trap', kind: 'confirmation_request', caseId: K, enc: 'utf8b64', subject: formSubject(K), trap: true,
    note: 'talks about what will be true once merged, but asks for consent: confirmation_request',
    text: `鈴木様

統合が完了しますと、${KENTA.srcId} の認定資格はすべて ${KENTA.keepId} に表示されるようになり、以後 ${KENTA.src} ではサインインいただけなくなります。
この点をご理解いただいたうえで、統合に同意いただけるかお返事をお願いいたします。
ご同意のご返信を受け取るまで、作業は保留いたします。

石井`,
  }),
  J({
    slug: 'conf-misaligned', kind: 'confirmation_request', caseId: M, to: toM, enc: 'utf8qp', auth: 'misaligned', trusted: false, subject: formSubject(M),
    note: 'consent request with DKIM from an unrelated domain and dmarc=fail: untrusted',
    text: `高橋 美咲 様

統合を実施してよろしいか、ご確認をお願いします。
同意いただける場合は、下記フォームから同意ボタンを押していただく必要があります。
https://consent-aws.example.net/form

AWS Training and Certification`,
  }),
  J({
    slug: 'conf-gmail-thread-sjisb64', kind: 'confirmation_request', caseId: S, to: toS, enc: 'sjisb64', subject: formSubject(S),
    note: 'after receiving the details, asks the user to agree to the irreversible merge; long quote below',
    text: `中村様

詳細をお送りいただきありがとうございます。内容を拝見しました。
最後に一点だけ、統合は取り消しがきかない作業のため、お客様ご自身の同意を文面でいただく決まりになっております。
「上記2アカウントの統合に同意します」とご返信いただけますでしょうか。

森

${gmailJa('2026年10月12日(月) 8:15', `中村 翔 <${toS}>`, `森様\n\n残すのは ${SHO.keep} です。\n統合元の通知用アドレスもログインと同じです。\n\n${gmailJa('2026年10月11日(日) 17:02', `AWS Training and Certification <${SUPPORT_BARE}>`, 'どちらを今後お使いになるかが本文から読み取れず…')}`)}`,
  }),
  J({
    slug: 'conf-fail-then-forged', kind: 'confirmation_request', caseId: K, enc: 'jis7', auth: 'failThenForged', trusted: false, subject: formSubject(K),
    note: 'consent request; top verdict fails, a pass is planted lower: untrusted',
    text: `鈴木様

統合に同意される場合は、24時間以内にご返信いただかなければなりません。
期限を過ぎた場合、ケースは無効となります。`,
  }),
  J({
    slug: 'conf-html-utf8', kind: 'confirmation_request', caseId: CASE.kenta2, enc: 'utf8b64', subject: formSubject(CASE.kenta2),
    note: 'HTML consent request: may we proceed? reply to agree',
    html: `<html><body>
<p>鈴木 健太 様</p>
<p>統合元 <b>${KENTA.srcId}</b> → 統合先 <b>${KENTA.keepId}</b> の統合を承ります。</p>
<p>統合は取り消しできません。この内容で統合を実施して差し支えないか、ご返信にてお知らせください。ご返信をいただいた時点で作業に着手させていただきます。</p>
<p>AWS トレーニングと認定 サポート</p>
</body></html>`,
  }),

  // ---------------- merge_completed (8) ----------------
  J({
    slug: 'merged-signin-jis', kind: 'merge_completed', caseId: K, enc: 'jis7', subject: formSubject(K),
    note: 'merge done; permission to sign in follows the done event',
    text: `鈴木 健太 様

お待たせいたしました。ご依頼いただいた認定アカウントの統合作業が完了いたしました。
今後は ${KENTA.keep} でサインインいただけるようになりました。${KENTA.src} ではサインインできなくなっておりますのでご注意ください。

小林`,
  }),
  J({
    slug: 'merged-should-see-sjis', kind: 'merge_completed', caseId: M, to: toM, enc: 'sjis8', subject: formSubject(M),
    note: '"accounts combined; you should now see every certification" with a please-check line',
    text: `高橋様

${MISAKI.src} のアカウントを ${MISAKI.keep} に統合しました。
認定資格と受験特典がすべて表示されているはずですので、一度サインインしてご確認いただけますでしょうか。
もし不足しているものがあれば、このメールにご返信いただいて構いません。

山口`,
  }),
  J({
    slug: 'merged-then-close', kind: 'merge_completed', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S),
    note: 'completion that also says the case will now be closed: merge_completed',
    text: `中村 翔 様

ご同意ありがとうございました。統合作業は本日完了しております。
${SHO.srcId} に紐づいていた認定は、すべて ${SHO.keepId} からご覧いただけます。
本件は以上で完了となりますので、このケースはクローズさせていただきます。

佐々木`,
  }),
  J({
    slug: 'merged-portal', kind: 'merge_completed', caseId: null, from: CERT_PORTAL, to: toM, enc: 'utf8qp',
    subject: 'AWS Certification: アカウントの統合が完了しました',
    note: "the certification portal's own merged notice (no case ID)",
    text: `AWS Certification をご利用いただきありがとうございます。

お客様のアカウントの統合処理が完了しました。
これ以降、統合されたアカウントでのみサインインが可能です。統合元のアカウントは無効化されています。

このメールは送信専用です。`,
  }),
  J({
    slug: 'merged-forged-below', kind: 'merge_completed', caseId: K, enc: 'utf8b64', auth: 'forgedBelow', trusted: false, subject: formSubject(K),
    note: 'completion text, but dmarc=pass only below the server line: untrusted',
    text: `鈴木様

アカウントの統合が完了しました。新しいアカウントでサインインできるようになりましたので、下記から一度ログインしていただく必要があります。
https://aws-cert-login.example.org/`,
  }),
  J({
    slug: 'merged-lookalike-server', kind: 'merge_completed', caseId: M, to: toM, enc: 'jis7', auth: 'lookalikeServer', trusted: false, subject: formSubject(M),
    note: 'completion; A-R authserv-id is a look-alike of the receiving server: untrusted',
    text: `高橋 美咲 様

統合が完了いたしました。以後は ${MISAKI.keep} のみご利用いただけます。`,
  }),
  J({
    slug: 'merged-outlook-quote', kind: 'merge_completed', caseId: CASE.kenta2, enc: 'sjisb64', subject: formSubject(CASE.kenta2),
    note: 'merged; badges still to be claimed by the user; Outlook quote of the consent',
    text: `鈴木様

いつもお世話になっております。石井です。
ご承認いただいた統合を実施し、${KENTA.keepId} への統合が完了しました。
Credly のバッジにつきましては、統合後のアカウントから改めて受け取っていただく必要がある場合がございます。

${outlookJa(`鈴木 健太 <${KENTA.keep}>`, '2026年10月20日 7:55', SUPPORT_BARE, formSubject(CASE.kenta2), '上記2アカウントの統合に同意します。')}`,
  }),
  J({
    slug: 'merged-utf8bit-casual', kind: 'merge_completed', caseId: S, to: toS, enc: 'utf88bit', subject: `Re: ${formSubject(S)}`,
    note: 'short completion with "you can now" permission',
    text: `中村さま

統合、終わりました。${SHO.keep} でログインしていただければ、前の会社で取った認定も一緒に見られるはずです。
ほかにご不明点がなければ、特にご返信いただく必要はございません。

森`,
  }),

  // ---------------- badges_transferred (8) ----------------
  J({
    slug: 'badge-credly-jis', kind: 'badges_transferred', caseId: null, from: CREDLY_AWS, enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: "AWS's badge issued to the kept account via Credly",
    text: `鈴木 健太 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを受け取るには、下のボタンから Credly にサインインする必要があります。受け取ったバッジは LinkedIn などで共有していただけます。

バッジを入手する
https://www.credly.com/badges/accept

Credly`,
  }),
  J({
    slug: 'badge-support-moved', kind: 'badges_transferred', caseId: M, to: toM, enc: 'sjis8', subject: formSubject(M),
    note: 'support says the Credly badges were moved to the kept account',
    text: `高橋様

お問い合わせいただいていた Credly のバッジについて、担当部署にて ${MISAKI.keep} 側への移行が完了いたしました。
Credly にサインインしていただければ、3つのバッジをご確認いただけます。

山口`,
  }),
  J({
    slug: 'badge-and-close', kind: 'badges_transferred', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S),
    note: 'support announces the badges moved and closes the case: badges_transferred',
    text: `中村 翔 様

Credly のデジタルバッジを統合先アカウントに付け替えました。今後は ${SHO.keep} の Credly アカウントから共有していただけます。
これにてご依頼いただいた作業はすべて終了しましたので、本ケースはクローズいたします。

佐々木`,
  }),
  J({
    slug: 'badge-credly-html', kind: 'badges_transferred', caseId: null, from: CREDLY_AWS, to: toM, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certification からバッジが届いています',
    note: 'Credly HTML notice of an AWS badge for the kept account',
    html: `<table><tr><td style="padding:24px">
<h2>新しいバッジが発行されました</h2>
<p>高橋 美咲 さん、Amazon Web Services Training and Certification から <b>AWS Certified Cloud Practitioner</b> のバッジが発行されました。</p>
<p>バッジを公開するには、受け取りの操作を行っていただく必要があります。</p>
<p><a href="https://www.credly.com/badges/accept">バッジを受け取る</a></p>
<p style="font-size:11px">Credly, Inc.</p>
</td></tr></table>`,
  }),
  J({
    slug: 'badge-credIy-lookalike', kind: 'badges_transferred', caseId: null, enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge notice from credIy.com (capital I): untrusted',
    text: `鈴木 健太 さん

バッジが発行されました。受け取るには、7日以内に以下からサインインしなければなりません。
https://credly-badge-accept.example.com/`,
  }),
  J({
    slug: 'badge-short-dkim', kind: 'badges_transferred', caseId: K, enc: 'jis7', auth: 'dkimonly', subject: formSubject(K),
    note: 'two-line note: badges moved to the kept account (aligned DKIM only)',
    text: `鈴木様

Credly のバッジも統合先アカウントへ移しました。ご確認いただけます。`,
  }),
  J({
    slug: 'badge-gmail-quote', kind: 'badges_transferred', caseId: CASE.kenta2, enc: 'utf8qp', subject: formSubject(CASE.kenta2),
    note: 'reply to "badges missing": they now appear on the kept Credly account',
    text: `鈴木 健太 様

ご連絡ありがとうございます。Credly 側のバッジが移っていなかった件、こちらで対応いたしました。
現在は ${KENTA.keep} の Credly アカウントに、以前のバッジが表示されるようになっております。お手数ですがご確認ください。

石井

${gmailJa('2026年10月22日(木) 20:31', `鈴木 健太 <${KENTA.keep}>`, '統合ありがとうございました。ただ Credly のバッジが古いアカウントに残ったままです。')}`,
  }),
  J({
    slug: 'badge-sjisb64-moved', kind: 'badges_transferred', caseId: S, to: toS, enc: 'sjisb64', subject: formSubject(S),
    note: 'badges now sit on the kept account; user may share them',
    text: `中村様

Credly のバッジ 2 件を ${SHO.keep} 宛てに再発行いたしました。古いアドレス側のバッジは無効になっています。
新しいバッジは既に受け取り済みの状態ですので、追加の操作をしていただく必要はございません。

森`,
  }),

  // ---------------- case_closed (8) ----------------
  J({
    slug: 'closed-auto-3days', kind: 'case_closed', caseId: K, enc: 'jis7', from: AWS_NOTIFY,
    subject: `ケース ${K} は3日後に自動的にクローズされます`,
    note: 'will auto-close without a reply: case_closed',
    text: `お客様

ケース ${K} について、サポート担当者からの最後の連絡以降ご返信がありません。
今後3日以内にご返信がない場合、このケースは自動的にクローズされます。引き続きサポートが必要な場合は、ケースにご返信いただく必要があります。

Amazon Web Services`,
  }),
  J({
    slug: 'closed-resolved-sjis', kind: 'case_closed', caseId: M, to: toM, enc: 'sjis8', from: AWS_NOTIFY,
    subject: `ケース ${M} が解決済みになりました`,
    note: 'case resolved and closed; reopening is a permission',
    text: `ケース ${M} は解決済みとしてクローズされました。

同じ問題が再発した場合は、クローズから14日以内であればケースを再開していただくことが可能です。

Amazon Web Services`,
  }),
  J({
    slug: 'closed-restate-merge-trap', kind: 'case_closed', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S), trap: true,
    note: 'closing notice that only restates the earlier merge: case_closed',
    text: `中村 翔 様

先日ご連絡のとおり、アカウントの統合は10月14日に完了しております。
その後ご質問等がございませんでしたので、本ケースはクローズとさせていただきます。
今後ご不明な点があれば、新しいケースを作成していただいて構いません。

佐々木`,
  }),
  J({
    slug: 'closed-restate-badges-trap', kind: 'case_closed', caseId: CASE.kenta2, enc: 'utf8qp', subject: formSubject(CASE.kenta2), trap: true,
    note: 'closing that repeats last week\'s badge move: case_closed',
    text: `鈴木様

先週お知らせしたバッジの移行以降、特にご連絡がございませんので、このケースは終了させていただきます。
万が一問題が残っている場合は、このメールにご返信いただければケースが再開されます。

石井`,
  }),
  J({
    slug: 'closed-html', kind: 'case_closed', caseId: K, enc: 'utf8b64', from: AWS_NOTIFY,
    subject: `ケースのクローズ: ${K}`,
    note: 'HTML case closed notice',
    html: `<p>お客様</p>
<p>ケース <b>${K}</b> はクローズされました。</p>
<p>ご利用いただきありがとうございました。ケースの履歴はサポートセンターから引き続きご覧いただけます。</p>`,
  }),
  J({
    slug: 'closed-no-reply-utf8bit', kind: 'case_closed', caseId: M, to: toM, enc: 'utf88bit', subject: formSubject(M),
    note: 'agent: no reply received, so the case is closed now',
    text: `高橋様

前回のご案内から1週間ほどご返信をいただけておりませんため、本ケースはいったんクローズいたします。
お手すきの際にこのメールへご返信いただければ、同じケースで対応を再開することができます。

山口`,
  }),
  J({
    slug: 'closed-untrusted-none', kind: 'case_closed', caseId: S, to: toS, enc: 'sjisb64', auth: 'none', from: AWS_NOTIFY, trusted: false,
    subject: `ケース ${S} はクローズされました`,
    note: 'closing notice with no Authentication-Results at all: untrusted',
    text: `ケース ${S} はクローズされました。再開をご希望の場合は、以下のリンクから手続きしなければなりません。
https://support-case-reopen.example.net/`,
  }),
  J({
    slug: 'closed-wont-wait-jis', kind: 'case_closed', caseId: CASE.kenta2, enc: 'jis7', from: AWS_NOTIFY,
    subject: `[重要] ケース ${CASE.kenta2}: ご返信がない場合は自動でクローズされます`,
    note: 'reminder that it will close in 5 days without a reply',
    text: `ケース ${CASE.kenta2} は現在お客様のご返信待ちです。
5日以内にご返信がない場合、システムにより自動的にクローズされますのでご了承ください。
ご返信いただく必要がない場合は、このままお待ちいただいて構いません。`,
  }),

  // ---------------- support_reply (9) ----------------
  J({
    slug: 'reply-from-keep-addr-trap', kind: 'support_reply', caseId: K, enc: 'jis7', subject: formSubject(K), trap: true,
    note: '"you must write from the address you keep" without asking for data: support_reply',
    text: `鈴木 健太 様

ご連絡ありがとうございます。
セキュリティ上の理由から、統合のご依頼は残したいアカウントのメールアドレスからお送りいただく必要がございます。
今回のメールは統合元のアドレスから届いておりますので、お手数ですが ${KENTA.keep} から本ケースにご返信いただけますでしょうか。

小林`,
  }),
  J({
    slug: 'reply-escalated-future-trap', kind: 'support_reply', caseId: M, to: toM, enc: 'sjis8', subject: formSubject(M), trap: true,
    note: 'escalated; "once the merge is complete we will tell you" is future',
    text: `高橋様

ご同意いただきありがとうございます。本件は専門チームへ引き継ぎました。
統合が完了しましたら、改めてこちらからご連絡いたします。それまでにお客様に行っていただく必要のある作業はございません。

山口`,
  }),
  J({
    slug: 'reply-thanks-confirm-trap', kind: 'support_reply', caseId: S, to: toS, enc: 'jisb64', subject: formSubject(S), trap: true,
    note: 'thanks for confirming, passed to the team: support_reply',
    text: `中村 翔 様

統合へのご同意を確かに承りました。ありがとうございます。
担当部署に作業を依頼いたしましたので、今しばらくお待ちいただけますと幸いです。

佐々木`,
  }),
  J({
    slug: 'reply-cannot-merge-trap', kind: 'support_reply', caseId: CASE.kenta2, enc: 'utf8qp', subject: formSubject(CASE.kenta2), trap: true,
    note: 'negated: the merge cannot be completed yet because an exam is booked',
    text: `鈴木様

大変申し訳ございませんが、統合元アカウントに11月の試験予約が残っているため、現時点では統合を完了することができません。
受験後であれば統合していただけますので、試験が終わりましたらこのケースにご一報ください。

石井`,
  }),
  J({
    slug: 'reply-dup-cases-trap', kind: 'support_reply', caseId: M, to: toM, enc: 'utf8b64', subject: formSubject(M), trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    text: `高橋 美咲 様

同じ内容のお問い合わせが2件 (${M} / ${CASE.misakiDup}) 作成されていたため、ケースを1件に統合いたしました。
今後のやり取りは本ケース ${M} でお願いいたします。もう一方のケースにご返信いただく必要はございません。

山口`,
  }),
  J({
    slug: 'reply-voucher-answer', kind: 'support_reply', caseId: S, to: toS, enc: 'sjisb64', subject: formSubject(S),
    note: 'answer to a question about vouchers; no advancing event',
    text: `中村様

ご質問いただいた受験特典の件ですが、統合元アカウントでお持ちの 50% 割引の特典は、統合後も有効期限まで引き続きご利用いただけます。
統合前に特典を使ってしまわなければならない、ということはございませんのでご安心ください。

森`,
  }),
  J({
    slug: 'reply-badges-later-trap', kind: 'support_reply', caseId: K, enc: 'jis7', subject: formSubject(K), trap: true,
    note: 'badges have not moved yet; will take a few more days (future)',
    text: `鈴木 健太 様

Credly のバッジについて確認いたしました。バッジの移行は別チームの作業となり、あと数日お時間をいただく必要がございます。
移行が済みましたら改めてお知らせしますので、それまでバッジを受け取り直していただく必要はございません。

小林`,
  }),
  J({
    slug: 'reply-working-utf8bit', kind: 'support_reply', caseId: CASE.kenta2, enc: 'utf88bit', subject: formSubject(CASE.kenta2),
    note: 'status: still in progress, sorry for the wait',
    text: `鈴木様

お待たせしており申し訳ございません。現在、担当チームにて作業を進めております。
進捗がありしだいご連絡いたしますので、もう少々お待ちください。

石井`,
  }),
  J({
    slug: 'reply-short-wait', kind: 'support_reply', caseId: M, to: toM, enc: 'utf8qp', subject: formSubject(M),
    note: 'short status update: still being checked',
    text: `高橋様

ご依頼の件は現在確認中です。数日お待ちいただく必要がございます。

AWS Training and Certification`,
  }),

  // ---------------- unrelated (9) ----------------
  J({
    slug: 'unrel-own-consent-trap', kind: 'unrelated', caseId: K, trusted: false, enc: 'jis7', trap: true,
    from: `鈴木 健太 <${KENTA.keep}>`, to: SUPPORT, cc: KENTA.src, relay: 'mail.example.jp',
    subject: formSubject(K),
    note: "the user's own consent reply (copied to the old address): unrelated",
    text: `小林様

ご連絡ありがとうございます。
上記2アカウントの統合に同意します。統合後に元に戻せないことも理解しています。
よろしくお願いいたします。

鈴木 健太`,
  }),
  J({
    slug: 'unrel-ooo-agent', kind: 'unrelated', caseId: M, to: toM, enc: 'sjis8', trusted: false,
    from: '山本 誠 <makoto.yamamoto@bcorp.example.jp>', relay: 'mx.bcorp.example.jp',
    subject: `自動応答: ${formSubject(M)}`, extra: ['Auto-Submitted: auto-replied'],
    note: "a former colleague's out-of-office auto-reply",
    text: `お疲れさまです。山本です。
10月19日から10月23日まで不在にしております。お急ぎの場合は総務部までご連絡いただく必要があります。
メールは戻り次第確認いたします。`,
  }),
  J({
    slug: 'unrel-survey-trap', kind: 'unrelated', caseId: S, to: toS, enc: 'utf8b64', from: AWS_NOTIFY, trap: true,
    subject: 'AWS サポートに関するアンケートのお願い',
    note: 'survey ("was it resolved?"), mentions the closed case',
    text: `ケース ${S} がクローズされました。お問い合わせは解決しましたか？

サポートの品質向上のため、1分ほどのアンケートにご協力いただけますと幸いです。回答は任意ですので、ご回答いただかなくても構いません。
https://aws.amazon.com/survey/support`,
  }),
  J({
    slug: 'unrel-ms-badge-trap', kind: 'unrelated', caseId: null, enc: 'jisb64', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>',
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `鈴木 健太 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを受け取るには Credly にサインインする必要があります。

バッジを入手する`,
  }),
  J({
    slug: 'unrel-credly-merge-code-trap', kind: 'unrelated', caseId: null, to: toM, enc: 'utf8qp', trap: true,
    from: 'Credly <no-reply@credly.com>',
    subject: 'Credly: アカウント統合の確認コード',
    note: "Credly's own account-merge code mail: unrelated",
    text: `高橋 美咲 さん

Credly アカウントの統合リクエストを受け付けました。統合を完了するには、次の確認コードを入力していただく必要があります。

確認コード: 418 207

このリクエストに心当たりがない場合は、このメールを無視していただいて構いません。`,
  }),
  J({
    slug: 'unrel-refund-case-trap', kind: 'unrelated', caseId: REFUND, enc: 'sjisb64', from: AWS_NOTIFY, trap: true,
    subject: `ケース ${REFUND}: 試験料金の返金について`,
    note: 'another case about an exam refund, closed: not part of the merge case',
    text: `お客様

試験料金の返金に関するケース ${REFUND} はクローズされました。
返金はご利用のカード会社を通じて処理されるため、反映まで最大10営業日お待ちいただく必要があります。`,
  }),
  J({
    slug: 'unrel-fwd-colleague', kind: 'unrelated', caseId: S, enc: 'jis7', trusted: false, forUser: false,
    from: `中村 翔 <${SHO.keep}>`, to: '人事部 研修担当 <training-hr@ccorp.example.co.jp>', relay: 'smtp.example.com',
    subject: `Fw: ${formSubject(S)}`,
    note: "the user's own forward to the HR team (not delivered to the user)",
    text: `研修担当 各位

認定アカウント統合の件、AWS から下記の連絡がありました。社内の資格登録も新しい ID に変更していただく必要があるかと思いますので共有します。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年10月14日(水) 10:02
Subject: ${formSubject(S)}

${SHO.srcId} に紐づいていた認定は、すべて ${SHO.keepId} からご覧いただけます。`,
  }),
  J({
    slug: 'unrel-exam-booked-trap', kind: 'unrelated', caseId: null, to: toM, enc: 'utf8b64', trusted: false, trap: true,
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', relay: 'mta.pearsonvue.example.com',
    subject: '試験予約の確認: AWS Certified Developer - Associate',
    note: 'exam booking confirmation from the test vendor',
    text: `高橋 美咲 様

試験のご予約が確定しました。予約内容をご確認ください。
当日は、有効な身分証明書を2点ご持参いただかなければなりません。開始15分前までにチェックインしていただく必要があります。

Pearson VUE`,
  }),
  J({
    slug: 'unrel-summit-trap', kind: 'unrelated', caseId: null, enc: 'utf8qp', from: 'AWS Events <aws-events@aws.amazon.com>', trap: true,
    subject: 'AWS Summit Japan 登録完了のお知らせ',
    note: 'event registration complete: marketing mail',
    text: `鈴木 健太 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で QR コードをご提示いただく必要があります。セッションの事前予約も可能です。`,
  }),
];

// Mobile reply (bottom-posted) and resent copies keep the total mix honest.
JA.push(
  J({
    slug: 'reply-resent-dept', kind: 'support_reply', caseId: K, enc: 'jis7', forUser: false, subject: formSubject(K),
    to: KENTA.src, resent: { from: 'postmaster@oldfirm.example.co.jp', to: 'it-archive@oldfirm.example.co.jp', date: 'Fri, 9 Oct 2026 18:00:00 +0900' },
    note: 'status reply redirected by the old company to an archive (Resent-*): not for the user',
    text: `鈴木様

統合元のアドレスにもお送りしております。作業は順調に進んでおりますので、お返事いただく必要はございません。

小林`,
  }),
);
