// Writes the training corpus (*.eml + labels.yaml) beside this file:
//   node --import tsx test/mail/corpus/train/generate.ts
// Messages are appended to the batch files in order; a message's number is its position, so
// never insert in the middle. `trusted` and `forUser` are derived from the headers actually
// written (see lib.ts), and every written message is parsed back with mailparser to check that
// it decodes to the text we meant and carries the case ID we label.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { stringify } from 'yaml';
import { build, type Spec } from './lib.js';
import { batch1 } from './batch1.js';
import { batch2 } from './batch2.js';
import { batch3 } from './batch3.js';
import { batch4 } from './batch4.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const specs: Spec[] = [...batch1, ...batch2, ...batch3, ...batch4];

const labels: Record<string, unknown> = {};
for (const f of readdirSync(HERE)) if (f.endsWith('.eml')) unlinkSync(join(HERE, f));
const problems: string[] = [];
let n = 0;
for (const s of specs) {
  n += 1;
  const b = build(s, n);
  writeFileSync(join(HERE, b.file), b.raw);
  labels[b.file] = {
    kind: s.kind,
    language: s.lang,
    trusted: b.trusted,
    forUser: b.forUser,
    supportCaseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
  };
  const parsed = await simpleParser(b.raw);
  const text = `${parsed.subject ?? ''}\n${parsed.text ?? ''}`;
  if (s.caseId && !text.includes(s.caseId)) problems.push(`${b.file}: case ID ${s.caseId} not found in subject/body`);
  if (s.caseId === null) {
    const m = /CASE\s*(?:ID)?[:\s#]*\[?(\d{10,13})/i.exec(text);
    if (m) problems.push(`${b.file}: labelled without a case ID but carries ${m[1]}`);
  }
  const norm = (t: string) => t.replace(/\s+/g, '').replace(/\uff5e/g, '\u301c');
  const probe = norm(s.text);
  if ((s.format ?? 'plain') !== 'html' && !norm(parsed.text ?? '').includes(probe)) problems.push(`${b.file}: body does not decode back to its text`);
  if (!parsed.subject || parsed.subject !== s.subject) problems.push(`${b.file}: subject decodes to ${JSON.stringify(parsed.subject)}`);
  const hasJa = /[\u3040-\u30ff\u4e00-\u9fff]/.test(s.text);
  if (s.lang === 'ja' && !hasJa) problems.push(`${b.file}: labelled ja without Japanese text`);
}
writeFileSync(join(HERE, 'labels.yaml'), `# Training corpus labels: see README.md and the labelling guide.\n${stringify(labels, { lineWidth: 0 })}`);

const count = (f: (s: Spec, i: number) => boolean) => specs.filter(f).length;
const built = specs.map((s, i) => build(s, i + 1));
const kinds = [...new Set(specs.map((s) => s.kind))].sort();
console.log(`messages ${specs.length}  ja ${count((s) => s.lang === 'ja')}  en ${count((s) => s.lang === 'en')}`);
console.log(`traps ${count((s) => s.trap === true)}  untrusted ${built.filter((b) => !b.trusted).length}  forUser:false ${built.filter((b) => !b.forUser).length}`);
for (const k of kinds) console.log(`  ${k.padEnd(22)} ${count((s) => s.kind === k)} (ja ${count((s) => s.kind === k && s.lang === 'ja')})`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
