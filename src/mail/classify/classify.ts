import type { MailKind } from '../kinds.js';
import type { AutoReplyVerdict } from './auto-reply.js';
import type { ClassificationRules, CompiledPattern, CompiledRule } from './classification-rules.js';
import { detectLanguage, type Language } from './language.js';
import { matchText } from './match-text.js';
import { DANGEROUS_KINDS } from './rules-schema.js';
import { senderGroupsOf } from './sender-groups.js';
import { findSupportCaseIdNormalized } from './support-case-id.js';

/** What classification looks at. `fullText` only serves to find a case ID, never the kind. */
export interface ClassifyInput {
  subject: string;
  newText: string;
  fullText?: string;
  from: string | null;
  autoReply?: AutoReplyVerdict;
}

export interface Classification {
  kind: MailKind;
  /** Which rules matched on what, and why the winner won: one readable line each. */
  reasons: string[];
  language: Language;
  supportCaseId: string | null;
  /** Where the case ID was found: the subject is reliable, a body mention less so. */
  supportCaseIdWhere: 'subject' | 'new text' | 'body' | null;
}

/**
 * Classifies a message by the rules file: the highest-priority rule that fires
 * wins. Two guards sit in code rather than data because they protect the case
 * from the worst error, a wrong advance: a confirmation request that also reads
 * as a completion is left to a person (support_reply), and auto-replies never
 * move a case (except the support system's receipt, which is one by nature).
 */
export function classify(input: ClassifyInput, rules: ClassificationRules): Classification {
  const subject = matchText(input.subject);
  const text = matchText(input.newText);
  const language = detectLanguage(input.subject, input.newText || (input.fullText ?? ''));
  const found = findSupportCaseIdNormalized(subject, text, input.newText, input.fullText ?? '', rules.caseIdPatterns);
  const groups = senderGroupsOf(input.from, rules.senders);

  const reasons: string[] = [];
  reasons.push(groups.length ? `sender ${input.from} is in sender group(s) ${groups.join(', ')}` : `sender ${input.from ?? '(none)'} is in no known sender group`);
  if (found) reasons.push(`support case ID ${found.id} found in the ${found.where}`);

  const fired: { rule: CompiledRule; why: string }[] = [];
  for (const rule of rules.rules) {
    const r = evaluate(rule, subject, text, groups);
    if (r.fired) fired.push({ rule, why: r.why });
    else if (r.suppressedBy && isDangerous(rule.kind)) reasons.push(`rule ${rule.id} (${rule.kind}) held back by negative pattern: ${r.suppressedBy}`);
  }
  // Stable sort: among equal priorities the rule listed first wins.
  fired.sort((a, b) => b.rule.priority - a.rule.priority);

  const winner = fired[0];
  if (!winner) {
    reasons.push('no rule matched');
    return { kind: 'unrelated', reasons, language, supportCaseId: found?.id ?? null, supportCaseIdWhere: found?.where ?? null };
  }
  reasons.push(`rule ${winner.rule.id} (${winner.rule.kind}, priority ${winner.rule.priority}) matched ${winner.why}`);
  for (const other of fired.slice(1)) reasons.push(`also matched: rule ${other.rule.id} (${other.rule.kind}, priority ${other.rule.priority})`);

  let kind = winner.rule.kind;
  const dangerous = new Set(fired.map((f) => f.rule.kind).filter(isDangerous));
  if (dangerous.has('confirmation_request') && (dangerous.has('merge_completed') || dangerous.has('badges_transferred'))) {
    kind = groups.length ? 'support_reply' : 'unrelated';
    reasons.push(`reads both as a confirmation request and as done (${[...dangerous].join(', ')}): left to a person as ${kind}`);
  }

  const auto = input.autoReply;
  if (auto && auto.kind === 'out-of-office') {
    reasons.push(`out-of-office reply (${auto.reasons.join('; ')}): never moves a case`);
    kind = 'unrelated';
  } else if (auto && auto.kind === 'auto-replied') {
    if (kind === 'acknowledgement') reasons.push(`automatic reply (${auto.reasons.join('; ')}), kept: a case receipt is one by nature`);
    else {
      reasons.push(`automatic reply (${auto.reasons.join('; ')}): never moves a case`);
      kind = 'unrelated';
    }
  }
  return { kind, reasons, language, supportCaseId: found?.id ?? null, supportCaseIdWhere: found?.where ?? null };
}

function isDangerous(kind: MailKind): boolean {
  return (DANGEROUS_KINDS as readonly string[]).includes(kind);
}

function evaluate(
  rule: CompiledRule,
  subject: string,
  text: string,
  groups: string[],
): { fired: boolean; why: string; suppressedBy?: string } {
  if (rule.senders && !rule.senders.some((g) => groups.includes(g))) return { fired: false, why: '' };
  const hits: string[] = [];
  for (const p of rule.all) {
    const h = hit(p, subject, text);
    if (!h) return { fired: false, why: '' };
    hits.push(h);
  }
  if (rule.any.length) {
    // The first pattern that matches is the one reported; the rest need not run.
    let h: string | null = null;
    for (const p of rule.any) if ((h = hit(p, subject, text)) !== null) break;
    if (!h) return { fired: false, why: '' };
    hits.push(h);
  }
  for (const p of rule.unless) {
    const h = hit(p, subject, text);
    if (h) return { fired: false, why: '', suppressedBy: h };
  }
  return { fired: true, why: hits.length ? hits.join(' and ') : 'on sender alone' };
}

/** `"have been merged" in text`, or null. */
function hit(p: CompiledPattern, subject: string, text: string): string | null {
  if (p.where !== 'text') {
    const m = p.re.exec(subject);
    if (m) return `"${m[0].slice(0, 80)}" in subject`;
  }
  if (p.where !== 'subject') {
    const m = p.re.exec(text);
    if (m) return `"${m[0].slice(0, 80)}" in text`;
  }
  return null;
}
