// Set di (letters), Japanese messages. Every body is a letter: 拝啓…敬具 or 前略…草々,
// a seasonal greeting, thanks and apologies, the one sentence that matters, long closing courtesies.
import type { Msg } from './lib.js';
import { C, CREDLY_AWS, NAK, NOREPLY, OKA, SUPPORT, SUPPORT_ADDR, SUZ, TAK, caseSubj, gmailJa, mk, olJa, q, sfq, threadRef, toHtml } from './common.js';

const SUZ_REQ = `AWS認定のアカウントが二つに分かれてしまったため、一つにまとめていただきたくご連絡いたしました。
残す方: ${SUZ.keepId} / ${SUZ.keep}
まとめる方: ${SUZ.srcId} / ${SUZ.src}
鈴木 一郎`;
const TAK_REQ = `大学在籍中に受験した際のアカウントと、現在の個人アカウントがございます。
同一人物ですので、個人の方(${TAK.keep})へ寄せていただけますと幸いです。
高橋`;
const NAK_REQ = `前職の会社アドレスで取った資格を、個人のアドレス ${NAK.keep} のアカウントへ移したく存じます。
候補者ID: ${NAK.srcId}(旧) / ${NAK.keepId}(新)`;

export const JA: Msg[] = [
  // ───────────── acknowledgement (8)
  mk({
    s: 'ack-haikei-receipt', k: 'acknowledgement', l: 'ja', from: NOREPLY, to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-09 10:02:41',
    subj: `お問い合わせを受け付けました [ケースID ${C.suz}]`,
    note: 'automatic receipt in letter form; the case ID sits in the subject and the middle of the letter',
    text: `鈴木 一郎 様

拝啓 立冬の候、ますますご清祥のこととお慶び申し上げます。
平素よりアマゾン ウェブ サービスをご愛顧賜り、誠にありがとうございます。
このたびはお忙しいなかお問い合わせをお寄せいただき、心より御礼申し上げます。

さて、お客様からのご依頼はケースID ${C.suz} として承りました。

担当者が内容を拝見のうえ、通常24時間以内に本メールアドレス宛てにご連絡差し上げます。
同じご用件で重ねてケースを作成されますと、かえってご回答が遅れる場合がございますので、
何卒ご容赦くださいますようお願い申し上げます。
末筆ながら、皆様のますますのご健勝をお祈り申し上げます。

敬具

アマゾン ウェブ サービス
※本メールは送信専用アドレスからお送りしております。`,
  }),
  mk({
    s: 'ack-zenryaku-sjis', k: 'acknowledgement', l: 'ja', to: TAK.keep, enc: 'sjis8', id: C.tak, d: '2026-11-10 21:47:05',
    subj: `[CASE ${C.tak}] お問い合わせ受付のご連絡`,
    note: 'short 前略 receipt from the form address: case received, reply within a day',
    text: `高橋 美咲 様

前略 取り急ぎ、ご依頼を確かに拝受いたしましたことをお知らせ申し上げます。
受付番号は ${C.tak} でございます。
内容を確認し、担当より追ってご連絡いたします。
今しばらくお待ちくださいますよう、よろしくお願い申し上げます。

草々

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    s: 'ack-html-only', k: 'acknowledgement', l: 'ja', from: NOREPLY, to: NAK.keep, enc: 'utf8b64', id: C.nak, d: '2026-11-12 08:15:30',
    subj: 'AWS サポート: ケースを作成しました',
    note: 'HTML-only receipt; case ID only in the body',
    html: `<html><body style="font-family:sans-serif">
<p>中村 健 様</p>
<p>拝啓 晩秋の候、貴殿におかれましてはますますご健勝のこととお喜び申し上げます。<br>
日頃よりAWSトレーニングと認定をご利用いただき、厚く御礼申し上げます。</p>
<p>お問い合わせは <b>ケース番号: ${C.nak}</b> にて受け付けを完了しております。</p>
<p>順番にお答えしておりますので、担当者からの返信まで今しばらくお時間を頂戴できれば幸いです。<br>
寒さが一段と厳しくなってまいりました折、どうぞご自愛くださいませ。</p>
<p style="text-align:right">敬具</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. はAmazon.com, Inc.の子会社です。本メールへの返信はできません。</p>
</body></html>`,
  }),
  mk({
    s: 'ack-lists-fields', k: 'acknowledgement', l: 'ja', trap: true, from: NOREPLY, to: OKA.keep, enc: 'jisb64', id: C.oka, d: '2026-11-16 13:30:12',
    subj: `ケースID ${C.oka}: お問い合わせを受け付けました`,
    note: 'receipt that lists the submitted fields and says the team will contact once the merge is done: future merge words inside a receipt',
    text: `岡田 由紀 様

拝啓 向寒の候、貴台におかれましてはいよいよご清栄のこととお慶び申し上げます。
このたびはご丁寧なお問い合わせを賜り、誠にありがとうございました。
ご不便をおかけしておりますこと、まずは深くお詫び申し上げます。

ケースID ${C.oka} として、下記の内容で受け付けいたしました。
  お問い合わせの種類: AWS トレーニングと認定
  問題の種類: 認定 / アカウントの統合
  氏名: 岡田 由紀
  候補者ID: ${OKA.keepId}

担当部署にて確認し、統合作業が完了しましたら改めてご連絡申し上げます。
時節柄、くれぐれもご自愛のほどお祈り申し上げます。

敬具
AWS Support`,
  }),
  mk({
    s: 'ack-forged-lookalike', k: 'acknowledgement', l: 'ja', from: 'AWS サポート <support@amaz0n-jp.com>', to: SUZ.keep, enc: 'jisb64', id: C.suzDup, d: '2026-11-09 11:40:00',
    subj: `お問い合わせ受付のお知らせ(ケース ${C.suzDup})`,
    note: 'receipt from the look-alike domain amaz0n-jp.com: untrusted though authenticated for its own domain',
    text: `鈴木様

拝啓 時下ますますご清栄のこととお慶び申し上げます。
お問い合わせ(ケース ${C.suzDup})を受け付けました。
本人確認のため、下記リンクよりサインインのうえお待ちください。
http://amaz0n-jp.com/verify

敬具
AWS サポートセンター`,
  }),
  mk({
    s: 'ack-no-topic-multipart', k: 'acknowledgement', l: 'ja', from: NOREPLY, to: TAK.keep, enc: 'jisb64', id: C.tak, d: '2026-11-10 21:46:59',
    subj: `ケース ${C.tak} を受け付けました`,
    note: 'receipt that names no topic, multipart/alternative: read as what it looks like',
    text: `高橋 美咲 様

拝啓 晩秋の候、いよいよご清祥のこととお慶び申し上げます。
平素は格別のお引き立てにあずかり、厚く御礼申し上げます。

お客様のお問い合わせは、ケース ${C.tak} として記録されました。

ご返信の際は、件名を変えずにこのメールへそのままご返信くださいますようお願いいたします。
まずは略儀ながら書中にてご案内申し上げます。

敬具
Amazon Web Services`,
    html: toHtml(`高橋 美咲 様

拝啓 晩秋の候、いよいよご清祥のこととお慶び申し上げます。
平素は格別のお引き立てにあずかり、厚く御礼申し上げます。

お客様のお問い合わせは、ケース ${C.tak} として記録されました。

ご返信の際は、件名を変えずにこのメールへそのままご返信くださいますようお願いいたします。
まずは略儀ながら書中にてご案内申し上げます。

敬具
Amazon Web Services`),
  }),
  mk({
    s: 'ack-id-body-only-qp', k: 'acknowledgement', l: 'ja', to: NAK.keep, enc: 'utf8qp', id: C.nak, d: '2026-11-12 08:16:02',
    subj: 'お問い合わせを承りました',
    note: 'receipt whose case ID is only in the body; qp UTF-8',
    text: `中村 健 様

謹啓 初冬の候、貴殿ますますご清祥の段、大慶に存じます。
日頃は一方ならぬご厚情を賜り、誠にありがとうございます。

お送りいただいたご依頼は、受付番号 ${C.nak} にて承りましたことをご報告いたします。

順次対応しておりますため、回答までに一両日ほどお時間を頂戴する場合がございます。
恐縮ではございますが、今しばらくお待ちいただけますと幸いに存じます。

謹白
AWS トレーニングと認定 お客様窓口`,
  }),
  mk({
    s: 'ack-resent-company', k: 'acknowledgement', l: 'ja', forUser: false, from: NOREPLY, to: OKA.src, enc: 'jis7', id: C.oka, d: '2026-11-16 13:31:40',
    subj: `お問い合わせを受け付けました - ケース ${C.oka}`,
    resent: { from: 'postmaster@bank.example.co.jp', to: 'it-archive@bank.example.co.jp', date: rfcResent('2026-11-16 13:32:10') },
    note: 'receipt redirected by the old employer to its archive: Resent-* headers, so not delivered to the user',
    text: `岡田 由紀 様

拝啓 向寒のみぎり、皆様にはご健勝のこととお喜び申し上げます。
お問い合わせをケース ${C.oka} として承りました。
担当者より追ってご連絡いたしますので、恐れ入りますがお待ちください。

敬具
アマゾン ウェブ サービス`,
  }),

  // ───────────── ai_answer (7)
  mk({
    s: 'ai-selfservice-letter', k: 'ai_answer', l: 'ja', from: NOREPLY, to: SUZ.keep, enc: 'jis7', id: null, d: '2026-11-09 09:58:10',
    subj: 'AWS サポートからのご案内(自動生成の回答)',
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool, in letter form',
    text: `鈴木 一郎 様

拝啓 立冬の候、ますますご清祥のこととお慶び申し上げます。
この度はお問い合わせいただき、誠にありがとうございます。

以下は、お寄せいただいた内容をもとにAIが生成したご案内です。
認定アカウントが二つある場合、AWS Certification アカウントにサインインし、プロフィールの「Merge Accounts」からご自身で統合をお試しいただけます。

上記で解決しない場合は、「ケースを作成」より担当者へお問い合わせくださいませ。
略儀ながら、まずはご案内まで申し上げます。

敬具
Amazon Web Services(自動応答)`,
  }),
  mk({
    s: 'ai-explains-after', k: 'ai_answer', l: 'ja', trap: true, from: NOREPLY, to: TAK.keep, enc: 'utf8b64', id: null, d: '2026-11-10 21:30:44',
    subj: 'お問い合わせへの自動回答',
    note: 'AI answer that describes what a completed merge looks like; still ai_answer',
    text: `高橋 美咲 様

拝啓 晩秋の候、貴台ますますご健勝のこととお慶び申し上げます。
日頃より格別のご高配を賜り、厚く御礼申し上げます。

このご案内は生成AIによって作成されています。内容に誤りが含まれる場合がございます。
統合ツールは認定ポータルの[プロフィール] > [アカウントの統合]にございまして、移行元の認定情報を現在のアカウントに移す手続きでございます。
統合が完了すると、両方の認定と特典が一つのアカウントにまとめて表示され、バッジもそちらから受け取れるようになります。
なお、双方に認定履歴がある場合は、ツールからは実行できませんので、サポートへのケース作成をご検討ください。

末筆ながら、貴台のますますのご活躍をお祈り申し上げます。
敬具`,
  }),
  mk({
    s: 'ai-sjis-short', k: 'ai_answer', l: 'ja', from: NOREPLY, to: NAK.keep, enc: 'sjisb64', id: null, d: '2026-11-12 07:59:13',
    subj: 'AIアシスタントからの回答',
    note: 'AI assistant answer pointing to the portal tool, Shift_JIS base64',
    text: `前略
お問い合わせありがとうございます。AIアシスタントが回答いたします。
認定アカウントのまとめは、aws.training の認定ページにサインイン後、アカウント設定内の統合機能よりお手続きいただけます。
解決しない場合は、下部の「ケースを作成」ボタンから担当者にお繋ぎください。
草々`,
  }),
  mk({
    s: 'ai-fail-auth', k: 'ai_answer', l: 'ja', auth: 'fail', from: NOREPLY, to: OKA.keep, enc: 'jis7', id: null, d: '2026-11-16 13:20:05',
    subj: '自動生成されたご回答のお知らせ',
    note: 'AI suggestion whose topmost Authentication-Results says dmarc=fail: untrusted',
    text: `岡田 由紀 様

拝啓 向寒の候、ご清栄のこととお慶び申し上げます。
本回答は自動で生成されたものです。
Merge Accounts ツールをご利用いただくと、ご自身でアカウントをおまとめいただける場合がございます。
ご不明な点は、サポートまでケースをお寄せください。

敬具`,
  }),
  mk({
    s: 'ai-html-multipart', k: 'ai_answer', l: 'ja', from: NOREPLY, to: SUZ.keep, enc: 'utf8qp', id: null, d: '2026-11-20 12:02:30',
    subj: 'AWS トレーニングと認定: おすすめの解決方法',
    note: 'automated recommendation (self-service merge) as multipart/alternative',
    text: `鈴木 一郎 様

拝啓 霜寒の候、皆様ますますご健勝のこととお喜び申し上げます。

お問い合わせ内容から、次の方法が役に立つかもしれません(自動生成)。
・認定アカウントにサインインし、「アカウントを統合」画面で、もう一方のアカウントのメールアドレスを入力する

この回答で問題が解決しましたか? 解決しない場合は引き続きケースを作成できます。

敬具`,
    html: toHtml(`鈴木 一郎 様

拝啓 霜寒の候、皆様ますますご健勝のこととお喜び申し上げます。

お問い合わせ内容から、次の方法が役に立つかもしれません(自動生成)。
・認定アカウントにサインインし、「アカウントを統合」画面で、もう一方のアカウントのメールアドレスを入力する

この回答で問題が解決しましたか? 解決しない場合は引き続きケースを作成できます。

敬具`),
  }),
  mk({
    s: 'ai-mixed-boilerplate', k: 'ai_answer', l: 'ja', from: NOREPLY, to: TAK.keep, enc: 'utf88bit', id: null, d: '2026-11-25 19:11:07',
    subj: 'Amazon Q による回答: 認定アカウントについて',
    note: 'Japanese AI answer with an English disclaimer footer',
    text: `高橋様

拝啓 初冬の候、益々ご清祥のこととお慶び申し上げます。
ご質問ありがとうございます。以下はAIによる参考回答です。
過去に大学のメールで作成されたアカウントがある場合、セルフサービスの統合機能で、現在お使いのアカウントへ履歴を寄せることができます。
画面の案内に沿って、両方のアカウントのサインイン情報をご用意ください。

敬具

This response was generated by AI and may not be accurate. If you still need help, choose "Create case".`,
  }),
  mk({
    s: 'ai-zenryaku-jisb64', k: 'ai_answer', l: 'ja', from: NOREPLY, to: NAK.keep, enc: 'jisb64', id: null, d: '2026-12-01 08:44:50',
    subj: 'お問い合わせいただいた件について(自動回答)',
    note: 'automated suggestion in 前略 form: try the merge tool first',
    text: `中村 健 様

前略 ごめんくださいませ。
お寄せいただいたご質問に、自動応答システムよりお答えいたします。
まずは認定ポータルのプロフィール画面にある統合ツールをお試しいただけますでしょうか。
両アカウントとも受験履歴をお持ちの場合は、お手数ですが担当者宛てにケースをご作成ください。
乱筆乱文、何卒ご容赦ください。

草々
AWS トレーニングと認定`,
  }),

  // ───────────── info_request (8)
  mk({
    s: 'info-ids-letter', k: 'info_request', l: 'ja', to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-10 15:22:09',
    subj: caseSubj(C.suz),
    note: 'asks for both candidate IDs and addresses before merging, in a long 拝啓 letter; quote below',
    text: `鈴木 一郎 様

拝啓 立冬の候、貴殿におかれましてはますますご清栄のこととお慶び申し上げます。
平素はAWS認定をご活用いただき、誠にありがとうございます。
また、ご連絡をお待たせいたしましたこと、心よりお詫び申し上げます。

恐れ入りますが、統合の手続きに進むため、両アカウントの候補者IDとサインインに用いているメールアドレス、あわせて今後お使いになるアカウントがどちらかを、本メールへのご返信にてお教えいただけますでしょうか。

ご多用中まことにお手数ではございますが、何卒よろしくお願い申し上げます。
寒さに向かう折から、どうかご自愛くださいませ。

敬具

AWS トレーニングと認定 カスタマーサービス
担当: 森
${threadRef('5Xq81Lm')}

${sfq(SUZ.keep, '2026/11/09 10:01', 'AWS Training and Certification Form Submission', SUZ_REQ)}`,
  }),
  mk({
    s: 'info-confirm-word-trap', k: 'info_request', l: 'ja', trap: true, to: TAK.keep, enc: 'sjis8', id: C.tak, d: '2026-11-11 11:05:51',
    subj: caseSubj(C.tak),
    note: 'worded as ご確認のうえお知らせください: it asks which address to keep, so info_request',
    text: `高橋 美咲 様

拝啓 晩秋の候、ますますご健勝のこととお慶び申し上げます。
このたびはご連絡をいただき、誠にありがとうございます。

お手数ですが、残すアカウントのメールアドレスがどちらになるか、改めてご確認のうえお知らせください。

お忙しいところ恐縮ですが、ご返信を心よりお待ち申し上げております。
敬具

AWS トレーニングと認定サポート
西田`,
  }),
  mk({
    s: 'info-gmail-thread', k: 'info_request', l: 'ja', to: NAK.keep, enc: 'utf8b64', id: C.nak, d: '2026-11-13 10:40:27',
    subj: caseSubj(C.nak),
    note: 'asks for company name and the old account\'s pass dates; Gmail quote of the request below',
    text: `中村 健 様

拝啓 初冬の候、いよいよご清祥のこととお慶び申し上げます。
日頃は格別のご愛顧を賜り、厚く御礼申し上げます。
ご返信が遅くなり、大変失礼いたしました。

旧アカウントの本人確認のため、ご所属されていた会社名と、${NAK.srcId} で合格された認定名および合格日をお送りいただけますと幸いです。

重ねてお手数をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。
敬具

Amazon Web Services トレーニング&認定 サポートチーム

${gmailJa('2026-11-12 08:14', `${NAK.name} <${NAK.keep}>`)}
${q(NAK_REQ)}`,
  }),
  mk({
    s: 'info-forged-below', k: 'info_request', l: 'ja', auth: 'forgedBelow', to: OKA.keep, enc: 'jis7', id: C.oka, d: '2026-11-17 09:12:33',
    subj: caseSubj(C.oka),
    note: 'information request whose only dmarc=pass sits below the server\'s Received line: untrusted',
    text: `岡田 由紀 様

拝啓 時下ますますご清栄のこととお慶び申し上げます。
統合を進めるにあたり、旧アカウントのパスワードと生年月日をご返信ください。

敬具
AWS トレーニングと認定`,
  }),
  mk({
    s: 'info-outlook-quote', k: 'info_request', l: 'ja', to: SUZ.keep, enc: 'jisb64', id: C.suz, d: '2026-11-12 16:03:18',
    subj: caseSubj(C.suz),
    note: 'second information request (notification e-mail of each account) after the user\'s Outlook reply',
    text: `鈴木様

拝啓 霜寒の候、ご健勝のこととお喜び申し上げます。
早速のご返信、重ねて御礼申し上げます。

いただいた候補者IDのほか、各アカウントの認定通知用メールアドレスがサインイン用と異なる場合は、そちらも併せてご教示いただけますでしょうか。

何度もお手を煩わせ、誠に恐縮でございます。
引き続きよろしくお願い申し上げます。

敬具
森

${olJa(`${SUZ.name} <${SUZ.keep}>`, '2026年11月11日 9:20', SUPPORT_ADDR, caseSubj(C.suz), `AWSトレーニングと認定 ご担当者様

お世話になっております。鈴木です。
残す方: ${SUZ.keepId}
まとめる方: ${SUZ.srcId}
以上、よろしくお願いいたします。`)}`,
  }),
  mk({
    s: 'info-typo-which', k: 'info_request', l: 'ja', to: TAK.keep, enc: 'utf8qp', id: C.tak, d: '2026-11-12 10:10:10',
    subj: caseSubj(C.tak),
    note: 'asks for the university account\'s address; typo (おしらせ/アドレス) and te-form clauses',
    text: `高橋 美咲 様

拝啓 晩秋のみぎり、ますますご清祥のことと存じます。
いつもお世話になっております。

大学在籍時のアカウントのメールアドレスが記録と一致しておらず、受験時にお使いになったアドレスを思い出せる範囲でおしらせいただけますか、照合してから手続きに入らせていただきます。

ご面倒をおかけし申し訳ございません。
どうぞよろしくお願いいたします。

敬具
AWS トレーニングと認定 田村`,
  }),
  mk({
    s: 'info-keep-address-html', k: 'info_request', l: 'ja', to: NAK.keep, enc: 'utf8b64', id: C.nak, d: '2026-11-14 09:01:00',
    subj: caseSubj(C.nak),
    note: 'HTML-only: write from the kept address AND send both candidate IDs, so info_request',
    html: `<html><body>
<div>中村 健 様</div><br>
<div>拝啓 初冬の候、貴殿ますますご健勝のこととお慶び申し上げます。</div>
<div>平素よりひとかたならぬご厚情を賜り、心より感謝申し上げます。</div><br>
<div>恐縮ながら、統合後に残すアカウントのメールアドレスから、両方の候補者IDを記載してご返信いただけますでしょうか。</div><br>
<div>年末に向けご多忙のことと存じますが、何卒よろしくお願いいたします。</div>
<div>敬具</div><br>
<div>AWS Training and Certification Customer Support</div>
</body></html>`,
  }),
  mk({
    s: 'info-mobile-short', k: 'info_request', l: 'ja', to: OKA.keep, enc: 'jis7', id: C.oka, d: '2026-11-18 14:27:44',
    subj: caseSubj(C.oka),
    note: 'short 前略 note asking for the old employer\'s address used at sign-in',
    text: `岡田 由紀 様

前略 旧勤務先でお使いだったサインイン用のメールアドレスを、このメールにご返信のかたちでお送りくださいませ。
それがわかり次第、手続きを進めます。
草々

AWS トレーニングと認定 サポート`,
  }),

  // ───────────── confirmation_request (8)
  mk({
    s: 'conf-irreversible-letter', k: 'confirmation_request', l: 'ja', to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-13 11:44:02',
    subj: caseSubj(C.suz),
    note: 'asks consent to merge AWS81260437 into AWS30571194 and warns it cannot be undone',
    text: `鈴木 一郎 様

拝啓 霜月の候、貴殿におかれましてはますますご清栄のこととお慶び申し上げます。
先般は詳細な情報をお寄せいただき、誠にありがとうございました。
お手数をおかけいたしましたこと、深く感謝申し上げます。

つきましては、${SUZ.srcId} を ${SUZ.keepId} へ統合いたしますが、一度統合すると元に戻すことができませんので、ご同意いただけるかどうか本メールにご返信いただけますようお願い申し上げます。

ご返信を拝受しだい、速やかに手続きを進めてまいります。
向寒の折、くれぐれもお身体を大切になさってください。

敬具
AWS トレーニングと認定 カスタマーサービス 森`,
  }),
  mk({
    s: 'conf-no-confirm-word', k: 'confirmation_request', l: 'ja', to: TAK.keep, enc: 'sjisb64', id: C.tak, d: '2026-11-13 17:05:39',
    subj: caseSubj(C.tak),
    note: 'consent asked without the word 確認: "reply that you agree; it cannot be reversed"',
    text: `高橋 美咲 様

拝啓 晩秋の候、日増しに寒さが募ってまいりましたが、お変わりなくお過ごしでしょうか。
このたびはご協力を賜り、誠にありがとうございます。

大学時代のアカウントの履歴を ${TAK.keep} のアカウントにお移しする準備が整いましたので、取り消しのきかない操作であることをご了承いただけるようでしたら、その旨ひとことご返信をお願いいたします。

ご不明な点がございましたら、遠慮なくお申し付けください。
末筆ではございますが、皆様のご多幸をお祈り申し上げます。

敬具
田村`,
  }),
  mk({
    s: 'conf-lookalike-server', k: 'confirmation_request', l: 'ja', auth: 'lookalikeServer', to: NAK.keep, enc: 'jis7', id: C.nak, d: '2026-11-15 10:30:00',
    subj: caseSubj(C.nak),
    note: 'consent request whose Authentication-Results comes from mx.test.example.mailhub-relay.net, not the receiving server: untrusted',
    text: `中村 健 様

拝啓 初冬の候、ご清祥のこととお慶び申し上げます。
アカウントの統合を行ってよろしいでしょうか。統合後は元に戻せません。
差し支えなければ「同意します」とご返信ください。

敬具`,
  }),
  mk({
    s: 'conf-gmail-quote-long', k: 'confirmation_request', l: 'ja', to: OKA.keep, enc: 'utf8b64', id: C.oka, d: '2026-11-19 09:55:12',
    subj: caseSubj(C.oka),
    note: 'asks the user to confirm the merge (irreversible) after receiving the details; long Gmail thread below',
    text: `岡田 由紀 様

拝啓 向寒の候、いよいよご健勝のこととお喜び申し上げます。
ご多忙の中、アドレスの件につきご回答いただき、誠にありがとうございました。
また、こちらの確認に日数を要しましたことを深くお詫び申し上げます。

以下の内容で統合いたしますので、ご承諾いただけるか本メールへのご返信でお知らせください。統合後に分け直すことはできかねます。
  統合元: ${OKA.srcId} (${OKA.src})
  統合先: ${OKA.keepId} (${OKA.keep})

年の瀬も近づき何かとご多用のことと存じますが、何卒よろしくお願い申し上げます。
敬具

AWS トレーニングと認定 サポート
担当 小林

${gmailJa('2026-11-18 21:02', `岡田 由紀 <${OKA.keep}>`)}
${q(`ご担当者様

いつもお世話になっております。岡田です。
旧勤務先で使用していたアドレスは ${OKA.src} です。
どうぞよろしくお願いいたします。

${gmailJa('2026-11-18 14:27', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${q(`岡田 由紀 様

前略 旧勤務先でお使いだったサインイン用のメールアドレスを、このメールにご返信のかたちでお送りくださいませ。
草々`)}`)}`,
  }),
  mk({
    s: 'conf-html-multipart', k: 'confirmation_request', l: 'ja', to: SUZ.keep, enc: 'utf8qp', id: C.suz, d: '2026-11-13 11:45:00',
    subj: caseSubj(C.suz),
    note: 'multipart consent request: "本件の統合にご同意いただけますか"',
    text: `鈴木 一郎 様

謹啓 向寒の候、貴殿ますますご隆昌のこととお慶び申し上げます。

本件の統合にご同意いただけますか。統合は不可逆の処理でございますため、ご返信にて意思をお示しいただいた後に実施いたします。

何卒よろしくお願い申し上げます。
謹白`,
    html: toHtml(`鈴木 一郎 様

謹啓 向寒の候、貴殿ますますご隆昌のこととお慶び申し上げます。

本件の統合にご同意いただけますか。統合は不可逆の処理でございますため、ご返信にて意思をお示しいただいた後に実施いたします。

何卒よろしくお願い申し上げます。
謹白`),
  }),
  mk({
    s: 'conf-ijo-form', k: 'confirmation_request', l: 'ja', to: NAK.keep, enc: 'sjis8', id: C.nak, d: '2026-11-16 15:18:27',
    subj: caseSubj(C.nak),
    note: 'consent request phrased as 以上の内容でよろしければ…ご返信ください',
    text: `中村 健 様

拝啓 初冬の候、ますますご清祥のこととお慶び申し上げます。
詳しいご回答をお寄せくださり、心より御礼申し上げます。

旧アカウント ${NAK.srcId} の認定履歴と特典を ${NAK.keepId} へ移し、旧アカウントは閉鎖となります、以上の内容でよろしければ、取り消しできない旨ご承知のうえ、このメールにご返信ください。

取り急ぎ、ご案内かたがたお願いまで申し上げます。
敬具
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    s: 'conf-zenryaku-jis', k: 'confirmation_request', l: 'ja', to: TAK.keep, enc: 'jis7', id: C.tak, d: '2026-11-24 10:02:19',
    subj: caseSubj(C.tak),
    note: 'second consent request after no reply: "ご同意のご返信をいただけますでしょうか"',
    text: `高橋 美咲 様

前略 先日お送りしたご案内につきまして、まだご返信を頂戴できておりませんでしたので、再度ご連絡いたしました。
二つのアカウントを一つにする操作は後から取り消せませんが、このまま進めてよいか、ご同意のご返信をいただけますでしょうか。
ご多忙のところ恐れ入ります。
草々

AWS トレーニングと認定 田村`,
  }),
  mk({
    s: 'conf-mixed-en-quote', k: 'confirmation_request', l: 'ja', to: OKA.keep, cc: OKA.src, enc: 'jisb64', id: C.oka, d: '2026-11-19 10:12:00',
    subj: caseSubj(C.oka),
    note: 'Japanese consent request with the English form submission quoted below; Cc to the old address',
    text: `岡田様

拝啓 時下ますますご清祥のこととお慶び申し上げます。
統合のお手続きに先立ち、お客様のご意思を確かめさせてください。
統合をご希望であれば「承諾します」とご返信くださいませ。なお、統合は元に戻せません。

敬具
小林

${sfq(OKA.keep, '2026/11/16 13:29', 'AWS Training and Certification Form Submission', `Inquiry type: AWS Training and Certification
Issue: Account merge
Description: I have two certification accounts (${OKA.keepId}, ${OKA.srcId}). Please merge them.`)}`,
  }),

  // ───────────── merge_completed (8)
  mk({
    s: 'merge-done-letter', k: 'merge_completed', l: 'ja', to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-16 18:20:47',
    subj: caseSubj(C.suz),
    note: 'the merge was carried out today; event told in one sentence between long courtesies',
    text: `鈴木 一郎 様

拝啓 霜寒の候、貴殿にはますますご清栄のこととお慶び申し上げます。
この度はご同意のご連絡をいただき、誠にありがとうございました。
長らくお待たせいたしましたこと、重ねてお詫び申し上げます。

本日、${SUZ.srcId} の認定履歴を ${SUZ.keepId} へ移し、二つのアカウントを一つにまとめる作業を終えました。

お手すきの際に認定ポータルへサインインいただき、認定と特典をご覧いただければと存じます。
今後ともAWS認定をご愛顧賜りますよう、お願い申し上げます。
寒さ厳しき折、くれぐれもご自愛くださいませ。

敬具
AWS トレーニングと認定 カスタマーサービス 森`,
  }),
  mk({
    s: 'merge-please-check', k: 'merge_completed', l: 'ja', to: TAK.keep, enc: 'sjis8', id: C.tak, d: '2026-11-26 11:11:11',
    subj: caseSubj(C.tak),
    note: 'completion notice that asks to check all looks right: stays merge_completed',
    text: `高橋 美咲 様

拝啓 初冬の候、益々ご健勝のこととお慶び申し上げます。
ご返信をいただき、ありがとうございました。

ご依頼のとおり、大学時代のアカウントは現在のアカウントに統合済みとなりましたので、念のため内容に相違がないかご確認くださいますようお願いいたします。

ご不明な点がございましたら、このメールにご返信ください。
時節柄、ご自愛専一にてお過ごしください。

敬具
田村`,
  }),
  mk({
    s: 'merge-and-close', k: 'merge_completed', l: 'ja', to: NAK.keep, enc: 'utf8b64', id: C.nak, d: '2026-11-18 09:30:00',
    subj: caseSubj(C.nak),
    note: 'merge done and the case will now be closed: the new fact is the merge',
    text: `中村 健 様

拝啓 初冬の候、貴殿ますますご清祥のこととお慶び申し上げます。
お待たせいたしました。

ご承諾のとおり、旧アカウントの情報を ${NAK.keep} のアカウントへ統合いたしましたので、本ケースはこれにてクローズとさせていただきます。

このたびはご協力を賜り、誠にありがとうございました。
皆様のご健康とご多幸を心よりお祈り申し上げます。

敬具
AWS トレーニングと認定`,
  }),
  mk({
    s: 'merge-otheronly', k: 'merge_completed', l: 'ja', auth: 'otherOnly', to: OKA.keep, enc: 'jis7', id: C.oka, d: '2026-11-23 16:40:21',
    subj: caseSubj(C.oka),
    note: 'completion notice authenticated only by a foreign server (mx.google.com) below the receiving Received: untrusted',
    text: `岡田 由紀 様

拝啓 向寒の候、ますますご清祥のこととお慶び申し上げます。
アカウントの統合が完了いたしました。
今後は ${OKA.keep} でサインインしてください。

敬具
AWS トレーニングと認定`,
  }),
  mk({
    s: 'merge-portal-notice', k: 'merge_completed', l: 'ja', from: 'AWS Certification <no-reply@aws.training>', to: SUZ.keep, enc: 'utf8b64', id: null, d: '2026-11-16 18:25:00',
    subj: 'AWS 認定: アカウントが統合されました',
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    html: `<html><body>
<p>鈴木 一郎 様</p>
<p>拝啓 平素はAWS認定プログラムにご参加いただき、誠にありがとうございます。</p>
<p>お客様の認定アカウント ${SUZ.srcId} は、アカウント ${SUZ.keepId} に統合されました。</p>
<p>今後の試験予約、認定の更新、特典のご利用はすべて統合後のアカウントから行ってください。<br>
今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。</p>
<p>敬具<br>AWS Certification</p>
</body></html>`,
  }),
  mk({
    s: 'merge-te-form', k: 'merge_completed', l: 'ja', to: TAK.keep, enc: 'utf8qp', id: C.tak, d: '2026-11-26 10:55:40',
    subj: caseSubj(C.tak),
    note: 'completion told in te-form clauses with the ID between the words; Gmail quote of the consent',
    text: `高橋 美咲 様

拝啓 初冬の候、ご清祥のこととお喜び申し上げます。
ご承諾の旨のご返信、たしかに拝受いたしました。

大学時代のアカウント(${TAK.srcId})の合格履歴をお移しして、現アカウントに一本化いたしました。

今後ともどうぞよろしくお願い申し上げます。
敬具
田村

${gmailJa('2026-11-25 22:03', `高橋 美咲 <${TAK.keep}>`)}
${q(`田村様
お世話になっております。統合の件、承諾いたします。
よろしくお願いいたします。
高橋

iPhoneから送信`)}`,
  }),
  mk({
    s: 'merge-resent-old', k: 'merge_completed', l: 'ja', forUser: false, to: NAK.src, enc: 'jis7', id: C.nak, d: '2026-11-18 09:31:10',
    subj: caseSubj(C.nak),
    resent: { from: 'mailer@factory.example.co.jp', to: 'retired-staff@factory.example.co.jp', date: rfcResent('2026-11-18 09:31:40') },
    note: 'completion copy sent to the old company address and redirected there (Resent-*): not for the user',
    text: `中村 健 様

拝啓 ご清栄のこととお慶び申し上げます。
旧アカウントは新しいアカウントへの統合を完了いたしました。
本アドレスへのご連絡は今後不要となります。

敬具
AWS トレーニングと認定`,
  }),
  mk({
    s: 'merge-outlook-top', k: 'merge_completed', l: 'ja', to: OKA.keep, enc: 'sjisb64', id: C.oka, d: '2026-11-23 16:41:59',
    subj: caseSubj(C.oka),
    note: 'top-posted completion above an Outlook quote of the user\'s consent',
    text: `岡田 由紀 様

拝啓 向寒の候、いよいよご健勝のこととお慶び申し上げます。
先日はご承諾のご連絡をいただき、誠にありがとうございました。

旧勤務先のアカウントの認定と特典は、本日付で ${OKA.keepId} に集約されております。

長らくご不便をおかけいたしましたこと、心よりお詫び申し上げます。
年末に向けご多忙の折、どうぞご自愛くださいませ。

敬具
小林

${olJa(`岡田 由紀 <${OKA.keep}>`, '2026年11月20日 8:12', SUPPORT_ADDR, caseSubj(C.oka), `小林様
承諾します。手続きをお願いいたします。
岡田`)}`,
  }),

  // ───────────── badges_transferred (7)
  mk({
    s: 'badge-credly-ja', k: 'badges_transferred', l: 'ja', from: CREDLY_AWS, to: SUZ.keep, enc: 'utf8b64', id: null, d: '2026-11-17 07:03:15',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept account',
    html: `<html><body>
<p>鈴木 一郎 様</p>
<p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>
<p>Credly</p>
</body></html>`,
  }),
  mk({
    s: 'badge-support-moved', k: 'badges_transferred', l: 'ja', to: TAK.keep, enc: 'jis7', id: C.tak, d: '2026-11-30 13:44:08',
    subj: caseSubj(C.tak),
    note: 'support letter saying the Credly badges now sit on the kept account',
    text: `高橋 美咲 様

拝啓 初冬の候、ますますご清祥のこととお慶び申し上げます。
このたびはバッジの件でご不便をおかけし、誠に申し訳ございませんでした。

Credly 上のデジタルバッジにつきましても、${TAK.keep} のアカウント側へ付け替えを行いました。

お手数ですが、Credly にサインインのうえご覧いただけましたら幸いです。
末筆ながら、今後のご活躍をお祈り申し上げます。

敬具
田村`,
  }),
  mk({
    s: 'badge-credly-forged', k: 'badges_transferred', l: 'ja', from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: NAK.keep, enc: 'utf8b64', id: null, d: '2026-11-19 06:00:00',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge notice from the look-alike credly-mail.com: untrusted',
    html: `<html><body>
<p>中村 健 様</p>
<p>AWS Certified Developer - Associate のバッジが発行されました。</p>
<p><a href="http://credly-mail.com/claim">バッジを入手する</a></p>
</body></html>`,
  }),
  mk({
    s: 'badge-support-close', k: 'badges_transferred', l: 'ja', to: NAK.keep, enc: 'sjis8', id: C.nak, d: '2026-11-20 17:15:00',
    subj: caseSubj(C.nak),
    note: 'support says the badges were moved and closes the case: badges_transferred',
    text: `中村 健 様

拝啓 初冬の候、ご健勝のこととお慶び申し上げます。
ご指摘いただいたバッジの件、お待たせいたしました。

旧アカウントに紐づいていた3つのバッジは、いずれも新しいアカウントへ移しましたので、これをもちまして本件を終了とさせていただきます。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
敬具`,
  }),
  mk({
    s: 'badge-credly-multi', k: 'badges_transferred', l: 'ja', from: CREDLY_AWS, to: OKA.keep, enc: 'utf8qp', id: null, d: '2026-11-24 07:30:42',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge via Credly as multipart, after the merge, to the kept address',
    text: `岡田 由紀 様

Amazon Web Services Training and Certification より AWS Certified Cloud Practitioner のバッジが発行されました。
下のボタンからお受け取りください。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
    html: toHtml(`岡田 由紀 様

Amazon Web Services Training and Certification より AWS Certified Cloud Practitioner のバッジが発行されました。
下のボタンからお受け取りください。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`),
  }),
  mk({
    s: 'badge-support-gmail', k: 'badges_transferred', l: 'ja', to: SUZ.keep, enc: 'jisb64', id: C.suz, d: '2026-11-19 12:00:31',
    subj: caseSubj(C.suz),
    note: 'support reply: the badges now show on the kept Credly account; user\'s question quoted',
    text: `鈴木 一郎 様

拝啓 霜寒の候、貴殿ますますご清栄のこととお慶び申し上げます。
お問い合わせいただいたバッジにつきまして、ご連絡が遅れましたことをお詫び申し上げます。

関係部署にてCredly側の紐付けを修正し、旧アカウントのバッジは統合後のアカウントでご覧いただける状態となっております。

ご確認のほど、よろしくお願い申し上げます。
敬具
森

${gmailJa('2026-11-17 20:41', `${SUZ.name} <${SUZ.keep}>`)}
${q(`森様
統合ありがとうございました。ただ、Credlyのバッジが旧アドレスの方に残ったままのようです。
鈴木`)}`,
  }),
  mk({
    s: 'badge-zenryaku', k: 'badges_transferred', l: 'ja', to: TAK.keep, enc: 'utf88bit', id: C.tak, d: '2026-12-01 09:20:00',
    subj: caseSubj(C.tak),
    note: 'short 前略 note: the two badges were re-issued to the kept account',
    text: `高橋様

前略 先にお知らせしたとおり、旧アカウントのバッジ2点を、ただいま現アカウント宛てに再発行いたしました。
ご査収くださいませ。
草々
田村`,
  }),

  // ───────────── case_closed (8)
  mk({
    s: 'close-resolved-letter', k: 'case_closed', l: 'ja', to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-21 10:00:00',
    subj: caseSubj(C.suz),
    note: 'closing letter: the case is resolved and closed',
    text: `鈴木 一郎 様

拝啓 霜寒の候、ますますご清栄のこととお慶び申し上げます。
このたびは長きにわたりお付き合いいただき、誠にありがとうございました。

本件は解決済みとして、ケースを終了させていただきます。

今後また何かございましたら、いつでもお気軽にお問い合わせください。
皆様のご健勝を心よりお祈り申し上げます。

敬具
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    s: 'close-auto-7days', k: 'case_closed', l: 'ja', from: NOREPLY, to: TAK.keep, enc: 'sjisb64', id: C.tak, d: '2026-11-20 09:00:00',
    subj: `ケース ${C.tak} へのご返信をお待ちしております`,
    note: 'reminder that the case will close in 7 days without a reply',
    text: `高橋 美咲 様

拝啓 初冬の候、ご清祥のこととお慶び申し上げます。
ケース ${C.tak} につきましては、7日以内にご返信をいただけない場合、自動的にクローズさせていただきます。
引き続きサポートが必要な場合は、本メールへご返信ください。

敬具
アマゾン ウェブ サービス`,
  }),
  mk({
    s: 'close-restates-merge', k: 'case_closed', l: 'ja', trap: true, to: NAK.keep, enc: 'jisb64', id: C.nak, d: '2026-11-25 10:20:00',
    subj: caseSubj(C.nak),
    note: 'closing that only restates the earlier merge ("先日統合いたしましたとおり")',
    text: `中村 健 様

拝啓 初冬の候、いよいよご清祥のこととお慶び申し上げます。
先日統合いたしましたとおり、その後特段のご連絡もございませんので、本件は完了としてクローズいたします。

これまでのご協力に深く感謝申し上げます。
敬具`,
  }),
  mk({
    s: 'close-restates-badges', k: 'case_closed', l: 'ja', trap: true, to: SUZ.keep, enc: 'utf8qp', id: C.suz, d: '2026-11-24 15:05:00',
    subj: caseSubj(C.suz),
    note: 'closing that restates the badges were moved last week; the new fact is the closing',
    text: `鈴木 一郎 様

拝啓 師走を目前に控え、何かと気ぜわしい日々が続いておりますが、いかがお過ごしでしょうか。
日頃のご高配に、あらためて厚く御礼申し上げます。

先週ご案内したバッジの付け替えをもって一連の対応が終わりましたので、本ケースを閉じさせていただきます。

寒さが厳しくなってまいりますので、どうかお身体にお気をつけください。
敬具
森`,
  }),
  mk({
    s: 'close-noreply-html', k: 'case_closed', l: 'ja', from: NOREPLY, to: OKA.keep, enc: 'utf8b64', id: C.oka, d: '2026-12-01 09:00:00',
    subj: `ケース ${C.oka} はクローズされました`,
    note: 'notification that the case was closed (HTML-only)',
    html: `<html><body>
<p>岡田 由紀 様</p>
<p>拝啓 師走の候、ますますご健勝のこととお喜び申し上げます。</p>
<p>ケース ${C.oka} は解決済みとなり、クローズされました。</p>
<p>再度ご相談が必要な場合は、サポートセンターからケースを再開できます。</p>
<p>敬具</p>
</body></html>`,
  }),
  mk({
    s: 'close-will-close', k: 'case_closed', l: 'ja', to: NAK.keep, enc: 'jis7', id: C.nak, d: '2026-11-23 11:00:00',
    subj: caseSubj(C.nak),
    note: 'human note that the case will auto-close unless the user replies within five days',
    text: `中村 健 様

拝啓 初冬の候、ご健勝のこととお慶び申し上げます。
先日お送りしたご案内につきまして、その後いかがでしょうか。
五営業日のうちにご返信がない場合は、本件を終了したものとして取り扱わせていただきます。
ご多忙のところ恐縮ですが、何卒ご了承ください。

敬具`,
  }),
  mk({
    s: 'close-typo-sjis', k: 'case_closed', l: 'ja', to: TAK.keep, enc: 'sjis8', id: C.tak, d: '2026-12-02 16:30:00',
    subj: caseSubj(C.tak),
    note: 'closing letter with a typo (クロースズ) and the case ID only in the subject',
    text: `高橋 美咲 様

拝啓 師走の候、益々ご清祥のこととお慶び申し上げます。
これまで度重なるやり取りにご対応いただき、誠にありがとうございました。

本件はこちらにてクロースズとさせていただきます。

来る年が高橋様にとって実り多き一年となりますよう、心よりお祈り申し上げます。
敬具
田村`,
  }),
  mk({
    s: 'close-mobile-zenryaku', k: 'case_closed', l: 'ja', to: OKA.keep, enc: 'utf88bit', id: C.oka, d: '2026-11-27 12:10:00',
    subj: caseSubj(C.oka),
    note: 'brief 前略 closing after the user said all is fine',
    text: `岡田様

前略 問題なくご利用いただけているとのこと、安心いたしました。
本件はこれにて完了とさせていただきます。
草々
小林`,
  }),

  // ───────────── support_reply (9)
  mk({
    s: 'sr-thanks-confirm', k: 'support_reply', l: 'ja', trap: true, to: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-14 09:15:00',
    subj: caseSubj(C.suz),
    note: 'thanks for confirming, passed to the responsible team: support_reply',
    text: `鈴木 一郎 様

拝啓 霜寒の候、ますますご清栄のこととお慶び申し上げます。
ご同意のご連絡をいただき、誠にありがとうございます。

いただいた内容は担当部署に引き継ぎましたので、作業が済みしだい改めてご報告いたします。

ご不便をおかけいたしますが、今しばらくお待ちくださいませ。
敬具
森`,
  }),
  mk({
    s: 'sr-future-merge', k: 'support_reply', l: 'ja', trap: true, to: TAK.keep, enc: 'utf8b64', id: C.tak, d: '2026-11-21 10:40:00',
    subj: caseSubj(C.tak),
    note: 'future/conditional: 統合が完了しましたらご連絡いたします',
    text: `高橋 美咲 様

拝啓 初冬の候、ご清祥のこととお慶び申し上げます。
お問い合わせの件は、現在専門部署にて確認を進めております。
統合が完了しましたら、本メールアドレス宛てにご連絡いたします。
いましばらくお待ちいただけますよう、お願い申し上げます。

敬具
田村`,
  }),
  mk({
    s: 'sr-dup-cases', k: 'support_reply', l: 'ja', trap: true, to: SUZ.keep, enc: 'sjis8', id: C.suz, d: '2026-11-10 16:00:00',
    subj: `RE:[CASE ${C.suzDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'merged the user\'s duplicate cases, not the accounts',
    text: `鈴木 一郎 様

拝啓 立冬の候、ますますご清栄のこととお慶び申し上げます。
同じご用件で二件のお問い合わせをいただいておりましたので、ケース ${C.suzDup} はケース ${C.suz} に統合いたしました。
以降のご連絡は ${C.suz} にてお願いいたします。

敬具`,
  }),
  mk({
    s: 'sr-unable-merge', k: 'support_reply', l: 'ja', trap: true, to: NAK.keep, enc: 'jis7', id: C.nak, d: '2026-11-15 14:00:00',
    subj: caseSubj(C.nak),
    note: 'negated: the merge cannot be done for now because an exam is booked; nothing asked',
    text: `中村 健 様

拝啓 初冬の候、ご健勝のこととお慶び申し上げます。
せっかくお待ちいただいたところ、誠に申し訳ございません。

旧アカウントで試験のご予約が残っているため、現時点では統合いたしかねる状況でございます。受験日が過ぎましたのち、こちらから改めてご案内いたします。

ご迷惑をおかけいたしますこと、深くお詫び申し上げます。
敬具`,
  }),
  mk({
    s: 'sr-escalation', k: 'support_reply', l: 'ja', to: OKA.keep, enc: 'utf8qp', id: C.oka, d: '2026-11-20 13:00:00',
    subj: caseSubj(C.oka),
    note: 'status: the case was escalated to the certification team',
    text: `岡田 由紀 様

拝啓 向寒の候、ますますご清祥のこととお慶び申し上げます。
お待たせしており、大変申し訳ございません。
本件は認定担当チームへエスカレーションいたしました。
進展がございましたら、速やかにお知らせいたします。

敬具
小林`,
  }),
  mk({
    s: 'sr-write-from-keep', k: 'support_reply', l: 'ja', to: TAK.src, cc: TAK.keep, enc: 'jisb64', id: C.tak, d: '2026-11-11 09:40:00',
    subj: caseSubj(C.tak),
    note: 'asks to write from the kept address, but asks for no data: support_reply',
    text: `高橋 美咲 様

拝啓 晩秋の候、ご清祥のこととお慶び申し上げます。
恐れ入りますが、本件のやり取りは統合後にお使いになるメールアドレスからお送りいただけますと幸いです。
ご理解のほど、よろしくお願い申し上げます。

敬具`,
  }),
  mk({
    s: 'sr-badges-not-yet', k: 'support_reply', l: 'ja', trap: true, to: SUZ.keep, enc: 'utf8b64', id: C.suz, d: '2026-11-18 11:20:00',
    subj: caseSubj(C.suz),
    note: 'negated: the badges have not been moved yet, being checked',
    text: `鈴木 一郎 様

拝啓 霜寒の候、貴殿ますますご清栄のこととお慶び申し上げます。
ご指摘のとおり、Credly のバッジはまだ新しいアカウントへ移っておりません。
現在、担当部署にて原因を調べておりますので、少々お時間を頂戴いたします。

敬具
森`,
  }),
  mk({
    s: 'sr-misaligned', k: 'support_reply', l: 'ja', trap: true, auth: 'misaligned', to: NAK.keep, enc: 'jis7', id: C.nak, d: '2026-11-17 08:00:00',
    subj: caseSubj(C.nak),
    note: 'status reply with DKIM from a bulk sender and dmarc=fail: untrusted; "merge will be done shortly"',
    text: `中村 健 様

拝啓 ご清栄のこととお慶び申し上げます。
ご確認ありがとうございます。統合は近日中に実施予定です。
今しばらくお待ちください。

敬具`,
  }),
  mk({
    s: 'sr-answer-voucher', k: 'support_reply', l: 'ja', to: OKA.keep, enc: 'sjisb64', id: C.oka, d: '2026-11-25 10:00:00',
    subj: caseSubj(C.oka),
    note: 'answers the user\'s question about the 50% voucher after the merge',
    text: `岡田 由紀 様

拝啓 向寒の候、いよいよご清栄のこととお慶び申し上げます。
ご質問いただいた半額受験バウチャーにつきましては、有効期限内であれば統合後のアカウントの「特典」からご利用いただけます。

引き続きよろしくお願い申し上げます。
敬具
小林`,
  }),

  // ───────────── unrelated (9)
  mk({
    s: 'un-university', k: 'unrelated', l: 'ja', trap: true, from: '東都大学 情報基盤センター <helpdesk@univ.example.ac.jp>', to: TAK.src, enc: 'jis7', id: null, d: '2026-11-13 10:00:00',
    subj: '卒業生メールアカウント統合完了のお知らせ',
    note: 'university letter: alumni mail accounts merged; not an AWS merge, untrusted sender',
    text: `卒業生各位

拝啓 晩秋の候、皆様におかれましてはますますご清祥のこととお慶び申し上げます。
平素より本学の情報サービスをご利用いただき、誠にありがとうございます。

さて、旧学生用アドレスと卒業生用アドレスの統合作業が、予定どおり完了いたしました。

ご不明な点は情報基盤センターまでお問い合わせください。
末筆ながら、皆様のご活躍をお祈り申し上げます。

敬具
東都大学 情報基盤センター`,
  }),
  mk({
    s: 'un-employer-hr', k: 'unrelated', l: 'ja', trap: true, from: '人事部 資格担当 <hr-cert@shosha.example.co.jp>', to: SUZ.src, enc: 'sjis8', id: null, d: '2026-11-11 17:30:00',
    subj: '資格取得奨励金 申請受付のお知らせ',
    note: 'employer HR receipt for a certification bonus claim: receipt words, not a support case',
    text: `鈴木 一郎 殿

拝啓 向寒の候、日頃より業務にご精励いただき、誠にありがとうございます。

AWS認定資格の取得奨励金につきまして、申請を受け付けいたしました。内容を確認のうえ、翌月の給与にて支給いたします。

なお、退職予定の方は支給対象外となる場合がございますので、ご了承ください。
敬具
人事部`,
  }),
  mk({
    s: 'un-training-partner', k: 'unrelated', l: 'ja', trap: true, from: '株式会社クラウド研修 <info@cloud-kenshu.example.jp>', to: NAK.keep, enc: 'jisb64', id: null, d: '2026-11-19 10:00:00',
    subj: '研修修了バッジ発行と受講アカウント統合のご案内',
    note: 'training partner letter about its own course badges and course accounts; untrusted, unrelated',
    text: `中村 健 様

拝啓 初冬の候、貴殿ますますご清栄のこととお慶び申し上げます。
先日は弊社「AWS 設計実践コース」をご受講いただき、誠にありがとうございました。

修了証のデジタルバッジを発行いたしましたので、受講用アカウントを一つにおまとめのうえお受け取りください。

今後とも弊社研修をご愛顧賜りますよう、お願い申し上げます。
敬具
株式会社クラウド研修 受講サポート`,
  }),
  mk({
    s: 'un-credly-hashicorp', k: 'unrelated', l: 'ja', trap: true, from: 'HashiCorp via Credly <admin@credly.com>', to: OKA.keep, enc: 'utf8b64', id: null, d: '2026-11-22 06:10:00',
    subj: 'HashiCorpのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (HashiCorp): unrelated',
    html: `<html><body>
<p>岡田 由紀 様</p>
<p>HashiCorp から HashiCorp Certified: Terraform Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>
</body></html>`,
  }),
  mk({
    s: 'un-credly-merge-code', k: 'unrelated', l: 'ja', trap: true, from: 'Credly <admin@credly.com>', to: SUZ.keep, enc: 'utf8qp', id: null, d: '2026-11-18 21:05:00',
    subj: 'Credly アカウントの統合コード',
    note: 'Credly\'s own account-merge verification code: unrelated',
    text: `鈴木 一郎 様

Credly のアカウントを統合するための確認コードをお送りします。
確認コード: 482913
画面に入力して「Complete Account Merge」を押してください。
このリクエストに心当たりがない場合は、本メールを破棄してください。

Credly`,
  }),
  mk({
    s: 'un-aws-year-end', k: 'unrelated', l: 'ja', trap: true, from: 'AWS トレーニングと認定 <aws-training@aws.amazon.com>', to: TAK.keep, enc: 'utf8b64', id: null, d: '2026-12-03 12:00:00',
    subj: '年末のご挨拶と新年度の認定試験のご案内',
    note: 'AWS marketing letter with closing and receipt words (受付完了, 締め切り); unrelated',
    html: `<html><body>
<p>拝啓 師走の候、皆様におかれましてはますますご清栄のこととお慶び申し上げます。</p>
<p>本年もAWS認定をご活用いただき、誠にありがとうございました。年内の試験申し込み受付は12月25日をもって締め切らせていただきます。</p>
<p>新年には新しい認定試験の受付も開始いたします。来る年も変わらぬご愛顧を賜りますよう、お願い申し上げます。</p>
<p>敬具<br>AWS トレーニングと認定</p>
<p style="font-size:10px">配信停止はこちら</p>
</body></html>`,
  }),
  mk({
    s: 'un-own-consent-copy', k: 'unrelated', l: 'ja', trap: true, from: `${SUZ.name} <${SUZ.keep}>`, to: SUPPORT, rcpt: SUZ.keep, enc: 'jis7', id: C.suz, d: '2026-11-13 21:10:00',
    subj: caseSubj(C.suz),
    note: 'the user\'s own consent reply (Bcc copy to self): user\'s mail, unrelated and untrusted',
    text: `AWSトレーニングと認定 森様

拝啓 時下ますますご清栄のこととお慶び申し上げます。
ご丁寧なご案内をいただき、ありがとうございます。
統合の件、内容を拝見し、元に戻せないことも承知のうえで同意いたします。
お手数をおかけしますが、よろしくお願い申し上げます。

敬具
鈴木 一郎

${gmailJa('2026-11-13 11:44', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${q(`鈴木 一郎 様
つきましては、${SUZ.srcId} を ${SUZ.keepId} へ統合いたしますが、ご同意いただけるかどうかご返信をお願い申し上げます。`)}`,
  }),
  mk({
    s: 'un-other-case-refund', k: 'unrelated', l: 'ja', trap: true, to: NAK.keep, enc: 'sjis8', id: C.nakOther, d: '2026-11-28 10:00:00',
    subj: `RE:[CASE ${C.nakOther}] [AWS Training and Certification Form Submission] - exam-refund`,
    note: 'closing of the user\'s other case (exam fee refund): says what it is about, unrelated',
    text: `中村 健 様

拝啓 初冬の候、ご健勝のこととお慶び申し上げます。
受験料の返金につきましては、ご登録のお支払い方法へ手続きを完了いたしました。
これをもちまして、返金に関するお問い合わせはクローズさせていただきます。

敬具`,
  }),
  mk({
    s: 'un-survey', k: 'unrelated', l: 'ja', trap: true, from: 'AWS Support <aws-support-survey@amazon.com>', to: OKA.keep, enc: 'utf8b64', id: C.oka, d: '2026-12-01 10:00:00',
    subj: `サポートに関するアンケートのお願い(ケース ${C.oka})`,
    note: 'survey after the case: "問題は解決しましたか" is unrelated',
    html: `<html><body>
<p>岡田 由紀 様</p>
<p>拝啓 師走の候、ますますご清祥のこととお慶び申し上げます。</p>
<p>先日クローズいたしましたケース ${C.oka} につきまして、問題は解決しましたか。今後のサービス向上のため、アンケートにご協力をお願いいたします。</p>
<p><a href="https://survey.example.amazon.com/">アンケートに回答する</a></p>
<p>敬具</p>
</body></html>`,
  }),
];

function rfcResent(local: string): string {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(local);
  const d = new Date(Date.UTC(Number(mm[1]), Number(mm[2]) - 1, Number(mm[3])));
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mm[2]) - 1];
  return `${wd}, ${Number(mm[3])} ${mon} ${mm[1]} ${mm[4]}:${mm[5]}:${mm[6]} +0900`;
}
