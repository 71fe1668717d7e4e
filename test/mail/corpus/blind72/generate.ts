// Generates set bs: cd /work/main && node --import tsx test/mail/corpus/unmeasured/bs/generate.ts
// Writes NNN-<lang>-<encoding>-<hash>.eml and labels.yaml next to this script. The order is a
// fixed shuffle, so neither the number nor the name says anything about the kind.
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

const fail = (msg: string): never => {
  throw new Error(msg);
};

const all: Msg[] = shuffle([...JA1, ...JA2, ...EN], 20260306);
const slugs = new Set<string>();
for (const m of all) {
  if (slugs.has(m.slug)) fail(`duplicate slug ${m.slug}`);
  slugs.add(m.slug);
  if (m.caseId !== null && !/^\d{10,13}$/.test(m.caseId)) fail(`${m.slug}: bad case ID ${m.caseId}`);
}

/** display name as written (quotes stripped) */
const nameOf = (v: string): string => (/^(.*?)\s*<[^>]+>$/.exec(v.trim())?.[1] ?? '').replace(/^"|"$/g, '');
const norm = (s: string): string => s.replace(/\r/g, '').replace(/[ \t]+$/gm, '');
const stripTags = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function roundTrip(name: string, m: Msg, raw: Buffer): Promise<void> {
  const p = await simpleParser(raw);
  const subj = p.subject ?? '';
  if (subj !== m.subject) fail(`${name}: subject decodes to ${JSON.stringify(subj)}`);
  const from = (p.from as AddressObject | undefined)?.value[0];
  if (!from || from.address !== addrOf(m.from)[0] || from.name !== nameOf(m.from)) fail(`${name}: From decodes to ${JSON.stringify(from)}`);
  const text = norm(p.text ?? '');
  const html = norm(stripTags(typeof p.html === 'string' ? p.html : ''));
  for (const s of [subj, text, html, from?.name ?? '']) {
    if (s.includes('\uFFFD')) fail(`${name}: replacement character after decoding`);
    if (s.includes('\u001b')) fail(`${name}: leftover ESC after decoding`);
  }
  if (m.text !== undefined) {
    for (const line of norm(m.text).split('\n')) {
      const l = line.trim();
      if (l && !text.includes(l)) fail(`${name}: decoded text lacks ${JSON.stringify(l)}`);
    }
  }
  if (m.html !== undefined) {
    for (const line of stripTags(m.html).split('\n')) {
      const l = line.trim();
      if (l && !html.includes(l)) fail(`${name}: decoded html lacks ${JSON.stringify(l)}`);
    }
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.eml')) unlinkSync(join(here, f));

const y = (s: string): string => JSON.stringify(s);
const labels: string[] = ['# Set bs labels (unmeasured); see README.md. Never tune certmerge on this set.'];
let i = 0;
for (const m of all) {
  i++;
  const h = createHash('sha256').update('bs:' + m.slug).digest('hex').slice(0, 8);
  const shape = m.text !== undefined && m.html !== undefined ? 'alt' : m.html !== undefined ? 'html' : 'plain';
  const name = `${String(i).padStart(3, '0')}-${m.lang}-${m.enc}-${h}.eml`;
  const raw = build(m);
  if (checkTrusted(raw) !== m.trusted) fail(`${name} (${m.slug}): trusted label ${m.trusted} but bytes say ${!m.trusted}`);
  if (checkForUser(raw) !== m.forUser) fail(`${name} (${m.slug}): forUser label ${m.forUser} but bytes say ${!m.forUser}`);
  if (m.caseId !== null && !raw.toString('latin1').includes(m.caseId)) {
    // the ID may sit inside an encoded part: check the decoded message too
    const p = await simpleParser(raw);
    const hay = `${p.subject ?? ''}\n${p.text ?? ''}\n${typeof p.html === 'string' ? p.html : ''}`;
    if (!hay.includes(m.caseId)) fail(`${name}: case ID ${m.caseId} not in the message`);
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
    `  note: ${y(m.note + ` [${shape}]`)}`,
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
console.log(`shapes: plain ${count((m) => m.html === undefined)}, alternative ${count((m) => m.text !== undefined && m.html !== undefined)}, html-only ${count((m) => m.text === undefined)}`);
