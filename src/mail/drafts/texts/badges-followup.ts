import type { Language } from '../../../cases/case-file.js';
import { blank, greeting, paragraphs, signature, type TextFn } from './blocks.js';

/** After the merge the Credly badges stayed behind: asks support to move them to the kept account. */
export const badgesFollowupText: Record<Language, TextFn> = {
  ja: ({ caseFile, supportCaseId }) => {
    const { source, target } = caseFile;
    const certs = source.certifications.length > 0 ? source.certifications.map((c) => `・${c.name}`) : [`・${blank('ja', '移行されていない認定の名称')}`];
    const where = [`・受験者 ID：${target.candidateId}`, `・ログインメールアドレス：${target.loginEmail}`];
    if (target.certificationEmail && target.certificationEmail !== target.loginEmail) where.push(`・認定通知先メールアドレス：${target.certificationEmail}`);
    return paragraphs(
      greeting('ja', caseFile),
      supportCaseId
        ? `ケース ID ${supportCaseId} の件につきまして、アカウントの統合にご対応いただき、ありがとうございました。`
        : '先日はアカウントの統合にご対応いただき、ありがとうございました。',
      [`統合後に確認いたしましたところ、統合元のアカウント（${source.candidateId}）で取得した以下の認定の Credly バッジが、統合先のアカウントへ移行されていないようです。`, ...certs],
      ['お手数をおかけいたしますが、該当のバッジを以下の統合先のアカウントへ移行していただけますでしょうか。', ...where],
      'ご確認のほど、よろしくお願いいたします。',
      signature('ja', caseFile),
    );
  },
  en: ({ caseFile, supportCaseId }) => {
    const { source, target } = caseFile;
    const certs = source.certifications.length > 0 ? source.certifications.map((c) => `- ${c.name}`) : [`- ${blank('en', 'certifications whose badges did not move')}`];
    const where = [`  Candidate ID: ${target.candidateId}`, `  Login email: ${target.loginEmail}`];
    if (target.certificationEmail && target.certificationEmail !== target.loginEmail) where.push(`  Certification notification email: ${target.certificationEmail}`);
    return paragraphs(
      greeting('en', caseFile),
      supportCaseId ? `Thank you for merging my AWS Certification accounts (case ${supportCaseId}).` : 'Thank you for merging my AWS Certification accounts.',
      [`After the merge, I noticed that the Credly badges for the following certifications from the source account (${source.candidateId}) have not been moved to the account I kept:`, ...certs],
      ['Could you please move these badges to the kept account below?', ...where],
      'Thank you again for your help.',
      signature('en', caseFile),
    );
  },
};
