import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText, showNormalized } from '../../../src/mail/classify/normalize.js';

const shown = (s: string) => showNormalized(normalizeText(s), 500);

describe('normalizeText', () => {
  it('turns what varies between mails into placeholders', () => {
    assert.equal(shown('Case 17920004518: AWS12345678 to new@example.com on 2026-12-01, see https://example.com/x (3 badges)'), 'case ‹caseId›: ‹candidateId› to ‹address› on ‹date›, see ‹url› (‹number› badges)');
  });

  it('reads plain Japanese (やさしい日本語) as ordinary Japanese: no spaces between words, no inline readings', () => {
    assert.equal(shown('バッジ の 移動(いどう) が おわりました。'), 'バッジの移動がおわりました。');
    assert.equal(shown('アカウントを　まとめる　じゅんび が おわりました'), 'アカウントをまとめるじゅんびがおわりました');
    assert.equal(normalizeText('バッジ の 移動(いどう) が おわりました。'), normalizeText('バッジの移動がおわりました。'));
  });

  it('keeps the spaces that separate Japanese from Latin words, and brackets that are not a reading', () => {
    assert.equal(shown('AWS トレーニングと 認定 サポート'), 'aws トレーニングと認定サポート');
    assert.equal(shown('ケース (ID 17920004518) を 開きました'), 'ケース (id ‹caseId›) を開きました');
    assert.equal(shown('認定(AWS SAA) は そのまま です'), '認定(aws saa) はそのままです');
  });
});
