import { composeReply } from '../../../src/mail/drafts/compose-reply.js';
import { DRAFT_KINDS, type DraftKind } from '../../../src/mail/drafts/types.js';
import { FROM, NOW, SUPPORT_CASE_ID, sampleCase, supportMessage, type SupportMessageKind } from './sample-case.js';

/** The English samples read as an English speaker's case would: requester and reason are the user's own words. */
const ENGLISH_REQUESTER = {
  language: 'en',
  requester: { name: 'Taro Yamada', company: 'Example Corp' },
  reason: 'I am leaving my employer and want all my certifications on my personal account.',
} as const;

/** The support message each draft kind answers in the samples. */
const ANSWERS: Record<DraftKind, SupportMessageKind> = {
  confirmation: 'confirmation_request',
  info: 'info_request',
  followup_overdue: 'acknowledgement',
  badges_followup: 'merge_completed',
};

/** The readable sample drafts: file name → content (headers a reviewer cares about, then the body). */
export async function renderSamples(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const kind of DRAFT_KINDS) {
    for (const language of ['ja', 'en'] as const) {
      const from = language === 'ja' ? FROM : 'Taro Yamada <taro.personal@example.com>';
      const draft = await composeReply({
        kind,
        caseFile: language === 'ja' ? sampleCase() : sampleCase(ENGLISH_REQUESTER),
        supportCaseId: SUPPORT_CASE_ID,
        answered: supportMessage(language, {}, ANSWERS[kind]),
        from,
        now: NOW,
        messageIdFactory: (domain) => `<sample.${kind}.${language}@${domain}>`,
      });
      const head = [
        `From: ${from}`,
        `To: ${draft.to}`,
        `Subject: ${draft.subject}`,
        `Message-ID: ${draft.messageId}`,
        `In-Reply-To: ${draft.inReplyTo ?? ''}`,
        `References: ${draft.references.join(' ')}`,
      ].join('\n');
      out.set(`${kind}.${language}.txt`, `${head}\n\n${draft.text}`);
    }
  }
  return out;
}
