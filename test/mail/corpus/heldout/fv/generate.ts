// Generates the fv set: node --import tsx test/mail/corpus/unmeasured/fv/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, and the name carries no kind. Every self-check below stops the run on failure.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja-1.js';
import { JA2 } from './msgs-ja-2.js';
import { EN1 } from './msgs-en-1.js';
import { EN2 } from './msgs-en-2.js';

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
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN1, ...EN2], 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (!m.note.trim()) fail(`${m.slug}: empty note`);
}

// the mix the brief asks for
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const KINDS = ['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred', 'case_closed', 'support_reply', 'unrelated'] as const;
if (all.length < 120 || all.length > 140) fail(`size ${all.length} outside 120-140`);
if (count((m) => m.lang === 'ja') / all.length < 0.55) fail('fewer than 55% Japanese');
for (const k of KINDS) if (count((m) => m.kind === k) < 12) fail(`kind ${k} fewer than 12`);
if (count((m) => m.trap) < 35) fail('fewer than 35 traps');

// text normalisation for the round trip: line ends, trailing blanks, the JIS wave dash/minus twins
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();

const hash8 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 8);

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# fv (unmeasured set): corrections and retractions. Labels follow LABELLING.md; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash8(m.slug)}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const fromWant = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const fv = p.from?.value[0];
  if (!fv) fail(`${m.slug}: no From after parsing`);
  if ((fv?.address ?? '').toLowerCase() !== (addrOf(m.from)[0] ?? '')) fail(`${m.slug}: From address ${fv?.address}`);
  if (fromWant && (fv?.name ?? '') !== (fromWant[1] ?? '').replace(/^"|"$/g, '')) fail(`${m.slug}: From name ${y(fv?.name ?? '')} != ${y(fromWant[1] ?? '')}`);
  const ptext = typeof p.text === 'string' ? p.text : '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: parsed text does not contain the written text`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: parsed html does not contain the written html`);
  const decoded = `${p.subject ?? ''}\n${ptext}\n${phtml}`;
  if (decoded.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (decoded.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  // the case ID is where the label says; no case-shaped number when the label says none
  if (m.caseId !== null && !decoded.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /(?<!\d)\d{10,13}(?!\d)/.test(decoded)) fail(`${m.slug}: labelled without case ID but a 10-13 digit number is present`);
  // the name must not reveal the kind
  for (const k of KINDS) if (name.includes(k)) fail(`${name}: name reveals kind`);

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
for (const k of KINDS) {
  console.log(
    `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)}, forUser=false ${count((m) => m.kind === k && !m.forUser)})`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
for (const e of encs) console.log(`  enc ${e.padEnd(8)} ${count((m) => m.enc === e)} (ja ${count((m) => m.enc === e && m.lang === 'ja')}, en ${count((m) => m.enc === e && m.lang === 'en')})`);
console.log(`  html-only ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only ${count((m) => m.crlf === false)}  resent ${count((m) => m.resent !== undefined)}`);
