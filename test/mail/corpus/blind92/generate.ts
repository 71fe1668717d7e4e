// Generates the cm corpus ("casual and dictated mail", unmeasured set):
//   cd /work/main && node --import tsx test/mail/corpus/unmeasured/cm/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script.
// The order is a fixed shuffle, so file numbers and names say nothing about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser, type AddressObject } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

/** same character on the wire, different code points after a JIS/SJIS round trip; whitespace-insensitive */
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/[\uFF5E\u301C]/g, '~')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

let cur = '';
function fail(name: string, why: string): never {
  throw new Error(`${name} (${cur}): ${why}`);
}

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# cm corpus labels (casual and dictated mail; unmeasured set); see README.md.'];
const names: string[] = [];

for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('cm:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  cur = m.slug;
  const raw = build(m);

  // 1. labels agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(name, `trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(name, `forUser label ${m.forUser} but bytes say ${!m.forUser}`);

  // 2. mailparser round trip
  const p = await simpleParser(raw);
  if (norm(p.subject ?? '') !== norm(m.subject)) fail(name, `subject decodes to ${y(p.subject ?? '')}`);
  const fromObj = p.from as AddressObject | undefined;
  const f0 = fromObj?.value[0];
  const wantAddr = addrOf(m.from)[0] ?? '';
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!f0 || (f0.address ?? '').toLowerCase() !== wantAddr.toLowerCase()) fail(name, `From address decodes to ${y(f0?.address ?? '')}`);
  if (norm(f0.name ?? '') !== norm(wantName)) fail(name, `From name decodes to ${y(f0.name ?? '')}, want ${y(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(text).includes(norm(m.text))) fail(name, 'decoded text does not contain the written text');
  if (m.text === undefined && m.html !== undefined && !norm(html).includes(norm(m.html))) fail(name, 'decoded HTML does not contain the written HTML');
  for (const [what, s] of [
    ['subject', p.subject ?? ''],
    ['text', text],
    ['html', html],
    ['from', f0.name ?? ''],
  ] as const) {
    if (s.includes('\uFFFD')) fail(name, `U+FFFD in decoded ${what}`);
    if (s.includes('\u001b')) fail(name, `leftover ESC in decoded ${what}`);
  }

  // 3. the labelled case ID is really in the message
  if (m.caseId !== null && !`${p.subject ?? ''}\n${text}\n${html}`.includes(m.caseId)) fail(name, `case ID ${m.caseId} not found`);

  writeFileSync(join(here, name), raw);
  names.push(name);
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
    `| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`,
  );
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.text === undefined)}  multipart/alternative: ${count((m) => m.text !== undefined && m.html !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
console.log(`wrote ${names.length} files`);
