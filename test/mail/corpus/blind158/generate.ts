// Generates the fa set (machine translation and translationese, unmeasured):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/fa/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that file numbers and names say nothing about the kind. Stops on any failed check.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (mulberry32)
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    const x = a[i] as T;
    a[i] = a[k] as T;
    a[k] = x;
  }
  return a;
}

const fail = (msg: string): never => {
  console.error(`SELF-CHECK FAILED: ${msg}`);
  process.exit(1);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 0xfa2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// the same normalisation the builder applies to JIS round trips, plus line ends and trailing blanks
const norm = (x: string): string =>
  x
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
const displayName = (v: string): string => {
  const mm = /^(.*?)\s*<[^>]+>$/.exec(v.trim());
  return (mm?.[1] ?? '').replace(/^"|"$/g, '');
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fa (unmeasured set): machine translation and translationese. Labels follow test/mail/corpus/LABELLING.md; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('fa:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // 1. trust and delivery re-derived from the written bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // 2. round trip through mailparser
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
  const pf = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  if (!pf || (pf.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${name} (${m.slug}): From address decodes to ${y(pf?.address ?? '')}`);
  if ((pf?.name ?? '') !== displayName(m.from)) fail(`${name} (${m.slug}): From name decodes to ${y(pf?.name ?? '')}, want ${y(displayName(m.from))}`);
  const ptext = typeof p.text === 'string' ? p.text : '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${name} (${m.slug}): decoded text differs from the written text`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${name} (${m.slug}): decoded HTML differs from the written HTML`);
  const decoded = [p.subject ?? '', pf?.name ?? '', ptext, phtml].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in decoded text`);
  if (decoded.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC in decoded text`);
  // 3. the labelled case ID is present in the decoded subject or body; none claimed when absent is not checked
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the decoded message`);
  // 4. language sanity: ja messages carry Japanese in their new text
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text ?? m.html ?? '')) fail(`${m.slug}: ja label without Japanese text`);
  writeFileSync(join(here, name), raw);
  labels.push(
    `${name}:`,
    `  kind: ${m.kind}`,
    `  language: ${m.lang}`,
    `  trusted: ${m.trusted}`,
    `  forUser: ${m.forUser}`,
    `  supportCaseId: ${m.caseId === null ? 'null' : y(m.caseId)}`,
    `  trap: ${m.trap}`,
    `  note: ${y(m.note)}`,
  );
}
writeFileSync(join(here, 'labels.yaml'), labels.join('\n') + '\n');

// 5. the brief's mix
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
if (count((m) => !m.forUser) < 3) fail('fewer than 3 forUser: false');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`shapes: html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, resent ${count((m) => !!m.resent)}`);
