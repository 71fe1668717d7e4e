import type { Account, CaseFile, Language } from './case-file.js';
import { eligibility } from './eligibility.js';

/** What the user chooses and types into the AWS Training and Certification contact form. */
export interface SupportFormText {
  language: Language;
  fields: { label: string; value: string }[];
  subject: string;
  body: string;
  /** Name, company and candidate ID the form asks for. */
  contact: { label: string; value: string }[];
  /** A warning to show before the text (e.g. self-service would work). */
  notes: string[];
}

const L = {
  ja: {
    inquiryType: 'お問い合わせの種類',
    inquiryValue: 'AWS トレーニングと認定',
    issueType: '問題の種類',
    issueValue: 'アカウントの統合（Account merge）',
    subjectLabel: '件名',
    subject: (t: string, s: string) => `AWS 認定アカウントの統合のお願い（${s} を ${t} に統合）`,
    name: 'お名前',
    company: '会社名',
    candidateId: 'AWS 認定の受験者 ID',
    none: 'なし',
    unknown: '（不明）',
    selfServiceNote: '片方のアカウントにしか認定履歴がないため、認定ポータルの「アカウントの統合」（プロファイル → アカウントの統合）で自分で統合できる可能性があります。先にそちらをお試しください。',
    oneCaseNote: '同じ依頼で 2 件目のケースを作成しないでください（回答が遅れます）。統合後も残すアカウントのメールアドレスから送信してください。',
  },
  en: {
    inquiryType: 'Inquiry type',
    inquiryValue: 'AWS Training and Certification',
    issueType: 'Issue type',
    issueValue: 'Account merge',
    subjectLabel: 'Subject',
    subject: (t: string, s: string) => `Request to merge AWS Certification accounts (${s} into ${t})`,
    name: 'Name',
    company: 'Company',
    candidateId: 'AWS Certification candidate ID',
    none: 'none',
    unknown: '(unknown)',
    selfServiceNote: 'Only one of the accounts has certification history, so the portal\'s own "Merge Accounts" tool (Profile → Merge accounts) may do this without support. Try it first.',
    oneCaseNote: 'Do not open a second case for the same request (it delays the answer). Send it from the email address of the account you keep.',
  },
} as const;

function accountBlock(a: Account, lang: Language): string[] {
  const u = L[lang].unknown;
  const certs = a.certifications.length
    ? a.certifications.map((c) =>
        lang === 'ja'
          ? `  - ${c.name}（合格日: ${c.passedOn}${c.expiresOn ? `、有効期限: ${c.expiresOn}` : ''}）`
          : `  - ${c.name} (passed ${c.passedOn}${c.expiresOn ? `, expires ${c.expiresOn}` : ''})`,
      )
    : [`  - ${L[lang].none}`];
  const benefits = a.benefits.length
    ? a.benefits.map((b) => (lang === 'ja' ? `  - ${b.kind}${b.expiresOn ? `（有効期限: ${b.expiresOn}）` : ''}` : `  - ${b.kind}${b.expiresOn ? ` (expires ${b.expiresOn})` : ''}`))
    : [`  - ${L[lang].none}`];
  if (lang === 'ja') {
    return [
      `- 受験者 ID: ${a.candidateId}`,
      `- ログインメールアドレス: ${a.loginEmail}`,
      `- aws.training の通知先メールアドレス: ${a.trainingEmail ?? u}`,
      `- 認定の通知先メールアドレス: ${a.certificationEmail ?? u}`,
      ...(a.skillBuilderEmail ? [`- AWS Skill Builder のメールアドレス: ${a.skillBuilderEmail}`] : []),
      '- 保有している認定:',
      ...certs,
      '- 特典（受験割引バウチャーなど）:',
      ...benefits,
    ];
  }
  return [
    `- Candidate ID: ${a.candidateId}`,
    `- Login email: ${a.loginEmail}`,
    `- aws.training notification email: ${a.trainingEmail ?? u}`,
    `- Certification notification email: ${a.certificationEmail ?? u}`,
    ...(a.skillBuilderEmail ? [`- AWS Skill Builder email: ${a.skillBuilderEmail}`] : []),
    '- Certifications:',
    ...certs,
    '- Benefits (exam discount vouchers etc.):',
    ...benefits,
  ];
}

