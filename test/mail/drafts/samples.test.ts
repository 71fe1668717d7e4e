import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderSamples } from './samples.js';

describe('committed sample drafts', () => {
  it('match what the code writes today (regenerate with: node --import tsx test/mail/drafts/write-samples.ts)', async () => {
    const samples = await renderSamples();
    assert.equal(samples.size, 8);
    for (const [name, content] of samples) {
      assert.equal(readFileSync(new URL(`samples/${name}`, import.meta.url), 'utf8'), content, `samples/${name} is stale`);
    }
  });
});
