export type Language = 'ja' | 'en';

/**
 * Japanese when kana (or kana and kanji together) make up a real share of the
 * letters. Kana decide: an English mail that merely names 山田 太郎 has kanji but
 * no kana, while any Japanese sentence has some.
 */
export function detectLanguage(...texts: string[]): Language {
  const s = texts.join('\n');
  // Kana first: five or more decide, and none at all rules Japanese out, so the
  // (costlier) kanji and Latin counts are needed only in between. Kana are in
  // the BMP, so counting UTF-16 units counts characters.
  let kana = 0;
  for (let i = 0; i < s.length && kana < 5; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
  }
  if (kana >= 5) return 'ja';
  if (kana === 0) return 'en';
  const kanji = (s.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (s.match(/[A-Za-z]/g) ?? []).length;
  const cjk = kana + kanji;
  return cjk >= 4 && kana >= 1 && cjk * 3 >= latin ? 'ja' : 'en';
}