/** The field values and message for the support form, in Japanese or English. */
export function supportFormText(c: CaseFile, lang: Language = c.language): SupportFormText {
  const t = L[lang];
  const { target, source, requester } = c;
  const body =
    lang === 'ja'
      ? [
          'AWS トレーニングと認定 ご担当者様',
          '',
          `${requester.company ? `${requester.company} の` : ''}${requester.name}と申します。`,
          '私は AWS 認定のアカウントを 2 つ保有しており、これらを 1 つに統合していただきたく、ご連絡いたしました。',
          '両方のアカウントに認定の履歴があるため、認定ポータルのアカウント統合機能では統合できませんでした。',
          '',
          `統合後に残したいアカウントは ${target.candidateId}（${target.loginEmail}）です。`,
          `${source.candidateId}（${source.loginEmail}）の認定・特典・Credly のデジタルバッジを、${target.candidateId} に移していただけますでしょうか。`,
          '',
          '■ 残すアカウント（統合先）',
          ...accountBlock(target, 'ja'),
          '',
          '■ 統合するアカウント（統合元）',
          ...accountBlock(source, 'ja'),
          '',
          `■ 統合を希望する理由`,
          c.reason,
          '',
          '統合によって元に戻せなくなることは承知しております。',
          '確認のために必要な情報がございましたら、お知らせください。',
          'お手数をおかけしますが、どうぞよろしくお願いいたします。',
          '',
          requester.name,
          ...(requester.company ? [requester.company] : []),
        ]
      : [
          'Hello AWS Training and Certification team,',
          '',
          `My name is ${requester.name}${requester.company ? ` (${requester.company})` : ''}. I have two AWS Certification accounts and would like them merged into one.`,
          'Both accounts have certification history, so the Merge Accounts tool in the certification portal cannot merge them.',
          '',
          `Please keep ${target.candidateId} (${target.loginEmail}) and merge ${source.candidateId} (${source.loginEmail}) into it, including its certifications, benefits and Credly badges.`,
          '',
          'Account to keep (target):',
          ...accountBlock(target, 'en'),
          '',
          'Account to merge into it (source):',
          ...accountBlock(source, 'en'),
          '',
          'Reason for the merge:',
          c.reason,
          '',
          'I understand that a merge cannot be undone. Please let me know if you need anything else to verify my identity.',
          '',
          'Thank you for your help.',
          '',
          'Best regards,',
          requester.name,
          ...(requester.company ? [requester.company] : []),
        ];
  const notes: string[] = [];
  if (eligibility(c).selfService) notes.push(t.selfServiceNote);
  notes.push(t.oneCaseNote);
  return {
    language: lang,
    fields: [
      { label: t.inquiryType, value: t.inquiryValue },
      { label: t.issueType, value: t.issueValue },
    ],
    subject: t.subject(target.candidateId, source.candidateId),
    body: body.join('\n'),
    contact: [
      { label: t.name, value: requester.name },
      { label: t.company, value: requester.company ?? '' },
      { label: t.candidateId, value: target.candidateId },
    ],
    notes,
  };
}

/** Plain text for the terminal: fields, subject, body, then the contact fields. */
export function renderSupportFormText(f: SupportFormText): string {
  const rule = '-'.repeat(60);
  const head = f.language === 'ja' ? ['【フォームで選ぶ項目】'] : ['[Choose in the form]'];
  const bodyHead = f.language === 'ja' ? '【お問い合わせ内容（本文）】' : '[Message]';
  const contactHead = f.language === 'ja' ? '【連絡先として入力する項目】' : '[Contact details to enter]';
  const notesHead = f.language === 'ja' ? '【注意】' : '[Notes]';
  return [
    ...head,
    ...f.fields.map((x) => `${x.label}: ${x.value}`),
    `${f.language === 'ja' ? '件名' : 'Subject'}: ${f.subject}`,
    '',
    bodyHead,
    rule,
    f.body,
    rule,
    '',
    contactHead,
    ...f.contact.map((x) => `${x.label}: ${x.value}`),
    '',
    notesHead,
    ...f.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
