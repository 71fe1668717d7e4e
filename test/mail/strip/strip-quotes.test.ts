import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripQuotes } from '../../../src/mail/strip/strip-quotes.js';

const plain = (text: string) => stripQuotes({ text, html: null });

describe('stripQuotes on plain text', () => {
  it('cuts at a Japanese Gmail attribution line', () => {
    const r = plain('統合が完了しました。\n\n2025年12月15日(月) 10:12 山田 太郎 <taro@example.com>:\n\n> 統合してよろしいでしょうか。\n');
    assert.equal(r.newText, '統合が完了しました。');
    assert.equal(r.quoted, true);
    assert.match(r.method, /ja-attribution/);
  });

  it('cuts at a Japanese Gmail attribution that wraps across two lines', () => {
    const r = plain('完了しました。\n2025年12月15日(月) 10:12 山田 太郎 <\ntaro@example.com>:\n統合してよろしいでしょうか。');
    assert.equal(r.newText, '完了しました。');
  });

  it('cuts at a Japanese Apple Mail attribution', () => {
    const r = plain('承知しました。\n\n2025/12/15 10:12、山田 太郎 <taro@example.com>のメール:\n\n統合してよろしいでしょうか。');
    assert.equal(r.newText, '承知しました。');
  });

  it('keeps a body line that merely starts with a Japanese date', () => {
    const r = plain('2025年12月15日に統合を実施しました。\n反映までお待ちください。');
    assert.equal(r.newText, '2025年12月15日に統合を実施しました。\n反映までお待ちください。');
    assert.equal(r.quoted, false);
    assert.equal(r.method, 'none');
  });

  it('cuts at an English Gmail attribution, also when "wrote:" wrapped', () => {
    assert.equal(plain('Done.\n\nOn Mon, Dec 15, 2025 at 10:12 AM X <x@y.example> wrote:\n> old').newText, 'Done.');
    assert.equal(plain('Done.\nOn Mon, Dec 15, 2025 at 10:12 AM X <x@y.example>\nwrote:\nold text').newText, 'Done.');
  });

  it('cuts at an English Outlook header block and the underscores above it', () => {
    const r = plain('Merged.\n\n________________________________\nFrom: X <x@y.example>\nSent: Monday, December 15, 2025 10:12\nTo: s@amazon.com\nSubject: RE: case\n\nPlease confirm.');
    assert.equal(r.newText, 'Merged.');
    assert.match(r.method, /outlook-header/);
  });

  it('cuts at a Japanese Outlook header block', () => {
    const r = plain('完了いたしました。\n\n差出人: 山田 太郎 <taro@example.com>\n送信日時: 2025年12月15日 10:12\n宛先: support@amazon.com\n件名: RE: 統合\n\n統合してよろしいでしょうか。');
    assert.equal(r.newText, '完了いたしました。');
  });

  it('does not take a lone From: line in the body for a header block', () => {
    const r = plain('From: the certification team\nWe are on it.');
    assert.equal(r.newText, 'From: the certification team\nWe are on it.');
  });

  it('cuts at Original Message separators in English and Japanese', () => {
    assert.equal(plain('New.\n-----Original Message-----\nFrom: a\nold').newText, 'New.');
    assert.equal(plain('新しい本文\n----- 元のメッセージ -----\n古い本文').newText, '新しい本文');
  });

  it('cuts at forwarded-message markers in English and Japanese', () => {
    assert.equal(plain('FYI\n\n---------- Forwarded message ---------\nFrom: a\nmerged').newText, 'FYI');
    assert.equal(plain('転送します\n---------- 転送メッセージ ----------\n差出人: a\n完了').newText, '転送します');
  });

  it('removes > quoted lines but keeps inline answers between them', () => {
    const r = plain('> Which account do you keep?\nThe personal one.\n> And the ID?\nAWS01234567');
    assert.equal(r.newText, 'The personal one.\nAWS01234567');
    assert.match(r.method, /quote-prefix/);
  });

  it('uses email-reply-parser for Western attributions it knows', () => {
    const r = plain('Fusionné.\n\nLe lun. 15 déc. 2025 à 10:12, X <x@y.example> a écrit :\n> ancien');
    assert.equal(r.newText, 'Fusionné.');
  });

  it('keeps text that email-reply-parser would file as a signature', () => {
    const r = plain('Hello,\n\nSent from the console we checked both profiles.\nThey are merged.');
    assert.match(r.newText, /They are merged/);
  });
});

