import type { AppContext } from '../../app/context.js';
import { reclassifyEvent, recordCorrection } from '../../app/dashboard-deps.js';
import { AppError } from '../../errors.js';
import type { ClassificationRules } from '../../mail/classify/classification-rules.js';
import { builtinRulesPath, loadRules } from '../../mail/classify/load-rules.js';
import { asMailKind, isMailKind } from '../../mail/kinds.js';
import { KindCorrectionStore } from '../../store/kind-correction-store.js';
import { MessageStore } from '../../store/message-store.js';
import { printJson, type Output } from '../output.js';

function stores(ctx: AppContext): { messages: MessageStore; corrections: KindCorrectionStore; rules: ClassificationRules } {
  return { messages: new MessageStore(ctx.db), corrections: new KindCorrectionStore(ctx.db), rules: loadRules(builtinRulesPath(), ctx.config.rulesFile) };
}

/** Lines for `case show`: the case's open questions and how to answer them. */
export function questionLines(ctx: AppContext, caseId: string): string[] {
  const qs = new KindCorrectionStore(ctx.db).openQuestions(caseId).map((q) => ({ ...q, kinds: q.kinds.filter(isMailKind) }));
  const lines: string[] = [];
  for (const q of qs) {
    lines.push(`Question: is message ${q.messageId} ${q.kinds.join(' / ')}? (read as ${q.guess}, confidence ${q.confidence.toFixed(2)})`);
    lines.push(`  answer: certmerge answer ${caseId} '${q.messageId}' ${q.kinds[0] ?? 'support_reply'}   (or another kind; support_reply = none of these)`);
  }
  return lines;
}

/**
 * `certmerge answer CASE MESSAGE-ID KIND`: the user's reading of a message,
 * applied to the case as the user's event (the same path as the dashboard's
 * answer buttons) and kept as a correction.
 */
export function answerCommand(ctx: AppContext, o: Output, caseId: string, messageId: string, kind: string, json: boolean): void {
  if (!isMailKind(kind)) throw new AppError('BAD_INPUT', `kind: "${kind}" is not a mail kind`);
  const s = stores(ctx);
  const at = ctx.clock.now().toISOString();
  ctx.cases.apply(caseId, reclassifyEvent(s, caseId, messageId, kind, at));
  const id = recordCorrection(s, messageId, kind, at);
  if (json) return printJson(o, { caseId, messageId, kind, correction: id });
  o.out(`${messageId} read as ${kind}; applied to case ${caseId}; kept as correction #${id}`);
}

/** `certmerge corrections list`: the user's kind corrections. */
export function correctionsList(ctx: AppContext, o: Output, json: boolean): void {
  const { corrections, rules } = stores(ctx);
  const list = corrections.listCorrections().map((c) => ({ id: c.id, messageId: c.messageId, caseId: c.caseId, kind: asMailKind(c.kind), was: c.was, subject: c.subject, createdAt: c.createdAt, active: c.model === rules.model.id }));
  if (json) return printJson(o, list);
  if (!list.length) return o.out('no corrections');
  for (const c of list) o.out(`#${c.id} ${c.kind} (was ${c.was ?? '?'})${c.active ? '' : ' [made with another model: not used]'}  ${c.subject}  ${c.messageId}`);
}

/** `certmerge corrections remove ID`. */
export function correctionsRemove(ctx: AppContext, o: Output, id: string): void {
  const n = Number(id);
  if (!Number.isInteger(n) || !new KindCorrectionStore(ctx.db).removeCorrection(n)) throw new AppError('NOT_FOUND', `no correction #${id}`);
  o.out(`correction #${n} removed`);
}
