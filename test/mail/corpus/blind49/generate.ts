// Generates set av: cd /work/main && node --import tsx test/mail/corpus/unmeasured/av/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
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

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

const fail = (msg: string): never => {
  console.error('SELF-CHECK FAILED: ' + msg);
  process.exit(1);
};

// JIS/Shift_JIS 0x2141 decodes to either WAVE DASH or FULLWIDTH TILDE: same character on the wire
const norm = (s: string): string =>
  s
    .replace(/\r\n/g, '\n')
    .replace(/\uFF5E/g, '\u301C')
    .replace(/\uFF0D/g, '\u2212')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v)?.[1] ?? '').replace(/^"|"$/g, '');
const address = (v: string): string => (/<([^>]+)>/.exec(v)?.[1] ?? v).toLowerCase();

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set av labels (blind helper session; voice: template glitches and system slips). See README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const shape = m.html !== undefined && m.text === undefined ? 'html' : m.html !== undefined ? 'alt' : m.enc;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${shape === 'html' || shape === 'alt' ? m.enc + '_' + shape : shape}-${fnv(m.slug)}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  // mailparser round trip
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const pf = p.from?.value[0];
  if (!pf || (pf.address ?? '').toLowerCase() !== address(m.from) || pf.name !== displayName(m.from)) fail(`${m.slug}: From decodes to ${y(JSON.stringify(pf))}`);
  const ptext = typeof p.text === 'string' ? p.text : '';
  const phtml = typeof p.html === 'string' ? p.html : '';
  if (m.text !== undefined && !norm(ptext).includes(norm(m.text))) fail(`${m.slug}: decoded text differs\n--- got\n${ptext}\n--- wrote\n${m.text}`);
  if (m.html !== undefined && !norm(phtml).includes(norm(m.html))) fail(`${m.slug}: decoded html differs\n--- got\n${phtml}`);
  const everything = [p.subject ?? '', ptext, phtml].join('\n');
  if (everything.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
  if (everything.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  if (m.caseId !== null && !everything.includes(m.caseId)) fail(`${m.slug}: case ID ${m.caseId} not in the decoded message`);
  if (m.caseId === null && /CASE \d{6,}|ケース\s*(番号|ID)?[::]?\s*\d{6,}/.test(everything)) fail(`${m.slug}: looks like it carries a case ID but label is null`);
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
  console.log(`| ${k} | ${count((m) => m.kind === k)} | ${count((m) => m.kind === k && m.lang === 'ja')} | ${count((m) => m.kind === k && m.lang === 'en')} | ${count((m) => m.kind === k && m.trap)} | ${count((m) => m.kind === k && !m.trusted)} |`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only ${count((m) => m.html !== undefined && m.text === undefined)}, multipart/alternative ${count((m) => m.html !== undefined && m.text !== undefined)}, LF-only ${count((m) => m.crlf === false)}`);
