import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../errors.js';
import { describeValue, formatIssues } from '../validation/format-issues.js';

const isoDate = z
  .string({ error: (iss) => `expected a date YYYY-MM-DD, got ${describeValue(iss.input)}` })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: (iss) => `expected a date YYYY-MM-DD, got ${describeValue(iss.input)}`,
  });

const email = z.email({ error: (iss) => `expected an email address, got ${describeValue(iss.input)}` }).max(254);

// Copied from a Japanese form or IME, an ID may come in full width (ＡＷＳ０１２…) or lower case: NFKC and
// upper-casing make it the ID the portal shows; anything else is still refused by the pattern.
const candidateId = z.preprocess(
  (v) => (typeof v === 'string' ? v.normalize('NFKC').trim().toUpperCase() : v),
  z
  .string({ error: (iss) => `expected "AWS" followed by digits, got ${describeValue(iss.input)}` })
  .regex(/^AWS\d{1,16}$/, { error: (iss) => `expected "AWS" followed by digits, got ${describeValue(iss.input)}` }),
);

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

export const certificationSchema = z.strictObject({
  name: text(200),
  passedOn: isoDate,
  expiresOn: isoDate.optional(),
});

export const benefitSchema = z.strictObject({
  kind: text(200),
  expiresOn: isoDate.optional(),
  code: text(100).optional(),
});

export const accountSchema = z.strictObject({
  candidateId,
  loginEmail: email,
  trainingEmail: email.optional(),
  certificationEmail: email.optional(),
  skillBuilderEmail: email.optional(),
  certifications: z.array(certificationSchema).max(100).default([]),
  benefits: z.array(benefitSchema).max(100).default([]),
});

export const caseFileSchema = z
  .strictObject({
    language: z.enum(['ja', 'en']).default('ja'),
    requester: z.strictObject({
      name: text(200),
      company: text(200).optional(),
      /** The name in Latin letters, for English texts (support reads them; a kanji name is no use there). */
      nameEn: text(200).optional(),
      companyEn: text(200).optional(),
    }),
    reason: text(2000),
    /** The reason in English, for English texts. */
    reasonEn: text(2000).optional(),
    target: accountSchema,
    source: accountSchema,
  })
  .superRefine((c, ctx) => {
    if (c.target.loginEmail.toLowerCase() === c.source.loginEmail.toLowerCase()) {
      ctx.addIssue({ code: 'custom', path: ['source', 'loginEmail'], message: `must differ from target.loginEmail (both are ${c.source.loginEmail}): two accounts cannot share a login` });
    }
    if (c.target.candidateId === c.source.candidateId) {
      ctx.addIssue({ code: 'custom', path: ['source', 'candidateId'], message: `must differ from target.candidateId (both are ${c.source.candidateId})` });
    }
    for (const side of ['target', 'source'] as const) {
      c[side].certifications.forEach((cert, i) => {
        if (cert.expiresOn && cert.expiresOn < cert.passedOn) {
          ctx.addIssue({
            code: 'custom',
            path: [side, 'certifications', i, 'expiresOn'],
            message: `expiry ${cert.expiresOn} is before the pass date ${cert.passedOn}`,
          });
        }
      });
    }
  });

export type CaseFile = z.infer<typeof caseFileSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type Language = CaseFile['language'];

/** Today's date as YYYY-MM-DD in the local time zone (a pass date is a local calendar date). */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Validates an already-parsed object; throws BAD_INPUT with one line per problem. */
export function validateCaseFile(data: unknown, where = 'case file', now: Date = new Date()): CaseFile {
  const today = localIsoDate(now);
  const result = caseFileSchema
    .superRefine((c, ctx) => {
      for (const side of ['target', 'source'] as const) {
        c[side].certifications.forEach((cert, i) => {
          if (cert.passedOn > today) {
            ctx.addIssue({ code: 'custom', path: [side, 'certifications', i, 'passedOn'], message: `pass date ${cert.passedOn} is in the future (today is ${today})` });
          }
        });
      }
    })
    .safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new AppError('BAD_INPUT', formatIssues(result.error, where).join('\n'));
  }
  return result.data;
}

/**
 * What is accepted but worth a word before the case goes to support: an expired voucher cannot move
 * (support merges what is valid), a certification that has already lapsed still counts as history.
 */
export function caseFileWarnings(c: CaseFile, now: Date = new Date()): string[] {
  const today = localIsoDate(now);
  const out: string[] = [];
  for (const side of ['target', 'source'] as const) {
    c[side].benefits.forEach((b, i) => {
      if (b.expiresOn && b.expiresOn < today) out.push(`${side}.benefits.${i}: "${b.kind}" expired on ${b.expiresOn}; support cannot move an expired voucher`);
    });
  }
  if (c.language === 'ja' && !c.requester.nameEn && /[^\p{Script=Latin}\p{P}\p{Zs}\d]/u.test(c.requester.name)) {
    out.push('requester.nameEn: not given; English texts leave your name as a blank to fill in');
  }
  return out;
}

/**
 * Reads a case file's bytes as text. YAML is UTF-8 (a UTF-8 or UTF-16 byte order mark is honoured); anything
 * else is refused rather than guessed, because a wrong guess stores a name and reason as mojibake for good.
 */
export function decodeCaseFile(bytes: Uint8Array, where = 'case file'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const looks = ['shift_jis', 'euc-jp'].find((enc) => {
      try {
        new TextDecoder(enc, { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
    const hint = looks === 'shift_jis' ? ' (it looks like Shift_JIS)' : looks === 'euc-jp' ? ' (it looks like EUC-JP)' : '';
    throw new AppError('BAD_INPUT', `${where}: not UTF-8 text${hint}; save the file as UTF-8 and try again`);
  }
}

/** Parses the YAML text of a case file (see the contract) and validates it. */
export function parseCaseFile(yamlText: string, where = 'case file', now: Date = new Date()): CaseFile {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { prettyErrors: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new AppError('BAD_INPUT', `${where}: not valid YAML: ${msg}`);
  }
  return validateCaseFile(data, where, now);
}
