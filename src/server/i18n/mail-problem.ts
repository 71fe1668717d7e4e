import type { Dict } from './en.js';

/**
 * The mail source reports its problems in English (they are the log's words too). A Japanese page says what
 * kind of problem it is in Japanese and keeps the source's line in parentheses, for a search or a bug report.
 */
const KINDS: [RegExp, string][] = [
  [/ECONNREFUSED/, 'サーバーが接続を拒否しました'],
  [/ENOTFOUND|EAI_AGAIN/, 'サーバー名が見つかりません（ホスト名を確認してください）'],
  [/ETIMEDOUT|timed? ?out/i, '接続がタイムアウトしました'],
  [/certificate|self[- ]signed|\bTLS\b|\bSSL\b/i, 'TLS（証明書）の問題で接続できません'],
  [/auth|login|credential|password|sign-?in/i, 'サインインできませんでした（ユーザー名・パスワード・OAuth2 を確認してください）'],
  [/ENOENT|no such|not found|mailbox/i, 'フォルダーまたはメールボックスが見つかりません'],
  [/ECONNRESET|closed|EPIPE/i, 'サーバーとの接続が切れました（自動で再接続します）'],
];

export function mailProblem(t: Dict, text: string): string {
  if (t.lang === 'en') return text;
  const kind = KINDS.find(([re]) => re.test(text))?.[1] ?? 'メールの接続で問題が起きました';
  return `${kind}（${text}）`;
}

/** The sign-in refusal banner's reason and action (English from the mail source) for the page's language. */
export function signInRefusal(t: Dict, r: { reason: string; action: string }): string {
  if (t.lang === 'en') return `${r.reason} — ${r.action}`;
  return `サーバーがサインインを拒否しました。「もう一度サインイン」から、または設定を直してからやり直してください（${r.reason} — ${r.action}）`;
}
