// Generates set ff: cd /work/main && node --import tsx test/mail/corpus/unmeasured/ff/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a
// fixed shuffle so that neither the number nor the name says anything about the kind.
// Every self-check below stops the run (exit code 1) on failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Kind, type Msg } from './lib.js';
import { CASE } from './common.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { JA3 } from './msgs-ja3.js';
import { EN1 } from './msgs-en1.js';
import { EN2 } from './msgs-en2.js';

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

const errors: string[] = [];
const fail = (s: string): void => {
  errors.push(s);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.slug.startsWith(m.lang + '-')) fail(`${m.slug}: slug/lang mismatch`);
}

const KNOWN_CASES = new Set<string>([...Object.values(CASE), '1780091234', '1784990000112', '1795501127']);
const squash = (s: string): string => s.replace(/\s+/g, '');
const nameAddr = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() } : { name: '', address: v.trim().toLowerCase() };
};

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set ff (unmeasured): labels; see README.md. Written blind; never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('ff:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}`);
  const want = nameAddr(m.from);
  const got = p.from?.value[0];
  if (!got || got.name !== want.name || (got.address ?? '').toLowerCase() !== want.address) fail(`${name} (${m.slug}): From decodes to ${y(JSON.stringify(got))}`);
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !squash(ptext).includes(squash(m.text))) fail(`${name} (${m.slug}): text body does not round-trip`);
  if (m.html !== undefined && !squash(phtml).includes(squash(m.html))) fail(`${name} (${m.slug}): html body does not round-trip`);
  const decoded = [p.subject ?? '', ptext, phtml].join('\n');
  if (decoded.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD after decoding`);
  if (decoded.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC after decoding`);
  // case ID present when labelled; no known case ID when labelled null
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not in the message`);
  if (m.caseId === null) for (const c of KNOWN_CASES) if (decoded.includes(c)) fail(`${name} (${m.slug}): carries case ID ${c} but labelled null`);
  // Credly mail carries no case ID
  if (/@cred(l|1)y\.com>?$/i.test(want.address) && m.caseId !== null) fail(`${name}: Credly mail with a case ID`);
  // raw bytes: every ISO-2022-JP escape into JIS X 0208 is closed on the same line
  if (m.enc === 'jis7') {
    for (const line of raw.toString('latin1').split(/\r?\n/)) {
      const last = line.lastIndexOf('\u001b');
      if (last >= 0 && line.slice(last, last + 3) !== '\u001b(B') fail(`${name}: ISO-2022-JP line not back in ASCII`);
    }
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

// mix requirements of the brief
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS: Kind[] = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'];
const ja = count((m) => m.lang === 'ja');
if (ja / all.length < 0.55) fail(`only ${ja}/${all.length} Japanese`);
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');
const untrusted = count((m) => !m.trusted);
if (untrusted < 17 || untrusted > 24) fail(`untrusted count ${untrusted} is not about 20`);
if (count((m) => !m.forUser) < 3) fail('fewer than 3 forUser: false');

if (errors.length) {
  for (const e of errors) console.error('FAIL ' + e);
  process.exit(1);
}

console.log(`messages: ${all.length}  ja: ${ja}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${untrusted}  forUser=false: ${count((m) => !m.forUser)}`);
console.log('| kind | total | ja | en | traps | untrusted |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const k of KINDS) {
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
console.log(`| **all** | **${all.length}** | **${ja}** | **${all.length - ja}** | **${count((m) => m.trap)}** | **${untrusted}** |`);
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)} (ja ${count((m) => m.enc === e && m.lang === 'ja')})`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  resent: ${count((m) => !!m.resent)}`);
console.log('all self-checks passed');
