import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eligibility } from '../../src/cases/eligibility.js';
import { sampleCase } from '../support/case-files.js';

describe('self-service eligibility', () => {
  const c = sampleCase();
  it('should need support when both accounts have certification history', () => {
    assert.deepEqual(eligibility(c), { selfService: false, reason: 'both-have-history' });
  });
  it('should allow self-service when only one account has certifications', () => {
    assert.equal(eligibility({ ...c, source: { ...c.source, certifications: [] } }).selfService, true);
    assert.equal(eligibility({ ...c, target: { ...c.target, certifications: [] } }).selfService, true);
    assert.equal(eligibility({ target: { ...c.target, certifications: [] }, source: { ...c.source, certifications: [] } }).selfService, true);
  });
});
