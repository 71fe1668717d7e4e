import type { Language } from '../../../cases/case-file.js';
import { accountHeading, accountIdLines, caseRef, certificationNames, greeting, paragraphs, signature, type TextFn } from './blocks.js';

/** Answers support's request to confirm the merge: source → target, irreversible, badges too. */
export const confirmationText: Record<Language, TextFn> = {
  ja: ({ caseFile, supportCaseId }) => {
    const names = certificationNames('ja', caseFile.source);
    return paragraphs(
      greeting('ja', caseFile),
      `${caseRef('ja', supportCaseId)}につきまして、ご連絡いただきありがとうございます。\n以下のとおり、統合元のアカウントを統合先のアカウントへ統合していただきますよう、お願いいたします。統合後は統合先のアカウントを使用いたします。`,
      [accountHeading('ja', 'source'), ...accountIdLines('ja', caseFile.source)],
      [accountHeading('ja', 'target'), ...accountIdLines('ja', caseFile.target)],
      'アカウントの統合は元に戻せないことを理解したうえで、上記の内容での統合に同意いたします。',
      `また、統合元のアカウントで取得した認定${names ? `（${names}）` : ''}の Credly バッジにつきましても、統合先のアカウントへ移行していただけますと幸いです。`,
      'お手数をおかけいたしますが、ご対応のほど、よろしくお願いいたします。',
      signature('ja', caseFile),
    );
  },
  en: ({ caseFile, supportCaseId }) => {
    const names = certificationNames('en', caseFile.source);
    return paragraphs(
      greeting('en', caseFile),
      `Thank you for your reply regarding ${caseRef('en', supportCaseId)}. I confirm that I would like the source account below to be merged into the target account, which I will keep using.`,
      [accountHeading('en', 'source'), ...accountIdLines('en', caseFile.source).map((l) => `  ${l}`)],
      [accountHeading('en', 'target'), ...accountIdLines('en', caseFile.target).map((l) => `  ${l}`)],
      'I understand that the merge cannot be undone, and I agree to proceed as described above.',
      `I would also be grateful if you could move the Credly badges for the certifications earned on the source account${names ? ` (${names})` : ''} to the target account as well.`,
      'Thank you very much for your help.',
      signature('en', caseFile),
    );
  },
};
