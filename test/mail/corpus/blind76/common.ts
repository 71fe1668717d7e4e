// bw: people, addresses and mail-client quoting shapes (Apple Mail, Outlook, Thunderbird,
// Gmail, Yahoo! Mail, Japanese carrier mail).
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '木村 健二', keep: 'kenji.kimura@example.jp', src: 'kimura.k@sier.example.co.jp', mob: 'kkimura-0415@docomo.example.ne.jp', keepId: 'AWS30571946', srcId: 'AWS81266053' };
export const YUKI = { ja: '森 由紀', keep: 'yuki.mori@example.com', src: 'mori-y@oldcorp.example.co.jp', mob: 'yuki-m.3@ezweb.example.ne.jp', keepId: 'AWS44019827', srcId: 'AWS17730594' };
export const DAI = { ja: '中村 大輔', keep: 'd.nakamura@example.net', src: 'nakamura.daisuke@partner.example.co.jp', keepId: 'AWS52280316', srcId: 'AWS90413375' };
export const SAKI = { ja: '山本 咲', keep: 'saki_yamamoto@yahoo.example.co.jp', mob: 'sakiyama@i.softbank.example.jp', src: 'yamamoto.saki@univ.example.ac.jp', keepId: 'AWS63158820', srcId: 'AWS27704419' };
export const EMILY = { name: 'Emily Carter', keep: 'emily.carter@example.com', src: 'ecarter@consult.example.net', keepId: 'AWS71092245', srcId: 'AWS38850172' };
export const TOM = { name: 'Tom Becker', keep: 'tom@becker.example.de', src: 't.becker@agency.example.com', keepId: 'AWS84426611', srcId: 'AWS19637580' };

export const ID = {
  kenji: '1781920374',
  kenjiRefund: '1781007735',
  yuki: '17790455218',
  yukiDup: '17790466102',
  dai: '178230019466',
  saki: '1780663492',
  emily: '1779911830',
  emilyExam: '1788300451',
  tom: '17850022741',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;
export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

/** defaults: support sender, aligned pass, trusted, for the user, not a trap */
type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'from'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'from'>>;
export const M = (s: Spec): Msg => ({ from: SUP, auth: 'pass', trusted: true, forUser: true, trap: false, ...s });

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- quote headers, as each client writes them
export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when} ${name} <${addr}> wrote:`;
export const iosJa = (when: string, name: string, addr: string): string => `${when}、${name} <${addr}>のメール:`;
export const iosEn = (when: string, name: string, addr: string): string => `On ${when}, ${name} <${addr}> wrote:`;
export const tbEn = (when: string, name: string): string => `On ${when}, ${name} wrote:`;
export const yahooEn = (when: string, name: string, addr: string): string => `On ${when}, ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, toA: string, s: string, cc?: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toA}${cc ? `\nCC: ${cc}` : ''}\n件名: ${s}`;
export const outlookEn = (from: string, sent: string, toA: string, s: string): string => `From: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${s}`;
export const origJa = '-----元のメッセージ-----';
export const origEn = '-----Original Message-----';
export const sfOrig = (from: string, sent: string, toA: string, s: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${s}`;
export const fwdApple = (from: string, s: string, date: string, toA: string): string =>
  `Begin forwarded message:\n\nFrom: ${from}\nSubject: ${s}\nDate: ${date}\nTo: ${toA}`;
export const fwdAppleJa = (from: string, s: string, date: string, toA: string): string =>
  `転送されたメッセージ:\n\n差出人: ${from}\n件名: ${s}\n日付: ${date}\n宛先: ${toA}`;
export const fwdGmail = (from: string, date: string, s: string, toA: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${s}\nTo: ${toA}`;
export const fwdGmailJa = (from: string, date: string, s: string, toA: string): string =>
  `---------- 転送メッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${s}\nTo: ${toA}`;
export const fwdTb = (s: string, date: string, from: string, toA: string): string =>
  `-------- Forwarded Message --------\nSubject: \t${s}\nDate: \t${date}\nFrom: \t${from}\nTo: \t${toA}`;

export const IPHONE_JA = 'iPhoneから送信';
export const IPHONE_EN = 'Sent from my iPhone';
export const OUTLOOK_MOBILE = 'Get Outlook for iOS';

/** hard wrap at 72 columns (Thunderbird / Outlook plain text); Japanese counted 2 columns per character */
export function wrap72(text: string, width = 72): string {
  const w = (s: string): number => Array.from(s).reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return text
    .split('\n')
    .map((line) => {
      if (w(line) <= width || line.startsWith('>')) return line;
      const out: string[] = [];
      let cur = '';
      // tokens: ASCII words (with trailing space) or single wide characters
      const toks = line.match(/[\x21-\x7e]+ ?| +|[^\x00-\x7f]/g) ?? [];
      for (const t of toks) {
        if (cur && w(cur + t.trimEnd()) > width) {
          out.push(cur.trimEnd());
          cur = t.trimStart();
        } else cur += t;
      }
      if (cur) out.push(cur.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** Apple Mail / iOS HTML reply: new text, then a blockquote type="cite" */
export const appleHtml = (fresh: string, head: string, quoted: string): string =>
  `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${paras(fresh)}<div dir="ltr"><br><blockquote type="cite">${esc(head)}<br><br>${paras(quoted)}</blockquote></div></body></html>`;
/** Outlook desktop HTML reply with divRplyFwdMsg */
export const outlookHtml = (fresh: string, hdrBlock: string, quoted: string): string =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0mm;font-family:"Yu Gothic",sans-serif;}</style></head><body lang="JA" link="#0563C1"><div class="WordSection1">${paras(fresh)}<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><div id="divRplyFwdMsg">${paras(hdrBlock)}</div></div>${paras(quoted)}</div></body></html>`;
/** Gmail HTML with gmail_quote */
export const gmailHtml = (fresh: string, head: string, quoted: string): string =>
  `<div dir="ltr">${paras(fresh)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(head)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${paras(quoted)}</blockquote></div>`;
