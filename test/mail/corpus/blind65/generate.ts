// Generates set bl: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bl/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that the file number and name say nothing about the kind.
// Stops on any self-check failure (labels vs bytes, case ID, mailparser round trip, mix).
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA_CASE } from './msgs-ja.js';
import { JA_AROUND } from './msgs-ja-around.js';
import { EN_CASE } from './msgs-en.js';
import { EN_AROUND } from './msgs-en-around.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (xorshift32 + Fisher-Yates)
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
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
  throw new Error(`bl self-check failed: ${msg}`);
};

const all: Msg[] = shuffle([...JA_CASE, ...JA_AROUND, ...EN_CASE, ...EN_AROUND], 0x0b1a2026);

// ---- static checks
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.note || m.note.includes('\n')) fail(`${m.slug}: note must be one line`);
}
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

const encLabel = (m: Msg): string => m.enc + (m.text !== undefined && m.html !== undefined ? '-alt' : m.html !== undefined ? '-html' : '');
const shortHash = (s: string): string => createHash('sha256').update('bl:' + s).digest('hex').slice(0, 8);

const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
const htmlEntities = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subj)}, wrote ${JSON.stringify(m.subject)}`);
  const fromV = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!fromV || (fromV.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(`${name}: From address decodes to ${fromV?.address}`);
  if ((fromV?.name ?? '') !== wantName) fail(`${name}: From name decodes to ${JSON.stringify(fromV?.name)}, wrote ${JSON.stringify(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  const everything = [subj, fromV?.name ?? '', text, html].join('\n');
  if (everything.includes('\uFFFD')) fail(`${name}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${name}: leftover ESC after decoding`);
  if (m.text !== undefined) {
    const got = norm(text);
    for (const line of norm(m.text).split('\n')) if (!got.includes(line)) fail(`${name}: decoded text lacks line ${JSON.stringify(line)}`);
  }
  if (m.html !== undefined) {
    if (!html.includes(m.html.slice(0, 200))) fail(`${name}: decoded HTML differs from what was written`);
  }
  if (m.caseId !== null) {
    const hay = [subj, text, htmlEntities(html)].join('\n');
    if (!hay.includes(m.caseId)) fail(`${name}: labelled case ID ${m.caseId} not found in the decoded message`);
  }
}

async function main(): Promise<void> {
  for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));
  const y = (s: string): string => JSON.stringify(s);
  const labels: string[] = ['# Set bl labels (unmeasured blind set); see README.md.'];
  let i = 0;
  for (const m of all) {
    i++;
    const name = `${String(i).padStart(3, '0')}-${m.lang}-${encLabel(m)}-${shortHash(m.slug)}.eml`;
    const raw = build(m);
    if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but the bytes say ${!m.trusted}`);
    if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but the bytes say ${!m.forUser}`);
    await roundTrip(`${name} (${m.slug})`, m, raw);
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
  for (const k of KINDS) {
    const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
    console.log(`  ${k.padEnd(22)} ${c(() => true)} (ja ${c((m) => m.lang === 'ja')}, en ${c((m) => m.lang === 'en')}, traps ${c((m) => m.trap)}, untrusted ${c((m) => !m.trusted)}, forUser=false ${c((m) => !m.forUser)})`);
  }
  const encs = new Map<string, number>();
  for (const m of all) encs.set(encLabel(m), (encs.get(encLabel(m)) ?? 0) + 1);
  console.log('encodings: ' + [...encs.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', '));
}

await main();
