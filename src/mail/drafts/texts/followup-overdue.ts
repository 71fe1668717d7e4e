import type { Language } from '../../../cases/case-file.js';
import { greeting, paragraphs, signature, type TextFn } from './blocks.js';

/** A short, polite request for the status of a case support has not answered in time. */
export const followupOverdueText: Record<Language, TextFn> = {
  ja: ({ caseFile, supportCaseId }) =>
    paragraphs(
      greeting('ja', caseFile),
      `${supportCaseId ? `ケース ID ${supportCaseId} にてご相談しております` : '先日ご相談いたしました'}、AWS 認定アカウントの統合（${caseFile.source.candidateId} から ${caseFile.target.candidateId} への統合）について、その後の状況をお伺いしたくご連絡いたしました。`,
      'ご多忙のところ恐縮ですが、現在の対応状況をお知らせいただけますと幸いです。\nご確認のほど、よろしくお願いいたします。',
      signature('ja', caseFile),
    ),
  en: ({ caseFile, supportCaseId }) =>
    paragraphs(
      greeting('en', caseFile),
      supportCaseId
        ? `I am writing to follow up on case ${supportCaseId}, my request to merge my AWS Certification account ${caseFile.source.candidateId} into ${caseFile.target.candidateId}.`
        : `I am writing to follow up on my request to merge my AWS Certification account ${caseFile.source.candidateId} into ${caseFile.target.candidateId}.`,
      'Could you please let me know the current status of the case? I understand you may be busy, but any update would be greatly appreciated.',
      'Thank you for your time.',
      signature('en', caseFile),
    ),
};
