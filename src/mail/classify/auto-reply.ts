import type { AutoReplyHeaders } from '../parse/parsed-message.js';
import { matchText } from './match-text.js';

/**
 * - `out-of-office`: a vacation/absence notice. Never moves a case.
 * - `auto-replied`: an automatic answer to a message (RFC 3834 `Auto-Submitted:
 *   auto-replied`, X-Autoreply, X-Autorespond, `Precedence: auto_reply`, an
 *   "Automatic reply"/自動返信 subject). It moves no case either, with one
 *   exception decided in classify: the support system's receipt for a new case
 *   *is* an automatic reply, and it is what carries the case ID.
 * - `none`: everything else. `Auto-Submitted: auto-generated` (or
 *   auto-notified) alone is NOT an auto-reply: AWS's receipts and notifications
 *   and Credly's badge mail are machine-generated, and they are exactly the
 *   mail we are waiting for.
 * `X-Auto-Response-Suppress` only asks others not to answer; it marks nothing.
 */
export type AutoReplyKind = 'none' | 'auto-replied' | 'out-of-office';

export interface AutoReplyVerdict {
  kind: AutoReplyKind;
  reasons: string[];
}

const OUT_OF_OFFICE_SUBJECT =
  /(out of (the )?office|\booo\b|away from (the |my )?(office|desk)|on (annual |parental )?leave|vacation|abwesenheit|不在|休暇|外出|出張のため|休業)/iu;
const AUTO_REPLY_SUBJECT = /^(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|réponse automatique|automatische antwort|自動返信|自動応答)\b/iu;

export function detectAutoReply(headers: AutoReplyHeaders, subject: string): AutoReplyVerdict {
  const reasons: string[] = [];
  const s = matchText(subject).replace(/^[[【(]?/u, '');
  const ooo = OUT_OF_OFFICE_SUBJECT.exec(s);
  if (ooo) reasons.push(`out-of-office subject ("${ooo[0]}")`);

  const submitted = headers.autoSubmitted?.trim().toLowerCase().split(/[\s;]/)[0] ?? null;
  if (submitted === 'auto-replied') reasons.push('Auto-Submitted: auto-replied');
  if (headers.xAutoreply !== null && !/^no$/i.test(headers.xAutoreply.trim())) reasons.push(`X-Autoreply: ${headers.xAutoreply}`);
  if (headers.xAutorespond !== null && !/^no$/i.test(headers.xAutorespond.trim())) reasons.push(`X-Autorespond: ${headers.xAutorespond}`);
  if (headers.precedence && /^auto[_-]reply$/i.test(headers.precedence.trim())) reasons.push(`Precedence: ${headers.precedence}`);
  const auto = AUTO_REPLY_SUBJECT.exec(s);
  if (auto) reasons.push(`automatic-reply subject ("${auto[0]}")`);

  if (ooo) return { kind: 'out-of-office', reasons };
  return { kind: reasons.length ? 'auto-replied' : 'none', reasons };
}
