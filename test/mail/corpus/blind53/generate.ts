// Generates corpus set az ("second attempts"):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/az/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the hash is of the message's private slug, so a name never reveals the kind.
// Every check below stops the run on failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja1.js';
import { JA2 } from './msgs-ja2.js';
import { EN1 } from './msgs-en1.js';
import { EN2 } from './msgs-en2.js';

const here = dirname(fileURLToPath(import.meta.url));

// deterministic shuffle (mulberry32 + Fisher-Yates)
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

function fail(msg: string): never {
  throw new Error(msg);
}

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN1, ...EN2], 20261206);

// ---- static checks on the specs
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.from.includes('credly.com') && m.caseId !== null) fail(`${m.slug}: Credly mail must not carry a case ID`);
}

const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} has fewer than 12 messages`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('less than 55% Japanese');
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

// ---- build, check against the bytes, write
for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
const stripTags = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set az ("second attempts") labels; see README.md. Unmeasured set: do not tune certmerge on it.'];

for (const [i, m] of all.entries()) {
  const hash = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);

  // trust and forUser re-derived from the bytes by the guide's rules
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if ((p.subject ?? '') !== m.subject) fail(`${name} (${m.slug}): subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromObj = p.from as AddressObject | undefined;
  const f0 = fromObj?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*</.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!f0 || (f0.address ?? '').toLowerCase() !== wantAddr || (f0.name ?? '') !== wantName) {
    fail(`${name} (${m.slug}): From decodes to ${y(f0?.name ?? '')} <${f0?.address ?? ''}>, wrote ${y(m.from)}`);
  }
  const ptext = p.text ?? '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  for (const [what, v] of [['subject', p.subject ?? ''], ['text', ptext], ['html', phtml], ['from', f0.name ?? '']] as const) {
    if (v.includes('\uFFFD')) fail(`${name} (${m.slug}): U+FFFD in decoded ${what}`);
    if (v.includes('\u001b')) fail(`${name} (${m.slug}): leftover ESC in decoded ${what}`);
  }
  if (m.text !== undefined) {
    if (!norm(ptext).includes(norm(m.text))) fail(`${name} (${m.slug}): decoded text does not contain the written text`);
  }
  if (m.html !== undefined) {
    if (!norm(phtml).includes(norm(m.html))) fail(`${name} (${m.slug}): decoded html does not contain the written html`);
  }

  // case ID present when labelled (decoded subject, text or html)
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${ptext}\n${stripTags(phtml)}`;
    if (!hay.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the message`);
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

// ---- summary for the README
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of KINDS) {
  console.log(
    `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
