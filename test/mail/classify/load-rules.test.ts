import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AppError } from '../../../src/errors.js';
import { classify } from '../../../src/mail/classify/classify.js';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { compileKindModel, MODEL_FILE, readKindModelText, type KindModelFile } from '../../../src/mail/classify/kind-model.js';

const dir = mkdtempSync(join(tmpdir(), 'certmerge-rules-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function userFile(name: string, yaml: string): string {
  const p = join(dir, name);
  writeFileSync(p, yaml);
  return p;
}
function loadError(path: string): AppError {
  try {
    loadRules(builtinRulesPath(), path);
  } catch (err) {
    assert.ok(err instanceof AppError);
    return err;
  }
  assert.fail('expected loadRules to throw');
}

describe('loadRules', () => {
  it('loads the built-in rules shipped in rules/classification.yaml', () => {
    const r = loadRules(builtinRulesPath());
    assert.ok(r.rules.length > 10);
    assert.ok(r.senders.support?.addresses.includes('aws-cs-trainingcertification-form@amazon.com'));
    assert.deepEqual(r.sources, [builtinRulesPath()]);
  });

  it('adds a user rule, extends a sender group and replaces or switches off built-in rules', () => {
    const path = userFile(
      'user.yaml',
      `senders:
  support:
    addresses: [helpdesk@support.aws.com]
rules:
  - id: my-portal-notice
    kind: support_reply
    priority: 50
    senders: [amazon]
    any: ['certmetrics portal update']
  - id: marketing
    enabled: false
  - id: survey-subject
    kind: unrelated
    priority: 95
    any: [{ subject: 'questionnaire' }]
`,
    );
    const r = loadRules(builtinRulesPath(), path);
    assert.ok(r.senders.support?.addresses.includes('helpdesk@support.aws.com'));
    assert.ok(r.senders.support?.addresses.includes('aws-cs-trainingcertification-form@amazon.com'), 'built-in addresses stay');
    assert.ok(r.rules.some((x) => x.id === 'my-portal-notice'));
    assert.ok(!r.rules.some((x) => x.id === 'marketing'));
    assert.deepEqual(r.rules.find((x) => x.id === 'survey-subject')?.any.map((p) => p.source), ['questionnaire']);
    const c = classify({ subject: 'Info', newText: 'A certmetrics portal update is available.', from: 'noreply@aws.training' }, r);
    assert.equal(c.kind, 'support_reply');
    assert.ok(c.reasons.some((x) => x.includes('my-portal-notice')));
  });

  it('tries the user case ID patterns first', () => {
    const path = userFile('caseid.yaml', `caseIdPatterns:\n  subject: ['ticket-(\\d+)']\n`);
    const c = classify({ subject: 'ticket-42 [CASE 171234567890]', newText: '', from: null }, loadRules(builtinRulesPath(), path));
    assert.equal(c.supportCaseId, '42');
  });

  it('names the file and the field in one line per problem', () => {
    const path = userFile(
      'bad.yaml',
      `rules:
  - id: Bad Id
    kind: merged
    priority: 5
  - id: ok-id
    kind: merge_completed
    priority: 5
    any: ['(unclosed']
`,
    );
    const lines = loadError(path).message.split('\n');
    assert.ok(lines.length >= 4, lines.join('\n'));
    for (const line of lines) assert.ok(line.startsWith(`${path}: rules.`), line);
    assert.ok(lines.some((l) => l.includes('rules.0.id')));
    assert.ok(lines.some((l) => l.includes('rules.0.kind') && l.includes('"merged"')));
    assert.ok(lines.some((l) => l.includes('rules.1.any.0') && l.includes('not a valid regular expression')));
    assert.ok(lines.some((l) => l.includes('rules.1.senders') && l.includes('required for kind merge_completed')));
  });

  it('rejects unknown fields and unknown sender groups', () => {
    assert.match(loadError(userFile('unknown.yaml', 'rulez: []\n')).message, /unknown field "rulez"/);
    assert.match(
      loadError(userFile('group.yaml', 'rules:\n  - { id: x, kind: support_reply, priority: 1, senders: [nobody] }\n')).message,
      /rules\.0\.senders: unknown sender group "nobody"/,
    );
  });

  it('reports unreadable and invalid YAML files by name', () => {
    assert.match(loadError(join(dir, 'missing.yaml')).message, /missing\.yaml: cannot read rules file \(no such file\)/);
    assert.match(loadError(userFile('broken.yaml', 'rules: [\n')).message, /broken\.yaml: not valid YAML/);
  });
});

describe('the kind model file', () => {
  it('refuses a model trained for another feature set, and says what to run', () => {
    const text = readKindModelText(join(import.meta.dirname, '../../../rules', MODEL_FILE));
    const data = JSON.parse(text) as KindModelFile;
    assert.equal(data.version, 3, 'the shipped model is of the current format and feature set');
    const older = { ...data, version: 2 } as unknown as KindModelFile;
    assert.throws(
      () => compileKindModel(older, 'rules/kind-model.json.gz'),
      (err: unknown) => err instanceof AppError && err.code === 'BAD_CONFIG' && /rules\/kind-model\.json\.gz: not a kind model this version reads .*run npm run train/.test(err.message),
    );
  });
});
