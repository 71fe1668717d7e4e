import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { DANGEROUS_KINDS } from '../../../src/mail/classify/rules-schema.js';
import { understandMessage } from '../../../src/mail/understand.js';

// Mail written in other words than the fixtures, before the rules were tuned:
// it measures how the rules generalize. Tune general patterns, never to these.
const HOLDOUT = join(import.meta.dirname, '..', 'holdout');

describe('classification on the holdout set', () => {
  it('makes no dangerous error and gets at least 80% right', async () => {
    const rules = loadRules(builtinRulesPath());
    const expected = parseYaml(readFileSync(join(HOLDOUT, 'expected.yaml'), 'utf8')) as Record<string, string>;
    const files = readdirSync(HOLDOUT).filter((f) => f.endsWith('.eml')).sort();
    assert.ok(files.length >= 15, `only ${files.length} holdout messages`);

    const confusion = new Map<string, number>();
    const wrong: string[] = [];
    const dangerous: string[] = [];
    for (const file of files) {
      const want = expected[file];
      assert.ok(want, `no expectation for ${file}`);
      const u = await understandMessage(readFileSync(join(HOLDOUT, file)), {
        trust: { senderDomains: ['amazon.com', 'credly.com'], authservId: 'mx.test.example' },
        rules,
        maxBytes: 25 * 1024 * 1024,
      });
      const key = `${want} -> ${u.kind}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (u.kind !== want) {
        wrong.push(`${file}: expected ${want}, got ${u.kind} (${u.reasons.at(-1) ?? ''})`);
        // A dangerous error: claiming a confirmation request, completion or badge transfer that is not there.
        if ((DANGEROUS_KINDS as readonly string[]).includes(u.kind)) dangerous.push(file);
      }
    }
    const right = files.length - wrong.length;
    const accuracy = right / files.length;
    console.log(`# holdout: ${right}/${files.length} correct (${(accuracy * 100).toFixed(1)}%), ${dangerous.length} dangerous`);
    for (const [k, n] of [...confusion].sort()) console.log(`#   ${k}: ${n}`);
    for (const w of wrong) console.log(`#   wrong: ${w}`);

    assert.deepEqual(dangerous, [], 'no wrong confirmation_request / merge_completed / badges_transferred');
    assert.ok(accuracy >= 0.8, `accuracy ${(accuracy * 100).toFixed(1)}% is below 80%`);
  });
});
