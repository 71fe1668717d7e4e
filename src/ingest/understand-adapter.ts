import { understandMessage, type UnderstandDeps } from '../mail/understand.js';
import type { Understand, UnderstoodMail } from './understood.js';

/** The mail layer's understanding, shaped for the pipeline (subject and body case IDs apart). */
export function makeUnderstand(deps: UnderstandDeps): Understand {
  return async (raw: Buffer, opts?: { cut?: boolean }): Promise<UnderstoodMail> => {
    const u = await understandMessage(raw, deps, opts);
    // The subject's case ID is the reliable key; one found only in the body is a weaker hint.
    const subjectCaseId = u.supportCaseIdWhere === 'subject' ? u.supportCaseId : null;
    return {
      messageId: u.messageId,
      from: u.from ? { address: u.from, name: u.fromName } : null,
      replyTo: u.replyTo[0] ? { address: u.replyTo[0], name: '' } : null,
      to: u.to,
      cc: u.cc,
      delivery: u.delivery,
      contentDigest: u.contentDigest,
      subject: u.subject,
      date: u.date ? new Date(u.date) : null,
      inReplyTo: u.inReplyTo,
      references: u.references,
      newText: u.newText,
      topic: u.evidence?.topic ?? {},
      language: u.language,
      kind: u.kind,
      reasons: u.reasons,
      confidence: u.confidence,
      ask: u.ask,
      askKinds: u.askKinds,
      evidence: u.evidence,
      trusted: u.trusted,
      trustReasons: u.trustReasons,
      autoReply: u.autoReply,
      subjectCaseId,
      bodyCaseId: subjectCaseId ? null : u.supportCaseId,
      problems: u.problems,
      truncated: u.truncated,
    };
  };
}
