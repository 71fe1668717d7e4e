export type Language = 'ja' | 'en';

/**
 * Japanese when kana (or kana and kanji together) make up a real share of the
 * letters. Kana decide: an English mail that merely names 山田 太郎 has kanji but
 * no kana, while any Japanese sentence has some.
 */
export function detectLanguage(...texts: string[]): Language {
  const s = texts.join('\n');
  const kana = (s.match(/[\u3040-\u30ff]/gu) ?? []).length;
  const kanji = (s.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (s.match(/[A-Za-z]/g) ?? []).length;
  if (kana >= 5) return 'ja';
  const cjk = kana + kanji;
  return cjk >= 4 && kana >= 1 && cjk * 3 >= latin ? 'ja' : 'en';
}
