/**
 * The "why" lines a message brings to the pages, and which of them have no Japanese form
 * (src/server/i18n/reasons.ts): the understanding's own, the case's decision's, and the sender check's under the
 * three trust configs the tests use. The why-lines test runs it over the test mail outside the corpus; the
 * corpus test over the corpus, on the understandings it makes anyway (a second understanding of some 20,000
 * messages cost over a minute of the suite).
 */
import { decide } from '../../src/mail/classify/decide.js';
import type { MessageRead, SenderTrust, UnderstoodMessage } from '../../src/mail/understand.js';
import { GUIDE_TRUST, NARROW_TRUST } from '../../scripts/train-model.js';
import { verifySender } from '../../src/mail/verify/verify-sender.js';
import { reasonJa } from '../../src/server/i18n/reasons.js';
import { whyUnverified } from '../../src/ingest/understood.js';

/** The labelled sets' two trust configs (scripts/train-model.ts) and a Microsoft-hosted mailbox's. */
export const TRUSTS: SenderTrust[] = [GUIDE_TRUST, NARROW_TRUST, { senderDomains: ['amazon.com'], authservId: 'mx.test.example', provider: 'microsoft' }];

/** The lines of one understood message with no Japanese form, numbers written N; `read` is the message as understanding read it. */
export function untranslatedWhyLines(u: UnderstoodMessage, read: MessageRead | undefined): { lines: number; untranslated: string[] } {
  // The pipeline decides again once it knows the case (mail-pipeline.ts): the lines only a case brings too.
  const onCase = u.evidence ? decide(u.evidence, { onCase: true }).reasons : [];
  // The trust configs: the sender check alone, on the message as understanding parsed it.
  const verdicts = [{ trusted: u.trusted, reasons: u.trustReasons }, ...(read ? TRUSTS.map((trust) => verifySender(read.parsed, trust)) : [])];
  const untranslated: string[] = [];
  const all = [...u.reasons, ...onCase, ...verdicts.flatMap((v) => v.reasons)];
  for (const line of all) if (reasonJa(line) === null) untranslated.push(line);
  for (const v of verdicts.filter((x) => !x.trusted)) {
    // The line stored with an unverified message (mail-pipeline.ts), each finding rendered inside it.
    const line = `sender not verified (${whyUnverified(v.reasons)})`;
    const ja = reasonJa(line);
    const findings = v.reasons.filter((r) => whyUnverified([r]) === r).slice(0, 2);
    if (ja === null || findings.some((r) => !ja.includes(reasonJa(r) ?? r))) untranslated.push(line);
  }
  return { lines: all.length, untranslated: untranslated.map((l) => l.replace(/\d+/g, 'N').slice(0, 120)) };
}
