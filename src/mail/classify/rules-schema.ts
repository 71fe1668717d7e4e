import { z } from 'zod';
import { MAIL_KINDS } from '../kinds.js';
import { frameSchema, lexiconSchema } from './frames.js';

/** Kinds that move a case forward irreversibly: a wrong one is the worst error. */
export const DANGEROUS_KINDS = ['confirmation_request', 'merge_completed', 'badges_transferred'] as const;

/** Kinds that move a case: each is taken only when the kind model and one of its frames agree. */
export const ADVANCING_KINDS = ['acknowledgement', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed'] as const;

const regexSource = z.string().min(1, { error: 'must not be empty' }).superRefine((src, ctx) => {
  try {
    new RegExp(src, 'iu');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}` });
  }
});

/** A pattern searched in the subject and the new text, or in one of them only. */
const pattern = z.union([
  regexSource,
  z.strictObject({ subject: regexSource }),
  z.strictObject({ text: regexSource }),
]);

const senderGroup = z.strictObject({
  /** Exact addresses, case-insensitive. */
  addresses: z.array(z.string().min(3)).default([]),
  /** Domains; subdomains match too. */
  domains: z.array(z.string().min(3)).default([]),
  /**
   * Words a look-alike of this sender uses (`amazon` in `amaz0n.com`, `aws` in a display name on a
   * free-mail address). Such mail is read for its meaning like the real sender's; it is never
   * trusted, so it never moves a case.
   */
  claims: z.array(z.string().min(2)).default([]),
});

const rule = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'use lowercase letters, digits, - and _' }),
    kind: z.enum(MAIL_KINDS).optional(),
    /** Higher wins when several rules match. */
    priority: z.number().int().min(0).max(1000).optional(),
    /** The sender must belong to one of these groups (names from `senders`). */
    senders: z.array(z.string().min(1)).optional(),
    /** At least one must match. */
    any: z.array(pattern).optional(),
    /** Every one must match. */
    all: z.array(pattern).optional(),
    /** None may match: the negative patterns that keep a rule from firing on look-alike wording. */
    unless: z.array(pattern).optional(),
    /** A user file sets `enabled: false` to switch off a built-in rule with the same id. */
    enabled: z.boolean().default(true),
    note: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    // `{ id, enabled: false }` alone is how a user file switches a built-in rule off.
    if (r.enabled && r.kind === undefined) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'missing (required unless enabled: false)' });
    if (r.enabled && r.priority === undefined) ctx.addIssue({ code: 'custom', path: ['priority'], message: 'missing (required unless enabled: false)' });
    if (r.kind && (DANGEROUS_KINDS as readonly string[]).includes(r.kind) && r.enabled && !r.senders?.length) {
      ctx.addIssue({ code: 'custom', path: ['senders'], message: `required for kind ${r.kind}: a case may only advance on mail from a known sender` });
    }
  });

export const rulesFileSchema = z.strictObject({
  version: z.literal(1, { error: 'expected 1' }).default(1),
  senders: z.record(z.string(), senderGroup).default({}),
  /** Regular expressions whose first capture group is the support case ID. */
  caseIdPatterns: z
    .strictObject({
      subject: z.array(regexSource).default([]),
      body: z.array(regexSource).default([]),
    })
    .default({ subject: [], body: [] }),
  rules: z.array(rule).default([]),
  /** Frame vocabulary and frames (rules/frames.yaml has the shape); a user file may add to them. */
  lexicon: lexiconSchema.optional(),
  frames: z.array(frameSchema).default([]),
});

/** rules/frames.yaml: what an advancing kind must mean. */
export const framesFileSchema = z.strictObject({
  version: z.literal(1, { error: 'expected 1' }).default(1),
  lexicon: lexiconSchema.default({ acts: {}, objects: {}, modes: {}, topics: {} }),
  frames: z.array(frameSchema).default([]),
});

export type RulesFile = z.infer<typeof rulesFileSchema>;
export type RuleDefinition = z.infer<typeof rule>;
export type RulePattern = z.infer<typeof pattern>;
export type SenderGroup = z.infer<typeof senderGroup>;
