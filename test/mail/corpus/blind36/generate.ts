// Generates set "ai": node --import tsx test/mail/corpus/unmeasured/ai/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle and the name carries no kind. Stops on any self-check failure.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, hash, type Msg } from './lib.js';
import { JA1 } from './msgs-ja.js';
import { JA2 } from './msgs-ja2.js';
import { EN1 } from './msgs-en.js';
import { EN2 } from './msgs-en2.js';

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

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN1, ...EN2], 20261206);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

// character-level normalisation for the round-trip comparison only: JIS/CP932 map a few
// characters to either of two code points, and whitespace/line ends may differ
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u301C\uFF5E]/g, '~')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/[\u2016\u2225]/g, '|')
    .replace(/\s+/g, ' ')
    .trim();
const displayName = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const fail = (why: string): never => {
    throw new Error(`${name} (${m.slug}): round trip: ${why}`);
  };
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`subject ${JSON.stringify(p.subject)} != ${JSON.stringify(m.subject)}`);
  const f = p.from?.value[0];
  if (!f || f.address?.toLowerCase() !== addrOf(m.from)[0]) fail(`from address ${f?.address}`);
  if ((f?.name ?? '') !== displayName(m.from)) fail(`from name ${JSON.stringify(f?.name)} != ${JSON.stringify(displayName(m.from))}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [p.subject ?? '', text, html]) {
    if (s.includes('\uFFFD')) fail('U+FFFD in decoded text');
    if (s.includes('\x1b')) fail('leftover ESC byte in decoded text');
  }
  if (m.text !== undefined) {
    const got = norm(text);
    for (const line of m.text.split('\n')) {
      const l = norm(line);
      if (l && !got.includes(l)) fail(`text line missing: ${JSON.stringify(line)}`);
    }
  }
  if (m.html !== undefined) {
    const got = norm(html);
    for (const line of m.html.split('\n')) {
      const l = norm(line);
      if (l && !got.includes(l)) fail(`html line missing: ${JSON.stringify(line)}`);
    }
  }
  // the labelled case ID must be in the message
  if (m.caseId !== null) {
    const hay = `${p.subject ?? ''}\n${text}\n${html}`;
    if (!hay.includes(m.caseId)) fail(`case ID ${m.caseId} not found`);
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set "ai" labels (unmeasured); see README.md.'];
let i = 0;
for (const m of all) {
  i++;
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${hash('ai:' + m.slug).toString(16).padStart(8, '0')}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  await roundTrip(name, m, raw);
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
  console.log(`  ${k.padEnd(22)} ${count((m) => m.kind === k)} (ja ${count((m) => m.kind === k && m.lang === 'ja')}, en ${count((m) => m.kind === k && m.lang === 'en')}, traps ${count((m) => m.kind === k && m.trap)}, untrusted ${count((m) => m.kind === k && !m.trusted)})`);
}
const encs = [...new Set(all.map((m) => m.enc))].sort();
console.log('encodings: ' + encs.map((e) => `${e} ${count((m) => m.enc === e)}`).join(', '));
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}  LF-only: ${count((m) => m.crlf === false)}`);
