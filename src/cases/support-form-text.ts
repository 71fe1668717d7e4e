import type { Account, CaseFile, Language } from './case-file.js';
import { eligibility } from './eligibility.js';

/** What the user chooses and types into the AWS Training and Certification contact form. */
export interface SupportFormText {
  language: Language;
  fields: { label: string; value: string }[];
  subject: string;
  body: string;
  /** Name, company, e-mail address and candidate ID the form asks for. */
  contact: { label: string; value: string }[];
  /** A warning to show before the text (e.g. self-service would work). */
  notes: string[];
  /** Where to do it: the support form, the certification portal, Credly. */
  links: { label: string; url: string }[];
}

/** The pages a merge is done on (public, stable entry points). */
export const MERGE_LINKS = {
  supportForm: 'https://support.aws.amazon.com/#/contacts/aws-training',
  portal: 'https://www.aws.training/certification/',
  credly: 'https://www.credly.com/earner/earned',
} as const;

/** What an English text writes where the case file has no Latin-letter version of a Japanese field. */
export const blank = (what: string): string => `[TO FILL IN: ${what}]`;

const nonLatin = (s: string) => /[^\p{Script=Latin}\p{P}\p{S}\p{Zs}\d]/u.test(s);

const L = {
  ja: {
    inquiryType: 'お問い合わせの種類',
    inquiryValue: 'AWS トレーニングと認定',
    issueType: '問題の種類',
    issueValue: 'アカウントの統合（Account merge）',
    subjectLabel: '件名',
    subject: (t: string, s: string) => `AWS 認定アカウントの統合のお願い（${s} を ${t} に統合）`,
    name: 'お名前（返信は英語で届くことが多いため、ローマ字で）',
    company: '会社名',
    email: 'メールアドレス（サポートからの返信はこのアドレスに届きます）',
    candidateId: 'AWS 認定の受験者 ID',
    links: { supportForm: 'AWS トレーニングと認定のお問い合わせフォーム', portal: 'AWS 認定ポータル（アカウントの統合）', credly: 'Credly（獲得したバッジ）' },
    emailNotWatched: (email: string, watched: string) =>
      `フォームに入力するメールアドレス ${email} は、certmerge が見ているメールボックス（${watched}）と違います。サポートからの返信を certmerge が読めるよう、どちらかを合わせてください。`,
    noLatinName: 'ケースファイルに requester.nameEn（ローマ字の名前）がありません。英語の文面では空欄にしてあります。',
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
    email: 'Email address (support replies go here)',
    candidateId: 'AWS Certification candidate ID',
    links: { supportForm: 'AWS Training and Certification contact form', portal: 'AWS Certification portal (merge accounts)', credly: 'Credly (your earned badges)' },
    emailNotWatched: (email: string, watched: string) =>
      `The email address for the form, ${email}, is not the mailbox certmerge watches (${watched}): support will reply to ${email}, and certmerge will not see it. Use one address for both.`,
    noLatinName: 'The case file has no requester.nameEn (your name in Latin letters); the English text leaves it as a blank to fill in.',
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
          ? `  - ${c.name}（合格日：${c.passedOn}${c.expiresOn ? `、有効期限：${c.expiresOn}` : ''}）`
          : `  - ${c.name} (passed ${c.passedOn}${c.expiresOn ? `, expires ${c.expiresOn}` : ''})`,
      )
    : [`  - ${L[lang].none}`];
  const benefits = a.benefits.length
    ? a.benefits.map((b) => (lang === 'ja' ? `  - ${b.kind}${b.expiresOn ? `（有効期限：${b.expiresOn}）` : ''}` : `  - ${b.kind}${b.expiresOn ? ` (expires ${b.expiresOn})` : ''}`))
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

/**
 * The field values and message for the support form, in Japanese or English. An English text takes the
 * case file's Latin-letter name, company and English reason; where one is missing for Japanese text, it
 * leaves a blank to fill in rather than put kanji in front of an English-reading agent. `watched` are the
 * addresses certmerge reads mail for: the form's e-mail field decides where support replies.
 */
export function supportFormText(c: CaseFile, lang: Language = c.language, watched: string[] = []): SupportFormText {
  const t = L[lang];
  const { target, source } = c;
  const english = (value: string | undefined, en: string | undefined, what: string): string | undefined =>
    value === undefined ? undefined : lang === 'ja' ? value : en ?? (nonLatin(value) ? blank(what) : value);
  const requester = {
    name: english(c.requester.name, c.requester.nameEn, 'your name in Latin letters')!,
    company: english(c.requester.company, c.requester.companyEn, 'company name in English'),
  };
  const reason = english(c.reason, c.reasonEn, 'the reason for the merge, in English')!;
  const selfService = eligibility(c).selfService;
  const body =
    lang === 'ja'
      ? [
          'AWS トレーニングと認定 ご担当者様',
          '',
          `${requester.company ? `${requester.company}の` : ''}${requester.name}と申します。`,
          '私は AWS 認定のアカウントを 2 つ保有しており、これらを 1 つに統合していただきたく、ご連絡いたしました。',
          selfService
            ? '認定の履歴があるのは片方のアカウントのみですが、認定ポータルのアカウント統合機能では統合できませんでした。'
            : '両方のアカウントに認定の履歴があるため、認定ポータルのアカウント統合機能では統合できませんでした。',
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
          '■ 統合を希望する理由',
          reason,
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
          selfService
            ? 'Only one of the accounts has certification history, but the Merge Accounts tool in the certification portal did not merge them.'
            : 'Both accounts have certification history, so the Merge Accounts tool in the certification portal cannot merge them.',
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
          reason,
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
  if (selfService) notes.push(t.selfServiceNote);
  notes.push(t.oneCaseNote);
  const formEmail = target.loginEmail;
  if (watched.length && !watched.some((w) => w.toLowerCase() === formEmail.toLowerCase())) notes.push(t.emailNotWatched(formEmail, watched.join(', ')));
  if (lang === 'en' && !c.requester.nameEn && nonLatin(c.requester.name)) notes.push(t.noLatinName);
  return {
    language: lang,
    fields: [
      { label: t.inquiryType, value: t.inquiryValue },
      { label: t.issueType, value: t.issueValue },
    ],
    subject: t.subject(target.candidateId, source.candidateId),
    body: body.join('\n'),
    contact: [
      // Support answers in English, so the form's name field wants Latin letters whatever the text's language.
      { label: t.name, value: c.requester.nameEn ?? requester.name },
      { label: t.company, value: c.requester.companyEn ?? requester.company ?? '' },
      { label: t.email, value: formEmail },
      { label: t.candidateId, value: target.candidateId },
    ],
    notes,
    links: [
      { label: t.links.supportForm, url: MERGE_LINKS.supportForm },
      { label: t.links.portal, url: MERGE_LINKS.portal },
      { label: t.links.credly, url: MERGE_LINKS.credly },
    ],
  };
}

/** Plain text for the terminal: fields, subject, body, then the contact fields. */
export function renderSupportFormText(f: SupportFormText): string {
  const rule = '-'.repeat(60);
  const head = f.language === 'ja' ? ['【フォームで選ぶ項目】'] : ['[Choose in the form]'];
  const bodyHead = f.language === 'ja' ? '【お問い合わせ内容（本文）】' : '[Message]';
  const contactHead = f.language === 'ja' ? '【連絡先として入力する項目】' : '[Contact details to enter]';
  const notesHead = f.language === 'ja' ? '【注意】' : '[Notes]';
  const linksHead = f.language === 'ja' ? '【リンク】' : '[Links]';
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
    linksHead,
    ...f.links.map((l) => `${l.label}: ${l.url}`),
    '',
  ].join('\n');
}
