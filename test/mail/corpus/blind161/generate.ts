// Generates the fd set (terse, fragmentary and telegraphic mail):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/fd/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

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
  throw new Error(`fd self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA, ...EN], 0xfd2026);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// mix requirements from the brief
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const encLabel = (m: Msg): string => (m.text !== undefined && m.html !== undefined ? `${m.enc}-alt` : m.html !== undefined ? `${m.enc}-html` : m.enc);

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fd (unmeasured set): terse, fragmentary and telegraphic mail. See README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('fd:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encLabel(m)}-${h}.eml`;
  const raw = build(m);

  // the guide's rules, re-derived from the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address decodes to ${fromV?.address}`);
  if (norm(fromV?.name ?? '') !== norm(wantName)) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
  const seen = [p.subject ?? '', fromV?.name ?? '', ptext, phtml].join('\n');
  if (seen.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
  if (seen.includes('\u001b')) fail(`${m.slug}: leftover ESC after decoding`);

  // case ID present when labelled; no case-like number when labelled null
  if (m.caseId !== null && !seen.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /(?<![\d])\d{10,13}(?![\d])/.test(seen)) fail(`${m.slug}: labelled without case ID but a 10-13 digit number is present`);

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

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${count((m) => !m.trusted)}** |`);
const encs = new Map<string, number>();
for (const m of all) encs.set(encLabel(m), (encs.get(encLabel(m)) ?? 0) + 1);
console.log('encodings: ' + [...encs.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', '));
console.log('forUser=false: ' + all.filter((m) => !m.forUser).map((m) => m.slug).join(', '));
