import type { CaseFile } from './case-file.js';

export type Eligibility =
  | { selfService: true; reason: 'only-target-has-history' | 'only-source-has-history' | 'neither-has-history' }
  | { selfService: false; reason: 'both-have-history' };

/**
 * The portal's own merge tool refuses when both accounts have certification
 * history; then only a support case can merge them.
 */
export function eligibility(c: Pick<CaseFile, 'target' | 'source'>): Eligibility {
  const t = c.target.certifications.length > 0;
  const s = c.source.certifications.length > 0;
  if (t && s) return { selfService: false, reason: 'both-have-history' };
  if (t) return { selfService: true, reason: 'only-target-has-history' };
  if (s) return { selfService: true, reason: 'only-source-has-history' };
  return { selfService: true, reason: 'neither-has-history' };
}
