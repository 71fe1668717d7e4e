import type { Account, CaseFile, Certification, Language } from '../../../cases/case-file.js';

/** Reply text builder for one language. */
export type TextFn = (input: { caseFile: CaseFile; supportCaseId: string | null }) => string;

/**
 * A clearly marked blank for what the case does not know. The user fills it
 * in before sending; nothing is ever guessed in its place.
 */
export function blank(language: Language, what: string): string {
  return language === 'ja' ? `［要記入：${what}］` : `[TO FILL IN: ${what}]`;
}

/**
 * The blanks still in a draft's text (what each one asks for), outside the quoted original: a draft
 * with any cannot be sent. Half-width brackets count too, as a user may retype one.
 */
export function blanksIn(text: string): string[] {
  const own = text.split(/\r?\n/).filter((l) => !l.startsWith('>')).join('\n');
  return [...own.matchAll(/[［[](?:要記入[：:]|TO FILL IN:)\s*([^］\]\n]*)[］\]]/g)].map((m) => m[1]!.trim());
}

/** `2023年4月1日` / `2023-04-01` from the case file's ISO date (no time zone involved). */
export function formatDate(language: Language, iso: string): string {
  if (language === 'en') return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const nonLatin = (s: string) => /[^\p{Script=Latin}\p{P}\p{S}\p{Zs}\d]/u.test(s);

/**
 * The requester's name, company and reason as a text in `language` should carry them: Japanese texts take
 * the case file as written; English ones take `nameEn` / `companyEn` / `reasonEn`, and where a field is only
 * in Japanese they leave a blank rather than put kanji in front of an English-reading agent.
 */
export function requesterFor(language: Language, caseFile: CaseFile): { name: string; company?: string; reason: string } {
  const { name, company, nameEn, companyEn } = caseFile.requester;
  if (language === 'ja') return { name, ...(company ? { company } : {}), reason: caseFile.reason };
  const pick = (v: string, en: string | undefined, what: string) => en ?? (nonLatin(v) ? blank('en', what) : v);
  return {
    name: pick(name, nameEn, 'your name in Latin letters'),
    ...(company ? { company: pick(company, companyEn, 'company name in English') } : {}),
    reason: pick(caseFile.reason, caseFile.reasonEn, 'the reason for the merge, in English'),
  };
}

export function greeting(language: Language, caseFile: CaseFile): string {
  if (language === 'en') return 'Dear AWS Training and Certification Support team,';
  const { name, company } = caseFile.requester;
  const self = company ? `${company}の${name}です。` : `${name}です。`;
  return `AWS トレーニングと認定 カスタマーサポート\nご担当者様\n\nお世話になっております。${self}`;
}

export function signature(language: Language, caseFile: CaseFile): string {
  const { name, company } = requesterFor(language, caseFile);
  const lines = company ? [name, company] : [name];
  return language === 'en' ? ['Best regards,', ...lines].join('\n') : lines.join('\n');
}

/** `ケース ID 171234567890 の件` / `case 171234567890`, or a description of the request when the ID is not known yet. */
export function caseRef(language: Language, supportCaseId: string | null): string {
  if (language === 'en') return supportCaseId ? `case ${supportCaseId}` : 'my request to merge my AWS Certification accounts';
  return supportCaseId ? `ケース ID ${supportCaseId} の件` : 'AWS 認定アカウントの統合の件';
}

export function accountHeading(language: Language, side: 'source' | 'target'): string {
  if (language === 'en') {
    return side === 'source' ? 'Source account (to be merged; I will no longer use it)' : 'Target account (to be kept)';
  }
  return side === 'source' ? '【統合元アカウント】統合後は使用しないアカウント' : '【統合先アカウント】今後も使用するアカウント';
}

const EMAIL_LABELS = {
  ja: {
    candidateId: '受験者 ID',
    loginEmail: 'ログインメールアドレス',
    trainingEmail: 'aws.training 通知先メールアドレス',
    certificationEmail: '認定通知先メールアドレス',
    skillBuilderEmail: 'AWS Skill Builder メールアドレス',
  },
  en: {
    candidateId: 'Candidate ID',
    loginEmail: 'Login email',
    trainingEmail: 'aws.training notification email',
    certificationEmail: 'Certification notification email',
    skillBuilderEmail: 'AWS Skill Builder email',
  },
} as const;

function labelled(language: Language, label: string, value: string): string {
  return language === 'ja' ? `${label}：${value}` : `${label}: ${value}`;
}

/** Candidate ID and login email: enough to name an account. */
export function accountIdLines(language: Language, account: Account): string[] {
  const l = EMAIL_LABELS[language];
  return [labelled(language, l.candidateId, account.candidateId), labelled(language, l.loginEmail, account.loginEmail)];
}

/** Candidate ID and the account's email addresses; unknown ones are blanks, Skill Builder only when known. */
export function accountEmailLines(language: Language, account: Account): string[] {
  const l = EMAIL_LABELS[language];
  const lines = accountIdLines(language, account);
  for (const field of ['trainingEmail', 'certificationEmail'] as const) {
    lines.push(labelled(language, l[field], account[field] ?? blank(language, l[field])));
  }
  if (account.skillBuilderEmail) lines.push(labelled(language, l.skillBuilderEmail, account.skillBuilderEmail));
  return lines;
}

function certificationLine(language: Language, cert: Certification): string {
  const passed = formatDate(language, cert.passedOn);
  if (language === 'ja') {
    const expires = cert.expiresOn ? formatDate(language, cert.expiresOn) : blank(language, '有効期限');
    return `・${cert.name}（合格日：${passed}、有効期限：${expires}）`;
  }
  const expires = cert.expiresOn ? formatDate(language, cert.expiresOn) : blank(language, 'expiry date');
  return `- ${cert.name} (passed ${passed}, expires ${expires})`;
}

/** The account's certifications, one per line, or a plain "none". */
export function certificationLines(language: Language, account: Account): string[] {
  const head = language === 'ja' ? '取得済みの認定：' : 'Certifications:';
  if (account.certifications.length === 0) return [language === 'ja' ? `${head}なし` : `${head} none`];
  const indent = language === 'ja' ? '　' : '  ';
  return [head, ...account.certifications.map((c) => indent + certificationLine(language, c))];
}

/** The account's benefits (exam vouchers and the like), or a plain "none". Voucher codes are left out on purpose. */
export function benefitLines(language: Language, account: Account): string[] {
  const head = language === 'ja' ? '特典：' : 'Benefits:';
  if (account.benefits.length === 0) return [language === 'ja' ? `${head}なし` : `${head} none`];
  const indent = language === 'ja' ? '　' : '  ';
  return [
    head,
    ...account.benefits.map((b) => {
      if (language === 'ja') return `${indent}・${b.kind}${b.expiresOn ? `（有効期限：${formatDate(language, b.expiresOn)}）` : ''}`;
      return `${indent}- ${b.kind}${b.expiresOn ? ` (expires ${formatDate(language, b.expiresOn)})` : ''}`;
    }),
  ];
}

/** Names of the certifications, joined for a sentence. */
export function certificationNames(language: Language, account: Account): string {
  return account.certifications.map((c) => c.name).join(language === 'ja' ? '、' : ', ');
}

/** Joins paragraphs with one empty line between them and ends with a newline. */
export function paragraphs(...parts: Array<string | string[]>): string {
  return `${parts.map((p) => (Array.isArray(p) ? p.join('\n') : p)).join('\n\n')}\n`;
}
