// Generates the fh corpus: cd /work/main && node --import tsx test/mail/corpus/unmeasured/fh/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
// Every label is re-checked against the written bytes; any failure stops the run.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA_A } from './msgs-ja-a.js';
import { JA_B } from './msgs-ja-b.js';
import { JA_C } from './msgs-ja-c.js';
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

const fnv = (s: string): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const fail = (msg: string): never => {
  throw new Error(`fh self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA_A, ...JA_B, ...JA_C, ...EN], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ---- mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
if (all.length < 120 || all.length > 145) fail(`size ${all.length}`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
if (count((m) => !m.forUser) < 3) fail('fewer than 3 forUser:false');
const untrusted = count((m) => !m.trusted);
if (untrusted < 17 || untrusted > 25) fail(`untrusted ${untrusted} is not "about 20"`);

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
const addrOnly = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() } : { name: '', address: v.trim().toLowerCase() };
};

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# fh (unmeasured set) labels; see README.md. Kinds follow test/mail/corpus/LABELLING.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${fnv(m.slug)}.eml`;
    const raw = build(m);
    // guide's trust and forUser rules, re-derived from the bytes
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
    // round trip through mailparser
    const p = await simpleParser(raw);
    if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${JSON.stringify(p.subject)}`);
    const want = addrOnly(m.from);
    const got = p.from?.value[0];
    if (!got || (got.address ?? '').toLowerCase() !== want.address || (got.name ?? '') !== want.name) fail(`${m.slug}: From decodes to ${JSON.stringify(got)}`);
    const text = p.text ?? '';
    const html = typeof p.html === 'string' ? p.html : '';
    if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${m.slug}: decoded text differs from what was written`);
    if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${m.slug}: decoded HTML differs from what was written`);
    const decoded = `${p.subject ?? ''}\n${text}\n${html}`;
    if (decoded.includes('\uFFFD')) fail(`${m.slug}: replacement character after decoding`);
    if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC byte after decoding`);
    // case ID: present when labelled; no case-ID-like number when labelled null
    if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: labelled case ID ${m.caseId} not found in the message`);
    if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(decoded)) fail(`${m.slug}: labelled no case ID but carries a 10-13 digit number`);
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

  // summary (pasted into README.md)
  console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}  traps: ${count((m) => m.trap)}  untrusted: ${untrusted}  forUser=false: ${count((m) => !m.forUser)}`);
  console.log('| kind | total | ja | en | traps | untrusted |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const k of KINDS) {
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
  }
  console.log(`| **all** | **${all.length}** | **${count((m) => m.lang === 'ja')}** | **${count((m) => m.lang === 'en')}** | **${count((m) => m.trap)}** | **${untrusted}** |`);
  const encs = [...new Set(all.map((m) => m.enc))].sort();
  console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
  console.log(`html-only ${count((m) => m.text === undefined)}, multipart/alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