describe('stripQuotes on HTML', () => {
  it('drops Gmail quote containers', () => {
    const r = stripQuotes({ text: '', html: '<div>New text</div><div class="gmail_quote"><div class="gmail_attr">On ... wrote:</div><blockquote class="gmail_quote">Old</blockquote></div>' });
    assert.equal(r.newText, 'New text');
    assert.match(r.method, /html:gmail_quote/);
  });

  it('drops everything from Outlook\'s divRplyFwdMsg on', () => {
    const r = stripQuotes({ text: '', html: '<div>完了しました</div><hr><div id="divRplyFwdMsg"><b>差出人:</b> x</div><div>統合してよろしいでしょうか</div>' });
    assert.equal(r.newText, '完了しました');
    assert.match(r.method, /divRplyFwdMsg/);
  });

  it('drops Yahoo and Apple Mail quotes', () => {
    assert.equal(stripQuotes({ text: '', html: '<p>New</p><div class="yahoo_quoted">Old</div>' }).newText, 'New');
    assert.equal(stripQuotes({ text: '', html: '<p>New</p><blockquote type="cite">Old</blockquote>' }).newText, 'New');
  });

  it('reads the plain alternative when the HTML beside it has no quote markup, and the HTML when it has', () => {
    const text = 'Thanks, the merge is done.\n\nOn Mon, Dec 15, 2025 at 10:12 AM Support <support@amazon.com> wrote:\n> Please confirm';
    const bare = stripQuotes({ text, html: '<div>Thanks, the merge is <b>done</b>.</div><div>On Mon, Dec 15, 2025 at 10:12 AM Support &lt;support@amazon.com&gt; wrote:</div><div>&gt; Please confirm</div>' });
    assert.equal(bare.newText, 'Thanks, the merge is done.');
    assert.doesNotMatch(bare.method, /html:/);
    const marked = stripQuotes({ text, html: '<div>Merged, thank you.</div><blockquote>Please confirm</blockquote>' });
    assert.equal(marked.newText, 'Merged, thank you.');
    assert.match(marked.method, /html:blockquote/);
  });

  it('reads the HTML when the text part beside it is a stub', () => {
    const html = '<table><tr><td>New reply on your case</td></tr><tr><td>Reply from AWS Support:<br>Your two certification accounts have been merged. Your certifications and benefits now show on the account you kept.</td></tr></table>';
    const r = stripQuotes({ text: 'This message is formatted in HTML. Open it in a mail program that displays HTML.', html });
    assert.match(r.newText, /have been merged/);
    assert.match(r.method, /html:text-part-is-a-stub/);
    assert.equal(r.quoted, false);
    // A short text part that says what the HTML says is read as it is.
    assert.equal(stripQuotes({ text: 'Merged, thank you.', html: '<p>Merged, <b>thank you</b>.</p>' }).method, 'none');
  });

  it("lays a notification's table out a row a line, its cells apart, and leaves a layout table's paragraph whole", () => {
    const para = 'We have completed the merge of your two certification accounts, and your certifications, exam history and benefits now appear under the account you kept.';
    const html = `<table width="600"><tr><td><p>Hello Ken,</p><p>${para}</p><table><tr><th>Case ID</th><td>178102773054</td></tr><tr><th>Result</th><td><b>Merged</b> into AWS01234567</td></tr></table></td></tr></table>`;
    const r = stripQuotes({ text: 'There is a new correspondence on your case. Sign in to read it.', html });
    assert.ok(r.newText.includes(para), r.newText);
    assert.match(r.newText, /^Case ID +178102773054$/m);
    assert.match(r.newText, /^Result +Merged into AWS01234567$/m);
  });

  it('falls back to the plain text when the HTML has nothing of its own', () => {
    const r = stripQuotes({ text: 'Plain new text', html: '<blockquote>only a quote</blockquote>' });
    assert.equal(r.newText, 'Plain new text');
  });
});

describe('stripQuotes on hostile input', () => {
  it('stays fast on 200 KB crafted to make attribution patterns backtrack', () => {
    for (const text of ['Op x\n'.repeat(40000), '2025年12月15日 '.repeat(12000), 'On 2025 x\n'.repeat(20000)]) {
      const t0 = performance.now();
      stripQuotes({ text, html: null });
      const ms = performance.now() - t0;
      // Generous bound against flakiness on slow CI; unbounded it took seconds.
      assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
    }
  });
});
