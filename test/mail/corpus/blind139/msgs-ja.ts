// Japanese messages of the eh set: long run-on sentences chained with が、ので、ため、ところ、
// につきましては、の上, where the predicate that carries the news sits at the end or in the middle.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, MORI, PORTAL, SUPPORT, SUPPORT_BARE, TARO, formSubject, gmailJa, mk, outlookJa, paras, quote, sfOriginal, sfRef } from './common.js';

const T = `${TARO.ja} <${TARO.keep}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const K = `${MORI.ja} <${MORI.keep}>`;

const taroAsk = `AWS認定アカウントが2つに分かれてしまっているため、統合をお願いしたく、ご連絡いたしました。
残すアカウント: ${TARO.keepId} (${TARO.keep})
統合元: ${TARO.srcId} (${TARO.src})
山田`;
const hanakoAsk = `お世話になります。転職の際に会社のアドレスで作った認定アカウントが残っておりますので、個人のアカウント (${HANAKO.keep}) の方へまとめていただけないでしょうか。`;
const moriAsk = `前職で取得した SAA と、個人で取得した DVA が別々の認定アカウントに登録されておりますので、${MORI.keep} の方へ統合をお願いできますでしょうか。候補者ID は ${MORI.keepId} と ${MORI.srcId} です。`;
const supAskJa = `山田様

お問い合わせいただきありがとうございます。統合にあたり、両アカウントの候補者ID、ログイン用メールアドレス、および残すアカウントをお知らせください。`;
const supConfJa = `統合は元に戻せませんので、下記の内容で進めてよろしいか、ご返信にてご同意ください。
統合先: ${TARO.keepId}
統合元: ${TARO.srcId}`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-jis-plain', kind: 'acknowledgement', lang: 'ja', note: 'automatic receipt of a new case; the case ID sits mid-sentence and the sentence ends in the usual 24-hour promise',
    from: AWS_NOTIFY, to: T, subject: `[CASE ${CASE.taro}] お問い合わせを受け付けました`, when: '2026-10-05 21:14:08', enc: 'jis7', caseId: CASE.taro,
    text: `このメールは送信専用のアドレスから自動でお送りしておりますが、お客様が AWS トレーニングと認定のお問い合わせフォームからお送りくださった内容につきましては、ケース ID ${CASE.taro} として登録いたしましたので、担当者が内容を拝見の上、通常 24 時間以内にご登録のメールアドレス宛にご連絡いたします。

なお、同じご依頼で別のケースを作成されますと、お調べする範囲が重なり回答までにかえってお時間をいただくことになるため、追加の情報がございます場合は新しいケースを作成せず、このケースにご返信いただけますと幸いです。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-sjis-fields', kind: 'acknowledgement', lang: 'ja', trap: true, note: 'receipt that echoes the submitted form (topic: account merge) and says a person will look at it; no merge has happened',
    from: SUPPORT, to: H, subject: `[CASE ${CASE.hanako}] [AWS Training and Certification Form Submission] - account-assistance`, when: '2026-10-12 08:02:51', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤 花子 様

AWS トレーニングと認定へのお問い合わせを、以下の内容で承りましたが、お送りいただいた内容に、統合先と統合元のどちらのアカウントを残されたいかといったご記入がある場合でも、実際の統合作業につきましては担当者が内容を確認してからのご案内となりますので、このメールは受付のお知らせとしてお受け取りください。

ケース番号: ${CASE.hanako}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定 / アカウントの統合
ご連絡先: ${HANAKO.keep}

お問い合わせ内容:
${hanakoAsk}

