// Generates the fc set: node --import tsx test/mail/corpus/unmeasured/fc/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, and stops on any failed self-check.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const fail = (msg: string): never => {
  console.error(`SELF-CHECK FAILED: ${msg}`);
  process.exit(1);
};

// characters that two decoders may legitimately map to different code points
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .normalize('NFKC')
    .replace(/[\u301C\uFF5E]/g, '~')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/[ \t]+\n/g, '\n')
    .trim();

const shape = (m: Msg): string => (m.html !== undefined && m.text !== undefined ? `${m.enc}alt` : m.html !== undefined ? `${m.enc}html` : m.enc);

const all: Msg[] = shuffle([...JA, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.to) fail(`${m.slug}: no To`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml') || f === 'labels.yaml') unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fc (unmeasured set) labels; see README.md.'];
const names = new Set<string>();
for (const [i, m] of all.entries()) {
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${shape(m)}-${fnv(m.slug)}.eml`;
  if (names.has(name)) fail(`duplicate file name ${name}`);
  names.add(name);
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if ((fromV?.address ?? '').toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${m.slug}: From name decodes to ${y(fromV?.name ?? '')}, wrote ${y(wantName)}`);
  const ptext = typeof p.text === 'string' ? p.text : '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: decoded html differs from what was written`);
  for (const [what, v] of [['subject', p.subject ?? ''], ['text', ptext], ['html', phtml], ['from', fromV?.name ?? '']] as const) {
    if (v.includes('\uFFFD')) fail(`${m.slug}: U+FFFD in decoded ${what}`);
    if (v.includes('\x1b')) fail(`${m.slug}: ESC left in decoded ${what}`);
  }
  if (m.caseId !== null && !`${p.subject ?? ''}\n${ptext}\n${phtml}`.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the message`);
  // Japanese new text must actually contain Japanese outside the quote
  if (m.lang === 'ja') {
    const own = (m.text ?? m.html ?? '').split('\n').filter((l) => !l.startsWith('>')).join('\n');
    if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(own)) fail(`${m.slug}: labelled ja but no Japanese outside the quote`);
  }

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

// mix requirements from the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of kinds) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of kinds) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map(shape))].sort();
console.log('shapes: ' + encs.map((e) => `${e} ${count((m) => shape(m) === e)}`).join(', '));
