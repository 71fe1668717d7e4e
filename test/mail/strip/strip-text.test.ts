import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../../src/mail/parse/parse-message.js';
import { htmlWithoutQuotes } from '../../../src/mail/strip/html-quotes.js';
import { cutWithReplyParser, mayHoldAnswerHeader, stripText } from '../../../src/mail/strip/strip-text.js';

const { answerHeadersRegex } = createRequire(import.meta.url)('email-reply-parser/lib/regex.js') as { answerHeadersRegex: RegExp[] };

/** One attribution line per answer-header pattern of email-reply-parser 2.1.0, in the library's order. */
const ATTRIBUTIONS = [
  'On Mon, Dec 15, 2025 at 10:12 AM X <x@y.example> wrote:',
  'Le lun. 15 déc. 2025 à 10:12, X <x@y.example> a écrit :',
  'El lun, 15 dic 2025 a las 10:12, X (<x@y.example>) escribió:',
  'Il giorno lun 15 dic 2025 alle ore 10:12 X <x@y.example> ha scritto:',
  'Em seg., 15 de dez. de 2025 às 10:12, X <x@y.example> escreveu:',
  'Am 15.12.2025 um 10:12 schrieb X <x@y.example>:',
  'Op 15 dec. 2025 om 10:12 schreef X <x@y.example>:',
  'W dniu 15.12.2025 o 10:12, X <x@y.example> pisze:',
  'Den 15 dec. 2025 kl. 10:12 skrev X <x@y.example>:',
  'pe 15. jouluk. 2025 klo 10.12 X <x@y.example> kirjoitti:',
  'Am 15.12.2025 um 10:12 schrieb X:',
  'ср, 15 дек. 2025\u202fг. в 10:12, X <x@y.example>:', // the library writes a narrow no-break space before г.
  '在 2025年12月15日 10:12, X 写道：',
  '2025. 12. 15. 오전 10:12, X <x@y.example> 작성:',
  '2025/12/15 10:12、X <x@y.example>のメッセージ:',
  'X <x@y.example> schrieb:',
  'X on Monday at 10:12 wrote:',
  'From: X <x@y.example>',
  'Von: X <x@y.example>',
  'De: X <x@y.example>',
  'Van: X <x@y.example>',
  'Da: X <x@y.example>',
  '2025-12-15 10:12 GMT+01:00 X <x@y.example>:',
  'tis. 15 dec. 2025 kl. 10:12 skrev X <x@y.example>:',
  '15.12.2025 10:12 "X" <x@y.example>:',
  '10:12, 15.12.2025, "X" <x@y.example>:',
  '15 Dec 2025, message from X <x@y.example>:',
  '-----Original Message-----',
  '-----Oprindelig besked-----',
  "-----Message d'origine-----",
];

const FIXTURE_DIRS = ['../fixtures/', '../holdout/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

describe('the email-reply-parser pre-check', () => {
  it('knows every answer-header pattern of the installed library', () => {
    assert.equal(answerHeadersRegex.length, ATTRIBUTIONS.length, 'email-reply-parser changed its patterns: review ANSWER_HEADER_LITERALS');
    answerHeadersRegex.forEach((re, i) => {
      const line = ATTRIBUTIONS[i] ?? '';
      assert.ok(re.test(line), `sample ${i} should match the library's pattern ${re}`);
      assert.ok(mayHoldAnswerHeader(line), `the pre-check misses a line the library reads as an attribution: ${line}`);
      assert.ok(mayHoldAnswerHeader(`Thanks.\n\n${line}\n> old`), line);
    });
  });

  it('lets the library run whenever it would cut, over every head of every corpus text', async () => {
    let skipped = 0;
    for (const dir of FIXTURE_DIRS) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
        const parsed = await parseMessage(readFileSync(dir + name), { maxBytes: 25 * 1024 * 1024 });
        const texts = [parsed.text, ...(parsed.html ? [htmlWithoutQuotes(parsed.html).text] : [])];
        for (const text of texts) {
          const lines = text.split('\n');
          for (let n = 1; n <= lines.length; n++) {
            const head = lines.slice(0, n).join('\n');
            if (mayHoldAnswerHeader(head)) continue;
            skipped++;
            assert.equal(cutWithReplyParser(head), null, `${name}: the library would cut ${JSON.stringify(head.slice(-120))}`);
          }
        }
      }
    }
    assert.ok(skipped > 100, 'most heads have no attribution at all');
  });

  it('skips text whose only quotes are > lines: the quote-prefix layer removes them, as before', () => {
    const text = 'Merged.\n\n> Please confirm.\n>\n> Thanks\n\nRegards,\nSupport';
    assert.equal(mayHoldAnswerHeader(text), false);
    assert.equal(cutWithReplyParser(text), null);
    assert.deepEqual(stripText(text), { text: 'Merged.\n\n\nRegards,\nSupport', methods: ['text:quote-prefix'] });
  });

  it('still runs the library on a Western attribution that our separators do not know', () => {
    const text = 'Merci.\n\nLe lun. 15 déc. 2025 à 10:12, X <x@y.example> a écrit :\nancien texte';
    assert.equal(mayHoldAnswerHeader(text), true);
    assert.deepEqual(stripText(text), { text: 'Merci.', methods: ['email-reply-parser'] });
  });
});
