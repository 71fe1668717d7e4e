import { statSync } from 'node:fs';
import { AppError } from '../../errors.js';
import type { ResolvedConfig } from '../../config/load.js';
import { builtinRulesPath, loadRules } from '../../mail/classify/load-rules.js';
import { makeUnderstand } from '../../ingest/understand-adapter.js';
import { makeLocalAuth } from '../../mail/verify/local-auth.js';
import { readPrefix } from '../../mail/sources/maildir-source.js';
import { printJson, type Output } from '../output.js';

/**
 * `certmerge classify FILE.eml`: parse, verify and classify one message
 * offline. `caseId` is the support case ID the message carries (subject
 * first, then body), null when none.
 */
export async function classifyCommand(config: ResolvedConfig, o: Output, file: string, json: boolean): Promise<void> {
  let raw: Buffer;
  let cut: boolean;
  try {
    // Bigger than the cap: only the start is read, as the Maildir source reads a huge message.
    const size = statSync(file).size;
    cut = size > config.mail.maxMessageBytes;
    raw = readPrefix(file, Math.min(size, config.mail.maxMessageBytes));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('BAD_INPUT', `${file}: cannot read message (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
  const rules = loadRules(builtinRulesPath(), config.rulesFile);
  // trust.provider local: the sender is verified here (DKIM keys and DMARC records from DNS).
  const localAuth = config.trust.provider === 'local' ? { localAuth: makeLocalAuth() } : {};
  const m = await makeUnderstand({ trust: config.trust, rules, maxBytes: config.mail.maxMessageBytes, ...localAuth })(raw, { cut });
  const result = {
    kind: m.kind,
    confidence: m.confidence,
    ...(m.ask ? { ask: true, askKinds: m.askKinds } : {}),
    caseId: m.subjectCaseId ?? m.bodyCaseId,
    language: m.language,
    trusted: m.trusted,
    reasons: m.reasons,
    trustReasons: m.trustReasons,
    messageId: m.messageId,
    from: m.from?.address ?? null,
    subject: m.subject,
    autoReply: m.autoReply,
    problems: m.problems,
    truncated: m.truncated,
  };
  if (json) return printJson(o, result);
  o.out(`${file}: ${m.kind} (confidence ${m.confidence.toFixed(2)}${m.ask ? `; would ask: ${m.askKinds.join(' / ')}?` : ''})${result.caseId ? ` (support case ${result.caseId})` : ''}, ${m.language}, ${m.trusted ? 'sender verified' : 'sender NOT verified'}`);
  for (const r of m.reasons) o.out(`  why: ${r}`);
  for (const r of m.trustReasons) o.out(`  trust: ${r}`);
  for (const p of m.problems) o.out(`  problem: ${p}`);
  if (m.truncated) o.out(`  truncated: not read whole (over mail.maxMessageBytes or a field over its bound)`);
}
