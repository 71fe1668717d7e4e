// Generates set "as": cd /work/main && node --import tsx test/mail/corpus/unmeasured/as/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffle so that neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { build, checkForUser, checkTrusted, type Msg } from './lib.js';
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

const all: Msg[] = shuffle([...JA1, ...JA2, ...JA3, ...EN1, ...EN2], 0x61730611);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) throw new Error(`${m.slug}: bad case ID ${m.caseId}`);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const stripTags = (s: string): string =>
  s.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const fail = (why: string): never => {
    throw new Error(`${name} (${m.slug}): ${why}`);
  };
  if ((p.subject ?? '') !== m.subject) fail(`subject decodes to ${JSON.stringify(p.subject)}`);
  const f = p.from?.value[0];
  const want = /^(.*?)\s*<([^>]+)>$/.exec(m.from);
  const wantAddr = want ? want[2] : m.from;
  const wantName = want ? (want[1] ?? '').replace(/^"|"$/g, '') : '';
  if ((f?.address ?? '').toLowerCase() !== (wantAddr ?? '').toLowerCase()) fail(`From address ${f?.address}`);
  if ((f?.name ?? '') !== wantName) fail(`From name ${JSON.stringify(f?.name)} != ${JSON.stringify(wantName)}`);
  const text = p.text ?? '';
  const html = typeof p.html === 'string' ? p.html : '';
  for (const s of [text, html, p.subject ?? '', f?.name ?? '']) {
    if (s.includes('\uFFFD')) fail('U+FFFD in decoded output');
    if (s.includes('\u001b')) fail('leftover ESC in decoded output');
  }
  if (m.text !== undefined) {
    // every non-empty line of what we wrote must come back
    const got = norm(text);
    for (const line of m.text.split('\n')) if (line.trim() && !got.includes(norm(line))) fail(`text line lost: ${JSON.stringify(line)}`);
  }
  if (m.html !== undefined) {
    const got = norm(stripTags(html));
    const wantTxt = norm(stripTags(m.html));
    if (!got.includes(wantTxt.slice(0, 60))) fail('html body does not come back');
  }
  // case ID present when labelled
  if (m.caseId !== null) {
    const hay = (p.subject ?? '') + text + html;
    if (!hay.includes(m.caseId)) fail(`case ID ${m.caseId} not in the decoded message`);
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set "as" labels (blind, customer\'s-side voice); see README.md.'];
const seen = new Set<string>();
for (const [i, m] of all.entries()) {
  const h = createHash('sha256').update('as:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  if (seen.has(name)) throw new Error(`name clash ${name}`);
  seen.add(name);
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) throw new Error(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) throw new Error(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId === null && /(?<!\d)1\d{9,12}(?!\d)/.test((m.text ?? '') + (m.html ?? '') + m.subject)) {
    throw new Error(`${name} (${m.slug}): a case-like number is present but supportCaseId is null`);
  }
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
