// Generates the fr set: cd /work/main && node --import tsx test/mail/corpus/unmeasured/fr/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script,
// deterministically (a second run writes the same bytes). The order is a fixed
// shuffle, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.subjectHeader !== undefined && m.subjectSeen === undefined) fail(`${m.slug}: garbled subject needs subjectSeen`);
}

// mix required by the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} not in 120–140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
if (count((m) => !m.forUser) < 3) fail('fewer than 3 forUser false');

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();

const nameAddr = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  if (!mm) return { name: '', address: v.trim() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: mm[2] ?? '' };
};

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fr set labels (unmeasured); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const hash = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  const want = m.subjectSeen ?? m.subject;
  if (subj !== want) fail(`${m.slug}: subject decodes to ${y(subj)}, wrote ${y(want)}`);
  const fromV = p.from?.value[0];
  const fw = nameAddr(m.from);
  if (!fromV || fromV.address !== fw.address || (fromV.name ?? '') !== fw.name) fail(`${m.slug}: From decodes to ${y(JSON.stringify(fromV))}, wrote ${y(m.from)}`);
  const text = typeof p.text === 'string' ? p.text : '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: text body does not round-trip`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: html body does not round-trip`);
  for (const [what, s] of [
    ['subject', subj],
    ['text', text],
    ['html', html],
  ] as const) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in ${what}`);
    if (s.includes('\u001b')) fail(`${m.slug}: ESC left in ${what}`);
  }
  if (m.caseId !== null && !(subj + '\n' + text + '\n' + html).includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
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

// summary for the README
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of KINDS) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}, garbled subject ${count((m) => m.subjectHeader !== undefined)}, resent ${count((m) => m.resent !== undefined)}`);
