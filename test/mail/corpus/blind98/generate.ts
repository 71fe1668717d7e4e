// Generates the cs set: node --import tsx test/mail/corpus/unmeasured/cs/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
import { EN } from './msgs-en.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic Fisher-Yates with an xorshift32 generator
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    const x = a[i] as T;
    a[i] = a[k] as T;
    a[k] = x;
  }
  return a;
}

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 0x5ca5e);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// ISO-2022-JP / Shift_JIS may decode a few characters to their Microsoft code points
const normChars = (x: string): string => x.replace(/\uFF5E/g, '\u301C').replace(/\uFF0D/g, '\u2212').replace(/\u2225/g, '\u2016');
const normBody = (x: string): string =>
  normChars(x)
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();

const firstAddr = (a: AddressObject | AddressObject[] | undefined): { name: string; address: string } => {
  const o = Array.isArray(a) ? a[0] : a;
  const v = o?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
};

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (normChars(subj) !== normChars(m.subject)) fail(`${name}: subject decodes to ${JSON.stringify(subj)}`);
  const f = firstAddr(p.from);
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (f.address !== wantAddr) fail(`${name}: From address decodes to ${f.address}`);
  if (normChars(f.name) !== normChars(wantName)) fail(`${name}: From name decodes to ${JSON.stringify(f.name)}, want ${JSON.stringify(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && normBody(text) !== normBody(m.text)) fail(`${name}: text part does not round-trip\n---got\n${text}\n---want\n${m.text}`);
  if (m.html !== undefined && normBody(html) !== normBody(m.html)) fail(`${name}: html part does not round-trip\n---got\n${html}`);
  for (const [what, s] of [['subject', subj], ['text', text], ['html', html], ['from', f.name]] as const) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in ${what}`);
    if (s.includes('\x1b')) fail(`${name}: ESC left in ${what}`);
  }
  if (m.caseId !== null && !`${subj}\n${text}\n${html}`.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not found in the message`);
  if (m.lang === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text ?? m.html ?? '')) fail(`${name}: labelled ja but no Japanese text`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cs (unmeasured set) labels; see README.md. Labelled by the labelling guide only.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
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

// mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of KINDS) {
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)}, forUser=false ${count((m) => m.kind === k && !m.forUser)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
