import { validateCaseFile, type CaseFile } from '../../../src/cases/case-file.js';
import type { AnsweredMessage } from '../../../src/mail/drafts/types.js';

/** The case file example from the contract, with its optional addresses filled as there. */
export { sampleCase } from '../../support/case-files.js';

/** The same case as the contract's, minus every optional field. */
export function sparseCase(): CaseFile {
  return validateCaseFile({
    language: 'ja',
    requester: { name: '山田 太郎' },
    reason: '退職に伴い個人のアカウントに統合したい',
    target: {
      candidateId: 'AWS01234567',
      loginEmail: 'taro.personal@example.com',
      certifications: [{ name: 'AWS Certified Solutions Architect - Associate', passedOn: '2023-04-01' }],
    },
    source: { candidateId: 'AWS07654321', loginEmail: 'taro@corp.example.co.jp' },
  });
}

export const SUPPORT_CASE_ID = '171234567890';
export const SUPPORT_ADDRESS = 'aws-cs-trainingcertification-form@amazon.com';
export const FROM = '山田 太郎 <taro.personal@example.com>';
export const NOW = new Date('2025-12-16T00:30:00Z');

/** What support wrote before each kind of draft: the message the draft answers. */
export type SupportMessageKind = 'confirmation_request' | 'info_request' | 'acknowledgement' | 'merge_completed';

const SUPPORT_TEXT: Record<SupportMessageKind, Record<'ja' | 'en', string[]>> = {
  confirmation_request: {
    ja: [
      '山田 様',
      '',
      'AWS トレーニングと認定カスタマーサポートにお問い合わせいただき、ありがとうございます。',
      '',
      'アカウントの統合を進めるにあたり、統合元と統合先のアカウント（受験者 ID とログインメールアドレス）をご確認ください。',
      'なお、統合は元に戻すことができません。ご同意いただける場合は、このメールにご返信ください。',
      '',
      'よろしくお願いいたします。',
      'AWS トレーニングと認定 カスタマーサポート',
    ],
    en: [
      'Hello,',
      '',
      'Thank you for contacting AWS Training and Certification Customer Support.',
      '',
      'Before we merge the accounts, please confirm the source and target accounts (candidate ID and login email).',
      'Please note that a merge cannot be undone. Reply to this email to confirm.',
      '',
      'Best regards,',
      'AWS Training and Certification Customer Support',
    ],
  },
  info_request: {
    ja: [
      '山田 様',
      '',
      'お問い合わせいただき、ありがとうございます。',
      'アカウントの統合のため、両方のアカウントについて以下の情報をお知らせください。',
      '',
      '- 受験者 ID',
      '- ログインメールアドレス、aws.training と認定の通知先メールアドレス',
      '- 取得済みの認定と特典',
      '- 統合後に残すアカウント',
      '',
      'AWS トレーニングと認定 カスタマーサポート',
    ],
    en: [
      'Hello,',
      '',
      'Thank you for contacting us. To merge your accounts, please send us the following for both accounts:',
      '',
      '- Candidate ID',
      '- Login email, aws.training and certification notification emails',
      '- Certifications and benefits',
      '- Which account you would like to keep',
      '',
      'AWS Training and Certification Customer Support',
    ],
  },
  acknowledgement: {
    ja: [
      'お問い合わせいただき、ありがとうございます。',
      `ケース ID ${SUPPORT_CASE_ID} にてお問い合わせを受け付けました。担当者より順次ご連絡いたします。`,
      '',
      'AWS トレーニングと認定 カスタマーサポート',
    ],
    en: [
      'Thank you for contacting AWS Training and Certification.',
      `We have received your request and opened case ${SUPPORT_CASE_ID}. A member of our team will get back to you.`,
      '',
      'AWS Training and Certification Customer Support',
    ],
  },
  merge_completed: {
    ja: [
      '山田 様',
      '',
      'ご確認いただき、ありがとうございます。',
      'ご依頼いただいたアカウントの統合が完了いたしました。統合先のアカウントにサインインし、認定と特典をご確認ください。',
      '',
      'AWS トレーニングと認定 カスタマーサポート',
    ],
    en: [
      'Hello,',
      '',
      'Thank you for your confirmation. The accounts have been merged. Please sign in to the kept account and check your certifications and benefits.',
      '',
      'AWS Training and Certification Customer Support',
    ],
  },
};

/** A support message on the case, as the parser would hand it over. */
export function supportMessage(language: 'ja' | 'en' = 'ja', overrides: Partial<AnsweredMessage> = {}, kind: SupportMessageKind = 'confirmation_request'): AnsweredMessage {
  return {
    messageId: '<0100019b1d2e3f4a-5b6c7d8e-support@email.amazonses.com>',
    references: ['<first.1702@example.com>', '<0100019b0a1b2c3d-ack@email.amazonses.com>'],
    subject: `RE:[CASE ${SUPPORT_CASE_ID}] [AWS Training and Certification Form Submission] - account-assistance`,
    from: { name: 'AWS Training and Certification', address: SUPPORT_ADDRESS },
    date: new Date('2025-12-15T01:12:00Z'),
    text: SUPPORT_TEXT[kind][language].join('\n'),
    language,
    ...overrides,
  };
}
