import type { NotifyEvent, NotifyLanguage } from './notification.js';

/** What a notification's text is made of: known facts only, no mail content. */
export interface TextFacts {
  event: NotifyEvent;
  language: NotifyLanguage;
  /** The support case number, when known. */
  supportCaseId?: string | null;
  /** Expiring: what expires and when. */
  item?: { name: string; expiresOn: string };
  /** Unmatched mail: the sender's address and what it looked like. */
  sender?: string | null;
  kind?: string | null;
  /** The second reminder of the user's turn (support may close the case soon). */
  final?: boolean;
  /** Mail source down: since when, and the source's own words (no secrets). */
  since?: string;
  reason?: string | null;
}

type Text = { title: string; body: string };

const caseLabel = (f: TextFacts) => (f.supportCaseId ? (f.language === 'ja' ? `（ケース ${f.supportCaseId}）` : ` (case ${f.supportCaseId})`) : '');

const JA: Record<NotifyEvent, (f: TextFacts) => Text> = {
  test: () => ({ title: 'certmerge: テスト通知', body: 'certmerge からのテスト通知です。このチャネルに届いています。対応は不要です。' }),
  info_requested: (f) => ({ title: `サポートが追加情報を求めています${caseLabel(f)}`, body: 'AWS サポートが統合のための追加情報を求めています。返信の下書きを用意しました。ケースのページで確認し、内容を補って送信してください。' }),
  confirmation_requested: (f) => ({ title: `統合の確認を求められています${caseLabel(f)}`, body: 'AWS サポートがアカウント統合の確認を求めています（統合は元に戻せません）。確認の返信の下書きを用意しました。ケースのページで内容を確かめて送信してください。' }),
  merge_completed: (f) => ({ title: `統合が完了したと連絡がありました${caseLabel(f)}`, body: 'AWS サポートから統合完了の連絡がありました。残すアカウントで認定資格・特典（バウチャー）・Credly バッジを確認し、ケースのページでチェックしてください。' }),
  support_overdue: (f) => ({ title: `サポートの返信が遅れています${caseLabel(f)}`, body: '期限を過ぎてもサポートから返信がありません。催促の下書きを用意しました。ケースのページで確認して送信してください。' }),
  user_overdue: (f) => ({
    title: f.final ? `サポートがケースを閉じる前に返信してください${caseLabel(f)}` : `サポートへの返信が遅れています${caseLabel(f)}`,
    body: f.final
      ? 'サポートへの返信がまだです。返信がないままだとケースが自動で閉じられることがあります。ケースのページの下書きを確認して送信してください。'
      : 'サポートへの返信（確認・追加情報・バッジの依頼）が期限を過ぎています。ケースのページの下書きを確認して送信してください。',
  }),
  case_closing: (f) => ({ title: `サポートがケースを閉じる（閉じた）と連絡しました${caseLabel(f)}`, body: 'AWS サポートからケースを閉じる旨の連絡がありました。統合が済んでいなければ、同じケースに返信すると再開できます。ケースのページで状況を確認してください。' }),
  unmatched_mail: (f) => ({ title: 'どのケースにも結びつかないサポートらしいメール', body: `${f.sender ? `${f.sender} からの` : ''}メール（${f.kind ?? '種類不明'}）がどのケースにも一致しませんでした。ケース番号が未登録かもしれません。ダッシュボードで確認し、必要ならケースに受付（ケース番号）を適用してください。` }),
  mail_source_down: (f) => ({ title: 'メールボックスを監視できていません', body: `${f.since ? `${f.since} から` : ''}メールボックスに接続できていません${f.reason ? `（${f.reason}）` : ''}。その間サポートのメールは処理されません。接続設定とサーバーの状態を確認してください。` }),
  sign_in_refused: (f) => ({ title: 'メールボックスへのサインインが拒否されました', body: `メールサーバーがサインインを拒否しました${f.reason ? `（${f.reason}）` : ''}。監視は止まっています。パスワードやサインイン（certmerge login）を確認してください。` }),
  expiring: (f) => ({ title: `まもなく期限切れ: ${f.item?.name ?? ''}`, body: `${f.item?.name ?? ''} の有効期限は ${f.item?.expiresOn ?? ''} です。統合の前後で失われないよう、期限までに使う・更新するなどを検討してください。` }),
};

const EN: Record<NotifyEvent, (f: TextFacts) => Text> = {
  test: () => ({ title: 'certmerge: test notification', body: 'A test notification from certmerge: this channel works. Nothing to do.' }),
  info_requested: (f) => ({ title: `Support asks for more information${caseLabel(f)}`, body: 'AWS Support needs more information before merging. A reply draft is ready: check it on the case page, complete it and send it.' }),
  confirmation_requested: (f) => ({ title: `Support asks you to confirm the merge${caseLabel(f)}`, body: 'AWS Support asks you to confirm the account merge (it cannot be undone). A confirmation draft is ready: check it on the case page and send it.' }),
  merge_completed: (f) => ({ title: `Support reports the merge done${caseLabel(f)}`, body: 'AWS Support says the accounts are merged. Check the certifications, benefits (vouchers) and Credly badges on the kept account, and tick them on the case page.' }),
  support_overdue: (f) => ({ title: `Support is late${caseLabel(f)}`, body: 'Support has not answered in time. A follow-up draft is ready: check it on the case page and send it.' }),
  user_overdue: (f) => ({
    title: f.final ? `Answer support before the case closes${caseLabel(f)}` : `Your answer to support is overdue${caseLabel(f)}`,
    body: f.final
      ? 'Support is still waiting for your answer; a case left unanswered may be closed automatically. Check the draft on the case page and send it.'
      : 'Your answer to support (a confirmation, more information or the badges) is overdue. Check the draft on the case page and send it.',
  }),
  case_closing: (f) => ({ title: `Support says the case closes${caseLabel(f)}`, body: 'AWS Support says the case is closed or will close. If the merge is not done, replying on the same case reopens it. Check the case page.' }),
  unmatched_mail: (f) => ({ title: 'Support-like mail matched no case', body: `Mail${f.sender ? ` from ${f.sender}` : ''} that looks like ${f.kind ?? 'support mail'} matched no case; its case number may not be known yet. Look at it on the dashboard and apply the acknowledgement (case number) to the right case if needed.` }),
  mail_source_down: (f) => ({ title: 'The mailbox is not being watched', body: `certmerge cannot reach the mailbox${f.since ? ` since ${f.since}` : ''}${f.reason ? ` (${f.reason})` : ''}; support mail is not processed meanwhile. Check the connection settings and the server.` }),
  sign_in_refused: (f) => ({ title: 'The mail server refused the sign-in', body: `The mail server refused certmerge's sign-in${f.reason ? ` (${f.reason})` : ''}; watching has stopped. Check the password or sign in again (certmerge login).` }),
  expiring: (f) => ({ title: `Expiring soon: ${f.item?.name ?? ''}`, body: `${f.item?.name ?? ''} expires on ${f.item?.expiresOn ?? ''}. Use or renew it in time so the merge does not cost it.` }),
};

/** Title and text of a notification in its language, with the link line at the end. */
export function notificationText(f: TextFacts, url: string): { title: string; text: string } {
  const t = (f.language === 'ja' ? JA : EN)[f.event](f);
  const link = f.language === 'ja' ? `詳細: ${url}` : `Details: ${url}`;
  const ref = f.supportCaseId ? (f.language === 'ja' ? `\nサポートのケース番号: ${f.supportCaseId}` : `\nSupport case: ${f.supportCaseId}`) : '';
  return { title: t.title, text: `${t.body}${ref}\n${link}` };
}
