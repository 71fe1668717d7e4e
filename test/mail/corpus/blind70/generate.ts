// Generates the bq corpus: node --import tsx test/mail/corpus/unmeasured/bq/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the hash is of the slug, so a file name says nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
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

function fail(msg: string): never {
  console.error(`bq generate: ${msg}`);
  process.exit(1);
}

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// normalise for comparisons: line ends, JIS wave-dash/minus variants, runs of whitespace
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/[ \t\n]+/g, ' ')
    .trim();

function displayName(addr: string): { name: string; address: string } {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(addr.trim());
  if (!mm) return { name: '', address: addr.trim().toLowerCase() };
  return { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() };
}

function firstAddr(a: AddressObject | AddressObject[] | undefined): { name: string; address: string } {
  const obj = Array.isArray(a) ? a[0] : a;
  const v = obj?.value[0];
  return { name: v?.name ?? '', address: (v?.address ?? '').toLowerCase() };
}

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}, wrote ${JSON.stringify(m.subject)}`);
  const want = displayName(m.from);
  const got = firstAddr(p.from);
  if (got.address !== want.address || got.name !== want.name) fail(`${name}: From decodes to ${JSON.stringify(got)}, wrote ${JSON.stringify(want)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const [what, s] of [['subject', p.subject ?? ''], ['text', text], ['html', html]] as const) {
    if (s.includes('\uFFFD')) fail(`${name}: U+FFFD in decoded ${what}`);
    if (s.includes('\u001b')) fail(`${name}: leftover ESC in decoded ${what}`);
  }
  if (m.text !== undefined) {
    if (!norm(text).includes(norm(m.text))) fail(`${name}: decoded text/plain does not contain the written text`);
  } else if (m.html !== undefined) {
    if (!norm(html).includes(norm(m.html))) fail(`${name}: decoded text/html does not contain the written HTML`);
  }
  if (m.text !== undefined && m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${name}: decoded alternative HTML part differs`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# bq corpus labels (unmeasured set; see README.md). Written blind; never tune certmerge on this set.'];
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // the labelled case ID must be in the bytes (subject, body or quote), decoded
  const parsed = await simpleParser(raw);
  const hay = `${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}`;
  if (m.caseId !== null && !hay.includes(m.caseId)) fail(`${name} (${m.slug}): case ID ${m.caseId} not found in the message`);
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

// summary for the README
const count = (f: (m: Msg) => boolean): number => all.filter(f).length;
const kinds = [...new Set(all.map((m) => m.kind))].sort();
console.log(`messages: ${all.length}  ja: ${count((m) => m.lang === 'ja')}  en: ${count((m) => m.lang === 'en')}`);
console.log(`traps: ${count((m) => m.trap)}  untrusted: ${count((m) => !m.trusted)}  forUser=false: ${count((m) => !m.forUser)}`);
for (const k of kinds) {
  console.log(
    `  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
