// Generates the heldout/g corpus: node --import tsx test/mail/corpus/heldout/g/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle so that file numbers say nothing about the kind; names carry no kind.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
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

const all: Msg[] = shuffle([...JA, ...EN], 20260207);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\u301C/g, '\uFF5E').trim();

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  const subject = p.subject ?? '';
  for (const [what, v] of [['subject', subject], ['text', text], ['html', html], ['from', p.from?.text ?? '']] as const) {
    if (v.includes('\uFFFD')) throw new Error(`${name}: replacement character in ${what}`);
    if (v.includes('\u001b')) throw new Error(`${name}: leftover escape in ${what}`);
    if (/=\?[^?]+\?[BQ]\?/i.test(v)) throw new Error(`${name}: undecoded encoded-word in ${what}`);
  }
  if (subject !== m.subject) throw new Error(`${name}: subject round trip ${JSON.stringify(subject)} != ${JSON.stringify(m.subject)}`);
  if (m.text !== undefined && norm(text) !== norm(m.text)) {
    throw new Error(`${name}: text round trip differs\n--- got\n${text}\n--- want\n${m.text}`);
  }
  if (m.text === undefined && m.html !== undefined && norm(html) !== norm(m.html)) {
    throw new Error(`${name}: html round trip differs`);
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# heldout/g labels; see README.md. Held-out set: never tune certmerge on it.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('heldout-g:' + m.slug).digest('hex').slice(0, 8);
  const encName = m.text === undefined ? `${m.enc}html` : m.html !== undefined ? `${m.enc}alt` : m.enc;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${encName}-${h}.eml`;
  const raw = build(m);
  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
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
console.log('| kind | total | ja | en | traps | untrusted |');
for (const k of kinds) {
  const c = (f: (m: Msg) => boolean): number => count((m) => m.kind === k && f(m));
  console.log(`| ${k} | ${c(() => true)} | ${c((m) => m.lang === 'ja')} | ${c((m) => m.lang === 'en')} | ${c((m) => m.trap)} | ${c((m) => !m.trusted)} |`);
}
const encs = new Map<string, number>();
for (const m of all) {
  const e = m.enc + (m.text === undefined ? ' (html only)' : m.html !== undefined ? ' (multipart/alternative)' : '');
  encs.set(e, (encs.get(e) ?? 0) + 1);
}
console.log('encodings:', [...encs.entries()].sort().map(([e, n]) => `${e}: ${n}`).join(', '));
console.log(`LF line ends: ${count((m) => m.crlf === false)}; CRLF: ${count((m) => m.crlf !== false)}`);
