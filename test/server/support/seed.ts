import type { LifecycleEvent } from '../../../src/machines/events.js';
import { sampleCase } from '../../support/case-files.js';
import { mailDetail, type Harness } from './harness.js';

const at = (h: Harness) => h.clock.now().toISOString();
const ev = (h: Harness, type: string, extra: object = {}) => ({ type, at: at(h), source: 'user', ...extra }) as LifecycleEvent;

/** A few cases in telling states, for the e2e test and the screenshots. */
export function seedCases(h: Harness): { draft: string; confirm: string; verify: string } {
  const { cases, time } = h;
  const draft = cases.create(sampleCase()).id;
  cases.apply(draft, ev(h, 'prepared'));

  const confirm = cases.create(sampleCase({ requester: { name: 'Hanako Suzuki', company: 'Example KK' } })).id;
  cases.apply(confirm, ev(h, 'prepared'));
  time.advance(3600_000);
  cases.apply(confirm, ev(h, 'case-submitted'));
  time.advance(2 * 3600_000);
  cases.apply(confirm, { type: 'acknowledgement', at: at(h), source: 'mail', messageId: '<ack-1@amazon.com>', supportCaseId: '171234567890' }, {
    detail: mailDetail({ kind: 'acknowledgement', subject: '[CASE 171234567890] We received your request', newText: 'Thank you for contacting AWS Training and Certification.', language: 'en' }),
  });
  time.advance(26 * 3600_000);
  cases.record(confirm, {
    at: at(h),
    type: 'confirmation_request',
    source: 'mail',
    messageId: '<fake-1@amaz0n.com>',
    summary: 'Untrusted sender: not advancing the case',
    detail: mailDetail({ from: 'support@amaz0n.com', trusted: false, trustReasons: ['no DKIM pass for a trusted domain', 'look-alike of amazon.com'] }),
  });
  cases.apply(confirm, { type: 'confirmation_request', at: at(h), source: 'mail', messageId: '<confirm-1@amazon.com>' }, { detail: mailDetail() });
  h.drafts.add(confirm, 'confirmation');
  h.messages.raws.set('<confirm-1@amazon.com>', Buffer.from('From: aws-cs-trainingcertification-form@amazon.com\r\nSubject: RE:[CASE 171234567890]\r\nContent-Type: text/html\r\n\r\n<html><body><script>alert(1)</script><p>Please confirm</p></body></html>\r\n'));

  const verify = cases.create(sampleCase({ language: 'en', requester: { name: 'Ken Sato' } })).id;
  for (const t of ['prepared', 'case-submitted']) cases.apply(verify, ev(h, t));
  cases.apply(verify, { type: 'acknowledgement', at: at(h), source: 'mail', messageId: '<ack-2@amazon.com>', supportCaseId: '171234567891' });
  cases.apply(verify, { type: 'confirmation_request', at: at(h), source: 'mail', messageId: '<confirm-2@amazon.com>' });
  cases.apply(verify, ev(h, 'confirmation-sent'));
  time.advance(20 * 3600_000);
  cases.apply(verify, { type: 'merge_completed', at: at(h), source: 'mail', messageId: '<merged-2@amazon.com>' }, { detail: mailDetail({ kind: 'merge_completed', language: 'en', subject: 'RE:[CASE 171234567891] merged', newText: 'The accounts have been merged.' }) });
  cases.apply(verify, ev(h, 'certifications-verified'));
  time.advance(3 * 3600_000);
  return { draft, confirm, verify };
}
