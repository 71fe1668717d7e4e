import type { Account, Language } from '../../../cases/case-file.js';
import { accountEmailLines, accountHeading, benefitLines, caseRef, certificationLines, greeting, paragraphs, requesterFor, signature, type TextFn } from './blocks.js';

function accountBlock(language: Language, side: 'source' | 'target', account: Account): string[] {
  const indent = language === 'en' ? '  ' : '';
  const body = [...accountEmailLines(language, account), ...certificationLines(language, account), ...benefitLines(language, account)];
  return [accountHeading(language, side), ...body.map((l) => indent + l)];
}

/** Answers support's request for information with everything the case knows; unknowns are marked blanks. */
export const infoText: Record<Language, TextFn> = {
  ja: ({ caseFile, supportCaseId }) =>
    paragraphs(
      greeting('ja', caseFile),
      `${caseRef('ja', supportCaseId)}につきまして、ご依頼いただいた情報を以下のとおりお送りいたします。`,
      [
        '【ご依頼内容】',
        `統合元のアカウント（${caseFile.source.candidateId}）を統合先のアカウント（${caseFile.target.candidateId}）へ統合し、統合先のアカウントを今後も使用したいと考えております。`,
        `統合を希望する理由：${caseFile.reason}`,
      ],
      accountBlock('ja', 'source', caseFile.source),
      accountBlock('ja', 'target', caseFile.target),
      'ほかに必要な情報がございましたら、お知らせください。\nご確認のほど、よろしくお願いいたします。',
      signature('ja', caseFile),
    ),
  en: ({ caseFile, supportCaseId }) =>
    paragraphs(
      greeting('en', caseFile),
      `Thank you for your reply regarding ${caseRef('en', supportCaseId)}. Please find the requested information below.`,
      [
        'Request',
        `  I would like account ${caseFile.source.candidateId} to be merged into account ${caseFile.target.candidateId}, and to keep using ${caseFile.target.candidateId}.`,
        `  Reason: ${requesterFor('en', caseFile).reason}`,
      ],
      accountBlock('en', 'source', caseFile.source),
      accountBlock('en', 'target', caseFile.target),
      'Please let me know if you need any further information.',
      signature('en', caseFile),
    ),
};
