// Generates set am: cd /work/main && node --import tsx test/mail/corpus/unmeasured/am/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script, in a fixed
// shuffled order, so neither the number nor the name says anything about the kind.
import { createHash } from 'node:crypto';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { addrOf, build, checkForUser, checkTrusted, type Msg } from './lib.js';
import { JA } from './msgs-ja.js';
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA, ...EN], 20260322);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
  if (m.kind === 'unrelated' && m.trap === undefined) fail(`${m.slug}: trap missing`);
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const norm = (s: string): string => s.replace(/\r\n/g, '\n');
const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set am labels (unmeasured); see README.md.'];

for (const [i, m] of all.entries()) {
  const hash = createHash('sha1').update('am:' + m.slug).digest('hex').slice(0, 8);
  const name = `${String(i + 1).padStart(3, '0')}-${m.lang}-${m.enc}-${hash}.eml`;
  const raw = build(m);

  // labels must agree with the guide's trust/forUser rules applied to the bytes
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  const rawText = raw.toString('latin1');
  if (raw.includes(0x1b) && !/iso-2022-jp/i.test(rawText)) fail(`${m.slug}: ESC bytes outside ISO-2022-JP`);

  // round trip through mailparser
  const p = await simpleParser(raw);
  if (p.subject !== m.subject) fail(`${m.slug}: subject decodes to ${y(p.subject ?? '')}, wrote ${y(m.subject)}`);
  const from = p.from?.value[0];
  const wantAddr = addrOf(m.from)[0];
  const wantName = (/^(.*?)\s*<[^>]+>$/.exec(m.from)?.[1] ?? '').replace(/^"|"$/g, '');
  if (!from || from.address?.toLowerCase() !== wantAddr) fail(`${m.slug}: From address ${from?.address}`);
  if ((from?.name ?? '') !== wantName) fail(`${m.slug}: From name ${y(from?.name ?? '')} != ${y(wantName)}`);
  const text = norm(p.text ?? '');
  const html = norm(typeof p.html === 'string' ? p.html : '');
  for (const s of [p.subject ?? '', from?.name ?? '', text, html]) {
    if (s.includes('\uFFFD')) fail(`${m.slug}: U+FFFD after decoding`);
    if (s.includes('\x1b')) fail(`${m.slug}: leftover ESC after decoding`);
  }
  if (m.text !== undefined) {
    for (const line of m.text.split('\n')) {
      const l = line.trim();
      if (l && !text.includes(l)) fail(`${m.slug}: decoded text lacks line ${y(l)}`);
    }
  }
  if (m.html !== undefined && ws(html) !== ws(m.html)) fail(`${m.slug}: decoded HTML differs`);
  if (m.caseId !== null && !(p.subject ?? '').includes(m.caseId) && !text.includes(m.caseId) && !html.includes(m.caseId)) {
    fail(`${m.slug}: case ID ${m.caseId} not found in the decoded message`);
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
console.log(`html-only: ${count((m) => m.html !== undefined && m.text === undefined)}  multipart/alternative: ${count((m) => m.html !== undefined && m.text !== undefined)}`);
