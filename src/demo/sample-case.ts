import { validateCaseFile, type CaseFile, type Language } from '../cases/case-file.js';

/**
 * The contract's example case: both accounts have certifications, so the
 * merge needs support. `en` swaps in an English name and reason so English
 * texts read naturally; the accounts are the same.
 */
export function sampleCaseFile(lang: Language = 'ja', overrides: Partial<CaseFile> = {}): CaseFile {
  return validateCaseFile({
    language: lang,
    requester: lang === 'ja' ? { name: '山田 太郎', company: 'Example Corp' } : { name: 'Alex Doe', company: 'Example Corp' },
    reason: lang === 'ja' ? '退職に伴い個人のアカウントに統合したい' : 'I left the company and want to keep my certifications on my personal account.',
    target: {
      candidateId: 'AWS01234567',
      loginEmail: 'taro.personal@example.com',
      trainingEmail: 'taro.personal@example.com',
      certificationEmail: 'taro.personal@example.com',
      certifications: [{ name: 'AWS Certified Solutions Architect - Associate', passedOn: '2023-04-01', expiresOn: '2026-04-01' }],
      benefits: [{ kind: '50% exam discount voucher', expiresOn: '2026-04-01' }],
    },
    source: {
      candidateId: 'AWS07654321',
      loginEmail: 'taro@corp.example.co.jp',
      trainingEmail: 'taro@corp.example.co.jp',
      certificationEmail: 'taro@corp.example.co.jp',
      certifications: [{ name: 'AWS Certified Developer - Associate', passedOn: '2024-06-15', expiresOn: '2027-06-15' }],
      benefits: [],
    },
    ...overrides,
  });
}
