import type { CaseFile } from '../../src/cases/case-file.js';
import { validateCaseFile } from '../../src/cases/case-file.js';

/** The contract's example case: both accounts have certifications, so support is needed. */
export function sampleCase(overrides: Partial<CaseFile> = {}): CaseFile {
  return validateCaseFile({
    language: 'ja',
    requester: { name: '山田 太郎', company: 'Example Corp' },
    reason: '退職に伴い個人のアカウントに統合したい',
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
