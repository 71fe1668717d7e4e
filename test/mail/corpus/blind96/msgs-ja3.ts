// Japanese-script mail, part 3: a few more shapes (mobile, Outlook quote, HTML-only, auto-reply).
import type { Msg } from './lib.js';
import { AN, CREDLY_AWS, EMMA, LI, SUPPORT, YUKI, YUKI_REQ, addr, mk, outlookJa, subj } from './common.js';

export const JA3: Msg[] = [
  mk({
    slug: 'un-kim-ooo', kind: 'unrelated', lang: 'ja', caseId: AN.case, enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'agent’s out-of-office auto-reply in learner Japanese',
    from: SUPPORT, to: AN.keep, subject: `自動応答: ${subj(AN.case)}`, at: '2026-02-14 00:00:40',
    text: `メールをありがとうございます。
私は2月14日から2月18日まで休みをもらっています。その間は別の担当者がお客様のケースを見ますので、ご安心してください。

キム ミンジ`,
  }),
  mk({
    slug: 'un-li-mobile-sent', kind: 'unrelated', lang: 'ja', caseId: LI.case, enc: 'sjis8', trusted: false, trap: true,
    note: 'the user’s own short consent reply from a phone, copied to himself; no news from support',
    from: addr('李 偉', LI.keep), to: SUPPORT, cc: LI.keep, subject: subj(LI.case), at: '2026-01-23 12:41:09', tz: '+0900', crlf: false,
    text: `陳様

合併をお願いします。問題ありません。
李

iPhoneから送信`,
  }),
  mk({
    slug: 'sr-yuki-ja-html', kind: 'support_reply', lang: 'ja', caseId: YUKI.case, enc: 'utf8qp',
    note: 'HTML-only status reply: agent answers an English request in learner Japanese; nothing asked, nothing done yet',
    from: SUPPORT, to: YUKI.keep, subject: subj(YUKI.case), at: '2026-02-17 01:20:31',
    html: `<html><body><div style="font-family:'Meiryo UI',sans-serif">
<p>田中 由紀 様</p>
<p>英語でお問い合わせをいただきましたが、日本語のほうが楽かと思いまして、日本語でお返事いたします。（英語がよろしければ、そう言ってください）</p>
<p>ご依頼の件、いまチームで二つのアカウントを調べているところです。もうしばらく待っていただけると助かります。</p>
<p>AWS トレーニングと認定<br>Arjun</p>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${YUKI_REQ.replace(/\n/g, '<br>\n')}</blockquote></div>
</div></body></html>`,
  }),
  mk({
    slug: 'badge-credly-emma', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64',
    note: 'AWS badge via Credly, Japanese template, delivered to the kept address after the move',
    from: CREDLY_AWS, to: EMMA.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-03-05 06:02:44',
    text: `エマ・シュナイダー さん

Amazon Web Services Training and Certification が、あなたに新しいバッジ「AWS Certified Machine Learning Engineer – Associate」を発行しました。

バッジを入手する
https://www.credly.com/earner/earned/badge/7e0f9c31-5a2d-4b8e-9c44-1d6b2a9f0e73

このメールは ${EMMA.keep} 宛てに送信されました。`,
  }),
  mk({
    slug: 'info-li-outlook', kind: 'info_request', lang: 'ja', caseId: LI.case, enc: 'sjisb64',
    note: 'agent asks whether login and notification mail are the same and for the kept account’s name, above an Outlook-ja quote',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-22 06:30:10',
    text: `李様

御返信有難う御座います、IDは確認出来ました。
もう一点だけ、保留される帳号のログイン用メールアドレスと通知用メールアドレスは同じでしょうか。違う場合は両方とも教えて下さい。

陳

${outlookJa(`李 偉 <${LI.keep}>`, '2026年1月22日 9:12', SUPPORT, subj(LI.case), `陳様

IDをもう一度送ります。
保留：${LI.keepId}
合併される方：${LI.srcId}（昔の会社で作りました、IDは合ってると思います）

李`)}`,
  }),
];
