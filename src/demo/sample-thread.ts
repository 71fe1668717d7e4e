import MailComposer from 'nodemailer/lib/mail-composer';
import type { CaseFile } from '../cases/case-file.js';

/** One message of the demo's support thread: where it lands, and what it should do to the case. */
export interface ThreadMessage {
  role: 'inbox' | 'sent';
  raw: Buffer;
  messageId: string;
  /** The lifecycle state expected once this message is processed (for the demo's narration and tests). */
  expect: string;
  note: string;
}

export interface ThreadOptions {
  caseFile: CaseFile;
  supportCaseId: string;
  /** authserv-id the demo's "receiving server" stamps (must equal trust.authservId). */
  authservId: string;
  /** The user's own address (From of their replies). */
  user: string;
  start: Date;
}

const SUPPORT = 'aws-cs-trainingcertification-form@amazon.com';

async function build(opts: {
  from: string; to: string; subject: string; text: string; messageId: string; date: Date; inReplyTo?: string; references?: string[]; authservId?: string; dkimDomain?: string;
}): Promise<Buffer> {
  const composer = new MailComposer({
    from: opts.from,
    to: opts.to,
    subject: opts.subject,
    text: opts.text,
    messageId: opts.messageId,
    date: opts.date,
    inReplyTo: opts.inReplyTo,
    references: opts.references,
  });
  const body = await composer.compile().build();
  if (!opts.authservId) return body;
  const d = opts.dkimDomain ?? 'amazon.com';
  // What the user's own receiving server adds on top: the only Authentication-Results certmerge trusts.
  const ar = `Authentication-Results: ${opts.authservId};\r\n dkim=pass header.d=${d} header.s=demo;\r\n spf=pass smtp.mailfrom=${d};\r\n dmarc=pass (p=QUARANTINE) header.from=${d}\r\n`;
  return Buffer.concat([Buffer.from(ar), body]);
}

/**
 * A realistic support thread for a case, Japanese or English after the case:
 * receipt, an automated answer, a request for details, the user's answer, a
 * confirmation request, the user's confirmation, the completion notice (quoting
 * the request), and Credly's badge notice. Used by `certmerge demo` and tests.
 */
