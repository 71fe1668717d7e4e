// Writes the training corpus (*.eml + labels.yaml) beside this file:
//   node --import tsx test/mail/corpus/train/generate.ts
// Messages are appended to the batch files in order; a message's number is its position, so
// never insert in the middle. `trusted` and `forUser` are derived from the headers actually
// written (see lib.ts), and every written message is parsed back with mailparser to check that
// it decodes to the text we meant and carries the case ID we label.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { stringify } from 'yaml';
import { build, isTrustedDomain, type Spec, USER_ADDRESSES } from './lib.js';
import { batch1 } from './batch1.js';
import { batch2 } from './batch2.js';
import { batch3 } from './batch3.js';
import { batch4 } from './batch4.js';
import { batch5 } from './batch5.js';
import { batch6 } from './batch6.js';
import { batch7 } from './batch7.js';
import { batch8 } from './batch8.js';
import { batch9 } from './batch9.js';
import { batch10 } from './batch10.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const specs: Spec[] = [...batch1, ...batch2, ...batch3, ...batch4, ...batch5, ...batch6, ...batch7, ...batch8, ...batch9, ...batch10];

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
  const again = judgeRaw(b.raw);
  if (again.trusted !== b.trusted || again.forUser !== b.forUser) problems.push(`${b.file}: headers say trusted=${again.trusted} forUser=${again.forUser}`);
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

/**
 * Second, independent reading of the labelling guide on the raw bytes: the topmost
 * Authentication-Results above our server's Received line decides trust; Resent-* or no user
 * address among To/Cc/Delivered-To/X-Original-To means not delivered to the user.
 */
function judgeRaw(raw: Buffer): { trusted: boolean; forUser: boolean } {
  const head = raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '';
  const fields = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const value = (name: string) => fields.filter((f) => f.toLowerCase().startsWith(`${name.toLowerCase()}:`)).map((f) => f.slice(name.length + 1).trim());
  const addrs = (vals: string[]) => vals.flatMap((v) => [...v.matchAll(/[\w.+-]+@[\w.-]+/g)].map((m) => m[0].toLowerCase()));
  const fromDomain = addrs(value('From'))[0]?.split('@')[1] ?? '';
  let trusted = false;
  for (const f of fields) {
    if (/^Received:.*\bby mx\.test\.example\b/i.test(f)) break;
    if (/^Authentication-Results:/i.test(f)) {
      if (/^Authentication-Results:\s*mx\.test\.example;/i.test(f)) {
        const dmarc = new RegExp(`dmarc=pass[^;]*header\\.from=${fromDomain.replace(/\./g, '\\.')}(?![\\w.-])`, 'i').test(f);
        const dkim = [...f.matchAll(/dkim=pass[^;]*header\.d=([\w.-]+)/gi)].some((m) => m[1] === fromDomain || fromDomain.endsWith(`.${m[1]}`));
        trusted = (dmarc || dkim) && isTrustedDomain(fromDomain);
      }
      break; // only the topmost one counts
    }
  }
  const resent = fields.some((f) => /^Resent-(From|To|Date):/i.test(f));
  const recips = addrs([...value('To'), ...value('Cc'), ...value('Delivered-To'), ...value('X-Original-To')]);
  return { trusted, forUser: !resent && recips.some((a) => USER_ADDRESSES.includes(a)) };
}

const count = (f: (s: Spec, i: number) => boolean) => specs.filter(f).length;
const built = specs.map((s, i) => build(s, i + 1));
const kinds = [...new Set(specs.map((s) => s.kind))].sort();
console.log(`messages ${specs.length}  ja ${count((s) => s.lang === 'ja')}  en ${count((s) => s.lang === 'en')}`);
console.log(`traps ${count((s) => s.trap === true)}  untrusted ${built.filter((b) => !b.trusted).length}  forUser:false ${built.filter((b) => !b.forUser).length}`);
for (const k of kinds) console.log(`  ${k.padEnd(22)} ${count((s) => s.kind === k)} (ja ${count((s) => s.kind === k && s.lang === 'ja')})`);
// The counts section of README.md is regenerated so that it always matches the files.
const tally = (key: (s: Spec, i: number) => string) => {
  const m = new Map<string, number>();
  specs.forEach((s, i) => m.set(key(s, i), (m.get(key(s, i)) ?? 0) + 1));
  return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
};
const rows = kinds.map((k) => `| ${k} | ${count((s) => s.kind === k)} | ${count((s) => s.kind === k && s.lang === 'ja')} | ${count((s) => s.kind === k && s.lang === 'en')} | ${count((s) => s.kind === k && s.trap === true)} | ${built.filter((b, i) => specs[i]!.kind === k && !b.trusted).length} | ${built.filter((b, i) => specs[i]!.kind === k && !b.forUser).length} |`);
const countsMd = [
  '<!-- counts:start (written by generate.ts) -->',
  `${specs.length} messages: ${count((s) => s.lang === 'ja')} Japanese, ${count((s) => s.lang === 'en')} English; ${count((s) => s.trap === true)} traps; ${built.filter((b) => !b.trusted).length} untrusted; ${built.filter((b) => !b.forUser).length} not delivered to the user (forUser: false).`,
  '',
  '| kind | all | ja | en | traps | untrusted | forUser false |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `- body charset: ${tally((s) => s.charset ?? (s.lang === 'ja' ? 'ISO-2022-JP' : 'US-ASCII'))}`,
  `- transfer encoding of the text part: ${tally((s) => s.cte ?? ((s.charset ?? (s.lang === 'ja' ? 'ISO-2022-JP' : 'US-ASCII')) === 'UTF-8' ? 'quoted-printable' : (s.charset ?? '') === 'Shift_JIS' ? '8bit' : '7bit'))}`,
  `- structure: ${tally((s) => ({ plain: 'text/plain', html: 'text/html only', alt: 'multipart/alternative' })[s.format ?? 'plain'])}`,
  `- sender authentication: ${tally((s, i) => {
    const a = s.auth ?? 'pass';
    if (built[i]!.trusted) return `trusted (${a})`;
    if (USER_ADDRESSES.includes((/<([^>]+)>/.exec(s.from ?? '')?.[1] ?? s.from ?? '').toLowerCase())) return `untrusted: the user's own mail (${a})`;
    if ((a === 'pass' || a === 'dkim') && !isTrustedDomain((/@([^>]+)>?$/.exec(s.from ?? '')?.[1] ?? '').toLowerCase())) return 'untrusted: other or look-alike domain';
    return `untrusted: ${a}`;
  })}`,
  `- line ends: ${tally((s) => (s.lf ? 'LF' : 'CRLF'))}`,
  '<!-- counts:end -->',
].join('\n');
const readmePath = join(HERE, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(readmePath, readme.replace(/<!-- counts:start[\s\S]*?counts:end -->/, countsMd));

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
