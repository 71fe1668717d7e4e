// Japanese messages of the ds set. Voice: rare synonyms (一本化, 名寄せ, 集約, 併合, 一元化, ご承諾, 受理, 完結 ...).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KENJI, REQ_KENJI, REQ_TARO, SUPPORT, SUPPORT_ADDR, TARO, YUKI, form, gmailJa, mk, outlookJa, page, paras, quote, ref, sf } from './common.js';

const T = TARO.keep;
const H = HANAKO.keep;
const K = KENJI.keep;
const Y = YUKI.keep;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-kenji-juri', kind: 'acknowledgement', lang: 'ja', to: K, caseId: CASE.kenji, from: AWS_NOTIFY, enc: 'jis7', at: '2026-02-03 01:12:40',
    note: 'automatic receipt: the inquiry was 受理 under a case ID, answer within 24h',
    subject: `[CASE ${CASE.kenji}] お問い合わせを受理しました`,
    text: `森 健二 様\n\nAWS トレーニングと認定へお寄せいただいたご相談は、\nケース ID ${CASE.kenji} として受理されました。\n\n担当窓口より、通常24時間以内を目安にご返信申し上げます。\n同一のご相談で別のケースを起票されますと、かえってご返答が遅れる場合がございますのでご注意ください。\n\n本メールは送信専用アドレスから自動でお送りしています。\nAmazon Web Services`,
  }),
  mk({
    slug: 'ack-taro-touroku', kind: 'acknowledgement', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jisb64', at: '2026-01-19 23:05:11',
    note: 'receipt worded as 登録: the request is registered with its number, reply to follow',
    subject: `[CASE ${CASE.taro}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `山田 太郎 様\n\nフォームからのご依頼を登録いたしました。\n登録番号(ケースID): ${CASE.taro}\n\n担当者が内容を拝見のうえ、折り返しこちらのアドレス宛にご連絡いたします。\n追記がおありの場合は、件名を変えずに本メールへご返信ください。\n\nAWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-yuki-bodyonly', kind: 'acknowledgement', lang: 'ja', to: Y, caseId: CASE.yuki, from: AWS_NOTIFY, enc: 'sjis8', at: '2026-03-09 14:22:03', tz: '+0900',
    note: 'receipt with the case ID only in the body; the subject just says the intake is registered',
    subject: 'お問い合わせ登録のお知らせ',
    text: `伊藤 由紀 様\n\nこのたびはお問い合わせをいただき、誠にありがとうございます。\n以下の番号でご用件を承りました。\n\n  受付番号 ${CASE.yuki}\n  区分     AWS トレーニングと認定\n\n担当より追ってご連絡いたします。今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ack-hanako-kihyo', kind: 'acknowledgement', lang: 'ja', to: H, caseId: CASE.hanako, from: AWS_NOTIFY, enc: 'utf8qp', at: '2026-04-01 08:40:55',
    note: 'multipart receipt: 起票 of a new case, number given, human answer to follow',
    subject: `【AWS トレーニングと認定】ケース ${CASE.hanako} を起票いたしました`,
    text: `佐藤 花子 様\n\nご相談内容をケース ${CASE.hanako} として起票いたしました。\n担当者の割り当てが済み次第、本アドレスへ回答をお送りします。\n\n※ このメールに返信すると、同じケースに追記されます。`,
    html: page('ケース起票', `<p>佐藤 花子 様</p>\n<p>ご相談内容をケース <b>${CASE.hanako}</b> として起票いたしました。<br>担当者の割り当てが済み次第、本アドレスへ回答をお送りします。</p>\n<p style="color:#666">※ このメールに返信すると、同じケースに追記されます。</p>`),
  }),
  mk({
    slug: 'ack-yuki-dup', kind: 'acknowledgement', lang: 'ja', to: Y, caseId: CASE.yukiDup, from: AWS_NOTIFY, enc: 'utf8b64', at: '2026-03-09 15:01:44', tz: '+0900',
    note: 'receipt of a second (duplicate) case opened by the user; still a receipt with an ID',
    subject: `ケース ${CASE.yukiDup} の受理について`,
    text: `伊藤 由紀 様\n\nお問い合わせ ${CASE.yukiDup} を受理いたしました。\n内容を確認し、担当者より順次ご案内いたします。\n\nAWS Support`,
  }),
  mk({
    slug: 'ack-kenji-forged', kind: 'acknowledgement', lang: 'ja', to: K, caseId: '1783204551', from: SUPPORT, enc: 'jis7', at: '2026-02-03 03:30:00', auth: 'fail', trusted: false,
    note: 'receipt shape but dmarc=fail from the support address: untrusted acknowledgement',
    subject: `[CASE 1783204551] お問い合わせを受理いたしました`,
    text: `お客様\n\nお問い合わせ番号 1783204551 にて受理いたしました。\n担当よりご連絡いたします。`,
  }),
  mk({
    slug: 'ack-taro-mixed', kind: 'acknowledgement', lang: 'ja', to: TARO.src, cc: T, caseId: '1779026650', from: AWS_NOTIFY, enc: 'sjisb64', at: '2026-01-18 10:10:10',
    note: 'Japanese receipt on top of English boilerplate; no topic given, so read as the receipt it looks like',
    subject: '[CASE 1779026650] ご連絡を受け付けました / We have received your request',
    text: `お問い合わせいただき、ありがとうございます。ケース番号 1779026650 にてインテーク(受理)処理を行いました。\n\nThank you for contacting AWS. Case 1779026650 has been created. An agent will get back to you soon.\n\nAmazon Web Services, Inc.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-kenji-tool', kind: 'ai_answer', lang: 'ja', to: K, from: AWS_NOTIFY, enc: 'jis7', at: '2026-02-03 01:05:02',
    note: 'AI-generated answer pointing to the self-service account tool before a case exists',
    subject: 'AI アシスタントからのご案内: 認定アカウントの一元化',
    text: `このご案内は生成 AI によって自動作成されたものです。\n\n認定アカウントの一元化は、AWS Certification のプロフィール画面にある「Merge Accounts」からご自身で実施いただけます。\n両方のアカウントに認定履歴が残っている場合、このツールはご利用いただけないため、その際は「ケースを作成」からお知らせください。\n\nこの回答で解決しなかった場合は、引き続きフォームをご利用ください。`,
  }),
  mk({
    slug: 'ai-hanako-html', kind: 'ai_answer', lang: 'ja', to: H, from: AWS_NOTIFY, enc: 'utf8qp', at: '2026-03-31 23:58:14',
    note: 'HTML-only automated suggestion: try merging by yourself first',
    subject: 'よくあるご質問から自動でお答えします',
    html: page('自動回答', `<p>以下は Amazon Q がご質問内容から自動生成した回答案です。</p>\n<ol><li>aws.training にサインインし、[プロフィール] を開きます。</li><li>[アカウントを統合] を選び、もう一方の資格情報でサインインします。</li><li>画面の指示に沿って進めると、両アカウントの履歴がひとつにまとまります。</li></ol>\n<p>ツールで進められない場合のみ、担当者へのお問い合わせをご検討ください。</p>`),
  }),
  mk({
    slug: 'ai-taro-after', kind: 'ai_answer', lang: 'ja', to: T, from: AWS_NOTIFY, enc: 'sjis8', at: '2026-01-19 22:58:40', trap: true,
    note: 'automated answer that explains what happens after a merge (badges re-claimed on Credly): still ai_answer',
    subject: '自動応答: アカウント併合後の Credly バッジについて',
    text: `※ 本回答は AI により自動生成されています。\n\nアカウント併合の後、Credly のデジタル認定証は自動では移らないことがあります。\n併合を先に済ませ、その後 Credly で新しいメールアドレス宛にバッジを受け取り直す手順をお勧めします。\nまずはセルフサービスの統合ツールをお試しください。\n\n解決しない場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ai-yuki-kb', kind: 'ai_answer', lang: 'ja', to: Y, caseId: CASE.yuki, from: AWS_NOTIFY, enc: 'jisb64', at: '2026-03-09 14:22:30', tz: '+0900',
    note: 'automated reply on the case listing knowledge articles about consolidating accounts',
    subject: `[CASE ${CASE.yuki}] 参考になりそうな記事のご紹介(自動送信)`,
    text: `伊藤 由紀 様\n\nケース ${CASE.yuki} の内容から、関連しそうな記事を自動で選びました。\n\n・認定アカウントを集約する方法(セルフサービス)\n・Builder ID でのサインインについて\n・受験履歴が二つに分かれてしまったとき\n\nこれらで解決した場合、ご返信は不要です。担当者による回答も別途お送りします。`,
  }),
  mk({
    slug: 'ai-kenji-lookalike', kind: 'ai_answer', lang: 'ja', to: K, from: 'AWS 認定サポート <assist@aws-training-help.com>', enc: 'utf8b64', at: '2026-02-04 06:20:00', trusted: false,
    note: 'AI-style self-service suggestion from a look-alike domain: ai_answer but untrusted',
    subject: '【自動回答】認定アカウントのまとめ方',
    text: `お問い合わせありがとうございます。以下は自動回答です。\n\n複数の認定アカウントは、プロフィールの統合メニューからご自身で一つにまとめられます。\n詳しくは下記リンクからサインインしてご確認ください。\nhttps://aws-training-help.com/login`,
  }),
  mk({
    slug: 'ai-hanako-faq', kind: 'ai_answer', lang: 'ja', to: H, from: AWS_NOTIFY, enc: 'utf88bit', at: '2026-04-01 08:39:12',
    note: 'generated FAQ answer: use Merge Accounts; shown before case creation',
    subject: '生成AIによる回答: 重複した認定アカウント',
    text: `佐藤様\n\nお送りいただいた質問に対し、生成AIが下記のとおり回答を作成しました。\n\n重複した認定アカウントは「Merge Accounts」機能で束ねることができます。旧アカウントにサインインできる状態であれば、数分で済みます。\nどちらにも受験履歴がある場合は、ツールから先へ進めない旨が表示されます。その際はサポートへのケース作成をお選びください。\n\n(この回答はお役に立ちましたか? はい / いいえ)`,
  }),
  mk({
    slug: 'ai-taro-case', kind: 'ai_answer', lang: 'ja', to: T, caseId: CASE.taro, from: AWS_NOTIFY, enc: 'sjisb64', at: '2026-01-19 23:06:02',
    note: 'automatic suggestion sent on the case right after the receipt',
    subject: `[CASE ${CASE.taro}] 自動ご案内: セルフサービスでの一本化`,
    text: `本メッセージは自動で生成されました。\n\nケース ${CASE.taro} のご用件は、認定ポータルの統合ツールで解決できる可能性があります。\nプロフィール > アカウント統合 の順にお進みいただき、吸収させる側の資格情報を入力してください。\n担当者の回答をお待ちいただく必要はございません。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-kenji-ids', kind: 'info_request', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jis7', at: '2026-02-04 02:14:09',
    note: 'support asks for candidate IDs, e-mail addresses and which account to keep before the 集約',
    subject: form(CASE.kenji),
    text: `森 健二 様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定の中村でございます。\n\nアカウントの集約を進めるにあたり、恐れ入りますが以下をお知らせ願えますか。\n\n1. 双方のアカウントの候補者 ID(AWS から始まる番号)\n2. 双方のログイン用メールアドレス\n3. 存続させるアカウントはどちらか\n\nご返信をいただき次第、手続きに入ります。\n\n${ref('kenji1')}\n\n${sf(`${KENJI.ja} <${K}>`, '2026/02/03 1:10', SUPPORT_ADDR, 'アカウントについて', REQ_KENJI)}`,
  }),
  mk({
    slug: 'info-taro-confirmword', kind: 'info_request', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jisb64', at: '2026-01-21 05:02:47', trap: true,
    note: 'worded with ご確認 but asks for the notification address and company name: info_request, not a confirmation',
    subject: form(CASE.taro),
    text: `山田様\n\nお世話になっております。\n一本化の前に、aws.training に登録の通知用メールアドレスと、旧アカウント作成時のご所属(会社名)をご確認のうえお知らせください。\n照合が取れ次第、次のご案内をいたします。\n\n林\n\n${gmailJa('2026年1月20日(火) 8:05', '山田 太郎 <' + T + '>', REQ_TARO)}`,
  }),
  mk({
    slug: 'info-hanako-which', kind: 'info_request', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'sjis8', at: '2026-04-02 04:11:20',
    note: 'asks which account should survive the 併合, Outlook quote below',
    subject: form(CASE.hanako),
    text: `佐藤 花子 様\n\nご連絡ありがとうございます。\n併合後に残す側(存続アカウント)を、${HANAKO.keepId} と ${HANAKO.srcId} のどちらになさるか、ご返信にてご指定いただけますと幸いです。\nあわせて、旧勤務先のアドレス ${HANAKO.src} がまだ受信可能かもお教えください。\n\nよろしくお願い申し上げます。\nAWS トレーニングと認定 サポート 小川\n\n${outlookJa(`${HANAKO.ja} <${H}>`, '2026年4月1日 17:38', SUPPORT_ADDR, 'Re: アカウントの件', `転職前のアドレスで作った認定アカウントがあり、ひとつに寄せたいと考えています。\n佐藤`)}`,
  }),
  mk({
    slug: 'info-yuki-fromkeep', kind: 'info_request', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf8qp', at: '2026-03-10 11:45:00', tz: '+0900',
    note: 'asks the user to write from the kept address AND to give both candidate IDs: info_request',
    subject: form(CASE.yuki, 'Re:'),
    text: `伊藤様\n\n一元化のご依頼、承知いたしました。\nお手数ですが、存続をご希望のアドレス(${Y})からこのメールにご返信いただき、その際に両アカウントの候補者 ID を併記してください。\nID は認定ポータル右上のプロフィールからご覧いただけます。\n\nAWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-kenji-passdates', kind: 'info_request', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'sjisb64', at: '2026-02-05 07:31:18',
    note: 'second round: asks for the pass dates of the certifications on the old account',
    subject: form(CASE.kenji),
    text: `森様\n\nID のご提供ありがとうございました。\n${KENJI.srcId} の側で、取得された認定の名称と合格日(例: 2023/06/14 SAA)を、分かる範囲で書き添えてご返信いただけませんか。\n同姓同名の別アカウントとの取り違えを避けるためです。\n\n中村`,
  }),
  mk({
    slug: 'info-hanako-romaji', kind: 'info_request', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'utf8b64', at: '2026-04-03 02:00:41',
    note: 'multipart: for 名寄せ of the two profiles support needs the romanised name and birth month on the old one',
    subject: form(CASE.hanako),
    text: `佐藤様\n\n二つのプロフィールの名寄せにあたり、旧アカウントに登録された氏名のローマ字表記と、試験申込時の電話番号の末尾4桁をご教示ください。\n本人確認が済み次第、次の手順をご案内します。\n\n小川`,
    html: page('info', paras(`佐藤様\n\n二つのプロフィールの名寄せにあたり、旧アカウントに登録された氏名のローマ字表記と、試験申込時の電話番号の末尾4桁をご教示ください。\n本人確認が済み次第、次の手順をご案内します。\n\n小川`)),
  }),
  mk({
    slug: 'info-taro-forged', kind: 'info_request', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jis7', at: '2026-01-22 13:13:13', auth: 'forgedBelow', trusted: false,
    note: 'asks for the password of the old account; the only dmarc=pass sits below the server Received: untrusted info_request',
    subject: form(CASE.taro),
    text: `山田様\n\n統合作業のため、旧アカウント ${TARO.srcId} のパスワードと、登録電話番号を本メールにご記入ください。\n24時間以内にご返信がない場合、お手続きを中止いたします。`,
  }),
  mk({
    slug: 'info-yuki-notfound', kind: 'info_request', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf88bit', at: '2026-03-12 09:02:30', tz: '+0900',
    note: 'the ID given does not exist; asks to resend it together with the login address',
    subject: form(CASE.yuki, 'RE: RE:'),
    text: `伊藤 由紀 様\n\nお知らせいただいた AWS3371658 に該当する記録が見当たりませんでした(桁が一つ足りないようです)。\n旧アカウントの候補者 ID を、ログインに使われていたメールアドレスと一緒に、もう一度お送りいただけますでしょうか。\n\nお手数をおかけします。\n\n${quote(`候補者ID: AWS3371658\n伊藤`)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-kenji-shodaku', kind: 'confirmation_request', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jis7', at: '2026-02-06 03:20:05',
    note: 'asks for the customer\'s ご承諾 before the irreversible 併合',
    subject: form(CASE.kenji),
    text: `森 健二 様\n\nいただいた情報で照合が取れました。\n\n  吸収される側: ${KENJI.srcId} (${KENJI.src})\n  存続する側:   ${KENJI.keepId} (${K})\n\n併合は一度実施すると元に戻すことができません。上記の内容でご承諾いただけるようでしたら、その旨を本メールへの返信でお知らせください。\n\n中村`,
  }),
  mk({
    slug: 'conf-taro-ryosho', kind: 'confirmation_request', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jisb64', at: '2026-01-23 04:48:12',
    note: 'asks for ご了承 of the one-way 一本化 by reply',
    subject: form(CASE.taro),
    text: `山田様\n\n一本化の準備が整いました。${TARO.srcId} の受験履歴と特典を ${TARO.keepId} へ寄せる形となります。\n取り消しはできかねますので、ご了承いただけるか否かをご返信ください。ご返信を頂戴してから作業いたします。\n\n林`,
  }),
  mk({
    slug: 'conf-hanako-sfquote', kind: 'confirmation_request', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'sjis8', at: '2026-04-04 01:10:10',
    note: 'consent wanted for the listed source/target; earlier info exchange quoted Salesforce style',
    subject: form(CASE.hanako),
    text: `佐藤様\n\n下記の組み合わせで相違なければ、返信にて同意の意思をお示しください。\n統合元 ${HANAKO.srcId} / 統合先 ${HANAKO.keepId}\n実施後は分離できなくなります点、あらかじめお含みおきください。\n\n小川\n\n${sf(`${HANAKO.ja} <${H}>`, '2026/04/03 20:14', SUPPORT_ADDR, form(CASE.hanako), `ローマ字: SATO HANAKO\n電話 末尾: 4471\n残すのは ${HANAKO.keepId} です。`)}`,
  }),
  mk({
    slug: 'conf-yuki-doi', kind: 'confirmation_request', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf8qp', at: '2026-03-13 10:30:00', tz: '+0900',
    note: 'asks for 同意 (sign-off) by return mail before consolidating',
    subject: form(CASE.yuki),
    text: `伊藤様\n\n集約の作業に先立ち、お客様のご同意を賜りたく存じます。\nこの操作は不可逆で、${YUKI.srcId} は ${YUKI.keepId} に吸収されたのち閉鎖されます。\nよろしければ「同意します」とだけご返信ください。\n\nAWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'conf-kenji-mobile', kind: 'confirmation_request', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'sjisb64', at: '2026-02-06 09:00:45',
    note: 'short follow-up still waiting for the green light to merge',
    subject: form(CASE.kenji, 'RE: RE:'),
    text: `森様\n\n先日お送りしたご案内につき、ゴーサインをいただければすぐに一本化に着手いたします。\n取り消し不可となりますので、ご承認のご返信をお待ちしております。`,
  }),
  mk({
    slug: 'conf-taro-multipart', kind: 'confirmation_request', lang: 'ja', to: T, caseId: CASE.taro, enc: 'utf8b64', at: '2026-01-23 06:02:00',
    note: 'multipart consent request with a table of the two accounts',
    subject: form(CASE.taro),
    text: `山田 太郎 様\n\n下記の二件を一元化してよろしいでしょうか。\n\n残る側: ${TARO.keepId} ${T}\n消える側: ${TARO.srcId} ${TARO.src}\n\n元には戻せませんので、差し支えなければ承諾の旨をご返信ください。`,
    html: page('承諾のお願い', `<p>山田 太郎 様</p>\n<p>下記の二件を一元化してよろしいでしょうか。</p>\n<table border="1"><tr><td>残る側</td><td>${TARO.keepId}</td><td>${T}</td></tr><tr><td>消える側</td><td>${TARO.srcId}</td><td>${TARO.src}</td></tr></table>\n<p>元には戻せませんので、差し支えなければ承諾の旨をご返信ください。</p>`),
  }),
  mk({
    slug: 'conf-hanako-otheronly', kind: 'confirmation_request', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'jis7', at: '2026-04-04 05:55:00', auth: 'otherOnly', trusted: false,
    note: 'consent request whose only authentication verdict is a foreign authserv-id: untrusted',
    subject: form(CASE.hanako),
    text: `佐藤様\n\n併合のご承諾をいただけますか。承諾いただける場合は、下記URLからお手続きください。\nhttps://consent.example-verify.net/aws`,
  }),
  mk({
    slug: 'conf-yuki-mixed', kind: 'confirmation_request', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf88bit', at: '2026-03-13 11:15:00', tz: '+0900',
    note: 'Japanese request for consent with the irreversibility note in English',
    subject: form(CASE.yuki, 'RE:'),
    text: `伊藤様\n\n担当の者から英語で注意書きが届いておりますので、そのまま添えます。ご了承のうえ、可否をお返事ください。\n\n"Please note that once the two profiles are consolidated, this action is permanent and cannot be reversed."\n\n可であれば「了承」とご返信いただくだけで結構です。`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-kenji-ichigen', kind: 'merge_completed', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jis7', at: '2026-02-07 08:12:00',
    note: 'says the 集約 is done; asks to check that all looks right (still merge_completed)',
    subject: form(CASE.kenji),
    text: `森 健二 様\n\nご承諾ありがとうございました。\n本日、${KENJI.srcId} の記録を ${KENJI.keepId} へ集約する処理が完了いたしました。\n認定ポータルへサインインのうえ、資格と特典がすべて表示されているかご覧ください。\n\n中村`,
  }),
  mk({
    slug: 'merged-taro-utsushi', kind: 'merge_completed', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jisb64', at: '2026-01-24 02:33:09',
    note: 'history of the source account now sits on the kept one: the 一本化 is done',
    subject: form(CASE.taro),
    text: `山田様\n\nお待たせいたしました。\nAWS55219047 にあった受験履歴・認定・特典は、すべて AWS10482736 側へ移し終えました。旧アカウントは今後ご利用いただけません。\n\n林`,
  }),
  mk({
    slug: 'merged-portal-hanako', kind: 'merge_completed', lang: 'ja', to: H, from: CERT_PORTAL, enc: 'sjis8', at: '2026-04-06 00:05:31',
    note: 'certification portal notice (no case ID): the two profiles have been amalgamated',
    subject: 'AWS Certification: アカウントの統合が完了しました',
    text: `佐藤 花子 様\n\nお客様の AWS Certification アカウントは、別のアカウントと一つに取りまとめられました。\n今後は ${H} でサインインしてください。\n\nAWS Certification`,
  }),
  mk({
    slug: 'merged-yuki-close', kind: 'merge_completed', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf8qp', at: '2026-03-15 16:40:00', tz: '+0900', trap: true,
    note: 'merge done AND the case will be 完結: the new fact is the merge, closing words are incidental',
    subject: form(CASE.yuki),
    text: `伊藤様\n\nご同意をいただきましたので、両アカウントの併合を実施し、無事に終了いたしました。\nこれにて本ケースは完結とさせていただきます。他にご不明点があれば新たにお問い合わせください。\n\nAWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-hanako-bottom', kind: 'merge_completed', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'sjisb64', at: '2026-04-05 23:50:00',
    note: 'bottom-posted under the user\'s consent: the consolidation has been carried out',
    subject: form(CASE.hanako),
    text: `${quote(`小川様\n\n内容に相違ありません。併合をお願いします。\n佐藤`)}\n\n佐藤様\n\nご承認いただいた内容のとおり、アカウントの一元化を済ませました。\n${HANAKO.srcId} の受験記録は ${HANAKO.keepId} に反映されております。\n\n小川`,
  }),
  mk({
    slug: 'merged-portal-html', kind: 'merge_completed', lang: 'ja', to: K, from: CERT_PORTAL, enc: 'utf8b64', at: '2026-02-07 08:20:00',
    note: 'HTML-only portal notice: your accounts have been unified (no case ID)',
    subject: 'アカウント名寄せ完了のお知らせ',
    html: page('名寄せ完了', `<h2>AWS Certification</h2>\n<p>森 健二 様</p>\n<p>ご依頼によりお客様のアカウントの名寄せを行い、一つのアカウントにまとめました。</p>\n<p>認定・受験履歴は以後 <b>${K}</b> でご確認いただけます。</p>`),
  }),
  mk({
    slug: 'merged-taro-lookalike', kind: 'merge_completed', lang: 'ja', to: T, caseId: CASE.taro, from: 'AWS Training and Certification <noreply@amazon-certification-support.com>', enc: 'jis7', at: '2026-01-24 01:00:00', trusted: false,
    note: 'completion wording from a look-alike domain: merge_completed but untrusted',
    subject: form(CASE.taro),
    text: `山田様\n\nアカウントの統合を完了いたしました。\n反映を確認するため、下記から再度ログインしてください。\nhttps://amazon-certification-support.com/signin`,
  }),
  mk({
    slug: 'merged-kenji-typo', kind: 'merge_completed', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'utf88bit', at: '2026-02-07 09:01:10',
    note: 'typo (完了いたしまいた) in a completion message; 取りまとめ = merged',
    subject: form(CASE.kenji, 'RE: '),
    text: `森様\n\n二つのアカウントを一つに取りまとめる作業、先ほど完了いたしまいた。\nサインイン後、認定の一覧に ${KENJI.srcId} 由来の資格が並んでいることをご確認ください。\n\n中村`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-taro', kind: 'badges_transferred', lang: 'ja', to: T, from: CREDLY_AWS, enc: 'jis7', at: '2026-01-26 12:00:03',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `山田 太郎 様\n\nAmazon Web Services Training and Certification から、新しいデジタル認定証が発行されました。\n\nAWS Certified Solutions Architect - Associate\n\n下のボタンから受け取り手続きをお進めください。\n[バッジを入手する] https://www.credly.com/earner/earned/badge/7c1e\n\nCredly`,
  }),
  mk({
    slug: 'badge-support-kenji', kind: 'badges_transferred', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jisb64', at: '2026-02-09 04:44:00',
    note: 'support says the Credly credentials were moved to the kept account and the case is closed',
    subject: form(CASE.kenji),
    text: `森様\n\nお問い合わせのあった Credly のデジタル認定証につきまして、存続アカウント側のメールアドレスへ付け替えを行いました。\nCredly にサインインし、エンブレムが並んでいることをお確かめください。\nこれをもちまして本件は対応終了とさせていただきます。\n\n中村`,
  }),
  mk({
    slug: 'badge-credly-emblem', kind: 'badges_transferred', lang: 'ja', to: H, from: CREDLY_AWS, enc: 'sjis8', at: '2026-04-07 03:12:45',
    note: 'Credly notice of an AWS emblem waiting for the kept address',
    subject: '新しいエンブレムが届いています: AWS Certified Cloud Practitioner',
    text: `佐藤 花子 様\n\nAmazon Web Services Training and Certification が、あなたに AWS Certified Cloud Practitioner のエンブレムを授与しました。\n受け取ると、プロフィールで公開・共有できるようになります。\n\nバッジを入手する\nhttps://www.credly.com/badges/accept/c9a1\n\n今後このような通知が不要な場合は、設定から変更できます。`,
  }),
  mk({
    slug: 'badge-support-hanako', kind: 'badges_transferred', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'utf8qp', at: '2026-04-08 06:30:00',
    note: 'multipart: support says the badges were re-pointed to the kept address',
    subject: form(CASE.hanako),
    text: `佐藤様\n\nご指摘いただいたバッジ3点(CLF、SAA、DVA)を、${H} 宛に付け替えました。\nCredly 上で新しいアドレスに紐づいた状態で表示されます。\n\n小川`,
    html: page('badges', paras(`佐藤様\n\nご指摘いただいたバッジ3点(CLF、SAA、DVA)を、${H} 宛に付け替えました。\nCredly 上で新しいアドレスに紐づいた状態で表示されます。\n\n小川`)),
  }),
  mk({
    slug: 'badge-credly-fake', kind: 'badges_transferred', lang: 'ja', to: Y, from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', enc: 'sjisb64', at: '2026-03-16 10:00:00', tz: '+0900', trusted: false,
    note: 'AWS badge notice from a credly look-alike domain: badges_transferred but untrusted',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `伊藤 由紀 様\n\n新しいデジタル認定証が届いています。\nバッジを入手する: https://credly-mail.com/claim?id=55`,
  }),
  mk({
    slug: 'badge-support-yuki', kind: 'badges_transferred', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf8b64', at: '2026-03-17 13:20:00', tz: '+0900',
    note: 'after the merge the user reported missing badges; support says the credentials are now moved',
    subject: form(CASE.yuki, 'RE:'),
    text: `伊藤様\n\nご連絡ありがとうございます。\nご指摘のクレデンシャル(SAP、SCS)は、統合先アカウントへの移管を済ませております。\n反映まで少し時間がかかる場合がございますが、Credly のダッシュボードでご確認いただけます。`,
  }),
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', to: K, from: CREDLY_AWS, enc: 'utf88bit', at: '2026-02-09 05:00:00',
    note: 'HTML-only Credly mail with an AWS badge for the kept account',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: page('Credly', `<p>森 健二 様</p>\n<p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>\n<p><b>AWS Certified Developer - Associate</b></p>\n<p><a href="https://www.credly.com/earner/earned/badge/k1">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'badge-support-taro-outlook', kind: 'badges_transferred', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jis7', at: '2026-01-27 07:07:00',
    note: 'answers the user\'s Outlook-quoted question: the emblems are now on the kept account',
    subject: form(CASE.taro),
    text: `山田様\n\nお待たせしました。旧アドレス宛だったエンブレムを、新しいアドレスの Credly アカウントへ移し替えました。\n\n林\n\n${outlookJa(`${TARO.ja} <${T}>`, '2026年1月26日 21:10', SUPPORT_ADDR, `RE: ${form(CASE.taro)}`, `統合ありがとうございました。ただ、Credly のバッジが古いアドレスのままです。`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-kenji-taio', kind: 'case_closed', lang: 'ja', to: K, caseId: CASE.kenji, from: AWS_NOTIFY, enc: 'jis7', at: '2026-02-10 00:00:12',
    note: 'notice that the case has reached 対応終了',
    subject: `[CASE ${CASE.kenji}] ケースのステータス変更: 対応終了`,
    text: `ケース ${CASE.kenji} は対応終了となりました。\n追加のご質問は、同じケースを再オープンするか、新規にお問い合わせください。\n\nAmazon Web Services`,
  }),
  mk({
    slug: 'closed-yuki-reminder', kind: 'case_closed', lang: 'ja', to: Y, caseId: CASE.yukiDup, from: AWS_NOTIFY, enc: 'jisb64', at: '2026-03-12 09:00:00', tz: '+0900',
    note: 'auto-close reminder: without a reply the case will be archived in 5 days',
    subject: `ケース ${CASE.yukiDup} は 5 日後に自動で完結します`,
    text: `伊藤 由紀 様\n\nケース ${CASE.yukiDup} について、担当者からの最後のご案内にまだご返信をいただいておりません。\n5日以内にご返信がない場合、本ケースは自動的に完結(アーカイブ)されます。`,
  }),
  mk({
    slug: 'closed-taro-restate', kind: 'case_closed', lang: 'ja', to: T, caseId: CASE.taro, enc: 'sjis8', at: '2026-01-30 02:15:00', trap: true,
    note: 'closing that only restates the earlier 一元化: case_closed',
    subject: form(CASE.taro),
    text: `山田様\n\n先週一元化いたしましたアカウントにつきましては、その後問題なくご利用いただけているものと存じます。\nつきましては、本ケースを完結とさせていただきます。\n\n林`,
  }),
  mk({
    slug: 'closed-hanako-archive', kind: 'case_closed', lang: 'ja', to: H, caseId: CASE.hanako, from: AWS_NOTIFY, enc: 'utf8qp', at: '2026-04-12 00:00:00',
    note: 'the case has been archived (resolved status)',
    subject: `[CASE ${CASE.hanako}] ケースをアーカイブしました`,
    text: `佐藤 花子 様\n\nケース ${CASE.hanako} は解決済みとしてアーカイブされました。\nご不明点が残っている場合は、このメールに返信するとケースが再び開かれます。`,
  }),
  mk({
    slug: 'closed-kenji-misaligned', kind: 'case_closed', lang: 'ja', to: K, caseId: CASE.kenji, from: AWS_NOTIFY, enc: 'sjisb64', at: '2026-02-10 00:30:00', auth: 'misaligned', trusted: false,
    note: 'closing notice signed by an unrelated DKIM domain with dmarc=fail: untrusted',
    subject: `[CASE ${CASE.kenji}] 対応終了のお知らせ`,
    text: `ケース ${CASE.kenji} の対応を終了しました。アンケートへのご協力をお願いします。\nhttps://survey.sendgrid-bulk-7731.net/r/aws`,
  }),
  mk({
    slug: 'closed-hanako-resolved', kind: 'case_closed', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'utf8b64', at: '2026-04-11 03:00:00',
    note: 'agent marks the case resolved; earlier message quoted Salesforce style',
    subject: form(CASE.hanako),
    text: `佐藤様\n\n本件は解決済みのステータスへ変更し、クローズといたします。ご協力ありがとうございました。\n\n小川\n\n${sf(SUPPORT_ADDR, '2026/04/08 6:30', H, form(CASE.hanako), `ご指摘いただいたバッジ3点を付け替えました。`)}`,
  }),
  mk({
    slug: 'closed-yuki-noreply', kind: 'case_closed', lang: 'ja', to: Y, caseId: CASE.yukiDup, enc: 'utf88bit', at: '2026-03-18 10:00:00', tz: '+0900',
    note: 'no reply received, so the duplicate case is closed for now',
    subject: form(CASE.yukiDup),
    text: `伊藤様\n\nその後ご返信を頂戴できておりませんため、本件はいったん対応終了とさせていただきます。\n再開をご希望の際は、このメールにご返信ください。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-kenji-thanks', kind: 'support_reply', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jis7', at: '2026-02-06 12:00:00', trap: true,
    note: 'thanks for the consent, passed to the team: support_reply',
    subject: form(CASE.kenji),
    text: `森様\n\nご承諾のご返信、確かに拝受いたしました。\n担当部署へ作業を引き継ぎましたので、処理が済み次第あらためてご連絡いたします。\n\n中村`,
  }),
  mk({
    slug: 'sr-taro-future', kind: 'support_reply', lang: 'ja', to: T, caseId: CASE.taro, enc: 'jisb64', at: '2026-01-23 09:30:00', trap: true,
    note: 'future tense: 一本化が完了しましたら連絡 is not the completion',
    subject: form(CASE.taro),
    text: `山田様\n\nご了承の旨、ありがとうございます。\n一本化が完了しましたら、改めてこちらからご連絡差し上げます。通常2、3営業日ほどいただいております。\n\n林`,
  }),
  mk({
    slug: 'sr-yuki-dupcases', kind: 'support_reply', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'sjis8', at: '2026-03-10 09:15:00', tz: '+0900', trap: true,
    note: 'duplicate CASES were consolidated, not the accounts',
    subject: form(CASE.yuki),
    text: `伊藤様\n\n同じご用件で二つのお問い合わせ(${CASE.yuki} と ${CASE.yukiDup})を頂戴しておりましたので、こちらのケースに集約いたしました。\n以後のやり取りは本ケースでお願いいたします。\n\nAWS トレーニングと認定`,
  }),
  mk({
    slug: 'sr-hanako-notyet', kind: 'support_reply', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'utf8qp', at: '2026-04-05 05:00:00', trap: true,
    note: 'negated: the 併合 is not finished yet, escalated',
    subject: form(CASE.hanako),
    text: `佐藤様\n\nご確認のお問い合わせありがとうございます。\n併合処理はまだ完了しておらず、現在、担当チームへエスカレーションしております。進捗があり次第お知らせします。\n\n小川`,
  }),
  mk({
    slug: 'sr-kenji-writefromkeep', kind: 'support_reply', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'sjisb64', at: '2026-02-03 22:00:00',
    note: 'asks only to write from the kept address, no data requested: support_reply',
    subject: form(CASE.kenji),
    text: `森様\n\n恐れ入りますが、今後のご連絡は残されるご予定のアカウントのアドレスからお送りいただけますでしょうか。\n本人確認の都合上、そのほうが手続きが円滑に進みます。\n\n中村`,
  }),
  mk({
    slug: 'sr-taro-voucher', kind: 'support_reply', lang: 'ja', to: T, caseId: CASE.taro, enc: 'utf8b64', at: '2026-01-22 03:00:00', trap: true,
    note: 'answers a question about the 50% voucher: conditional on a future 一本化',
    subject: form(CASE.taro),
    text: `山田様\n\nご質問の受験割引特典(50%)につきましては、一本化が行われた場合、存続アカウント側に引き継がれる見込みです。\n未使用のものに限りますので、念のため事前に番号を控えておかれることをお勧めします。\n\n林`,
  }),
  mk({
    slug: 'sr-yuki-unable', kind: 'support_reply', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'utf88bit', at: '2026-03-11 18:20:00', tz: '+0900', trap: true,
    note: 'unable to 一本化 at this point (exam in progress): not a completion',
    subject: form(CASE.yuki, 'RE:'),
    text: `伊藤様\n\n旧アカウント側に受験予約が一件残っているため、現時点では一本化いたしかねます。\n予約の受験日(4月2日)が過ぎてから、改めて手続きを進めさせていただきます。`,
  }),
  mk({
    slug: 'sr-hanako-progress', kind: 'support_reply', lang: 'ja', to: H, caseId: CASE.hanako, enc: 'jis7', at: '2026-04-02 23:00:00',
    note: 'plain status update: still being looked at',
    subject: form(CASE.hanako),
    text: `佐藤様\n\nご返信ありがとうございます。いただいた内容を社内で確認しておりますので、もう少々お時間をください。\n\n小川`,
  }),
  mk({
    slug: 'sr-kenji-delay', kind: 'support_reply', lang: 'ja', to: K, caseId: CASE.kenji, enc: 'jisb64', at: '2026-02-05 01:00:00',
    note: 'apology for the delay with the Gmail-quoted nudge from the user',
    subject: form(CASE.kenji),
    text: `森様\n\nご返答が遅くなり申し訳ございません。順番に拝見しておりますので、本日中にご案内いたします。\n\n中村\n\n${gmailJa('2026年2月4日(水) 19:22', '森 健二 <' + K + '>', 'その後いかがでしょうか。')}`,
  }),

  mk({
    slug: 'sr-yuki-noauth', kind: 'support_reply', lang: 'ja', to: Y, caseId: CASE.yuki, enc: 'sjis8', at: '2026-03-14 08:00:00', tz: '+0900', auth: 'none', trusted: false,
    note: 'status reply in the support voice but the message carries no Authentication-Results at all: untrusted',
    subject: form(CASE.yuki, 'RE:'),
    text: `伊藤様\n\nご同意の件、社内で回覧しております。集約の可否が決まり次第ご連絡いたしますので、今しばらくお待ちください。\n\nAWS トレーニングと認定`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-crm-nayose', kind: 'unrelated', lang: 'ja', to: 'k.mori@oldsys.example.co.jp', from: 'CRM Cloud 通知 <notice@crmcloud-app.example.jp>', enc: 'sjis8', at: '2026-02-02 18:00:00', tz: '+0900', trusted: false, trap: true,
    note: 'a CRM tool finished 名寄せ of customer records: not an AWS account merge',
    subject: '【CRM Cloud】顧客データの名寄せ処理が完了しました',
    text: `ご担当者様\n\n2月2日 17:30 に実行された顧客レコードの名寄せ処理が完了しました。\n統合件数: 1,204 件 / 要確認: 37 件\n\n管理画面の「重複候補」から内容をご確認ください。`,
  }),
  mk({
    slug: 'un-consolidated-billing', kind: 'unrelated', lang: 'ja', to: T, from: AWS_NOTIFY, enc: 'jis7', at: '2026-01-15 04:00:00', trap: true,
    note: 'AWS Organizations consolidated billing notice (一括請求への統合): not the certification merge',
    subject: 'AWS Organizations: 一括請求へのアカウント統合が完了しました',
    text: `AWS をご利用いただきありがとうございます。\n\nメンバーアカウント 1234-5678-9012 は、組織 o-a1b2c3 の一括請求(コンソリデーティッドビリング)に統合されました。\n今後の利用料金は管理アカウントに請求されます。\n\nAmazon Web Services`,
  }),
  mk({
    slug: 'un-credly-ms', kind: 'unrelated', lang: 'ja', to: H, from: 'Microsoft via Credly <admin@credly.com>', enc: 'utf8qp', at: '2026-03-20 02:00:00', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `佐藤 花子 様\n\nMicrosoft から新しいデジタル認定証が発行されました: Microsoft Certified: Azure Fundamentals\n\nバッジを入手する https://www.credly.com/badges/ms-az900`,
  }),
  mk({
    slug: 'un-survey-kanketsu', kind: 'unrelated', lang: 'ja', to: K, caseId: CASE.kenji, from: 'AWS Support <no-reply-aws@amazon.com>', enc: 'jisb64', at: '2026-02-10 06:00:00', trap: true,
    note: 'survey asking whether the case was 完結 satisfactorily',
    subject: `ケース ${CASE.kenji} に関するアンケートのお願い`,
    text: `森 健二 様\n\nお問い合わせ ${CASE.kenji} は完結いたしましたでしょうか。\n対応品質向上のため、1分程度のアンケートにご協力ください。\nhttps://survey.aws.example/s/${CASE.kenji}`,
  }),
  mk({
    slug: 'un-own-forward', kind: 'unrelated', lang: 'ja', to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', from: `${TARO.ja} <${T}>`, enc: 'sjisb64', at: '2026-01-24 20:00:00', tz: '+0900', trusted: false, forUser: false, trap: true, caseId: CASE.taro,
    note: 'the user\'s own forward to a colleague about the 一本化: own mail, not for the user',
    subject: `Fwd: ${form(CASE.taro)}`,
    text: `鈴木さん\n\n例の認定アカウント、一本化してもらえました。参考までに転送します。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <${SUPPORT_ADDR}>\nDate: 2026年1月24日(土) 11:33\nSubject: ${form(CASE.taro)}\nTo: <${T}>\n\n山田様\nお待たせいたしました。AWS55219047 にあった受験履歴・認定・特典は、すべて AWS10482736 側へ移し終えました。`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', to: K, from: '田中 誠 <m.tanaka@oldsys.example.co.jp>', enc: 'jis7', at: '2026-02-06 10:00:00', tz: '+0900', trusted: false, trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'colleague\'s out-of-office reply mentioning the 併合 matter',
    subject: '自動応答: 不在のお知らせ (Re: アカウント併合の件)',
    text: `お世話になっております。田中です。\n2月6日から2月13日まで不在にしております。\nアカウント併合の件を含め、戻り次第ご返信いたします。お急ぎの場合は代表までご連絡ください。`,
  }),
  mk({
    slug: 'un-pearson-juri', kind: 'unrelated', lang: 'ja', to: Y, from: 'Pearson VUE <pearsonvue@pearsonvue.com>', enc: 'utf8b64', at: '2026-03-21 08:00:00', tz: '+0900', trusted: false, trap: true,
    note: 'exam booking 受理 from the test vendor: not the merge case',
    subject: '受験予約の受理について - AWS Certified Solutions Architect - Professional',
    text: `伊藤 由紀 様\n\n下記の受験予約を受理いたしました。\n試験: AWS Certified Solutions Architect - Professional\n日時: 2026年4月2日 13:00\n会場: オンライン監督試験\n\n登録番号: 482-117-093`,
  }),
  mk({
    slug: 'un-exam-case-ack', kind: 'unrelated', lang: 'ja', to: K, caseId: CASE.exam, from: AWS_NOTIFY, enc: 'utf88bit', at: '2026-02-15 03:00:00', trap: true,
    note: 'receipt of the user\'s OTHER case, about rescheduling an exam: unrelated',
    subject: `[CASE ${CASE.exam}] 受験日程変更のご相談を受理しました`,
    text: `森 健二 様\n\n受験日程の変更に関するご相談を、ケース ${CASE.exam} として受理しました。\n試験予約の変更は通常、試験日の24時間前まで可能です。担当より追ってご案内します。`,
  }),
  mk({
    slug: 'un-skillbuilder-archive', kind: 'unrelated', lang: 'ja', to: H, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', enc: 'sjis8', at: '2026-03-25 01:00:00', trap: true,
    note: 'Skill Builder courses were archived: not a case closing',
    subject: '受講中のコースがアーカイブされました',
    text: `佐藤 花子 様\n\nお客様の学習プランに含まれていた次のコースは、内容の改訂に伴いアーカイブされました。\n・Exam Prep: AWS Certified Developer - Associate (旧版)\n\n新版のコースは同じ画面から登録できます。`,
  }),
  mk({
    slug: 'un-credly-university', kind: 'unrelated', lang: 'ja', to: T, from: '東都大学 via Credly <admin@credly.com>', enc: 'jisb64', at: '2026-01-28 01:00:00', trap: true,
    note: 'a university badge via Credly, not an AWS badge',
    subject: '東都大学のバッジ発行のお知らせ',
    text: `山田 太郎 様\n\n東都大学 社会人講座「クラウド基礎」の修了エンブレムが発行されました。\nバッジを入手する https://www.credly.com/badges/toto-cloud`,
  }),
  mk({
    slug: 'un-event-touroku', kind: 'unrelated', lang: 'ja', to: Y, from: 'AWS イベント事務局 <aws-events-jp@amazon.com>', enc: 'utf8qp', at: '2026-03-01 02:00:00', trap: true,
    note: 'event registration receipt for an AWS certified-holders lounge',
    subject: '【ご登録受理】AWS 認定者ラウンジ 2026',
    text: `伊藤 由紀 様\n\nAWS 認定者ラウンジ 2026 へのご登録を受理しました。\n当日は会場受付で、デジタルバッジ(Credly)の画面をご提示ください。\n\nAWS イベント事務局`,
  }),
];