export async function sampleThread(o: ThreadOptions): Promise<ThreadMessage[]> {
  const ja = o.caseFile.language === 'ja';
  const t = o.caseFile.target;
  const s = o.caseFile.source;
  const subj = `[CASE ${o.supportCaseId}] [AWS Training and Certification Form Submission] - account-assistance`;
  const re = `RE:${subj}`;
  const at = (minutes: number) => new Date(o.start.getTime() + minutes * 60_000);
  const id = (n: string) => `<demo-${n}-${o.supportCaseId}@${n.startsWith('user') ? 'example.com' : 'amazon.com'}>`;
  const support = ja ? `AWS トレーニングと認定 <${SUPPORT}>` : `AWS Training and Certification <${SUPPORT}>`;
  const sign = ja ? '\nAWS トレーニングと認定 カスタマーサポート' : '\nAWS Training and Certification Customer Support';

  const ackText = ja
    ? `お問い合わせいただきありがとうございます。\nお問い合わせを受け付けました。ケース ID: ${o.supportCaseId}\n担当者より順次ご連絡いたします。このメールに返信すると、同じケースに追記されます。${sign}`
    : `Thank you for contacting AWS Training and Certification.\nWe have received your case. Case ID: ${o.supportCaseId}\nA member of our team will respond as soon as possible. Replying to this email will update your case.${sign}`;
  const aiText = ja
    ? `（自動回答）アカウントの統合は、認定ポータルのプロフィールにある「アカウントの統合」から実行できる場合があります。この回答で解決しない場合は、担当者からの連絡をお待ちください。`
    : `(Automated answer) You may be able to merge accounts yourself with "Merge Accounts" in the certification portal profile. If this does not resolve your issue, a team member will follow up.`;
  const infoText = ja
    ? `お問い合わせいただきありがとうございます。\nアカウントの統合を進めるにあたり、以下の情報をお知らせください。\n- 両方のアカウントの受験者 ID\n- 各アカウントのログインメールアドレス\n- 統合後に残すアカウント\nご返信をお待ちしております。${sign}`
    : `Thank you for reaching out.\nTo proceed with the account merge, please provide the following information:\n- the candidate IDs of both accounts\n- the login email address of each account\n- which account you would like to keep\nWe look forward to your reply.${sign}`;
  const userInfo = ja
    ? `お世話になっております。\n残すアカウントは ${t.candidateId}（${t.loginEmail}）、統合するアカウントは ${s.candidateId}（${s.loginEmail}）です。\nよろしくお願いいたします。\n${o.caseFile.requester.name}`
    : `Hello,\nPlease keep ${t.candidateId} (${t.loginEmail}) and merge ${s.candidateId} (${s.loginEmail}) into it.\nBest regards,\n${o.caseFile.requester.name}`;
  const confirmText = ja
    ? `ご連絡ありがとうございます。\n${s.candidateId} を ${t.candidateId} に統合いたします。統合後は元に戻すことができません。\n統合を進めてよろしいか、このメールへの返信にてご確認をお願いいたします。${sign}`
    : `Thank you for the details.\nWe are ready to merge ${s.candidateId} into ${t.candidateId}. Please note that a merge cannot be undone.\nPlease reply to this email to confirm that you would like us to proceed with the merge.${sign}`;
  const userConfirm = ja
    ? `お世話になっております。\n${s.candidateId} を ${t.candidateId} に統合していただくことに同意します。元に戻せないことを理解しております。\nCredly のバッジも ${t.candidateId} へ移行をお願いいたします。\n${o.caseFile.requester.name}`
    : `Hello,\nI confirm the merge of ${s.candidateId} into ${t.candidateId} and understand it cannot be undone.\nPlease move the Credly badges as well.\nBest regards,\n${o.caseFile.requester.name}`;
  const doneText = ja
    ? `お待たせいたしました。\nアカウントの統合が完了しました。${t.candidateId} にて認定と特典をご確認ください。${sign}\n\n-----Original Message-----\nFrom: ${SUPPORT}\n> ${confirmText.split('\n').join('\n> ')}`
    : `Thank you for your patience.\nThe accounts have been merged. Please sign in to ${t.candidateId} to see your certifications and benefits.${sign}\n\n-----Original Message-----\nFrom: ${SUPPORT}\n> ${confirmText.split('\n').join('\n> ')}`;
  const credlyText = ja
    ? `${o.caseFile.requester.name} 様\nAmazon Web Services Training and Certification があなたに新しいバッジを発行しました。\n「バッジを入手する」からバッジを受け取ってください。`
    : `Hi ${o.caseFile.requester.name},\nAmazon Web Services Training and Certification has issued you a new badge.\nAccept your badge to add it to your Credly profile.`;

  const m: ThreadMessage[] = [];
  const push = async (role: 'inbox' | 'sent', key: string, minutes: number, fields: { from: string; to: string; subject: string; text: string; inReplyTo?: string; dkimDomain?: string }, expect: string, note: string) => {
    const messageId = id(key);
    const prev = m.filter((x) => x.role === 'inbox').at(-1)?.messageId;
    const raw = await build({
      ...fields,
      messageId,
      date: at(minutes),
      inReplyTo: fields.inReplyTo,
      references: fields.inReplyTo ? [fields.inReplyTo] : prev && role === 'inbox' ? [prev] : undefined,
      authservId: role === 'inbox' ? o.authservId : undefined,
    });
    m.push({ role, raw, messageId, expect, note });
  };
  await push('inbox', 'ack', 1, { from: support, to: o.user, subject: subj, text: ackText }, 'awaitingSupport', ja ? '受付メール（ケース ID）' : 'receipt with the case ID');
  await push('inbox', 'ai', 2, { from: `Amazon Web Services <no-reply-aws@amazon.com>`, to: o.user, subject: re, text: aiText }, 'awaitingSupport', ja ? 'AI による自動回答' : 'an automated answer');
  await push('inbox', 'info', 60, { from: support, to: o.user, subject: re, text: infoText }, 'infoRequested', ja ? '追加情報の依頼' : 'a request for details');
  await push('sent', 'user-info', 90, { from: o.user, to: SUPPORT, subject: `Re: ${subj}`, text: userInfo, inReplyTo: id('info') }, 'awaitingSupport', ja ? 'あなたの返信（送信済み）' : 'your answer (in Sent)');
  await push('inbox', 'confirm', 180, { from: support, to: o.user, subject: re, text: confirmText }, 'confirmationRequested', ja ? '統合の確認依頼' : 'the confirmation request');
  await push('sent', 'user-confirm', 200, { from: o.user, to: SUPPORT, subject: `Re: ${subj}`, text: userConfirm, inReplyTo: id('confirm') }, 'awaitingCompletion', ja ? 'あなたの確認（送信済み）' : 'your confirmation (in Sent)');
  await push('inbox', 'done', 600, { from: support, to: o.user, subject: re, text: doneText }, 'verifying', ja ? '統合完了の連絡' : 'the completion notice');
  await push(
    'inbox', 'credly', 700,
    { from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com>', to: o.user, subject: ja ? 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ' : 'Amazon Web Services Training and Certification has issued you a new badge', text: credlyText, dkimDomain: 'credly.com' },
    'verifying', ja ? 'Credly のバッジ通知' : "Credly's badge notice",
  );
  return m;
}
