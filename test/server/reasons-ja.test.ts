/**
 * Every "why" line the classifier and the sender-trust code write has a Japanese form: the real code is run
 * over every stored test message (fixtures, holdout, corpus), the whole understanding once and the sender
 * check with three trust configs, and each line it emits must match a template of src/server/i18n/reasons.ts.
 * The classifier's lines do not depend on the trust config (understand.ts), so it runs once a message: the
 * test read some 13,000 messages three times over in 97 s of the suite's fifteen minutes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinRulesPath, loadRules } from '../../src/mail/classify/load-rules.js';
import { decide } from '../../src/mail/classify/decide.js';
import { understandMessage } from '../../src/mail/understand.js';
import { parseMessage } from '../../src/mail/parse/parse-message.js';
import { verifySender } from '../../src/mail/verify/verify-sender.js';
import { reasonJa, reasonText } from '../../src/server/i18n/reasons.js';
import { deliveredToUser } from '../../src/ingest/recipients.js';
import { whyUnverified } from '../../src/ingest/understood.js';

const MAIL = join(import.meta.dirname, '..', 'mail');

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? emlFiles(p) : n.endsWith('.eml') ? [p] : [];
  });
}

const TRUSTS = [
  { senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'], authservId: 'mx.test.example', headerAbove: true },
  { senderDomains: ['amazon.com', 'credly.com'], authservId: 'mx.test.example' },
  { senderDomains: ['amazon.com'], authservId: 'mx.test.example', provider: 'microsoft' as const },
];

describe('why lines in Japanese', () => {
  it('has a Japanese form for every reason line the classifier and trust code emit on the test mail', async () => {
    const files = emlFiles(MAIL);
    assert.ok(files.length > 100, `expected the mail corpus under ${MAIL}, found ${files.length} files`);
    const rules = loadRules(builtinRulesPath());
    const unknown = new Map<string, string>();
    let lines = 0;
    const maxBytes = 25 * 1024 * 1024;
    for (const f of files) {
      const raw = readFileSync(f);
      const u = await understandMessage(raw, { trust: TRUSTS[0]!, rules, maxBytes });
      // The pipeline decides again once it knows the case (mail-pipeline.ts): the lines only a case brings too.
      const onCase = u.evidence ? decide(u.evidence, { onCase: true }).reasons : [];
      // The other trust configs: the sender check alone, on the message as understanding parses it.
      const parsed = await parseMessage(raw, { maxBytes }).catch(() => null);
      const verdicts = [u, ...(parsed ? TRUSTS.slice(1).map((trust) => verifySender(parsed, trust)) : [])].map((v) => ({ trusted: v.trusted, reasons: 'trustReasons' in v ? v.trustReasons : v.reasons }));
      for (const line of [...u.reasons, ...onCase, ...verdicts.flatMap((v) => v.reasons)]) {
        lines++;
        if (reasonJa(line) === null) unknown.set(line.replace(/\d+/g, 'N').slice(0, 120), f);
      }
      for (const v of verdicts.filter((x) => !x.trusted)) {
        // The line stored with an unverified message (mail-pipeline.ts), each finding rendered inside it.
        const line = `sender not verified (${whyUnverified(v.reasons)})`;
        const ja = reasonJa(line);
        const findings = v.reasons.filter((r) => whyUnverified([r]) === r).slice(0, 2);
        if (ja === null || findings.some((r) => !ja.includes(reasonJa(r) ?? r))) unknown.set(line.replace(/\d+/g, 'N').slice(0, 120), f);
      }
    }
    assert.ok(lines > 1000, `only ${lines} reason lines were emitted`);
    assert.deepEqual([...unknown.entries()].slice(0, 60).map(([l]) => l), [], `${unknown.size} reason templates have no Japanese form`);
  });

  it('has a Japanese form for every reason a message is not for the user (recipients.ts)', () => {
    const me = new Set(['taro@example.com']);
    const delivery = { resent: [], toFields: 1, ccFields: 0, deliveredTo: [], xOriginalTo: [] };
    const cases = [
      { to: ['taro@example.com'], cc: [], delivery: { ...delivery, resent: ['a@x.example'] } },
      { to: ['taro@example.com'], cc: [], delivery: { ...delivery, toFields: 2 } },
      { to: ['mallory@attacker.example'], cc: [], delivery },
      { to: [], cc: [], delivery },
      { to: ['taro@example.com'], cc: ['taro@example.com'], delivery: { ...delivery, ccFields: 1, signedFields: [['from', 'subject']] } },
      { to: ['taro@example.com'], cc: [], delivery: { ...delivery, deliveredTo: ['other@example.com'] } },
    ];
    const whys = cases.map((c) => deliveredToUser(c, me)).map((d) => (d.forUser ? 'for you' : d.why));
    assert.equal(new Set(whys).size, cases.length, whys.join('\n'));
    for (const why of whys) {
      const ja = reasonJa(`not for you: ${why}`);
      assert.ok(ja && !ja.includes(why), `no Japanese form for: ${why}`);
    }
    assert.match(reasonJa('not for you: addressed to mallory@attacker.example, not to one of your addresses')!, /^あなた宛てではありません：宛先は mallory@attacker\.example で/);
    assert.equal(reasonJa(`sender not verified (${whyUnverified([])})`), '差出人を確認できません（DKIM/DMARC の合格がありません）');
    assert.match(reasonJa('sender not verified (dkim=pass only for evil.example, not aligned with amazon.com; no dmarc=pass; no trusted authserv-id configured)')!, /^差出人を確認できません（DKIM が合格なのは evil\.example だけで.*。信頼する authserv-id が設定されていません/);
    assert.equal(reasonJa('looks like info_request but matches no case'), 'info_request のように見えますが、どのケースにも結び付きません');
  });

  it('renders values inside the Japanese sentence and keeps English pages as they are', () => {
    const line = 'From domain evil.example is not one of the trusted sender domains (amazon.com)';
    assert.equal(reasonText('en', line), line);
    const ja = reasonText('ja', line);
    assert.match(ja, /evil\.example/);
    assert.match(ja, /信頼する送信元ドメイン/);
    assert.match(reasonText('ja', 'with the case: kind info_request, confidence 0.91'), /^ケースと照らして：種類 info_request、確信度 0\.91$/);
    assert.match(reasonText('ja', 'something new nobody wrote a template for'), /^理由（英語のまま）：something new/);
    // A request beside a closing warning says both readings in Japanese, with no English tail.
    const warned = reasonText('ja', 'frame case-closing agrees: "closes" on case (plain) in "this case closes on its own." beside the request: info_request, asked');
    assert.match(warned, /^info_request と読みましたが、ケースが返信なしでクローズされるとの知らせもあります（裏付け（frame case-closing）があります：/);
    assert.match(warned, /確認をお願いします$/);
  });
});
