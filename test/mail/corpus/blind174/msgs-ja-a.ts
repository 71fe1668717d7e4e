// fq Japanese messages, part A: receipts, AI answers, information and consent requests.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, AWS_SUPPORT_NOTIFY, SUPPORT, SUPPORT_BARE, SUPPORT_JA, J, P, d, formSubject, formSubjectNoRe, gmailJa, outlookJa, quote, sfOriginal, sfRef, letter, letterText,
  JA_BADGE, JA_CERTS, JA_FAQ, JA_FOOTER, JA_PRIVACY, JA_PROCESS,
  withMore, X, JA_MORE, EN_MORE, CREDLY_EN, CREDLY_JA, CORP_JA, CORP_EN,
} from './common.js';

type In = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { more?: string[] };
const ja = (m: In): Msg => withMore({ lang: 'ja', auth: 'pass', trusted: true, forUser: true, trap: false, ...m });

const K = P.kenji!, Y = P.yui!, H = P.haruto!, T = P.taro!, HN = P.hanako!;

export const JA_A: Msg[] = [
  // ------------------------------------------------------------ acknowledgement (7)
  ja({
    slug: 'ja-ack-kenji-notify', kind: 'acknowledgement', caseId: '1774203958',
    note: 'AWS Support automatic receipt; the one sentence that the case was opened sits between a long preface and the process/benefit blocks',
    from: AWS_NOTIFY, to: K.keep, subject: 'AWS サポートケース 1774203958 の受付について', date: d('2026-02-03 21:14:07'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
本メールは、お客様がサポートセンターのお問い合わせフォームから送信された内容に基づき、自動でお送りしております。
近年、転職やメールアドレスの変更に伴う認定アカウントのお問い合わせが増えており、ご案内までに通常よりお時間をいただく場合がございます。何卒ご理解を賜りますようお願い申し上げます。`,
      `さて、お客様のお問い合わせは、ケース ID 1774203958 として登録されました。
担当者が内容を拝見し、24時間以内を目安にこのメールアドレス宛にご連絡いたしますので、今しばらくお待ちください。`,
      `なお、同じ内容で新しいケースを作成されますと、ケースが重複し、回答が遅れる原因となります。追加のご連絡がある場合は、本メールに返信する形でお送りください。`,
      JA_PROCESS[0]!,
      JA_CERTS[0]!,
      JA_PRIVACY[2]!,
      `引き続き、AWS をよろしくお願いいたします。
AWS サポート`,
      JA_FOOTER[3]!,
    ),
  }),
  ja({
    slug: 'ja-ack-yui-form', kind: 'acknowledgement', caseId: '17703318842', trap: true,
    note: 'receipt of the form submission with the submitted fields echoed back; its flow chart names confirmation, merge and badges but none of them happened',
    from: SUPPORT_JA, to: Y.keep, subject: formSubjectNoRe('17703318842'), date: d('2026-01-19 08:02:51'), enc: 'jisb64',
    text: J(
      `${Y.ja} 様`,
      `AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせの内容を以下のとおり承りました。`,
      `■お問い合わせ内容（お客様のご入力内容）
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
詳細: アカウントの統合
本文: 前の会社のアドレス（${Y.src}）で作った認定アカウントを、個人の ${Y.keep} にまとめたいです。
候補者ID: ${Y.keepId}`,
      `受付番号は 17703318842 です。1営業日以内に担当者から回答いたします。`,
      `■この後の流れ
受付 → 担当者によるアカウント確認 → お客様への確認のお願い → 統合作業 → 統合完了のご連絡 → バッジ移行
※ 上記は一般的な流れであり、お客様のケースでは一部の手順が省略される場合がございます。`,
      JA_BADGE[3]!,
      JA_FAQ[2]!,
      `AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-ack-haruto-sjis', kind: 'acknowledgement', caseId: '1781094427',
    note: 'support-center receipt in Shift_JIS; the case-created sentence is the third paragraph of a long notice',
    from: AWS_SUPPORT_NOTIFY, to: H.keep, subject: '[AWS Support] ケースを作成しました (ケース 1781094427)', date: d('2026-03-09 13:40:19'), enc: 'sjis8',
    text: J(
      `お客様各位`,
      `AWS サポートをご利用いただきありがとうございます。
このメールは、サポートセンターで新しいお問い合わせが登録された際に、登録メールアドレスへ自動的に送信されるものです。`,
      `件名: 認定アカウントの統合について
重要度: 一般的なご質問
カテゴリ: AWS トレーニングと認定 / アカウント`,
      `お問い合わせはケース番号 1781094427 で受け付けております。担当チームが順番に対応しておりますので、回答をお待ちいただけますと幸いです。ケースの履歴はサポートセンターからいつでもご確認いただけます。`,
      `■ご回答までの目安
通常、1営業日以内に最初のご連絡を差し上げております。ただし、週末・祝日を挟む場合や、お問い合わせが集中している時期は、数日かかることがございます。
■ご返信の方法
担当者からのメールに直接ご返信いただくと、同じケースに記録されます。`,
      JA_PROCESS[1]!,
      JA_PRIVACY[0]!,
      JA_FOOTER[3]!,
    ),
  }),
  ja({
    slug: 'ja-ack-hanako-utf8qp', kind: 'acknowledgement', caseId: '1769518830',
    note: 'Japanese receipt with English boilerplate underneath; only one sentence says the request was received as a case',
    from: AWS_NOTIFY, to: HN.keep, subject: 'お問い合わせを受け付けました [ケースID: 1769518830]', date: d('2026-01-05 10:21:44'), enc: 'utf8qp',
    text: J(
      `佐藤 花子 様`,
      `新年あけましておめでとうございます。年末年始の休業期間中にいただいたお問い合わせについては、順次対応を進めております。`,
      `このたびはお問い合わせいただき、ありがとうございました。ご依頼はケースID 1769518830 にて受理いたしました。担当部署からの返信をお待ちください。`,
      `ご依頼の内容によっては、候補者ID、両アカウントのメールアドレス、保有資格などを担当者からお伺いする場合がございます。あらかじめお手元にご用意いただけますと、お手続きがスムーズです。`,
      JA_CERTS[3]!,
      JA_BADGE[1]!,
      `--
Thank you for contacting Amazon Web Services. This is an automated message; the Japanese text above is the authoritative version.
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210`,
    ),
  }),
  ja({
    slug: 'ja-ack-taro-html', more: [JA_MORE[0]!], kind: 'acknowledgement', caseId: '176201849375', trap: true,
    note: 'HTML receipt whose timeline explains consent, merge completion and badge transfer in the future; the event is only that the case was opened',
    from: AWS_NOTIFY, to: T.keep, subject: 'ケースが作成されました: 176201849375', date: d('2026-02-17 07:55:03'), enc: 'utf8b64',
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定', title: 'お問い合わせありがとうございます', pre: '担当者からのご連絡をお待ちください',
      sections: [
        { body: `山田 太郎 様\n\nAWS 認定をご利用いただき、誠にありがとうございます。転職・異動などでメールアドレスが変わった際の認定アカウントの扱いについて、多くのお問い合わせをいただいております。` },
        { h: 'ケース情報', body: `ケース番号: 176201849375\nステータス: 未対応（担当者割り当て待ち）\n\nお客様のお問い合わせを上記の番号で登録いたしました。` },
        { h: '今後の予定', body: `担当者がアカウントを確認したのち、統合についてのご同意をお願いするメールをお送りします。ご同意をいただけましたら統合作業を行い、完了後に改めてご報告いたします。バッジの移行は統合完了後の作業となります。` },
        { h: '個人情報について', body: JA_PRIVACY[1]! },
      ],
      footer: JA_FOOTER[1]!,
    }),
  }),
  ja({
    slug: 'ja-ack-kenji-lookalike-server', kind: 'acknowledgement', caseId: '1774207716', trusted: false, auth: 'lookalikeServer',
    note: 'receipt of a second case; the only Authentication-Results is from a look-alike authserv-id, so untrusted',
    from: AWS_NOTIFY, to: K.keep, subject: 'AWS サポート：お問い合わせ番号 1774207716', date: d('2026-02-04 09:03:30'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `いつも AWS をご利用いただきありがとうございます。
お客様からのお問い合わせにつきまして、システムより自動でご連絡しております。`,
      `■受付内容
お問い合わせ番号：1774207716
受付日時：2026年2月4日 9時03分
区分：トレーニングと認定`,
      `上記のとおり、お問い合わせを承りました。担当者が確認のうえ、順次ご連絡いたします。`,
      `※ 既に同じ内容でお問い合わせいただいている場合、ケースを一つにまとめさせていただくことがございます。
※ 回答は本メールの宛先に送信されます。迷惑メールフォルダもあわせてご確認ください。`,
      JA_PROCESS[2]!,
      JA_FAQ[0]!,
      JA_FOOTER[2]!,
    ),
  }),
  ja({
    slug: 'ja-ack-yui-sjisb64', more: [JA_MORE[3]!], kind: 'acknowledgement', caseId: '1770902265',
    note: 'receipt that says nothing of its topic beyond the case number; read as what it looks like',
    from: AWS_SUPPORT_NOTIFY, to: Y.keep, subject: 'お問い合わせ受付のお知らせ (1770902265)', date: d('2026-01-27 23:48:12'), enc: 'sjisb64',
    text: J(
      `中村 様`,
      `夜分のお問い合わせ、ありがとうございます。営業時間外に受け付けたお問い合わせは、翌営業日以降に担当者が確認いたします。`,
      `今回の受付番号は1770902265となります。今後このケースについてご連絡いただく際は、この番号を件名に含めてください。`,
      `■サポートセンターでできること
・ケースの状況確認
・担当者へのメッセージ送信
・添付ファイルの追加（スクリーンショット等）
・ケースの解決（問題が解決した場合）`,
      `■ご注意
ご本人確認のため、ご登録のメールアドレス以外からのご連絡にはお答えできない場合がございます。`,
      JA_PRIVACY[2]!,
      JA_FOOTER[4]!,
    ),
  }),

  // ------------------------------------------------------------ ai_answer (7)
  ja({
    slug: 'ja-ai-kenji-selfservice', kind: 'ai_answer', caseId: null,
    note: 'generated answer shown before a case exists: points to the Merge Accounts tool; long explanation around it',
    from: AWS_NOTIFY, to: K.keep, subject: 'お問い合わせへの自動回答（AWS トレーニングと認定）', date: d('2026-02-03 21:05:51'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `お問い合わせいただいた内容について、生成 AI を利用した自動回答をお送りします。この回答は担当者が作成したものではありません。内容に誤りが含まれる可能性がありますので、ご了承ください。`,
      `■お問い合わせの要約
2つの AWS 認定アカウントを1つにまとめたい。`,
      `■回答
認定アカウントが2つある場合、多くのケースでは認定ポータルのセルフサービス機能でご自身で統合いただけます。プロフィール画面の「アカウントのマージ」から、残したいアカウントにサインインした状態で、もう一方のアカウントの情報を入力してお試しください。`,
      `■セルフサービスでの統合ができない場合
両方のアカウントに認定資格の履歴がある場合、ツールはエラーとなります。その場合は、この画面の「ケースを作成」を選択し、担当者へお問い合わせください。`,
      JA_CERTS[1]!,
      `この回答で問題は解決しましたか？　解決しない場合は、ケースを作成してサポートにお問い合わせください。`,
      JA_FOOTER[1]!,
    ),
  }),
  ja({
    slug: 'ja-ai-hanako-html', more: [JA_MORE[0]!], kind: 'ai_answer', caseId: null, trap: true,
    note: 'automated AI answer that walks through what happens after a merge (certifications, vouchers, badges); stays ai_answer',
    from: AWS_NOTIFY, to: HN.keep, subject: 'AI アシスタントからの回答: 認定アカウントの統合', date: d('2026-01-04 16:30:09'), enc: 'utf8qp',
    text: letterText({
      title: 'AI アシスタントからの回答',
      sections: [
        { body: `佐藤 様\nこの回答は AWS の AI アシスタントが自動で作成しました。担当者への相談をご希望の場合は「ケースを作成」をお選びください。` },
        { h: '■ご質問', body: '会社のメールで取った AWS 認定と、個人のアカウントの認定をまとめたい。' },
        { h: '■おすすめの方法', body: 'AWS 認定ポータルにサインインし、プロフィールから「アカウントのマージ」を開いてください。残すアカウント側で操作するのがポイントです。' },
        { h: '■統合後にどうなるか', body: '統合が終わると、統合元の認定資格・試験履歴が統合先に表示され、未使用のバウチャーも移ります。Credly のバッジは統合先のメールアドレス宛に発行し直されるため、「バッジを入手する」から受け取ってください。統合は取り消せないため、事前に両方のアカウントの内容を控えておくことをおすすめします。' },
        { h: '■解決しない場合', body: 'ツールでエラーが表示される場合は、サポートケースを作成してください。' },
      ],
      footer: JA_FOOTER[4]!,
    }),
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定', title: 'AI アシスタントからの回答',
      sections: [
        { body: `佐藤 様\nこの回答は AWS の AI アシスタントが自動で作成しました。担当者への相談をご希望の場合は「ケースを作成」をお選びください。` },
        { h: '■ご質問', body: '会社のメールで取った AWS 認定と、個人のアカウントの認定をまとめたい。' },
        { h: '■おすすめの方法', body: 'AWS 認定ポータルにサインインし、プロフィールから「アカウントのマージ」を開いてください。残すアカウント側で操作するのがポイントです。' },
        { h: '■統合後にどうなるか', body: '統合が終わると、統合元の認定資格・試験履歴が統合先に表示され、未使用のバウチャーも移ります。Credly のバッジは統合先のメールアドレス宛に発行し直されるため、「バッジを入手する」から受け取ってください。統合は取り消せないため、事前に両方のアカウントの内容を控えておくことをおすすめします。' },
        { h: '■解決しない場合', body: 'ツールでエラーが表示される場合は、サポートケースを作成してください。' },
      ],
      footer: JA_FOOTER[4]!,
    }),
  }),
  ja({
    slug: 'ja-ai-haruto-jisb64', kind: 'ai_answer', caseId: null,
    note: 'generated suggestion (Builder ID sign-in, then the self-service merge tool) framed by a long disclaimer',
    from: AWS_SUPPORT_NOTIFY, to: H.keep, subject: '自動回答：お問い合わせありがとうございます', date: d('2026-03-09 13:31:42'), enc: 'jisb64',
    text: J(
      `お問い合わせいただいた内容を確認し、関連する情報を自動でお届けします。`,
      `※ 本回答は生成 AI によるものです。AWS の公式見解ではなく、参考情報としてご利用ください。
※ 個別のアカウント情報は、この自動回答では確認しておりません。`,
      `お問い合わせの件、まずは AWS Builder ID で認定ポータルへサインインできるかをご確認ください。2024年以降、Amazon アカウントでのサインインは利用できなくなっています。サインインできましたら、プロフィールの「アカウントのマージ」からご自身で統合を試していただくのが最も早い方法です。`,
      `それでも統合できない場合（「このアカウントは統合できません」等の表示が出る場合）は、お手数ですがケースを作成し、以下をお知らせください。
・氏名、会社名
・AWS 候補者ID`,
      JA_PROCESS[1]!,
      JA_FAQ[2]!,
      JA_FOOTER[1]!,
    ),
  }),
  ja({
    slug: 'ja-ai-yui-sjis', kind: 'ai_answer', caseId: null,
    note: 'chat transcript of the AI assistant mailed to the user; it suggests the portal tool and offers to open a case',
    from: 'AWS Support <no-reply@support.aws.com>', to: Y.keep, subject: 'チャットの記録：AWS サポート アシスタント', date: d('2026-01-18 22:12:00'), enc: 'sjis8',
    text: J(
      `AWS サポート アシスタントとのチャット記録をお送りします。`,
      `[22:08] お客様: 認定のアカウントが前職と今ので2つあります。まとめられますか
[22:08] アシスタント: ご質問ありがとうございます。AWS 認定アカウントは、認定ポータルの「アカウントのマージ」機能で統合できる場合があります。
[22:09] お客様: 両方に資格があります
[22:10] アシスタント: 両方のアカウントに認定履歴がある場合は、セルフサービスでは統合できません。お問い合わせフォームからケースを作成いただくと、担当者が手続きをご案内します。ケースを作成する際は、残したいアカウントのメールアドレスでご連絡いただくとスムーズです。
[22:11] お客様: わかりました`,
      `この記録は自動生成されたものであり、AI アシスタントの回答には誤りが含まれる可能性があります。ケースはまだ作成されていません。`,
      JA_CERTS[2]!,
      JA_PRIVACY[0]!,
      JA_FOOTER[4]!,
    ),
  }),
  ja({
    slug: 'ja-ai-taro-utf8b64', kind: 'ai_answer', caseId: null,
    note: 'AI-generated answer suggesting the Merge Accounts tool and checking which account to sign in with; no human involved',
    from: AWS_NOTIFY, to: T.keep, subject: '生成AIによる回答のご案内', date: d('2026-02-17 07:49:26'), enc: 'utf8b64',
    text: J(
      `山田 様`,
      `AWS トレーニングと認定のお問い合わせフォームをご利用いただきありがとうございます。
フォームにご入力いただいた内容に対して、生成 AI が以下の回答を作成しました。お問い合わせの前に、こちらをご一読ください。`,
      `――――――――
退職に伴い認定資格を個人のアカウントへ移したい場合、認定ポータルの「アカウントのマージ」機能をご利用いただけます。
手順：
1. 今後使用するアカウント（個人のメールアドレス）でサインインします。
2. 右上のメニューからプロフィールを開き、「アカウントのマージ」を選択します。
3. 統合元アカウントのメールアドレスとパスワード、またはサインイン方法を入力します。
4. 画面の案内に従って操作を完了します。
――――――――`,
      `上記の方法で統合できなかった場合は、この画面下部の「ケースを作成」から担当者へご連絡ください。サインインせずにケースを作成することもできます。`,
      JA_BADGE[3]!,
      JA_PRIVACY[1]!,
      JA_FOOTER[4]!,
    ),
  }),
  ja({
    slug: 'ja-ai-kenji-followup-jis', more: [JA_MORE[0]!], kind: 'ai_answer', caseId: '1774203958',
    note: 'automated suggestion attached to an open case ("these articles may help"); the bot offers the self-service tool while the case waits',
    from: AWS_NOTIFY, to: K.keep, subject: '[ケース 1774203958] 解決に役立つ可能性のある情報', date: d('2026-02-03 21:20:15'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `ケース 1774203958 をご登録いただきありがとうございます。担当者からの回答を待つ間に、お客様のお問い合わせ内容に関連する情報を自動で選んでお送りします。`,
      `■おすすめの記事
・認定アカウントを統合する（セルフサービス）
  https://aws.amazon.com/jp/certification/faqs/
・AWS Builder ID でサインインする
・デジタルバッジの受け取り方`,
      `「アカウントのマージ」ツールで統合が完了した場合は、ケースを解決済みにしていただいて構いません。ツールがご利用いただけない場合は、このまま担当者からの連絡をお待ちください。`,
      `この案内は自動送信されています。お客様のアカウントを個別に確認したものではありません。`,
      JA_CERTS[0]!,
      JA_FOOTER[3]!,
    ),
  }),
  ja({
    slug: 'ja-ai-haruto-partner-utf8qp', kind: 'ai_answer', caseId: null,
    note: 'AI answer about partner (APN) accounts and the Merge Accounts tool; ends with how to open a case',
    from: AWS_NOTIFY, to: H.keep, subject: 'Re: 認定アカウントについてのご質問（自動応答）', date: d('2026-03-08 11:02:37'), enc: 'utf8qp',
    text: J(
      `伊藤 様`,
      `ご質問ありがとうございます。以下は AI による自動応答です。`,
      `AWS パートナー企業のメールアドレスで作成した認定アカウントをお持ちの場合でも、個人のメールアドレスのアカウントへまとめることは可能です。まずは認定ポータルで個人のアカウントにサインインし、「アカウントのマージ」をお試しください。会社の SSO でしかサインインできないアカウントは、ツールからは選択できないことがあります。`,
      `統合後、パートナー企業の実績画面への反映には数日かかる場合があります。また、パートナー企業との関連付けは Skill Builder のプロフィールで別途設定できます。`,
      JA_FAQ[1]!,
      `担当者による確認が必要な場合は、「ケースを作成」を押してください。自動応答へのご返信は担当者には届きません。`,
      JA_FOOTER[1]!,
    ),
  }),

  // ------------------------------------------------------------ info_request (8)
  ja({
    slug: 'ja-info-kenji-ids', kind: 'info_request', caseId: '1774203958',
    note: 'agent asks for both candidate IDs, both login emails and which account to keep; the request is in the middle of a long policy mail',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-04 15:26:40'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `AWS トレーニングと認定 カスタマーサービスの小林でございます。
この度はお問い合わせいただき、誠にありがとうございます。認定アカウントの統合についてのご依頼、確かに拝見いたしました。`,
      `統合のご依頼にあたり、まずは当チームでの手続きについて簡単にご説明いたします。`,
      JA_PROCESS[0]!,
      `つきましては、お手数ではございますが、以下の情報を本メールへのご返信でお送りいただけますでしょうか。
・統合先（残す）アカウントの候補者ID と登録メールアドレス
・統合元アカウントの候補者ID と登録メールアドレス
・各アカウントで取得済みの認定資格名
いただいた情報をもとに、アカウントを照合いたします。`,
      JA_CERTS[1]!,
      JA_PRIVACY[0]!,
      `ご不明な点がございましたら、お気軽にお問い合わせください。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
      sfRef('0Kq7Z1'),
    ),
  }),
  ja({
    slug: 'ja-info-yui-which-keep-confirmword', kind: 'info_request', caseId: '17703318842', trap: true,
    note: 'uses "ご確認のうえお知らせください": it asks which address to keep (information), not consent to the merge',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-01-20 11:47:09'), enc: 'jisb64',
    text: J(
      `中村 結衣 様`,
      `お世話になっております。AWS トレーニングと認定の鈴木と申します。
先日はケースをご作成いただき、ありがとうございました。お客様のご依頼内容について、担当部署にて確認を進めております。`,
      `確認の結果、${Y.src} と ${Y.keep} のいずれのアカウントにも認定資格の履歴がございました。このため、セルフサービスのツールではなく、当チームにて統合を承ります。`,
      `今後ご利用になるメールアドレスがどちらになるか、念のため改めてご確認のうえお知らせください。あわせて、統合元となるアカウントに現在の受験予約があるかどうかもお教えいただけますと幸いです。`,
      `ご返信をいただいた後、次の手続きについてご案内いたします。`,
      JA_CERTS[2]!,
      JA_BADGE[1]!,
      `何卒よろしくお願いいたします。

鈴木
AWS Training and Certification Customer Service`,
      JA_FOOTER[0]!,
      quote(`受付番号は 17703318842 です。1営業日以内に担当者から回答いたします。`),
    ),
  }),
  ja({
    slug: 'ja-info-haruto-outlook-quote', kind: 'info_request', caseId: '1781094427',
    note: 'second exchange: agent asks for the source account login email and pass dates; Outlook-style quote of the earlier mail below',
    from: SUPPORT_JA, to: H.keep, cc: H.src, subject: formSubject('1781094427'), date: d('2026-03-11 10:05:58'), enc: 'sjis8',
    text: J(
      `伊藤 様`,
      `ご返信ありがとうございます。AWS トレーニングと認定の高橋でございます。
候補者ID ${H.keepId} のアカウントにつきましては、確認が取れました。`,
      `一方で、統合元とされている候補者ID ${H.srcId} のアカウントでは、登録メールアドレスがお知らせいただいたものと一致しておりません。お手数ですが、統合元アカウントにサインインする際のメールアドレスと、そのアカウントで取得された認定資格の合格日を教えていただけますでしょうか。`,
      `照合が取れ次第、統合に向けた次のご案内をお送りいたします。`,
      JA_PROCESS[3]!,
      JA_CERTS[3]!,
      `よろしくお願いいたします。
高橋`,
      JA_FOOTER[0]!,
      outlookJa(`伊藤 陽翔 <${H.keep}>`, '2026年3月10日 18:22', SUPPORT_BARE, formSubject('1781094427'), `ご担当者様\n\n統合先: ${H.keepId}\n統合元: ${H.srcId}\nよろしくお願いします。\n伊藤`),
    ),
  }),
  ja({
    slug: 'ja-info-hanako-forged-below', more: [JA_MORE[2]!], kind: 'info_request', caseId: '1769518830', trusted: false, auth: 'forgedBelow',
    note: 'asks for candidate IDs and the address to keep, but the dmarc=pass sits below the server Received line: untrusted',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-06 14:18:26'), enc: 'utf8qp',
    text: J(
      `佐藤 花子 様`,
      `AWS トレーニングと認定の担当、渡部です。年始のお忙しいところ、お問い合わせいただきありがとうございます。`,
      `ご依頼いただいたアカウントの統合について、手続きを開始するには、両方のアカウントを特定する必要がございます。現時点で拝見できているのはメールアドレスのみのため、以下の項目をご返信ください。

1) 残したいアカウントの AWS 候補者ID
2) まとめたいアカウントの AWS 候補者ID
3) どちらのメールアドレスを今後お使いになるか`,
      `候補者IDは、認定ポータルにサインイン後、右上のお名前の下に「AWS」から始まる番号として表示されています。`,
      JA_PROCESS[2]!,
      JA_PRIVACY[2]!,
      `渡部
AWS トレーニングと認定`,
      JA_FOOTER[2]!,
    ),
  }),
  ja({
    slug: 'ja-info-taro-write-from-keep', kind: 'info_request', caseId: '176201849375',
    note: 'asks the user to write from the kept address AND send both candidate IDs: info_request per the guide',
    from: SUPPORT_JA, to: T.keep, cc: T.src, subject: formSubject('176201849375'), date: d('2026-02-18 09:33:12'), enc: 'jis7',
    text: J(
      `山田 太郎 様`,
      `いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの井上です。
ご退職に伴う認定アカウントの整理についてのご依頼、承知いたしました。`,
      `今回のケースは会社のメールアドレスから作成されておりますが、統合後は個人のメールアドレスのアカウントを残されるとのことですので、本人確認のため、${T.keep} から本メールにご返信いただき、その際に両アカウントの候補者IDを本文に記載してください。`,
      `会社のメールアドレスが近日中に使えなくなる場合でも、個人のアドレスからのご返信であれば手続きを継続できます。`,
      JA_CERTS[0]!,
      JA_BADGE[2]!,
      JA_FAQ[1]!,
      `井上
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-info-yui-html-list', kind: 'info_request', caseId: '1770902265',
    note: 'multipart HTML reply with a table of requested fields (names, IDs, certification notification email) between sections on policy',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('1770902265'), date: d('2026-01-29 17:02:44'), enc: 'utf8b64',
    text: letterText({
      title: 'アカウント統合に必要な情報のお願い',
      sections: [
        { body: '中村 様\nAWS トレーニングと認定の加藤です。お問い合わせいただいた件について、ご連絡いたします。' },
        { body: '統合作業は担当者が手作業で行っております。アカウントを正確に特定するため、次の情報を本メールへのご返信でお知らせいただけますか。' },
        { h: '■ご記入いただく項目', body: '・両アカウントの氏名（ローマ字）\n・両アカウントの AWS 候補者ID\n・両アカウントの認定通知用メールアドレス\n・残したいアカウントはどちらか' },
        { h: '■統合後の認定資格', body: JA_CERTS[0]! },
        { h: '■バッジ', body: JA_BADGE[0]! },
      ],
      footer: JA_FOOTER[0]!,
    }),
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定', title: 'アカウント統合に必要な情報のお願い',
      sections: [
        { body: '中村 様\nAWS トレーニングと認定の加藤です。お問い合わせいただいた件について、ご連絡いたします。' },
        { body: '統合作業は担当者が手作業で行っております。アカウントを正確に特定するため、次の情報を本メールへのご返信でお知らせいただけますか。' },
        { h: '■ご記入いただく項目', body: '・両アカウントの氏名（ローマ字）\n・両アカウントの AWS 候補者ID\n・両アカウントの認定通知用メールアドレス\n・残したいアカウントはどちらか' },
        { h: '■統合後の認定資格', body: JA_CERTS[0]! },
        { h: '■バッジ', body: JA_BADGE[0]! },
      ],
      footer: JA_FOOTER[0]!,
    }),
  }),
  ja({
    slug: 'ja-info-kenji-second-round-confirmword', kind: 'info_request', caseId: '1774203958', trap: true,
    note: 'a second round: "念のためご確認いただき、ご回答ください" about the notification email; it asks for data, not consent',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-06 12:41:18'), enc: 'utf88bit',
    text: J(
      `渡辺 様`,
      `ご返信いただきありがとうございました。小林でございます。
いただいた候補者IDで、両方のアカウントを確認できました。統合先 ${K.keepId}、統合元 ${K.srcId} ですね。`,
      `ひとつだけ、統合先アカウントの認定通知用メールアドレスが、現在も ${K.src} のままになっております。統合後はこの通知先に認定の更新案内などが届きますので、念のためご確認いただき、今後の通知先として希望されるアドレスをご回答ください。`,
      `ご回答をいただけましたら、統合に関する最終的なご案内に進みます。`,
      JA_PROCESS[1]!,
      JA_PRIVACY[1]!,
      `小林
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
      sfOriginal(`${K.ja} <${K.keep}>`, '2026/02/05 22:10', SUPPORT_BARE, formSubject('1774203958'), `小林様\n\nご連絡ありがとうございます。\n統合先 ${K.keepId} / ${K.keep}\n統合元 ${K.srcId} / ${K.src}\n保有資格: SAA, DVA, SOA\n\n渡辺`),
    ),
  }),
  ja({
    slug: 'ja-info-haruto-mobile-short-quote', kind: 'info_request', caseId: '1781094427',
    note: 'bottom-posted under a Gmail-style quote of the user: agent asks which address should receive the badges and the name spelling',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-12 16:58:03'), enc: 'sjisb64',
    text: J(
      gmailJa('2026年3月12日(木) 8:14', '伊藤 陽翔 <haruto.ito@example.jp>', `統合元のログインは ${H.src} です。\niPhoneから送信`),
      `伊藤 陽翔 様`,
      `高橋です。スマートフォンからのご返信、ありがとうございました。統合元アカウントのメールアドレスが特定できました。`,
      `現在、パートナー企業のアカウントには AWS Certified Solutions Architect - Associate と AWS Certified Developer - Associate の2件、個人のアカウントには AWS Certified Cloud Practitioner が登録されております。`,
      `統合にあたり、デジタルバッジを受け取るメールアドレスと、個人のアカウントの氏名表記（ローマ字）を併せてご連絡いただけますでしょうか。この2点が揃いましたら、手続きを先へ進めます。`,
      JA_BADGE[2]!,
      JA_FAQ[1]!,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,

    ),
  }),

  // ------------------------------------------------------------ confirmation_request (8)
  ja({
    slug: 'ja-conf-kenji-consent', kind: 'confirmation_request', caseId: '1774203958',
    note: 'agent lays out both accounts and asks the user to reply with consent, since the merge cannot be undone; wrapped in long explanation',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-07 10:12:55'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `小林でございます。認定通知用メールアドレスについてのご回答、ありがとうございました。統合後は ${K.keep} を通知先に設定いたします。`,
      `■統合の内容
統合先: ${K.keepId}（${K.keep}）
統合元: ${K.srcId}（${K.src}）
移行される認定資格: AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate、AWS Certified SysOps Administrator - Associate`,
      `統合を行いますと、統合元アカウントは使用できなくなり、元の状態に戻すことはできません。上記の内容で統合を進めてよろしいか、本メールへのご返信にてご承諾をお知らせください。`,
      `ご承諾をいただいた後、通常数営業日で作業を行います。`,
      JA_CERTS[2]!,
      JA_BADGE[0]!,
      JA_FAQ[0]!,
      `小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-conf-yui-agree-phrase', kind: 'confirmation_request', caseId: '17703318842',
    note: 'asks the user to reply "同意します" before the irreversible merge; restates the accounts and explains benefits',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-01-22 09:48:30'), enc: 'jisb64',
    text: J(
      `中村 様`,
      `鈴木です。今後お使いになるアドレスは ${Y.keep}、受験予約はないとのこと、承知いたしました。`,
      `これで統合に必要な確認はすべて整いました。統合元 ${Y.srcId} の認定資格2件と未使用の50%割引バウチャー1件が、統合先 ${Y.keepId} に移る予定です。`,
      `なお、アカウントの統合は一度行うと取り消すことができません。内容にお間違いがなければ、「同意します」とひとことご返信ください。ご返信を確認してから作業に着手いたします。`,
      JA_PROCESS[3]!,
      JA_CERTS[1]!,
      JA_PRIVACY[1]!,
      `鈴木
AWS Training and Certification Customer Service`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-conf-haruto-no-auth', kind: 'confirmation_request', caseId: '1781094427', trusted: false, auth: 'none',
    note: 'consent request with no Authentication-Results at all: untrusted by the guide',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-13 11:20:48'), enc: 'sjis8',
    text: J(
      `伊藤 様`,
      `高橋でございます。バッジの受け取り先と氏名の表記について、ご連絡ありがとうございました。`,
      `統合先 ${H.keepId}（${H.keep}）、統合元 ${H.srcId}（${H.src}）として準備が整いました。統合後は統合元アカウントにはサインインできなくなります。問題なければ、その旨をご返信ください。ご返信をもって正式なご依頼として承ります。`,
      `作業は通常1から3営業日で完了いたします。完了後には改めてご連絡いたします。`,
      JA_CERTS[3]!,
      JA_BADGE[1]!,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-conf-hanako-html', kind: 'confirmation_request', caseId: '1769518830',
    note: 'HTML reply: a summary table, then one paragraph asking for approval to merge, then FAQ and privacy',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-08 13:07:21'), enc: 'utf8qp',
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定 カスタマーサービス', title: '統合内容のご確認',
      sections: [
        { body: `佐藤 花子 様\n\n渡部です。候補者IDのご連絡ありがとうございました。以下の内容でアカウントを特定いたしました。` },
        { h: '■アカウント', body: `残すアカウント: ${HN.keepId} / ${HN.keep}\nまとめるアカウント: ${HN.srcId} / ${HN.src}` },
        { body: 'ご同意いただける場合は、このメールにご返信いただけますでしょうか。アカウントの統合は元に戻すことができませんので、内容を十分にご確認のうえでお願いいたします。' },
        { h: '■FAQ', body: JA_FAQ[0]! },
        { h: '■個人情報', body: JA_PRIVACY[0]! },
      ],
      footer: JA_FOOTER[0]!,
    }),
  }),
  ja({
    slug: 'ja-conf-taro-direct', kind: 'confirmation_request', caseId: '176201849375',
    note: 'agent skips the data round and directly asks the user to approve the irreversible merge; a restated earlier reply sits above it',
    from: SUPPORT_JA, to: T.keep, subject: formSubject('176201849375'), date: d('2026-02-19 15:44:09'), enc: 'jis7',
    text: J(
      `山田 様`,
      `井上です。個人のメールアドレスからご返信いただき、ありがとうございました。いただいた候補者ID ${T.keepId} と ${T.srcId} で、両アカウントを確認しております。`,
      `会社のアカウントには、AWS Certified Solutions Architect - Professional（2028年10月まで有効）と AWS Certified Security - Specialty の記録があり、これらが個人のアカウントへ移ることになります。`,
      `それでは、最終確認です。この統合は後から取り消すことができません。会社のアカウントの記録を個人のアカウントにまとめることにご同意いただけますか。ご同意の旨、このメールにご返信ください。`,
      JA_PROCESS[1]!,
      JA_CERTS[0]!,
      JA_FAQ[1]!,
      `井上
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
      sfRef('0Lr4C8'),
    ),
  }),
  ja({
    slug: 'ja-conf-yui-sjisb64-bottom', kind: 'confirmation_request', caseId: '1770902265',
    note: 'long reply with the consent question after the list of merged data; the previous exchange is quoted Outlook-style',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('1770902265'), date: d('2026-01-31 10:30:00'), enc: 'sjisb64',
    text: J(
      `中村 結衣 様`,
      `加藤でございます。ご記入いただいた情報、確かに受け取りました。丁寧にご記載いただき、ありがとうございます。`,
      `確認の結果、ご依頼のとおり統合可能であることがわかりました。統合後の表示名は、残すアカウントの「Yui Nakamura」となります。`,
      `つきましては、最後に一点だけお願いがございます。統合は不可逆の操作となりますので、お手続きを進めてよいか、ご承認のお返事をいただけますでしょうか。`,
      JA_CERTS[2]!,
      JA_BADGE[3]!,
      `加藤
AWS トレーニングと認定`,
      JA_FOOTER[2]!,
      outlookJa(`中村 結衣 <${Y.keep}>`, '2026年1月30日 21:17', 'AWS トレーニングと認定', formSubject('1770902265'), `加藤様\n\n氏名: Yui Nakamura / Yui Nakamura\n候補者ID: ${Y.keepId} / ${Y.srcId}\n通知用: ${Y.keep} / ${Y.src}\n残したいのは ${Y.keep} の方です。`),
    ),
  }),
  ja({
    slug: 'ja-conf-kenji-reminder', kind: 'confirmation_request', caseId: '1774203958',
    note: 'second nudge asking again for the go-ahead (consent) before the merge, with the whole process restated around it',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-10 09:15:37'), enc: 'utf8b64',
    text: J(
      `渡辺 健二 様`,
      `小林でございます。2月7日にお送りしたメールについて、その後いかがでしょうか。`,
      `念のため、改めてお送りいたします。統合先 ${K.keepId}、統合元 ${K.srcId} のアカウント統合について、進めてもよろしいでしょうか。お手数ですが、ご意向をご返信でお聞かせください。統合後に元へ戻すことはできませんので、ご納得いただいたうえでお返事いただけますと幸いです。`,
      `ご返信をいただくまで、統合作業は行いません。`,
      JA_PROCESS[0]!,
      JA_FAQ[0]!,
      `小林`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-conf-hanako-mixed-en', more: [JA_MORE[2]!], kind: 'confirmation_request', caseId: '1769518830',
    note: 'Japanese consent request followed by an English copy of the same question; new text is Japanese',
    from: SUPPORT, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-09 19:26:02'), enc: 'utf88bit',
    text: J(
      `佐藤様`,
      `渡部でございます。昨日お送りしたメールが、一部のメールソフトで表示が崩れていたとのご指摘をいただきましたので、テキスト形式で再送いたします。`,
      `残すアカウント ${HN.keepId}、まとめるアカウント ${HN.srcId} にて統合を行うことについて、ご了承いただけるかどうか、このメールへの返信でお伝えください。統合は取り消しのできない操作です。`,
      `(English) Please reply to confirm that you agree to merge ${HN.srcId} into ${HN.keepId}. This action is permanent.`,
      JA_CERTS[3]!,
      JA_PRIVACY[2]!,
      `渡部
AWS Training and Certification`,
      JA_FOOTER[0]!,
    ),
  }),
];
