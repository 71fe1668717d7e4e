/**
 * Every "why" line the classifier and the sender-trust code write has a Japanese form: the real code is run
 * over every stored test message outside the labelled corpus (fixtures, holdout, forgeries), the whole
 * understanding once and the sender check with three trust configs, and each line it emits must match a
 * template of src/server/i18n/reasons.ts. The corpus test makes the same check on the corpus's some 20,000
 * messages, on the understandings it makes anyway (test/support/why-lines.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinRulesPath, loadRules } from '../../src/mail/classify/load-rules.js';
import { classifyInputOf, understandMessage } from '../../src/mail/understand.js';
import { reasonJa, reasonText } from '../../src/server/i18n/reasons.js';
import { deliveredToUser } from '../../src/ingest/recipients.js';
import { whyUnverified } from '../../src/ingest/understood.js';
import { TRUSTS, untranslatedWhyLines } from '../support/why-lines.js';

const MAIL = join(import.meta.dirname, '..', 'mail');
/** The labelled corpus: checked by the corpus test (test/mail/corpus/corpus.test.ts). */
const CORPUS = join(MAIL, 'corpus');

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return p === CORPUS ? [] : statSync(p).isDirectory() ? emlFiles(p) : n.endsWith('.eml') ? [p] : [];
  });
}

describe('why lines in Japanese', () => {
  it('has a Japanese form for every reason line the classifier and trust code emit on the test mail', async () => {
    const files = emlFiles(MAIL);
    assert.ok(files.length > 80, `expected the test mail under ${MAIL}, found ${files.length} files`);
    const rules = loadRules(builtinRulesPath());
    const unknown = new Map<string, string>();
    let lines = 0;
    const maxBytes = 25 * 1024 * 1024;
    for (const f of files) {
      const raw = readFileSync(f);
      const read = await classifyInputOf(raw, maxBytes).catch(() => undefined);
      const r = untranslatedWhyLines(await understandMessage(raw, { trust: TRUSTS[0]!, rules, maxBytes }, { read }), read);
      lines += r.lines;
      for (const l of r.untranslated) unknown.set(l, f);
    }
    assert.ok(lines > 500, `only ${lines} reason lines were emitted`);
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
