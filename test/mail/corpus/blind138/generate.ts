// Generates set eg: cd /work/main && node --import tsx test/mail/corpus/unmeasured/eg/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

// slugs are unique per language file; prefix the language so trace tokens differ
const all: Msg[] = shuffle([...JA, ...EN].map((m) => ({ ...m, slug: `${m.lang}-${m.slug}` })), 20261207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

// whitespace-free comparison form; JIS round trips may pick either code point for a few marks
const norm = (s: string): string =>
  s
    .replace(/\r/g, '')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .replace(/\u2225/g, '\u2016')
    .replace(/\s+/g, '');

const nameAddr = (v: string): { name: string; address: string } => {
  const mm = /^(.*?)\s*<([^>]+)>$/.exec(v.trim());
  return mm ? { name: (mm[1] ?? '').replace(/^"|"$/g, ''), address: (mm[2] ?? '').toLowerCase() } : { name: '', address: v.trim().toLowerCase() };
};

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(p.subject)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  const want = nameAddr(m.from);
  if (!from || (from.address ?? '').toLowerCase() !== want.address || (from.name ?? '') !== want.name) fail(`${name}: From decodes to ${JSON.stringify(from)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(`${name}: text body does not round-trip`);
  if (m.html !== undefined && !norm(html).includes(norm(m.html))) fail(`${name}: html body does not round-trip`);
  for (const s of [p.subject ?? '', text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
    if (s.includes('\x1b')) fail(`${name}: leftover ESC after decoding`);
  }
  if (m.caseId !== null && !(`${p.subject ?? ''}\n${text}\n${html}`.includes(m.caseId))) fail(`${name}: case ID ${m.caseId} not in the message`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set eg (unmeasured): labels by LABELLING.md; see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update(m.slug).digest('hex').slice(0, 8);
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
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
console.log(`encodings: ${encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', ')}`);
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}`);