本メールは自動送信のため、このメールへご返信いただくとケースに追記されます。`,
  }),
  mk({
    slug: 'ja-ack-jisb64-forged', kind: 'acknowledgement', lang: 'ja', auth: 'forgedBelow', note: 'receipt shape; the dmarc=pass Authentication-Results sits below the receiving server Received line, so untrusted',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.mori}] お問い合わせ受付のご連絡`, when: '2026-10-20 23:40:17', enc: 'jisb64', caseId: CASE.mori,
    text: `森 健二 様

AWS トレーニングと認定をご利用いただきありがとうございますが、このたびお寄せいただいたお問い合わせにつきましては、ケース番号 ${CASE.mori} にて受付が完了しておりますので、担当部署から折り返しご連絡を差し上げるまで、しばらくお待ちくださいますようお願い申し上げます。

このメッセージは自動的に送信されています。`,
  }),
  mk({
    slug: 'ja-ack-html-only', kind: 'acknowledgement', lang: 'ja', note: 'HTML-only receipt; case ID in a table, the news (case created) in a long sentence',
    from: AWS_NOTIFY, to: `${MORI.ja} <${MORI.src}>`, subject: `ケース ${CASE.moriOther} が作成されました`, when: '2026-10-21 07:55:02', enc: 'utf8b64', caseId: CASE.moriOther,
    html: `<html><body style="font-family:sans-serif">
<p>お客様がサインインせずにご利用になったお問い合わせフォームからのご依頼につきましても、サインインしてご利用になった場合と同じように、下記のケースとしてサポートセンターで管理させていただいておりますので、ケースが作成されたことをお知らせいたします。</p>
<table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${CASE.moriOther}</td></tr><tr><th>件名</th><td>認定アカウントについて</td></tr><tr><th>重大度</th><td>一般的なガイダンス</td></tr></table>
<p>担当者からの返信は、通常 1 営業日以内にこのアドレスへお届けします。</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-qp-mixed', kind: 'acknowledgement', lang: 'ja', note: 'receipt with English boilerplate under Japanese text; new text is the case having been opened',
    from: SUPPORT, to: T, subject: `[CASE ${CASE.taroDup}] お問い合わせありがとうございます`, when: '2026-10-06 02:11:40', enc: 'utf8qp', caseId: CASE.taroDup,
    text: `このたびは、AWS トレーニングと認定のお問い合わせ窓口をご利用いただき、誠にありがとうございますが、ご送信いただいた内容は、ケース ${CASE.taroDup} として、担当チームのキューに登録されましたので、返信をお待ちいただく間に、同じ内容のケースを重ねて作成なさらないようご協力をお願いいたします。

Thank you for contacting AWS Training and Certification. Your case ${CASE.taroDup} has been created. Please do not open a new case for the same request.

-- 
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-jis-trap-future', kind: 'acknowledgement', lang: 'ja', trap: true, note: 'receipt that talks about what happens after a future merge (confirmation, badges) but only reports that the case was received',
    from: SUPPORT, to: H, subject: `[CASE ${CASE.hanako2}] 受付のお知らせ`, when: '2026-11-02 10:20:33', enc: 'jis7', caseId: CASE.hanako2,
    text: `佐藤様

アカウントの統合をご希望のお客様には、担当者から統合の可否と、統合後は取り消しができない旨のご確認をお願いするメールをお送りすることがあり、また統合が済んだ後に Credly のバッジを移していただく手順をご案内する場合もございますが、現時点では、お送りいただいたご依頼をケース ${CASE.hanako2} として受け付けたところでございます。

AWS トレーニングと認定 カスタマーサポート (自動送信)`,
  }),
  mk({
    slug: 'ja-ack-sjis-lookalike', kind: 'acknowledgement', lang: 'ja', note: 'receipt text from a look-alike domain (aws-training-jp.com), so untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.com>', to: K, subject: `[CASE ${CASE.mori}] お問い合わせを承りました`, when: '2026-10-21 01:09:12', enc: 'sjis8', caseId: CASE.mori,
    text: `森様

お問い合わせいただいた件につきましては、ケース ${CASE.mori} として受付いたしましたので、内容を確認の上、担当より順次ご連絡いたします。

※ご本人確認のため、下記リンクよりサインインをお願いする場合がございます。
https://aws-training-jp.com/signin`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-jis-tool', kind: 'ai_answer', lang: 'ja', note: 'AI-generated suggestion of the self-service Merge Accounts tool, the advice buried in a long conditional sentence',
    from: AWS_NOTIFY, to: T, subject: 'お問い合わせに対する自動回答', when: '2026-10-05 21:10:44', enc: 'jis7', caseId: null,
    text: `この回答は生成 AI を用いて自動で作成されたものであり、内容に誤りが含まれる可能性がありますが、お問い合わせの「認定アカウントを 1 つにまとめたい」というご要望につきましては、統合元のアカウントに認定の履歴がない場合に限り、認定アカウントにサインインの上、プロフィール画面の「アカウントのマージ」からご自身で操作いただけることが多いため、まずはそちらをお試しいただき、エラーとなった場合にのみ「ケースを作成」を選択してください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-utf8-after', kind: 'ai_answer', lang: 'ja', trap: true, note: 'automated answer that describes what happens after a merge (certifications and badges move); still ai_answer',
    from: AWS_NOTIFY, to: H, subject: '自動アシスタントからのご案内', when: '2026-10-12 07:58:10', enc: 'utf8b64', caseId: null,
    text: `※このメッセージは AI アシスタントが自動生成したものです。

アカウントの統合が完了すると、統合元アカウントで取得された認定資格、試験の履歴、および割引バウチャーなどの特典が統合先アカウントに表示されるようになり、Credly のデジタルバッジにつきましては、統合の後に統合先のメールアドレスで Credly にサインインの上、受け取り操作を行っていただくことで移行できる場合がございますので、統合をご希望の際は、まずプロフィールのアカウント統合ツールをご利用いただき、両方のアカウントに認定の履歴があってツールが利用できない場合は、このままケースを作成して担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-sjis-steps', kind: 'ai_answer', lang: 'ja', note: 'AI answer listing self-service steps; the suggestion is the main clause at the end',
    from: AWS_NOTIFY, to: K, subject: 'AWS サポート: 生成された回答', when: '2026-10-20 23:31:00', enc: 'sjisb64', caseId: null,
    text: `以下は、お問い合わせ内容をもとに自動で生成された回答ですが、複数の認定アカウントをお持ちで、どちらか一方にしか認定資格が登録されていない場合には、認定ポータルにサインインし、右上のメニューからプロフィールを開き、「アカウントの統合」を選んで、もう一方のアカウントのメールアドレスと確認コードを入力することで、お客様ご自身で統合を進めていただけます。

解決しない場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-jisb64-short', kind: 'ai_answer', lang: 'ja', note: 'short AI answer recommending the Merge Accounts tool over a case',
    from: AWS_NOTIFY, to: T, subject: 'AI による回答のご案内', when: '2026-11-07 12:00:41', enc: 'jisb64', caseId: null,
    text: `本回答は AI が作成しており、担当者による確認は行われておりませんが、認定アカウントの統合につきましては、Merge Accounts ツールをご利用いただくことで、サポートにお問い合わせいただくよりも早く完了できる場合があるため、まずはツールの利用をご検討ください。`,
  }),
  mk({
    slug: 'ja-ai-qp-badges', kind: 'ai_answer', lang: 'ja', trap: true, note: 'automated answer that mentions badges moving and merging in general terms; it is a suggestion, not an event',
    from: AWS_NOTIFY, to: H, subject: 'お問い合わせ内容に関する参考情報', when: '2026-11-02 10:15:09', enc: 'utf8qp', caseId: null,
    text: `生成 AI によるご案内: バッジが新しいアカウントに移動していないとのことですが、Credly のバッジは認定アカウントのメールアドレスに紐づいて発行されているため、認定アカウント側で統合が完了した後でも、Credly 側では別のアカウントとして残っていることがあり、その場合は Credly の設定画面でメールアドレスを追加の上、アカウントをまとめていただくことで解消することが多いとされています。

上記で解決しない場合は、このページの「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-html-multi', kind: 'ai_answer', lang: 'ja', note: 'multipart AI suggestion to try the portal tool before creating a case',
    from: AWS_NOTIFY, to: `${MORI.ja} <${MORI.src}>`, subject: 'AI アシスタント: アカウントの統合について', when: '2026-10-20 23:29:37', enc: 'utf8qp', caseId: null,
    text: `お客様のお問い合わせは、認定アカウントの統合に関するものと思われますので、まずはプロフィールにある統合ツールをお試しいただき、ツールで「このアカウントは統合できません」と表示された場合は、サインインせずに続行を選んでから、お名前、会社名、候補者 ID を添えてケースを作成いただくと、担当者からの回答がスムーズになります。

(この回答は自動生成されています)`,
    html: `<div>${paras(`お客様のお問い合わせは、認定アカウントの統合に関するものと思われますので、まずはプロフィールにある統合ツールをお試しいただき、ツールで「このアカウントは統合できません」と表示された場合は、サインインせずに続行を選んでから、お名前、会社名、候補者 ID を添えてケースを作成いただくと、担当者からの回答がスムーズになります。

(この回答は自動生成されています)`)}</div>`,
  }),
  mk({
    slug: 'ja-ai-sjis8-closing', kind: 'ai_answer', lang: 'ja', trap: true, note: 'AI answer that mentions confirmation and the case closing only as general steps of the process',
    from: AWS_NOTIFY, to: T, subject: '自動回答: 認定アカウントの統合', when: '2026-11-07 12:02:15', enc: 'sjis8', caseId: null,
    text: `AI が生成した回答です: 一般的な流れとしては、ケースを作成されると担当者から統合内容のご確認をお願いするメールが届き、そのメールにご同意の旨をご返信いただいた後、数日以内に統合が行われ、その後ケースがクローズされるという順序になりますが、片方のアカウントに認定資格がない場合は、こうしたやり取りを経ずに、プロフィール画面のツールから即時に統合できますので、まずはそちらをお試しください。`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-jis-ids', kind: 'info_request', lang: 'ja', note: 'asks for both candidate IDs and which account to keep; the request sits at the end of a long sentence',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-06 15:42:09', enc: 'jis7', caseId: CASE.taro,
    text: `山田 太郎 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お送りいただいた内容を拝見いたしましたところ、統合をご希望の 2 つのアカウントのうち、どちらを残されるご意向なのかが本文からは読み取れなかったため、また、統合元のアカウントにつきましては候補者 ID の記載がございませんでしたので、お手数ではございますが、両方のアカウントの候補者 ID とログイン用のメールアドレス、そして残す方のアカウントをお知らせいただけますでしょうか。

どうぞよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
${sfRef('Kx81Qa')}

${sfOriginal(TARO.keep, '2026/10/05 12:14', SUPPORT_BARE, '認定アカウントの統合について', taroAsk)}`,
  }),
  mk({
    slug: 'ja-info-sjis-kakunin', kind: 'info_request', lang: 'ja', trap: true, note: '「ご確認のうえお知らせください」 asks for the notification e-mail addresses: info_request, not a consent request',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-13 11:03:27', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤様

ご連絡ありがとうございます。

統合の作業を進めるにあたり、認定アカウントに登録されている通知用のメールアドレスが、ログイン用のアドレスとは別に設定されている場合がございますので、お手数ですが、両方のアカウントにサインインの上、「認定通知用メールアドレス」の欄に表示されているアドレスをご確認のうえ、それぞれお知らせください。

よろしくお願いいたします。
AWS Training and Certification Customer Service

${gmailJa('2026年10月12日(月) 8:00', HANAKO.ja, HANAKO.keep, hanakoAsk)}`,
  }),
  mk({
    slug: 'ja-info-jisb64-keep', kind: 'info_request', lang: 'ja', note: 'asks which account to keep and to write from it; request implied by 〜いただけますと幸いです',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-22 09:17:45', enc: 'jisb64', caseId: CASE.mori,
    text: `森様

お問い合わせの件につきまして、統合先のアカウントにサインインした状態で作成されたケースではないため、本人確認の観点から、統合先として残されるアカウントのメールアドレスと、そのアカウントに表示される候補者 ID (AWS から始まる番号) を、このメールへの返信でお書き添えいただけますと幸いです。

AWS トレーニングと認定

${outlookJa(`${MORI.ja} <${MORI.keep}>`, '2026年10月20日 23:28', SUPPORT_BARE, '認定アカウントの統合', moriAsk)}`,
  }),
  mk({
    slug: 'ja-info-utf8-certs', kind: 'info_request', lang: 'ja', note: 'asks for certification names and pass dates of the source account; the actual ask is buried in the middle',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-08 10:30:00', enc: 'utf8b64', caseId: CASE.taro,
    text: `山田様

ご返信ありがとうございますが、統合元としてお知らせいただいた ${TARO.srcId} のアカウントには、現在弊社のシステム上、同姓同名の別の記録が紐づいている可能性があるため、取得された認定資格の名称と合格日を、わかる範囲で構いませんのでお送りいただき、それをもとに照合を行った上で、統合の手続きに進ませていただければと存じます。

AWS トレーニングと認定

${sfOriginal(TARO.keep, '2026/10/07 09:11', SUPPORT_BARE, formSubject(CASE.taro), `残すのは ${TARO.keepId} の方でお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-jis-trap-merge', kind: 'info_request', lang: 'ja', trap: true, note: 'says what is needed to complete the merge and asks for the company name; nothing is merged yet',
    from: SUPPORT, to: `${MORI.ja} <${MORI.src}>`, cc: K, subject: formSubject(CASE.moriOther), when: '2026-10-22 16:40:12', enc: 'jis7', caseId: CASE.moriOther,
    text: `森 健二 様

統合を完了させるためには、統合元のアカウントが企業のパートナー契約に紐づいていないことを確認する必要があるため、前職の会社名と、そのアカウントを作成された時期のおおよその年をお知らせいただきたく、ご連絡いたしました。

ご回答をいただき次第、統合の作業に進みます。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-info-sjis8-resent', kind: 'info_request', lang: 'ja', forUser: false, note: 'asks for the candidate IDs; redirected by the old company mail server (Resent-*), so not delivered to the user directly',
    from: SUPPORT, to: `${HANAKO.ja} <${HANAKO.src}>`, subject: formSubject(CASE.hanako2), when: '2026-11-03 09:00:31', enc: 'sjis8', caseId: CASE.hanako2,
    extra: { resent: { from: 'postmaster@oldcorp.example.com', to: 'it-archive@oldcorp.example.com', date: 'Tue, 3 Nov 2026 09:02:10 +0900' } },
    text: `佐藤様

統合元のアカウントについて、ご登録のメールアドレスが退職に伴い無効になっているとのことでしたので、ご本人確認の代わりとして、両方のアカウントの候補者 ID と、統合元アカウントで最後に受験された試験の名称を、お分かりになる範囲でお知らせくださいますようお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-qp-skillbuilder', kind: 'info_request', lang: 'ja', note: 'asks for the Skill Builder and aws.training addresses; the request is the last predicate of a chained sentence',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-09 18:22:05', enc: 'utf8qp', caseId: CASE.taro,
    text: `山田様

統合元のアカウントには、認定用のメールアドレスとは別に、AWS Skill Builder と aws.training で異なるアドレスが登録されているようでしたので、統合後にどちらの学習履歴も失われないよう、それぞれのサービスでお使いのメールアドレスを、お手数ですがこのメールへのご返信でお教えいただけますでしょうか。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-jis-outlook-q', kind: 'info_request', lang: 'ja', note: 'asks which of three accounts to keep; the question is the last clause after a long explanation',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-23 14:05:51', enc: 'jis7', caseId: CASE.mori,
    text: `森様

お調べいたしましたところ、お知らせいただいた 2 つのアカウントのほかに、同じお名前と生年月日で登録されたアカウントがもう 1 つ見つかり、そちらにも 2023 年の試験の記録が残っておりますため、3 つすべてをまとめられるのか、あるいはそのうち 2 つのみを統合されたいのか、また最終的にどのメールアドレスのアカウントを残されるのかを、ご返信にてお聞かせいただけますでしょうか。

AWS トレーニングと認定 カスタマーサービス

${outlookJa(`${MORI.ja} <${MORI.keep}>`, '2026年10月22日 20:01', SUPPORT_BARE, `RE: ${formSubject(CASE.mori)}`, `残すアカウントは ${MORI.keep} (${MORI.keepId}) です。`)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-jis-consent', kind: 'confirmation_request', lang: 'ja', note: 'asks for consent to the irreversible merge; the ask is the final predicate of a long chained sentence',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-10 09:48:19', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

お送りいただいた情報をもとに、統合先を ${TARO.keepId}、統合元を ${TARO.srcId} として準備を進めておりますが、統合を行いますと統合元のアカウントは削除され、後から元の状態に戻すことはできないため、作業に入る前に、この内容で統合を進めてよろしいかどうか、本メールにご返信いただく形でご承諾をいただけますでしょうか。

AWS トレーニングと認定

${sfOriginal(TARO.keep, '2026/10/09 08:02', SUPPORT_BARE, formSubject(CASE.taro), `合格した資格: SAA (2023/06), SOA (2024/02)`)}`,
  }),
  mk({
    slug: 'ja-conf-sjis-details', kind: 'confirmation_request', lang: 'ja', note: 'lists the two accounts and asks the customer to agree by reply; the request word is buried before the signature',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-14 13:12:40', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤 花子 様

いつもお世話になっております。

ご連絡いただいたメールアドレスをもとに、2 つのアカウントを特定できましたので、以下の内容で統合させていただく予定ですが、この操作は取り消すことができず、統合元のアカウントではサインインできなくなるため、内容に誤りがないかご覧いただいた上で、よろしければ「同意します」とご返信くださいますようお願いいたします。

統合先: ${HANAKO.keepId} / ${HANAKO.keep}
統合元: ${HANAKO.srcId} / ${HANAKO.src}

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-conf-jisb64-gmail', kind: 'confirmation_request', lang: 'ja', note: 'consent request phrased as 〜で差し支えございませんでしょうか after a long clause chain, with a Gmail quote below',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-24 10:01:12', enc: 'jisb64', caseId: CASE.mori,
    text: `森様

3 つのアカウントのうち、2023 年に作成されたものにつきましては受験の予約のみで認定の記録がないことを確認できましたため、こちらは統合の対象から外し、${MORI.srcId} を ${MORI.keepId} へまとめる形で進めたいと考えておりますが、統合後は元に戻すことができませんので、この形で差し支えございませんでしょうか、ご返信いただけますと幸いです。

${gmailJa('2026年10月23日(金) 19:44', MORI.ja, MORI.keep, '2 つだけ統合していただければ十分です。')}`,
  }),
  mk({
    slug: 'ja-conf-utf8-irreversible', kind: 'confirmation_request', lang: 'ja', note: 'consent request opening with the warning that the merge cannot be undone, asking for a reply at the end',
    from: SUPPORT, to: T, subject: formSubject(CASE.taroDup), when: '2026-10-07 11:11:11', enc: 'utf8qp', caseId: CASE.taroDup,
    text: `山田様

統合は一度実行いたしますと、統合元の試験履歴や特典がすべて統合先へ移され、その後に分け直すことはできない仕組みとなっておりますので、念のため、統合元 ${TARO.srcId} を統合先 ${TARO.keepId} へ統合することについて、ご本人様の意思を確認させていただきたく、問題がなければその旨をこのメールへのご返信でお伝えください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-jis-lookalike', kind: 'confirmation_request', lang: 'ja', note: 'consent request from amazon-certification.net (look-alike), so untrusted',
    from: 'AWS Certification Support <case@amazon-certification.net>', to: H, subject: formSubject(CASE.hanako), when: '2026-10-14 22:40:01', enc: 'jis7', caseId: CASE.hanako,
    text: `佐藤様

統合の最終確認として、下記リンクからサインインの上、統合に同意するボタンを押していただけますでしょうか。

https://amazon-certification.net/merge/confirm?case=${CASE.hanako}`,
  }),
  mk({
    slug: 'ja-conf-sjis8-short', kind: 'confirmation_request', lang: 'ja', note: 'short reply form: asks for agreement to proceed, with the warning in a subordinate clause',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako2), when: '2026-11-05 17:31:08', enc: 'sjis8', caseId: CASE.hanako2,
    text: `佐藤様

お知らせいただいた候補者 ID で 2 つのアカウントを確認できましたので、統合を行うと取り消しができない点をご了承いただけるのであれば、その旨をご返信いただけますでしょうか、ご返信を確認次第、作業に着手いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-qp-brief', kind: 'confirmation_request', lang: 'ja', note: 'brief consent request: ready to merge, cannot be undone, reply to agree',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-25 08:00:00', enc: 'utf8qp', caseId: CASE.mori,
    text: `森様

統合の準備が整いましたが、統合後は元に戻せないため、ご同意いただける場合は本メールにご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-jis-after-info', kind: 'confirmation_request', lang: 'ja', note: 'thanks for the information, then the consent request at the end; the thanks is only the opening clause',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-09 16:05:44', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

資格の名称と合格日をお知らせいただきありがとうございましたが、照合の結果、お知らせいただいた記録と統合元アカウントの記録が一致いたしましたので、このまま統合を進めてもよろしいか、統合は取り消せない点をご理解いただいた上で、ご返信にてお知らせいただけますでしょうか。

AWS トレーニングと認定

${quote(supAskJa)}`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merge-jis-end', kind: 'merge_completed', lang: 'ja', note: 'the completion is the final predicate of a long sentence that starts with thanks for consenting',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-11 14:20:36', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

ご同意のご返信をいただきありがとうございましたが、いただいた内容に基づき、担当チームにて統合元 ${TARO.srcId} の試験履歴、認定資格、および特典を統合先 ${TARO.keepId} へ移す作業を行いましたところ、本日、2 つのアカウントの統合が完了いたしました。

お手数ですが、統合先のアカウントにサインインの上、認定資格が正しく表示されているかご確認ください。

AWS トレーニングと認定

${sfOriginal(TARO.keep, '2026/10/10 10:02', SUPPORT_BARE, formSubject(CASE.taro), '同意します。統合を進めてください。')}`,
  }),
  mk({
    slug: 'ja-merge-sjis-middle', kind: 'merge_completed', lang: 'ja', note: 'completion buried in the middle of a sentence followed by the advice about badges',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-16 10:44:03', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤様

ご依頼いただいておりました 2 つの認定アカウントにつきましては、昨日いただいたご返信を受けて統合の処理を実施し、統合先 ${HANAKO.keepId} へのまとめが完了しておりますが、Credly のデジタルバッジはシステム上別に管理されているため、統合元のアドレスで受け取られたバッジが移っていない場合は、このケースにご返信いただければ別途対応いたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-merge-portal-html', kind: 'merge_completed', lang: 'ja', note: 'certification portal notice (no case ID) that the accounts have been merged',
    from: PORTAL, to: T, subject: 'AWS 認定: アカウントの統合が完了しました', when: '2026-10-11 14:25:10', enc: 'utf8b64', caseId: null,
    html: `<html><body>
<p>${TARO.ja} 様</p>
<p>お客様の AWS 認定アカウントに関して、別のアカウントに登録されていた認定資格と試験の履歴を、現在サインインにお使いのアカウント (${TARO.keepId}) へまとめる処理が行われ、アカウントの統合が完了しました。</p>
<p>今後は統合元のアカウントではサインインいただけませんので、ご注意ください。</p>
<p>AWS Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-merge-jisb64-resent', kind: 'merge_completed', lang: 'ja', forUser: false, note: 'merge completed notice redirected by the old mail server to an archive (Resent-*), so forUser false',
    from: SUPPORT, to: `${HANAKO.ja} <${HANAKO.src}>`, subject: formSubject(CASE.hanako2), when: '2026-11-08 09:13:30', enc: 'jisb64', caseId: CASE.hanako2,
    extra: { resent: { from: 'postmaster@oldcorp.example.com', to: 'it-archive@oldcorp.example.com', date: 'Sun, 8 Nov 2026 09:15:00 +0900' } },
    text: `佐藤様

ご同意をいただいた内容のとおり、統合元アカウントの記録を統合先へ移し終えましたので、アカウントの統合は完了となっております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-utf8-closing', kind: 'merge_completed', lang: 'ja', note: 'merge done and the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-27 12:02:48', enc: 'utf8qp', caseId: CASE.mori,
    text: `森様

ご承諾のご連絡を受けまして、${MORI.srcId} に登録されていた SAA の記録と特典を ${MORI.keepId} へ移す作業が本日午前中に終わり、統合は無事完了いたしましたので、本ケースはこれをもってクローズとさせていただきます。

AWS トレーニングと認定 カスタマーサービス

${gmailJa('2026年10月25日(日) 9:30', MORI.ja, MORI.keep, 'この内容で統合をお願いします。')}`,
  }),
  mk({
    slug: 'ja-merge-jis-failthenforged', kind: 'merge_completed', lang: 'ja', auth: 'failThenForged', note: 'completion text, but the topmost header says fail and a pass is planted lower: untrusted',
    from: SUPPORT, to: T, subject: formSubject(CASE.taroDup), when: '2026-10-12 03:33:03', enc: 'jis7', caseId: CASE.taroDup,
    text: `山田様

統合の作業が完了いたしましたので、下記より新しいアカウント情報をご確認ください。
http://aws-cert-check.example.net/login`,
  }),
  mk({
    slug: 'ja-merge-sjis8-typo', kind: 'merge_completed', lang: 'ja', note: 'merge finished, with a typo (アカウト) and the news after a long apology clause about the delay',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako2), when: '2026-11-08 09:13:30', enc: 'sjis8', caseId: CASE.hanako2,
    text: `佐藤様

大変お待たせいたしまして申し訳ございませんでしたが、統合元のアカウントのメールアドレスが無効になっていたため、別の方法で本人確認を行う必要があり、その確認に数日を要したところ、昨日ようやく確認が取れましたので、本日、アカウトの統合処理を行い、2 つのアカウントは 1 つにまとまりました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-jis-mobile', kind: 'merge_completed', lang: 'ja', note: 'merge completed reply above a mobile quote; the done-predicate is after several conditions about checking',
    from: SUPPORT, to: K, subject: formSubject(CASE.moriOther), when: '2026-10-28 18:47:29', enc: 'jis7', caseId: CASE.moriOther,
    text: `森様

2 件目のケースでご依頼いただいた統合につきましても、1 件目と同じ統合先でよいとのご返信をいただいたため、残りのアカウントの記録を移す作業を行いまして、先ほど統合が完了しております。

AWS トレーニングと認定

> 1件目と同じところにまとめてください
> iPhoneから送信`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-badge-credly-jis', kind: 'badges_transferred', lang: 'ja', note: 'AWS badge issued via Credly to the kept address (Japanese subject 〜のバッジ発行のお知らせ)',
    from: CREDLY_AWS, to: T, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-12 06:10:02', enc: 'jis7', caseId: null,
    text: `${TARO.ja} 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されましたので、下のボタンからバッジを受け取り、プロフィールに追加してください。

バッジを入手する
https://www.credly.com/earner/earned/badge/5c1f0e2a-91a7-4d2e-8f0a-3b6a1d7c9e11

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-sjis', kind: 'badges_transferred', lang: 'ja', note: 'support says, at the end of a long sentence, that the badges now sit on the kept account and the case closes',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-19 15:30:45', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤様

統合後も Credly のバッジが統合元のメールアドレスに残っているとのご連絡をいただきましたので、Credly を管理するチームに依頼の上、統合元で発行されていた 2 つのバッジの受取先を ${HANAKO.keep} に付け替える作業を行ったところ、本日、いずれのバッジも統合先のアカウントに移りましたので、本ケースはクローズいたします。

AWS トレーニングと認定

${gmailJa('2026年10月17日(土) 21:05', HANAKO.ja, HANAKO.keep, 'Credly のバッジだけ前のアドレスに残っています。')}`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', note: 'Credly HTML mail: AWS badge available to accept on the kept account',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-28 02:15:19', enc: 'utf8b64', caseId: null,
    text: `${MORI.ja} 様\n\nAmazon Web Services Training and Certification が AWS Certified Developer - Associate のバッジをあなたに発行しました。\n\nバッジを入手する: https://www.credly.com/earner/earned/badge/0a9b3c77-1e22-4f61-b0c4-88e2d5a6f401`,
    html: `<html><body><p>${MORI.ja} 様</p><p>Amazon Web Services Training and Certification が AWS Certified Developer - Associate のバッジをあなたに発行しました。</p><p><a href="https://www.credly.com/earner/earned/badge/0a9b3c77-1e22-4f61-b0c4-88e2d5a6f401">バッジを入手する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-badge-support-jis-mid', kind: 'badges_transferred', lang: 'ja', note: 'the badge move is reported in the middle clause, followed by advice to accept them on Credly',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-14 10:08:30', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

先日の統合後、バッジが見当たらないとのお問い合わせをいただいておりましたが、Credly 側のアカウントを統合先のメールアドレスへ紐づけ直しましたので、SAA と SOA のバッジは現在 ${TARO.keep} のアカウントに表示されており、もし受け取り待ちの状態になっている場合は、Credly にサインインの上で承認していただければ、プロフィールにも公開されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', note: 'badge notice from credIy.com (capital I instead of l), so untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: H, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-20 04:44:44', enc: 'utf8qp', caseId: null,
    text: `佐藤 花子 様

統合されたアカウントにバッジが移行されましたので、下記からサインインして受け取ってください。

バッジを入手する
https://credIy.com/accept?id=7781`,
  }),
  mk({
    slug: 'ja-badge-support-sjis8-otheronly', kind: 'badges_transferred', lang: 'ja', auth: 'otherOnly', note: 'support badge-moved text, but only a foreign authserv-id vouches for it: untrusted',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-30 11:00:00', enc: 'sjis8', caseId: CASE.mori,
    text: `森様

統合元に残っていた Credly のバッジにつきましては、統合先のアドレスへの移行が済んでおります。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-support-qp-long', kind: 'badges_transferred', lang: 'ja', note: 'long sentence ending in the badges having been moved, followed by a closing remark',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako2), when: '2026-11-11 13:57:21', enc: 'utf8qp', caseId: CASE.hanako2,
    text: `佐藤様

アカウントの統合後、統合元のアドレスが既に使えなくなっているため Credly で受け取り操作ができないというご事情を伺いましたので、こちらで Credly に連絡を取り、統合元で発行された AWS Certified Cloud Practitioner のバッジを、統合先の ${HANAKO.keep} で受け取れるように付け替えていただいたところ、先ほど移行が完了したとの報告を受けました。

本件はこれにて完了とさせていただきます。

AWS トレーニングと認定`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-closed-jis-restate', kind: 'case_closed', lang: 'ja', trap: true, note: 'closing notice that only restates the earlier merge (先日ご案内のとおり) before closing',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-18 09:00:12', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

先日ご案内のとおり、統合元のアカウントは ${TARO.keepId} へ統合済みであり、その後バッジにつきましてもお手元で確認が取れたとのご連絡をいただいておりますので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-sjis-autoclose', kind: 'case_closed', lang: 'ja', note: 'reminder that the case will close in 3 days without a reply; the condition is buried mid-sentence',
    from: AWS_NOTIFY, to: K, subject: `[CASE ${CASE.moriOther}] ご返信のお願いとケースの自動クローズについて`, when: '2026-10-26 06:00:00', enc: 'sjisb64', caseId: CASE.moriOther,
    text: `森様

ケース ${CASE.moriOther} につきましては、担当者からのご連絡に対してお客様からのご返信をまだいただいておりませんが、このまま 3 日間ご返信がない場合は、問題が解決したものとみなし、ケースは自動的にクローズされますので、引き続きご支援が必要な場合はこのメールにご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-utf8-resolved', kind: 'case_closed', lang: 'ja', note: 'case marked resolved; the news is the final verb after a long thanks',
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanako} は解決済みになりました`, when: '2026-10-20 08:30:00', enc: 'utf8b64', caseId: CASE.hanako,
    text: `AWS サポートをご利用いただき、またこれまでのやり取りの中で必要な情報を迅速にお寄せいただきましたことに心より御礼申し上げますが、ケース ${CASE.hanako} は、担当者により解決済みとしてクローズされました。

ケースを再度開く必要がある場合は、サポートセンターからご返信ください。`,
  }),
  mk({
    slug: 'ja-closed-jis-restate2', kind: 'case_closed', lang: 'ja', trap: true, note: 'restates the merge of last week and the badges, then closes; nothing new happened',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-11-03 10:10:10', enc: 'jisb64', caseId: CASE.mori,
    text: `森様

10 月 27 日に統合が完了し、その後 Credly のバッジも統合先へ移ったことを先週お知らせいたしましたが、以降ご質問などのご連絡がございませんでしたので、本件は解決したものと判断し、ケースを終了させていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-sjis8-noreply', kind: 'case_closed', lang: 'ja', note: 'closed because no reply was received to the information request',
    from: SUPPORT, to: T, subject: formSubject(CASE.taroDup), when: '2026-10-20 09:45:00', enc: 'sjis8', caseId: CASE.taroDup,
    text: `山田様

10 月 7 日にお送りしたメールでお願いしていたご返信を、その後いただけておらず、また同じ内容のご依頼を別のケース ${CASE.taro} にて対応済みであることを確認いたしましたため、こちらのケースはクローズいたしました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-qp-forged', kind: 'case_closed', lang: 'ja', auth: 'forgedBelow', note: 'closing notice with the pass header planted below the server Received line: untrusted',
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanako2} はクローズされました`, when: '2026-11-12 07:00:00', enc: 'utf8qp', caseId: CASE.hanako2,
    text: `ケース ${CASE.hanako2} は、担当者によってクローズされました。ご不明な点がございましたら、新しいケースを作成してください。`,
  }),
  mk({
    slug: 'ja-closed-jis-restate3', kind: 'case_closed', lang: 'ja', trap: true, note: 'closing after the customer said all is well; restates the completed merge as background',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako2), when: '2026-11-13 16:20:00', enc: 'jis7', caseId: CASE.hanako2,
    text: `佐藤様

統合とバッジの移行がいずれも済んでいることをお手元でもご確認いただけたとのこと、安心いたしましたが、これ以上こちらで対応すべき事項はないものと理解しておりますので、このケースはクローズいたします。

AWS トレーニングと認定

${gmailJa('2026年11月12日(木) 22:18', HANAKO.ja, HANAKO.keep, 'バッジも確認できました。ありがとうございました。')}`,
  }),

  // ---------------- support_reply (10) ----------------
  mk({
    slug: 'ja-sr-jis-future', kind: 'support_reply', lang: 'ja', trap: true, note: 'ends in a future promise (統合が完了しましたら改めてご連絡) after thanking for consent',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-10 18:15:02', enc: 'jis7', caseId: CASE.taro,
    text: `山田様

ご同意のご返信をいただきありがとうございましたので、いただいた内容を統合作業の担当チームへ引き継ぎましたが、作業には通常数営業日を要するため、統合が完了しましたら、改めてこのケースにてご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-sjis-negation', kind: 'support_reply', lang: 'ja', trap: true, note: 'the long sentence ends in a negation: the merge is not yet complete',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-15 14:00:20', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤様

ご返信をいただいてから既に 1 日が経過しており、ご心配をおかけしておりますが、統合元アカウントに予約中の試験が 1 件残っていたため、その取り扱いを担当チームで確認しているところであり、現時点では統合はまだ完了しておりません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-jisb64-dupcases', kind: 'support_reply', lang: 'ja', trap: true, note: '"merged" refers to duplicate cases, not to the accounts',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-06 16:00:00', enc: 'jisb64', caseId: CASE.taro,
    text: `山田様

同じご依頼で 2 件のケース (${CASE.taro} と ${CASE.taroDup}) が作成されておりましたため、対応の重複を避ける目的で、今後のやり取りはすべてこちらのケースに統合いたしましたので、もう一方のケースにはご返信いただかなくて結構です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-utf8-unable', kind: 'support_reply', lang: 'ja', trap: true, note: 'a refusal for now: unable to merge while the source account is tied to a partner organisation',
    from: SUPPORT, to: K, subject: formSubject(CASE.moriOther), when: '2026-10-23 11:28:00', enc: 'utf8b64', caseId: CASE.moriOther,
    text: `森様

お知らせいただいた前職の会社名をもとに確認いたしましたところ、統合元のアカウントは現在も APN パートナーの組織に紐づいており、組織の管理者による紐づけの解除が行われない限り、こちらで統合を行うことはできかねます。

ご不便をおかけし申し訳ございません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-jis-escalated', kind: 'support_reply', lang: 'ja', trap: true, note: 'escalation status; mentions confirming and merging only as what the next team will do',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako2), when: '2026-11-06 10:42:12', enc: 'jis7', caseId: CASE.hanako2,
    text: `佐藤様

統合元のアドレスが無効になっている場合の本人確認は、私どもの窓口では判断できない事項であるため、社内の専門チームにエスカレーションいたしましたが、専門チームで確認が取れ次第、統合に進めるかどうかを含めて、改めてご案内いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-sjis8-thanks', kind: 'support_reply', lang: 'ja', trap: true, note: 'thanks for confirming, passed to the team; uses the confirm word without asking for anything',
    from: SUPPORT, to: K, subject: formSubject(CASE.mori), when: '2026-10-25 19:02:56', enc: 'sjis8', caseId: CASE.mori,
    text: `森様

統合の内容についてご確認いただき、ご同意のご返信をいただきましたこと、誠にありがとうございましたが、本件は担当チームへ引き継ぎましたので、作業の進み具合につきましては追ってお知らせいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-jis-writefrom', kind: 'support_reply', lang: 'ja', note: 'asks the customer to write from the address they keep, without asking for data: support_reply',
    from: SUPPORT, to: `${MORI.ja} <${MORI.src}>`, subject: formSubject(CASE.moriOther), when: '2026-10-21 15:00:00', enc: 'jis7', caseId: CASE.moriOther,
    text: `森様

このたびのご依頼は統合元となるアドレスからお送りいただいておりますが、統合のご依頼は、残される側のアカウントのメールアドレスからお送りいただく決まりとなっておりますので、お手数ですが、統合先のアドレスからこのケースへご連絡くださいますようお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-qp-partial', kind: 'support_reply', lang: 'ja', trap: true, note: 'plan: the merge is scheduled for next week; no event yet',
    from: SUPPORT, to: T, subject: formSubject(CASE.taro), when: '2026-10-10 20:44:00', enc: 'utf8qp', caseId: CASE.taro,
    text: `山田様

担当チームの作業予定を確認いたしましたところ、今週は試験予約システムのメンテナンスが重なっているため、お客様の統合作業は来週月曜日に実施する予定となっており、実施後にバッジの移行についてもあわせてご案内いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-jisb64-voucher', kind: 'support_reply', lang: 'ja', note: 'answers a question about the 50% voucher after the merge; a plain human reply',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-17 12:12:12', enc: 'jisb64', caseId: CASE.hanako,
    text: `佐藤様

統合元でお持ちだった 50% 割引のバウチャーにつきましてご質問をいただきましたが、バウチャーは有効期限内であれば統合先のアカウントの「特典」ページに表示される仕組みでございまして、表示されるまでに最大 48 時間ほどかかることがございます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-sjis-condition', kind: 'support_reply', lang: 'ja', trap: true, auth: 'dkimonly', note: 'ends in a condition (will write again once the merge can go ahead with the booking carried over); asks nothing. An aligned DKIM-only pass keeps it trusted',
    from: SUPPORT, to: H, subject: formSubject(CASE.hanako), when: '2026-10-15 17:40:00', enc: 'sjisb64', caseId: CASE.hanako,
    text: `佐藤様

予約中の試験につきましては、試験日が統合作業の予定日よりも後になっているため、統合の際に自動的に統合先へ引き継がれることが担当チームで確認できましたので、試験をキャンセルしていただく必要はなく、予約が引き継がれる形で統合を行えるようになり次第、改めてご連絡いたします。

AWS トレーニングと認定`,
  }),

  // ---------------- unrelated (11) ----------------
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', trap: true, note: 'the user\'s own consent reply (sent copy): no news from support',
    from: T, to: SUPPORT, cc: T, subject: formSubject(CASE.taro), when: '2026-10-10 10:02:00', enc: 'jis7', caseId: CASE.taro, auth: 'none',
    text: `ご担当者様

ご連絡ありがとうございます。ご提示いただいた内容で問題ございませんので、統合元のアカウントを統合先へ統合していただけますよう、お願いいたします。統合が取り消せないことも承知しております。

山田 太郎

${quote(supConfJa)}`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', trap: true, note: 'satisfaction survey after the case closed; mentions resolution and closing',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: H, subject: 'サポートの対応についてのアンケートのお願い', when: '2026-10-21 09:00:00', enc: 'utf8b64', caseId: CASE.hanako,
    text: `先日クローズされたケース ${CASE.hanako} につきまして、担当者の対応によって問題が解決したかどうか、今後のサービス向上のためにお聞かせいただきたく、1 分ほどで終わる簡単なアンケートにご協力いただけますでしょうか。

問題は解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-un-ooo-colleague', kind: 'unrelated', lang: 'ja', note: 'out-of-office auto reply from the user\'s old company colleague',
    from: '鈴木 一郎 <suzuki@oldwork.example.co.jp>', to: K, subject: '自動応答: 認定アカウントの件', when: '2026-10-22 10:00:00', enc: 'jis7', caseId: null, auth: 'none',
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'] },
    text: `大変申し訳ございませんが、11 月 2 日まで休暇をいただいておりますため、いただいたメールは休暇明けに順次確認させていただき、お急ぎの場合は情報システム部 (it@oldwork.example.co.jp) までご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', trap: true, note: 'a Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: T, subject: 'Microsoftのバッジ発行のお知らせ', when: '2026-10-15 03:03:03', enc: 'utf8qp', caseId: null,
    text: `${TARO.ja} 様

Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されましたので、下記から受け取りの操作を行ってください。

バッジを入手する
https://www.credly.com/earner/earned/badge/f3c2a1b0-2b3d-4e5f-9a8b-7c6d5e4f3a21`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', trap: true, note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    from: 'Credly <no-reply@credly.com>', to: H, subject: 'Credly アカウントの統合を完了してください', when: '2026-10-18 21:21:21', enc: 'utf8b64', caseId: null,
    text: `Credly でメールアドレス ${HANAKO.src} を既存のアカウントに追加する操作が行われましたが、2 つの Credly アカウントの統合を完了するには、以下の確認コードを 30 分以内に入力してください。

確認コード: 482913`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', trap: true, note: 'exam result notice; mentions the certification being added after the merge only in passing',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: K, subject: 'AWS 認定試験の結果のお知らせ', when: '2026-11-05 20:00:00', enc: 'sjisb64', caseId: null,
    text: `${MORI.ja} 様

先日受験いただいた AWS Certified SysOps Administrator - Associate の試験につきまして、採点が終わりましたので結果をお知らせいたしますが、合格となっておりますので、認定アカウントの「認定資格」ページからスコアレポートをご確認いただけます。デジタルバッジは数日以内に Credly から届きます。`,
  }),
  mk({
    slug: 'ja-un-other-case-refund', kind: 'unrelated', lang: 'ja', trap: true, note: 'receipt of the user\'s other case about a voucher refund (topic stated), not the merge case',
    from: AWS_NOTIFY, to: T, subject: `[CASE 1784490023] 受験バウチャーの返金に関するお問い合わせを受け付けました`, when: '2026-11-01 12:00:00', enc: 'jis7', caseId: '1784490023',
    text: `お客様からお寄せいただいた、受験バウチャーの二重購入に伴う返金のご依頼につきましては、ケース 1784490023 として受け付けましたので、請求担当のチームが購入履歴を確認の上、3 営業日以内にご連絡いたします。`,
  }),
  mk({
    slug: 'ja-un-forward-colleague', kind: 'unrelated', lang: 'ja', trap: true, forUser: false, note: 'the user forwards the merge-completed mail to a colleague: own mail, not for the user',
    from: K, to: '田中 真理 <tanaka@newwork.example.co.jp>', subject: `Fw: ${formSubject(CASE.mori)}`, when: '2026-10-27 13:00:00', enc: 'utf8qp', caseId: CASE.mori, auth: 'none',
    text: `田中さん

先日お話しした認定アカウントの件ですが、下のとおり統合が完了したとの連絡が来ましたので、社内の資格一覧の方も更新しておいていただけると助かります。

森

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年10月27日(火) 12:02
Subject: ${formSubject(CASE.mori)}

森様
ご承諾のご連絡を受けまして、統合は無事完了いたしましたので、本ケースはクローズとさせていただきます。`,
  }),
  mk({
    slug: 'ja-un-event', kind: 'unrelated', lang: 'ja', note: 'marketing for an AWS event; nothing about the case',
    from: 'AWS Japan <aws-japan-event@amazon.com>', to: H, subject: 'AWS Summit オンラインのご案内', when: '2026-10-25 11:00:00', enc: 'utf8b64', caseId: null,
    html: `<html><body><p>${HANAKO.ja} 様</p><p>クラウドの最新動向を学べる AWS Summit オンラインを今年も開催いたしますので、認定資格をお持ちの方向けのラウンジや、次の認定取得に向けた無料のセッションも含め、ぜひ事前登録の上ご参加ください。</p><p><a href="https://aws.amazon.com/jp/events/">事前登録はこちら</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-un-phish-lookalike', kind: 'unrelated', lang: 'ja', trap: true, note: 'phishing look-alike that threatens closure of the certification account; not part of the case',
    from: 'AWS 認定事務局 <notice@aws-certification-jp.net>', to: T, subject: '【重要】認定アカウントの統合手続きが未完了です', when: '2026-10-16 04:00:00', enc: 'sjis8', caseId: null, auth: 'none',
    text: `お客様の認定アカウントは統合の手続きが完了しておらず、48 時間以内に下記より本人確認を行っていただけない場合、取得済みの資格が失効となりますのでご注意ください。

https://aws-certification-jp.net/verify`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', trap: true, note: 'Skill Builder subscription completion notice; "completed" is about a course, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: K, subject: 'コースの修了おめでとうございます', when: '2026-11-09 08:08:08', enc: 'jis7', caseId: null,
    text: `${MORI.ja} 様

AWS Skill Builder でご受講いただいていた「Exam Prep: AWS Certified SysOps Administrator」のコースにつきまして、すべてのモジュールの受講が確認できましたので、修了証が発行され、学習履歴に追加されました。`,
  }),
];
