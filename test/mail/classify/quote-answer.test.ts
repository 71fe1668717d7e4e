import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { normalizeText } from '../../../src/mail/classify/normalize.js';
import { askedAct, readAnswer } from '../../../src/mail/classify/quote-answer.js';

const lex = loadRules(builtinRulesPath()).frames.lexicon;
const answer = (t: string) => readAnswer(lex, normalizeText(t));

describe('a reply that only points at its quote', () => {
  it('reads a bare "done", in either language, with a greeting and a name around it', () => {
    assert.equal(answer('Done.\n\nJorge')?.how, 'done');
    assert.equal(answer('鈴木様\n\n対応いたしました。\n\n西村')?.how, 'done');
    assert.equal(answer('All taken care of now.')?.how, 'done');
  });

  it('reads a re-sent message or a follow-up as the quote sent again', () => {
    assert.equal(answer('Sending this again in case it got buried.')?.how, 'again');
    assert.equal(answer('念のため再送いたします。ご確認のほどお願いいたします。')?.how, 'again');
    assert.equal(answer('Just following up on this.')?.how, 'again');
  });

  it('leaves a reply that says what was done, or says more, to be read as it stands', () => {
    assert.equal(answer('統合、終わりました。'), null);
    assert.equal(answer('Done. We have merged the accounts and moved your badges.'), null);
    assert.equal(answer('伊藤様\n念のため再送いたします。統合の実施についてご承諾いただけますでしょうか。\n北村'), null);
    assert.equal(answer('Thanks for your patience.'), null);
    assert.equal(answer(`Done. ${'We looked at both profiles and everything is in order there. '.repeat(2)}`), null);
  });

  it('finds what the quoted message asked for: the badges moved, else the merge', () => {
    assert.equal(askedAct(lex, normalizeText('Yes, that is correct. Please go ahead and merge the accounts.')), 'merge_completed');
    assert.equal(askedAct(lex, normalizeText('統合は済んでいます。Credly のバッジも新しいアドレスに移していただけますか。')), 'badges_transferred');
    assert.equal(askedAct(lex, normalizeText('Thanks, have a good weekend.')), null);
  });
});
