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

const candidateId = z
  .string({ error: (iss) => `expected "AWS" followed by digits, got ${describeValue(iss.input)}` })
  .regex(/^AWS\d{1,16}$/, { error: (iss) => `expected "AWS" followed by digits, got ${describeValue(iss.input)}` });

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
    requester: z.strictObject({ name: text(200), company: text(200).optional() }),
    reason: text(2000),
    target: accountSchema,
    source: accountSchema,
  })
  .superRefine((c, ctx) => {
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

/** Validates an already-parsed object; throws BAD_INPUT with one line per problem. */
export function validateCaseFile(data: unknown, where = 'case file'): CaseFile {
  const result = caseFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new AppError('BAD_INPUT', formatIssues(result.error, where).join('\n'));
  }
  return result.data;
}

/** Parses the YAML text of a case file (see the contract) and validates it. */
export function parseCaseFile(yamlText: string, where = 'case file'): CaseFile {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { prettyErrors: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new AppError('BAD_INPUT', `${where}: not valid YAML: ${msg}`);
  }
  return validateCaseFile(data, where);
}
