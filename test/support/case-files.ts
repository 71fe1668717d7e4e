import type { CaseFile } from '../../src/cases/case-file.js';
import { sampleCaseFile } from '../../src/demo/sample-case.js';

/** The contract's example case (Japanese requester whatever the language): both accounts have certifications. */
export function sampleCase(overrides: Partial<CaseFile> = {}): CaseFile {
  return sampleCaseFile('ja', overrides);
}
